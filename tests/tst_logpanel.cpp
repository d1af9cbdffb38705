// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "catalog.h"
#include "codebrowser.h"
#include "codedetailview.h"
#include "findingsmodel.h"
#include "guitest.h"
#include "logeditor.h"
#include "loghighlighter.h"
#include "logpanel.h"
#include "mainwindow.h"
#include "scanner.h"
#include "summarymodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDropEvent>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>
#include <QToolTip>
#include <QUrl>

#include <memory>
#include <set>

using namespace sspilens;

namespace {

struct Expected {
    int line;
    const char *symbol;
    const char *form;
    const char *text;
};

// What the sample log must give, in order: every form the scanner knows, and none of the
// look-alikes at its end (0x80070005, 0x80131904, the GUID, DSID-0C090334, Logon Type: 3, ...).
const Expected expectedSample[] = {
    {7, "SEC_E_UNTRUSTED_ROOT", "symbol", "SEC_E_UNTRUSTED_ROOT"},
    {7, "SEC_E_UNTRUSTED_ROOT", "hex", "0x80090325"},
    {7, "SEC_E_UNTRUSTED_ROOT", "message", "The certificate chain was issued by an authority that is not trusted."},
    {11, "SEC_E_ILLEGAL_MESSAGE", "symbol", "SEC_E_ILLEGAL_MESSAGE"},
    {11, "SEC_E_ILLEGAL_MESSAGE", "hex", "0x80090326"},
    {13, "SEC_E_UNTRUSTED_ROOT", "message",
     "The certificate chain was issued by an authority\n         that is not trusted."},
    {19, "SEC_E_ILLEGAL_MESSAGE", "hex", "0x80090326"},
    {19, "SEC_E_ILLEGAL_MESSAGE", "message", "The message received was unexpected or badly formatted."},
    {21, "SEC_E_ILLEGAL_MESSAGE", "hex", "0xFFFFFFFF80090326"},
    {25, "SEC_E_LOGON_DENIED", "hex", "0x8009030c"},
    {25, "SEC_E_LOGON_DENIED", "message", "The logon attempt failed"},
    {31, "SEC_E_WRONG_PRINCIPAL", "hex", "0x80090322"},
    {31, "SEC_E_WRONG_PRINCIPAL", "message", "The target principal name is incorrect."},
    {39, "SEC_E_INVALID_TOKEN", "decimal", "-2146893048"},
    {39, "SEC_E_INVALID_TOKEN", "message", "The token supplied to the function is invalid"},
    {42, "SEC_E_INVALID_TOKEN", "hex", "80090308"},
    {48, "SEC_E_KDC_UNKNOWN_ETYPE", "hex", "0x80090342"},
    {59, "SEC_E_WRONG_PRINCIPAL", "message", "The target principal name is incorrect."},
    {60, "STATUS_DOWNGRADE_DETECTED", "hex", "0xc0000388"},
    {67, "SEC_E_WRONG_PRINCIPAL", "message", "The target principal name is incorrect."},
    {70, "SEC_E_NO_CREDENTIALS", "decimal", "2148074254"},
    {71, "SEC_E_NO_CREDENTIALS", "hex", "0x8009030e/-2146893042"},
    {71, "SEC_E_NO_CREDENTIALS", "message", "No credentials are available in the security package"},
    {72, "SEC_I_CONTINUE_NEEDED", "symbol", "SEC_I_CONTINUE_NEEDED"},
    {74, "SEC_E_TIME_SKEW", "symbol", "SEC_E_TIME_SKEW"},
    {78, "STATUS_LOGON_FAILURE", "message", "Unknown user name or bad password."},
    {79, "STATUS_LOGON_FAILURE", "hex", "0xC000006D"},
    {80, "STATUS_WRONG_PASSWORD", "hex", "0xC000006A"},
    {83, "KDC_ERR_PREAUTH_FAILED", "hex", "0x18"},
    {86, "TLS1_ALERT_UNKNOWN_CA", "decimal", "48"},
    {88, "ERROR_LOGON_FAILURE", "decimal", "1326"},
    {89, "ERROR_LOGON_FAILURE", "message", "The user name or password is incorrect."},
};
constexpr int sampleCount = int(std::size(expectedSample));
constexpr int sampleCodes = 15;
/// Rows of the findings table: one per code per line or event (line 7 writes SEC_E_UNTRUSTED_ROOT
/// as symbol, hex and message: one row; the events of lines 70-71, 78-79 and 88-89 are one row each).
constexpr int sampleOccurrences = 21;

// RFC 4180: quoted fields may hold commas, doubled quotes and line breaks.
QList<QStringList> parseCsv(const QString &text, bool *ok)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"') {
            if (!field.isEmpty())
                *ok = false;
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            row << field;
            rows << row;
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        *ok = false;
    if (fieldStarted || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QByteArray utf16le(const QString &text, bool bom)
{
    QStringEncoder encoder(QStringConverter::Utf16LE,
                           bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

} // namespace

class TestLogPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sampleFindings_data();
    void sampleFindings();
    void sampleSummary();
    void sampleMatchesCoreScanner();
    void pasteAction();
    void pasteWithCtrlV();
    void pastedEventLogGivesSevenCodes();
    void knownLineIsHighlighted();
    void onlyVisibleBlocksAreFormatted();
    void hoverExplains();
    void clickingFindingSelectsIt_data();
    void clickingFindingSelectsIt();
    void summaryRowGoesToFirstFinding();
    void f3Cycles();
    void shiftF3CyclesBackwards();
    void doubleClickExplains();
    void relatedCodeIsForwarded();
    void editingRescans();
    void noFindingsNamesTheForms();
    void exportWrites_data();
    void exportWrites();
    void exportFailureLeavesNoFile();
    void copySummaryMarkdown();
    void utf16File_data();
    void utf16File();
    void big5File();
    void big5WithoutEncodingFallsBack();
    void invalidBytesOfferReopen();
    void tooLargeIsRefused();
    void binaryIsRefused();
    void missingFileIsRefused();
    void backgroundText();
    void backgroundFile();
    void cancelKeepsText();
    void navigationWaitsForText();
    void largeTextIsHighlightedAsItArrives();
    void splittersRemembered();
    void dropFile();
    void dropText();
    void recentFilesRemembered();
    void crlfLineEnds();
    void mainWindowIntegration();

private:
    std::unique_ptr<LogPanel> m_panel;
};

void TestLogPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SSPILensTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_logpanel"));
}

void TestLogPanel::init()
{
    sspilens::test::failOnUnexpectedWarnings();
    QSettings().clear();
    m_panel = std::make_unique<LogPanel>();
    m_panel->resize(1100, 800);
}

void TestLogPanel::cleanup()
{
    m_panel.reset();
}

void TestLogPanel::sampleFindings_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("text");
    for (int i = 0; i < sampleCount; ++i) {
        const Expected &e = expectedSample[i];
        QTest::addRow("%d %s %s line %d", i, e.symbol, e.form, e.line)
            << i << e.line << QString::fromLatin1(e.symbol) << QString::fromLatin1(e.form) << QString::fromUtf8(e.text);
    }
}

void TestLogPanel::sampleFindings()
{
    QFETCH(int, index);
    QFETCH(int, line);
    QFETCH(QString, symbol);
    QFETCH(QString, form);
    QFETCH(QString, text);

    QSignalSpy scanned(m_panel.get(), &LogPanel::scanFinished);
    m_panel->loadSample();
    QCOMPARE(scanned.count(), 1);
    QCOMPARE(int(m_panel->findings()->size()), sampleCount);
    const Finding &f = m_panel->findings()->at(size_t(index));
    QCOMPARE(f.line, line);
    QCOMPARE(findingFormKey(f.form), form);
    QVERIFY(f.code);
    QCOMPARE(f.code->symbolString(), symbol);
    QCOMPARE(f.text, text);
    // The table lists the finding in the row of its code and line, with the other forms written there.
    const FindingsModel *model = m_panel->findingsModel();
    QCOMPARE(model->rowCount(), sampleOccurrences);
    const int row = model->rowOfFinding(index);
    QVERIFY(row >= 0);
    QVERIFY(model->index(row, 0).data(FindingsModel::FindingIndexesRole).value<QList<int>>().contains(index));
    // The row shows the line of its first form; the tooltip says where each form is.
    const int first = model->index(row, 0).data(FindingsModel::FindingIndexRole).toInt();
    QVERIFY(first <= index);
    QCOMPARE(model->index(row, FindingsModel::LineColumn).data().toLongLong(),
             m_panel->findings()->at(size_t(first)).line);
    QVERIFY(model->index(row, 0)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("%1 (line %2, column %3)")
                              .arg(text.simplified(), QString::number(line), QString::number(f.column))));
    QCOMPARE(model->index(row, FindingsModel::SymbolColumn).data().toString(), symbol);
    QVERIFY(model->index(row, FindingsModel::FormColumn).data().toString().contains(findingFormName(f.form)));
    // The finding's offsets point at its text in the editor.
    QCOMPARE(m_panel->editor()->toPlainText().mid(f.offset, f.length), text);
}

void TestLogPanel::sampleSummary()
{
    m_panel->loadSample();
    const SummaryModel *summary = m_panel->summaryModel();
    QCOMPARE(summary->rowCount(), sampleCodes);
    QCOMPARE(summary->index(0, SummaryModel::SymbolColumn).data().toString(), QStringLiteral("SEC_E_UNTRUSTED_ROOT"));
    // Occurrences: line 7 (symbol, hex, message) and line 13.
    QCOMPARE(summary->index(0, SummaryModel::CountColumn).data().toLongLong(), 2);
    QCOMPARE(summary->index(0, SummaryModel::FirstLineColumn).data().toLongLong(), 7);
    QCOMPARE(summary->index(0, SummaryModel::LastLineColumn).data().toLongLong(), 13);
    QCOMPARE(summary->index(0, SummaryModel::CategoryColumn).data().toString(),
             categoryName(Catalog::instance().bySymbol(u"SEC_E_UNTRUSTED_ROOT")->category));
    QCOMPARE(m_panel->resultTabs()->tabText(0), QStringLiteral("Findings (%1)").arg(sampleOccurrences));
}

void TestLogPanel::sampleMatchesCoreScanner()
{
    // The panel adds nothing to and takes nothing from what core's scanner finds.
    m_panel->loadSample();
    const std::vector<Finding> direct = LogScanner().scan(LogPanel::sampleLog());
    QCOMPARE(m_panel->findings()->size(), direct.size());
    for (size_t i = 0; i < direct.size(); ++i) {
        QCOMPARE(m_panel->findings()->at(i).offset, direct[i].offset);
        QCOMPARE(m_panel->findings()->at(i).value, direct[i].value);
    }
}

void TestLogPanel::pasteAction()
{
    QGuiApplication::clipboard()->setText(LogPanel::sampleLog());
    auto *paste = m_panel->findChild<QAction *>(QStringLiteral("pasteAndDecodeAction"));
    QVERIFY(paste);
    QVERIFY(m_panel->editActions().contains(paste));
    paste->trigger();
    QCOMPARE(int(m_panel->findings()->size()), sampleCount);
    QCOMPARE(m_panel->editor()->toPlainText(), LogPanel::sampleLog());
    QVERIFY(m_panel->sourcePath().isEmpty());
}

void TestLogPanel::pasteWithCtrlV()
{
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QGuiApplication::clipboard()->setText(LogPanel::sampleLog());
    m_panel->editor()->setFocus();
    QTest::keyClick(m_panel->editor(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(m_panel->editor()->toPlainText(), LogPanel::sampleLog());
    // Typing and pasting rescan after a short pause.
    QTRY_COMPARE(int(m_panel->findings()->size()), sampleCount);
}

// Issue 12's paste (tests/data/events/issue12-paste.txt): a 4625, a 4771, two Schannel alerts, a
// Kerberos client event and a .NET line, pasted with Paste and Decode, give exactly seven codes in
// their families, and nothing for the numbers of other fields.
void TestLogPanel::pastedEventLogGivesSevenCodes()
{
    QFile file(QStringLiteral(SSPILENS_SOURCE_DIR "/tests/data/events/issue12-paste.txt"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QString text = QString::fromUtf8(file.readAll());
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QGuiApplication::clipboard()->setText(text);
    QAction *paste = m_panel->findChild<QAction *>(QStringLiteral("pasteAndDecodeAction"));
    QVERIFY(paste);
    paste->trigger();
    QTRY_VERIFY(!m_panel->findings()->empty());

    QSet<QString> codes;
    QStringList lines;
    for (const Finding &f : *m_panel->findings()) {
        QVERIFY(f.code);
        codes.insert(familyKey(f.code->family) + QLatin1Char(' ') + formatValue(*f.code));
        lines << QString::number(f.line);
    }
    const QSet<QString> expected{QStringLiteral("ntstatus 0xC000006D"), QStringLiteral("ntstatus 0xC000006A"),
                                 QStringLiteral("kerberos 0x18"),       QStringLiteral("kerberos 0x29"),
                                 QStringLiteral("tls-alert 40"),        QStringLiteral("tls-alert 20"),
                                 QStringLiteral("sspi 0x80090326")};
    QCOMPARE(codes, expected);
    // Nothing on the lines of the process ID, logon type, pre-authentication type, ticket options,
    // encryption type and "Result Code: 0x0".
    for (const char *quiet : {"7", "8", "11", "13", "14", "15"})
        QVERIFY2(!lines.contains(QLatin1String(quiet)), quiet);
    // The summary lists each code once, whatever the number of forms it was written in.
    QCOMPARE(m_panel->summaryModel()->rowCount(), 7);
    // Each family is highlighted in the text: the TLS alert number on line 16 has a format.
    const QTextBlock alertLine = m_panel->editor()->document()->findBlockByNumber(15);
    QVERIFY(m_panel->goToFinding(int(std::find_if(m_panel->findings()->begin(), m_panel->findings()->end(),
                                                  [](const Finding &f) { return f.line == 16; })
                                     - m_panel->findings()->begin())));
    QTRY_VERIFY(!alertLine.layout()->formats().isEmpty());
}

void TestLogPanel::knownLineIsHighlighted()
{
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->loadSample();
    // Line 31: "... errorcode 0x80090322 occurred ... The target principal name is incorrect."
    const int index = 11;
    const Finding &f = m_panel->findings()->at(index);
    QCOMPARE(f.line, 31);
    QVERIFY(m_panel->goToFinding(index));
    const QTextBlock block = m_panel->editor()->document()->findBlockByNumber(30);
    const QTextCharFormat error = m_panel->highlighter()->kindFormat(LogHighlighter::ErrorKind);
    QVERIFY(error.background().color().isValid());
    const auto hasSpan = [&] {
        for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
            if (r.start == f.column - 1 && r.length == f.length && r.format.background() == error.background()
                && r.format.fontWeight() == QFont::Bold)
                return true;
        }
        return false;
    };
    QTRY_VERIFY(hasSpan());
    // The look-alike two lines below (0x80070005, E_ACCESSDENIED) gets no format.
    const QTextBlock lookAlike = m_panel->editor()->document()->findBlockByNumber(32);
    QVERIFY(lookAlike.text().contains(QStringLiteral("0x80070005")));
    QTRY_VERIFY(m_panel->highlighter()->formattedBlockCount() > 0);
    QVERIFY(lookAlike.layout()->formats().isEmpty());

    // SEC_I_CONTINUE_NEEDED (line 72) is informational and looks different.
    const int info = 23;
    QCOMPARE(m_panel->findings()->at(info).line, 72);
    QVERIFY(m_panel->goToFinding(info));
    const QTextBlock infoBlock = m_panel->editor()->document()->findBlockByNumber(71);
    const QTextCharFormat informational = m_panel->highlighter()->kindFormat(LogHighlighter::InformationalKind);
    QVERIFY(informational.background() != error.background());
    QTRY_VERIFY(!infoBlock.layout()->formats().isEmpty());
    QCOMPARE(infoBlock.layout()->formats().constFirst().format.background(), informational.background());
}

void TestLogPanel::onlyVisibleBlocksAreFormatted()
{
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QString text;
    for (int i = 0; i < 3000; ++i)
        text += QStringLiteral("line %1 SEC_E_WRONG_PRINCIPAL 0x80090322\n").arg(i);
    m_panel->setLogText(text);
    QCOMPARE(int(m_panel->findings()->size()), 6000);
    QTRY_VERIFY(m_panel->highlighter()->formattedBlockCount() > 0);
    const int visibleLines =
        m_panel->editor()->viewport()->height() / m_panel->editor()->fontMetrics().lineSpacing() + 2;
    QVERIFY2(m_panel->highlighter()->formattedBlockCount() <= visibleLines,
             qPrintable(QStringLiteral("%1 blocks formatted, %2 visible")
                            .arg(m_panel->highlighter()->formattedBlockCount())
                            .arg(visibleLines)));
    // Far below nothing has been formatted.
    QVERIFY(m_panel->editor()->document()->findBlockByNumber(2500).layout()->formats().isEmpty());
    QVERIFY(m_panel->goToFinding(5000));
    QTRY_VERIFY(!m_panel->editor()->document()->findBlockByNumber(2500).layout()->formats().isEmpty());
}

void TestLogPanel::hoverExplains()
{
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->loadSample();
    const Finding &f = m_panel->findings()->at(11);
    QVERIFY(m_panel->goToFinding(11));
    QTextCursor cursor(m_panel->editor()->document());
    cursor.setPosition(int(f.offset + 2));
    const QPoint at = m_panel->editor()->cursorRect(cursor).center();
    QHelpEvent help(QEvent::ToolTip, at, m_panel->editor()->viewport()->mapToGlobal(at));
    QApplication::sendEvent(m_panel->editor()->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(QStringLiteral("SEC_E_WRONG_PRINCIPAL")));
    QVERIFY(QToolTip::text().contains(QStringLiteral("0x80090322")));
    QVERIFY(QToolTip::text().contains(trCatalog(f.code->meaning).toHtmlEscaped()));
    QToolTip::hideText();
}

void TestLogPanel::clickingFindingSelectsIt_data()
{
    QTest::addColumn<int>("index");
    QTest::addRow("first") << 0;
    QTest::addRow("decimal") << 13;
    QTest::addRow("bare hex after LDAP") << 15;
    // The last row: ERROR_LOGON_FAILURE of the event of lines 88-89, its decimal form first.
    QTest::addRow("last row") << sampleCount - 2;
}

void TestLogPanel::clickingFindingSelectsIt()
{
    QFETCH(int, index);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->loadSample();
    QTableView *view = m_panel->findingsView();
    // Each of these findings is the first form written in its row, which a click selects.
    const QModelIndex proxy =
        view->model()->index(m_panel->findingsModel()->rowOfFinding(index), FindingsModel::TextColumn);
    QCOMPARE(proxy.data(FindingsModel::FindingIndexRole).toInt(), index);
    view->scrollTo(proxy);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(proxy).center());
    const Finding &f = m_panel->findings()->at(size_t(index));
    const QTextCursor cursor = m_panel->editor()->textCursor();
    QCOMPARE(cursor.selectionStart(), f.offset);
    QCOMPARE(cursor.selectionEnd(), f.offset + f.length);
    QCOMPARE(cursor.selectedText(), f.text);
    QCOMPARE(cursor.blockNumber() + 1, f.line);
    QCOMPARE(m_panel->currentFinding(), index);
}

void TestLogPanel::summaryRowGoesToFirstFinding()
{
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->loadSample();
    m_panel->resultTabs()->setCurrentIndex(1);
    QTableView *view = m_panel->summaryView();
    // Row 3 is SEC_E_WRONG_PRINCIPAL, first seen on line 31.
    const QModelIndex row = view->model()->index(3, SummaryModel::SymbolColumn);
    QCOMPARE(row.data().toString(), QStringLiteral("SEC_E_WRONG_PRINCIPAL"));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(row).center());
    QCOMPARE(m_panel->currentFinding(), 11);
    QCOMPARE(m_panel->editor()->textCursor().blockNumber() + 1, 31);
}

void TestLogPanel::f3Cycles()
{
    m_panel->show();
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    m_panel->loadSample();
    m_panel->editor()->setFocus();
    m_panel->editor()->moveCursor(QTextCursor::Start);
    for (int i = 0; i < sampleCount; ++i) {
        QTest::keyClick(m_panel->editor(), Qt::Key_F3);
        QCOMPARE(m_panel->currentFinding(), i);
    }
    // Past the last finding F3 starts again at the first.
    QTest::keyClick(m_panel->editor(), Qt::Key_F3);
    QCOMPARE(m_panel->currentFinding(), 0);
    // The table follows the text.
    QCOMPARE(m_panel->findingsView()->currentIndex().row(), 0);
}

void TestLogPanel::shiftF3CyclesBackwards()
{
    m_panel->show();
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    m_panel->loadSample();
    m_panel->editor()->setFocus();
    m_panel->editor()->moveCursor(QTextCursor::Start);
    // Before the first finding Shift+F3 wraps to the last.
    QTest::keyClick(m_panel->editor(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(m_panel->currentFinding(), sampleCount - 1);
    QTest::keyClick(m_panel->editor(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(m_panel->currentFinding(), sampleCount - 2);
    QTest::keyClick(m_panel->editor(), Qt::Key_F3);
    QCOMPARE(m_panel->currentFinding(), sampleCount - 1);
    // The row of the last finding (the event of lines 88-89) is current.
    QVERIFY(m_panel->findingsView()
                ->currentIndex()
                .data(FindingsModel::FindingIndexesRole)
                .value<QList<int>>()
                .contains(sampleCount - 1));
}

void TestLogPanel::doubleClickExplains()
{
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->loadSample();
    QTableView *view = m_panel->findingsView();
    const QModelIndex proxy =
        view->model()->index(m_panel->findingsModel()->rowOfFinding(16), FindingsModel::SymbolColumn);
    QCOMPARE(proxy.data().toString(), QStringLiteral("SEC_E_KDC_UNKNOWN_ETYPE"));
    view->scrollTo(proxy);
    // A double-click is a click and then the double-click event, as a real mouse sends them.
    const QPoint at = view->visualRect(proxy).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, at);
    QVERIFY(m_panel->detailView()->isVisible());
    QVERIFY(m_panel->detailView()->code());
    QCOMPARE(m_panel->detailView()->code()->symbolString(), QStringLiteral("SEC_E_KDC_UNKNOWN_ETYPE"));

    // In the text: a double-click on a finding shows its card too.
    const Finding &f = m_panel->findings()->at(9);
    QVERIFY(m_panel->goToFinding(9));
    QTextCursor cursor(m_panel->editor()->document());
    cursor.setPosition(int(f.offset + 3));
    const QPoint inText = m_panel->editor()->cursorRect(cursor).center();
    QTest::mouseClick(m_panel->editor()->viewport(), Qt::LeftButton, {}, inText);
    QTest::mouseDClick(m_panel->editor()->viewport(), Qt::LeftButton, {}, inText);
    QTest::mouseRelease(m_panel->editor()->viewport(), Qt::LeftButton, {}, inText);
    QCOMPARE(m_panel->detailView()->code()->symbolString(), QStringLiteral("SEC_E_LOGON_DENIED"));
}

void TestLogPanel::relatedCodeIsForwarded()
{
    m_panel->loadSample();
    m_panel->explainFinding(0);
    QSignalSpy activated(m_panel.get(), &LogPanel::codeActivated);
    // The code travels as its catalog entry (family and value), never as a bare value.
    const StatusCode *preauth = Catalog::instance().byValue(0x18, Family::Kerberos);
    QVERIFY(preauth);
    emit m_panel->detailView()->relatedCodeActivated(preauth);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).value<const StatusCode *>(), preauth);
}

void TestLogPanel::editingRescans()
{
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->loadSample();
    m_panel->editor()->setFocus();
    m_panel->editor()->moveCursor(QTextCursor::End);
    QTest::keyClick(m_panel->editor(), Qt::Key_Return);
    QTest::keyClicks(m_panel->editor(), QStringLiteral("later: SEC_E_CERT_EXPIRED"));
    QTRY_COMPARE(int(m_panel->findings()->size()), sampleCount + 1);
    QCOMPARE(m_panel->findings()->back().code->symbolString(), QStringLiteral("SEC_E_CERT_EXPIRED"));

    // Deleting a finding's text removes it.
    m_panel->editor()->moveCursor(QTextCursor::Start);
    QVERIFY(m_panel->goToFinding(0));
    QTest::keyClick(m_panel->editor(), Qt::Key_Delete);
    QTRY_COMPARE(int(m_panel->findings()->size()), sampleCount);
}

void TestLogPanel::noFindingsNamesTheForms()
{
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->setLogText(QStringLiteral("Access is denied 0x80070005\nGUID 6f1c2a9e-8d41-4c57-b0a3-80090325ab12\n"));
    QCOMPARE(int(m_panel->findings()->size()), 0);
    auto *label = m_panel->findChild<QLabel *>(QStringLiteral("noFindingsLabel"));
    QVERIFY(label);
    QVERIFY(label->isVisible());
    const QString text = label->text();
    QVERIFY(text.contains(QStringLiteral("No status codes found")));
    for (const char *form : {"0x80090325", "80090308", "0xFFFFFFFF80090326", "-2146893019", "2148074254",
                             "SEC_E_WRONG_PRINCIPAL", "The target principal name is incorrect."})
        QVERIFY2(text.contains(QString::fromLatin1(form)), form);
}

void TestLogPanel::exportWrites_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("suffix");
    QTest::addRow("csv") << int(LogPanel::ExportFormat::Csv) << QStringLiteral("csv");
    QTest::addRow("json") << int(LogPanel::ExportFormat::Json) << QStringLiteral("json");
    QTest::addRow("markdown") << int(LogPanel::ExportFormat::Markdown) << QStringLiteral("md");
}

void TestLogPanel::exportWrites()
{
    QFETCH(int, format);
    QFETCH(QString, suffix);
    m_panel->loadSample();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("findings.") + suffix);
    QString error;
    QVERIFY2(m_panel->exportFindings(path, LogPanel::ExportFormat(format), &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    // Nothing but the report is left behind (no temporary file of the atomic write).
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);

    std::set<QString> expectedSymbols;
    for (const Expected &e : expectedSample)
        expectedSymbols.insert(QString::fromLatin1(e.symbol));

    switch (LogPanel::ExportFormat(format)) {
    case LogPanel::ExportFormat::Csv: {
        bool ok = false;
        const QList<QStringList> rows = parseCsv(text, &ok);
        QVERIFY(ok);
        QCOMPARE(rows.size(), sampleCount + 1);
        const qsizetype symbolColumn = rows.first().indexOf(QStringLiteral("symbol"));
        const qsizetype lineColumn = rows.first().indexOf(QStringLiteral("line"));
        QVERIFY(symbolColumn >= 0);
        QVERIFY(lineColumn >= 0);
        std::set<QString> symbols;
        for (int i = 1; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).size(), rows.first().size());
            symbols.insert(rows.at(i).at(symbolColumn));
            QCOMPARE(rows.at(i).at(lineColumn).toInt(), expectedSample[i - 1].line);
        }
        QVERIFY(symbols == expectedSymbols);
        break;
    }
    case LogPanel::ExportFormat::Json: {
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8(), &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        const QJsonArray findings = json.object().value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), sampleCount);
        std::set<QString> symbols;
        for (int i = 0; i < findings.size(); ++i) {
            const QJsonObject f = findings.at(i).toObject();
            symbols.insert(f.value(QStringLiteral("symbol")).toString());
            QCOMPARE(f.value(QStringLiteral("line")).toInt(), expectedSample[i].line);
            QCOMPARE(f.value(QStringLiteral("form")).toString(), QString::fromLatin1(expectedSample[i].form));
        }
        QVERIFY(symbols == expectedSymbols);
        const QJsonArray summary = json.object().value(QStringLiteral("summary")).toArray();
        QCOMPARE(summary.size(), sampleCodes);
        QCOMPARE(summary.at(0).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("0x80090325"));
        break;
    }
    case LogPanel::ExportFormat::Markdown:
        for (const QString &symbol : expectedSymbols)
            QVERIFY2(text.contains(symbol), qPrintable(symbol));
        QVERIFY(text.contains(QStringLiteral("0x80090322")));
        QVERIFY(text.contains(QStringLiteral("Likely causes")));
        QVERIFY(text.contains(QStringLiteral("Next steps")));
        QVERIFY(text.contains(QStringLiteral("line 31")));
        break;
    }
}

void TestLogPanel::exportFailureLeavesNoFile()
{
    m_panel->loadSample();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing-folder/findings.csv"));
    QString error;
    QVERIFY(!m_panel->exportFindings(path, LogPanel::ExportFormat::Csv, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestLogPanel::copySummaryMarkdown()
{
    m_panel->loadSample();
    auto *copy = m_panel->findChild<QAction *>(QStringLiteral("copySummaryMarkdownAction"));
    QVERIFY(copy);
    QVERIFY(copy->isEnabled());
    copy->trigger();
    const QString md = QGuiApplication::clipboard()->text();
    QVERIFY(md.startsWith(QStringLiteral("# ")));
    QVERIFY(md.contains(QStringLiteral("| `SEC_E_UNTRUSTED_ROOT` | 0x80090325 | 4 |")));
    QVERIFY(md.contains(QStringLiteral("SEC_I_CONTINUE_NEEDED")));
    // A summary: no per-code sections.
    QVERIFY(!md.contains(QStringLiteral("Likely causes")));
}

void TestLogPanel::utf16File_data()
{
    QTest::addColumn<bool>("bom");
    QTest::addRow("with BOM") << true;
    QTest::addRow("without BOM") << false;
}

void TestLogPanel::utf16File()
{
    QFETCH(bool, bom);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("system.txt"), utf16le(LogPanel::sampleLog(), bom));
    QVERIFY(!path.isEmpty());
    QVERIFY(m_panel->openFile(path));
    QTRY_VERIFY(!m_panel->isBusy());
    QCOMPARE(m_panel->editor()->toPlainText(), LogPanel::sampleLog());
    QCOMPARE(int(m_panel->findings()->size()), sampleCount);
    QCOMPARE(m_panel->decodeInfo().encoding, QByteArray("UTF-16LE"));
    QCOMPARE(m_panel->decodeInfo().hadBom, bom);
    QCOMPARE(m_panel->sourcePath(), QFileInfo(path).absoluteFilePath());
}

void TestLogPanel::big5File()
{
    const QString text = QStringLiteral("2026-03-02 08:12:40 用戶端驗證失敗：目標主體名稱不正確。錯誤碼 0x80090322\n"
                                        "伺服器憑證不受信任 (-2146893019)，請檢查憑證授權單位。\n"
                                        "重試後仍為 SEC_E_LOGON_DENIED\n");
    QStringEncoder big5("Big5");
    QVERIFY(big5.isValid());
    const QByteArray bytes = big5.encode(text);
    QVERIFY(!big5.hasError());
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("big5.log"), bytes);
    QVERIFY(m_panel->openFile(path, "Big5"));
    QCOMPARE(m_panel->editor()->toPlainText(), text);
    // 「目標主體名稱不正確。」 is Windows' own zh-TW text of SEC_E_WRONG_PRINCIPAL (issue 14).
    QCOMPARE(int(m_panel->findings()->size()), 4);
    QCOMPARE(m_panel->findings()->at(0).code->symbolString(), QStringLiteral("SEC_E_WRONG_PRINCIPAL"));
    QCOMPARE(m_panel->findings()->at(0).language, QStringLiteral("zh-TW"));
    QCOMPARE(m_panel->findings()->at(1).code->symbolString(), QStringLiteral("SEC_E_WRONG_PRINCIPAL"));
    QCOMPARE(m_panel->findings()->at(2).code->symbolString(), QStringLiteral("SEC_E_UNTRUSTED_ROOT"));
    QCOMPARE(m_panel->findings()->at(3).code->symbolString(), QStringLiteral("SEC_E_LOGON_DENIED"));
    QCOMPARE(m_panel->findings()->at(2).line, 2);
}

void TestLogPanel::big5WithoutEncodingFallsBack()
{
    // Undecodable as UTF-8 through and through: tried in the encoding chosen last.
    const QString text = QStringLiteral("伺服器回應 SEC_E_TIME_SKEW：用戶端與伺服器的時間誤差過大\n");
    const QByteArray bytes = QStringEncoder("Big5").encode(text);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("console.log"), bytes);
    QSettings().setValue(QStringLiteral("logDecoder/lastEncoding"), QByteArray("Big5"));
    QVERIFY(m_panel->openFile(path));
    QCOMPARE(m_panel->editor()->toPlainText(), text);
    QCOMPARE(int(m_panel->findings()->size()), 1);
    QVERIFY(m_panel->message().contains(QStringLiteral("Big5")));

    // The same through the background path.
    m_panel->setBackgroundThreshold(16);
    QVERIFY(m_panel->openFile(path));
    QTRY_VERIFY(!m_panel->isBusy());
    QCOMPARE(m_panel->editor()->toPlainText(), text);
    QVERIFY(m_panel->message().contains(QStringLiteral("Big5")));
}

void TestLogPanel::invalidBytesOfferReopen()
{
    // Mostly ASCII with a little Big5: UTF-8 with a few invalid bytes, and an offer to reopen.
    QString text;
    for (int i = 0; i < 40; ++i)
        text += QStringLiteral("2026-03-02 08:12:%1 LDAP bind failed 80090308 on dc01.contoso.example\n")
                    .arg(i, 2, 10, QLatin1Char('0'));
    text += QStringLiteral("備註：帳戶已鎖定\n");
    const QByteArray bytes = QStringEncoder("Big5").encode(text);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("mixed.log"), bytes);
    QSettings().setValue(QStringLiteral("logDecoder/lastEncoding"), QByteArray("Big5"));
    QVERIFY(m_panel->openFile(path));
    QVERIFY(m_panel->decodeInfo().invalidBytes);
    QCOMPARE(int(m_panel->findings()->size()), 40);
    QVERIFY(m_panel->message().contains(QStringLiteral("not valid")));
    auto *reopen = m_panel->findChild<QPushButton *>(QStringLiteral("infoButton"));
    QVERIFY(reopen);
    QVERIFY(reopen->text().contains(QStringLiteral("Big5")));
    reopen->click();
    QCOMPARE(m_panel->editor()->toPlainText(), text);
    QVERIFY(!m_panel->decodeInfo().invalidBytes);
    // The choice is remembered for this file.
    LogPanel again;
    QVERIFY(again.openFile(path));
    QCOMPARE(again.editor()->toPlainText(), text);
}

void TestLogPanel::tooLargeIsRefused()
{
    m_panel->loadSample();
    m_panel->setMaximumFileSize(1000);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("huge.log"), QByteArray(4000, 'x'));
    QVERIFY(!m_panel->openFile(path));
    QVERIFY(m_panel->message().contains(QStringLiteral("sspilens-cli decode")));
    QVERIFY(m_panel->message().contains(QStringLiteral("huge.log")));
    // Nothing else changed.
    QCOMPARE(m_panel->editor()->toPlainText(), LogPanel::sampleLog());
    QCOMPARE(int(m_panel->findings()->size()), sampleCount);
    QVERIFY(m_panel->sourcePath().isEmpty());
}

void TestLogPanel::binaryIsRefused()
{
    m_panel->loadSample();
    QByteArray bytes;
    for (int i = 0; i < 8192; ++i)
        bytes += char((i * 7919) % 256 < 40 ? 0 : (i * 31) % 256);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("image.bin"), bytes);
    QVERIFY(!m_panel->openFile(path));
    QVERIFY(m_panel->message().contains(QStringLiteral("binary")));
    QCOMPARE(m_panel->editor()->toPlainText(), LogPanel::sampleLog());
    QCOMPARE(int(m_panel->findings()->size()), sampleCount);

    // The same through the background path.
    m_panel->setBackgroundThreshold(1024);
    QVERIFY(m_panel->openFile(path));
    QTRY_VERIFY(!m_panel->isBusy());
    QVERIFY(m_panel->message().contains(QStringLiteral("binary")));
    QCOMPARE(m_panel->editor()->toPlainText(), LogPanel::sampleLog());
}

void TestLogPanel::missingFileIsRefused()
{
    QVERIFY(!m_panel->openFile(QStringLiteral("/nonexistent/sspilens/none.log")));
    QVERIFY(!m_panel->message().isEmpty());
}

void TestLogPanel::backgroundText()
{
    m_panel->setBackgroundThreshold(4096);
    QString text;
    const QString sample = LogPanel::sampleLog();
    for (int i = 0; i < 200; ++i)
        text += sample;
    QSignalSpy busy(m_panel.get(), &LogPanel::busyChanged);
    QSignalSpy scanned(m_panel.get(), &LogPanel::scanFinished);
    QSignalSpy loaded(m_panel.get(), &LogPanel::textLoaded);
    m_panel->setLogText(text);
    // Handed to a worker: nothing is there yet, and the panel says it is busy.
    QVERIFY(m_panel->isBusy());
    QCOMPARE(busy.count(), 1);
    // The findings may be listed before the text is laid out; they are listed once either way.
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 60000);
    QCOMPARE(scanned.count(), 1);
    QVERIFY(!m_panel->isBusy());
    QCOMPARE(busy.count(), 2);
    QCOMPARE(int(m_panel->findings()->size()), sampleCount * 200);
    QCOMPARE(m_panel->editor()->document()->characterCount() - 1, text.size());
    // The last finding is on line 89 of the last copy.
    QCOMPARE(m_panel->findings()->back().line, qint64(199) * sample.count(u'\n') + 89);
    QCOMPARE(m_panel->highlighter()->spanCount(), sampleCount * 200);
    QVERIFY(m_panel->goToFinding(sampleCount * 200 - 1));
    QCOMPARE(m_panel->editor()->textCursor().selectedText(), QStringLiteral("The user name or password is incorrect."));
}

void TestLogPanel::backgroundFile()
{
    m_panel->setBackgroundThreshold(4096);
    QByteArray bytes;
    const QByteArray sample = LogPanel::sampleLog().toUtf8();
    for (int i = 0; i < 100; ++i)
        bytes += sample;
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("big.log"), bytes);
    QSignalSpy loaded(m_panel.get(), &LogPanel::textLoaded);
    QVERIFY(m_panel->openFile(path));
    QVERIFY(m_panel->isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 60000);
    QCOMPARE(int(m_panel->findings()->size()), sampleCount * 100);
    QCOMPARE(m_panel->sourcePath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(m_panel->summaryModel()->rowCount(), sampleCodes);
    QCOMPARE(m_panel->editor()->toPlainText().toUtf8(), bytes);
}

void TestLogPanel::cancelKeepsText()
{
    m_panel->loadSample();
    m_panel->setBackgroundThreshold(4096);
    // Large enough that the worker is still busy when Cancel comes right after the start.
    QString text;
    text.reserve(30 << 20);
    const QString sample = LogPanel::sampleLog();
    while (text.size() < (24 << 20))
        text += sample;
    QSignalSpy busy(m_panel.get(), &LogPanel::busyChanged);
    m_panel->setLogText(text);
    QVERIFY(m_panel->isBusy());
    m_panel->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isBusy(), 60000);
    QCOMPARE(busy.count(), 2);
    QVERIFY(m_panel->message().contains(QStringLiteral("cancelled")));
    QCOMPARE(m_panel->editor()->toPlainText(), sample);
    QCOMPARE(int(m_panel->findings()->size()), sampleCount);
}

void TestLogPanel::navigationWaitsForText()
{
    // Findings are listed before the text is all in the editor; going to one whose text is not
    // there yet shows it when it arrives.
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->setBackgroundThreshold(4096);
    const QString sample = LogPanel::sampleLog();
    QString text;
    for (int i = 0; i < 400; ++i)
        text += sample;
    const int last = sampleCount * 400 - 1;
    bool wentAt = false;
    bool feedingThen = false;
    bool shownThen = true;
    connect(m_panel.get(), &LogPanel::scanFinished, this, [&] {
        feedingThen = m_panel->isFeeding();
        wentAt = m_panel->goToFinding(last);
        shownThen = m_panel->currentFinding() == last;
    });
    QSignalSpy loaded(m_panel.get(), &LogPanel::textLoaded);
    m_panel->setLogText(text);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 60000);
    QVERIFY(feedingThen);
    QVERIFY(wentAt);
    QVERIFY(!shownThen);
    QCOMPARE(m_panel->currentFinding(), last);
    QCOMPARE(m_panel->editor()->textCursor().selectedText(), QStringLiteral("The user name or password is incorrect."));
    QCOMPARE(m_panel->findingsView()->currentIndex().row(), m_panel->findingsModel()->rowOfFinding(last));
    QCOMPARE(m_panel->editor()->toPlainText(), text);
    // Not too large to edit: the editor takes typing again.
    QVERIFY(!m_panel->editor()->isReadOnly());
    QVERIFY(!m_panel->isBusy());
}

void TestLogPanel::largeTextIsHighlightedAsItArrives()
{
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->setBackgroundThreshold(4096);
    QString text;
    for (int i = 0; i < 20000; ++i)
        text += QStringLiteral("%1 bind failed 0x8009030c on dc01\n").arg(i);
    QSignalSpy loaded(m_panel.get(), &LogPanel::textLoaded);
    m_panel->setLogText(text);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 60000);
    QCOMPARE(int(m_panel->findings()->size()), 20000);
    // The first screen was formatted while the rest went in, and only what was on screen.
    const QTextBlock first = m_panel->editor()->document()->firstBlock();
    QTRY_VERIFY(!first.layout()->formats().isEmpty());
    QVERIFY(m_panel->highlighter()->formattedBlockCount() < 200);
    // Far down, a finding is highlighted once it is gone to.
    QVERIFY(m_panel->goToFinding(19990));
    const QTextBlock far = m_panel->editor()->document()->findBlockByNumber(19990);
    QTRY_VERIFY(!far.layout()->formats().isEmpty());
    QCOMPARE(far.layout()->formats().constFirst().start, int(m_panel->findings()->at(19990).column - 1));
}

void TestLogPanel::splittersRemembered()
{
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->loadSample();
    auto *splitter = m_panel->findChild<QSplitter *>(QStringLiteral("logSplitter"));
    auto *textSplitter = m_panel->findChild<QSplitter *>(QStringLiteral("logTextSplitter"));
    QVERIFY(splitter);
    QVERIFY(textSplitter);
    QTRY_VERIFY(splitter->sizes().value(1) > 0);
    const int height = splitter->sizes().value(0) + splitter->sizes().value(1);
    splitter->setSizes({height - 150, 150});
    const QList<int> sizes = splitter->sizes();
    m_panel->explainFinding(0);
    QVERIFY(m_panel->detailView()->isVisible());
    const int width = textSplitter->sizes().value(0) + textSplitter->sizes().value(1);
    textSplitter->setSizes({width - 300, 300});
    const QList<int> textSizes = textSplitter->sizes();
    {
        QSettings settings;
        m_panel->saveState(settings);
    }

    LogPanel again;
    again.resize(m_panel->size());
    {
        const QSettings settings;
        again.restoreState(settings);
    }
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    auto *againSplitter = again.findChild<QSplitter *>(QStringLiteral("logSplitter"));
    QTRY_COMPARE(againSplitter->sizes(), sizes);
    again.loadSample();
    again.explainFinding(0);
    QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("logTextSplitter"))->sizes(), textSizes);

    // Closing the explanation keeps where it was.
    again.findChild<QToolButton *>(QStringLiteral("detailClose"))->click();
    QVERIFY(!again.detailView()->isVisible());
    QSettings().clear();
    {
        QSettings settings;
        again.saveState(settings);
    }
    QVERIFY(QSettings().contains(QStringLiteral("logDecoder/textSplitter")));
    QVERIFY(QSettings().contains(QStringLiteral("logDecoder/splitter")));

    // The main window keeps them with its own.
    QSettings().clear();
    {
        MainWindow window;
        auto *panel = static_cast<LogPanel *>(window.logDecoder());
        window.show();
        window.setCurrentTab(MainWindow::LogDecoderTab);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(panel->findChild<QSplitter *>(QStringLiteral("logSplitter"))->sizes().value(1) > 0);
        window.saveSettings();
    }
    QVERIFY(QSettings().contains(QStringLiteral("logDecoder/splitter")));
}

void TestLogPanel::dropFile()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("dropped.log"), LogPanel::sampleLog().toUtf8());
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = m_panel->findingsView()->mapTo(m_panel.get(), QPoint(5, 5));
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_panel.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_panel.get(), &drop);
    QCOMPARE(m_panel->sourcePath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(int(m_panel->findings()->size()), sampleCount);

    // Onto the text: the editor hands files to the panel instead of inserting their names.
    m_panel->setLogText(QString());
    QSignalSpy loaded(m_panel.get(), &LogPanel::textLoaded);
    emit m_panel->editor()->filesDropped({path});
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(m_panel->editor()->toPlainText(), LogPanel::sampleLog());
}

void TestLogPanel::dropText()
{
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QMimeData mime;
    mime.setText(QStringLiteral("curl: schannel: SEC_E_UNTRUSTED_ROOT (0x80090325)\n"));
    const QPoint at = m_panel->findingsView()->mapTo(m_panel.get(), QPoint(5, 5));
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_panel.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_panel.get(), &drop);
    QCOMPARE(int(m_panel->findings()->size()), 2);
}

void TestLogPanel::recentFilesRemembered()
{
    QTemporaryDir dir;
    const QString first = writeFile(dir, QStringLiteral("a.log"), "SEC_E_TIME_SKEW\n");
    const QString second = writeFile(dir, QStringLiteral("b.log"), "0x80090325\n");
    QVERIFY(m_panel->openFile(first));
    QVERIFY(m_panel->openFile(second));
    QCOMPARE(m_panel->recentFiles(),
             (QStringList{QFileInfo(second).absoluteFilePath(), QFileInfo(first).absoluteFilePath()}));
    auto *recent = m_panel->findChild<QMenu *>(QStringLiteral("recentLogsMenu"));
    QVERIFY(recent);
    QVERIFY(recent->actions().size() >= 2);
    recent->actions().at(1)->trigger();
    QCOMPARE(m_panel->sourcePath(), QFileInfo(first).absoluteFilePath());
    // The file on disk is never touched.
    QFile file(first);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("SEC_E_TIME_SKEW\n"));
}

void TestLogPanel::crlfLineEnds()
{
    QString text = LogPanel::sampleLog();
    text.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("windows.log"), text.toUtf8());
    QVERIFY(m_panel->openFile(path));
    QCOMPARE(int(m_panel->findings()->size()), sampleCount);
    for (int i = 0; i < sampleCount; ++i)
        QCOMPARE(m_panel->findings()->at(size_t(i)).line, expectedSample[i].line);
    QVERIFY(m_panel->goToFinding(sampleCount - 1));
    QCOMPARE(m_panel->editor()->textCursor().selectedText(), QStringLiteral("The user name or password is incorrect."));
}

void TestLogPanel::mainWindowIntegration()
{
    MainWindow window;
    auto *panel = qobject_cast<LogPanel *>(window.logDecoder());
    QVERIFY(panel);
    for (QAction *action : panel->fileActions())
        QVERIFY(window.fileMenu()->actions().contains(action));
    for (QAction *action : panel->editActions())
        QVERIFY(window.editMenu()->actions().contains(action));
    QVERIFY(window.helpMenu()->actions().contains(panel->sampleAction()));

    window.setCurrentTab(MainWindow::CodeLibraryTab);
    panel->sampleAction()->trigger();
    QCOMPARE(window.currentTab(), int(MainWindow::LogDecoderTab));
    QCOMPARE(int(panel->findings()->size()), sampleCount);

    // A related code in the card, or "Show in the Code Library": the library selects it.
    emit panel->codeActivated(Catalog::instance().byValue(0x80090322u));
    QCOMPARE(window.currentTab(), int(MainWindow::CodeLibraryTab));
    QVERIFY(window.codeBrowser()->currentCode());
    QCOMPARE(window.codeBrowser()->currentCode()->value, 0x80090322u);
    // A small number of another family arrives as itself, not as the SSPI code of that value.
    const StatusCode *logonFailure = Catalog::instance().byValue(1326, Family::Win32);
    emit panel->codeActivated(logonFailure);
    QCOMPARE(window.codeBrowser()->currentCode(), logonFailure);

    // Files dropped on the window open in the panel.
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("dropped.log"), "SEC_E_TIME_SKEW\n");
    emit window.filesDropped({path});
    QCOMPARE(window.currentTab(), int(MainWindow::LogDecoderTab));
    QCOMPARE(panel->sourcePath(), QFileInfo(path).absoluteFilePath());
}

QTEST_MAIN(TestLogPanel)
#include "tst_logpanel.moc"
