// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "catalog.h"
#include "familyformat.h"
#include "findingsmodel.h"
#include "guitest.h"
#include "loghighlighter.h"
#include "logpanel.h"
#include "mainwindow.h"
#include "report.h"
#include "scanner.h"
#include "summarymodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <cmath>
#include <memory>

using namespace sspilens;

namespace {

FindingList scanText(const QString &text)
{
    return std::make_shared<const std::vector<Finding>>(LogScanner().scan(text));
}

// Three lines, four findings of three codes, one of them unknown to winerror.h (0x800903FF lies
// in the SSPI block, but no macro names it).
const QString smallLog = QStringLiteral("a 0x80090325 then SEC_E_UNTRUSTED_ROOT\n"
                                        "b -2146893048\n"
                                        "c 0x800903FF\n");

// A finding built by hand, as the scanner will report codes of every family.
Finding finding(qint64 line, const QString &text, FindingForm form, const StatusCode *code)
{
    Finding f;
    f.offset = (line - 1) * 100;
    f.length = text.size();
    f.line = line;
    f.column = 1;
    f.text = text;
    f.form = form;
    f.value = code->value;
    f.code = code;
    return f;
}

const StatusCode *entry(Family family, quint32 value)
{
    const StatusCode *c = Catalog::instance().byValue(value, family);
    if (!c)
        qFatal("%s %u not in the catalog", qPrintable(familyKey(family)), value);
    return c;
}

// One failure from four layers, and a TLS alert: what a decoded 4771 / 4625 / Schannel log holds.
FindingList familyFindings()
{
    return std::make_shared<const std::vector<Finding>>(std::vector<Finding>{
        finding(1, QStringLiteral("0x8009030C"), FindingForm::Hex, entry(Family::Sspi, 0x8009030Cu)),
        finding(2, QStringLiteral("0x18"), FindingForm::Hex, entry(Family::Kerberos, 0x18)),
        finding(3, QStringLiteral("0xC000006A"), FindingForm::Hex, entry(Family::NtStatus, 0xC000006Au)),
        finding(4, QStringLiteral("1326"), FindingForm::Decimal, entry(Family::Win32, 1326)),
        finding(5, QStringLiteral("48"), FindingForm::Decimal, entry(Family::TlsAlert, 48)),
        finding(6, QStringLiteral("0x18"), FindingForm::Hex, entry(Family::Kerberos, 0x18)),
    });
}

} // namespace

class TestFindingsModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void findingsUnderTester();
    void summaryUnderTester();
    void findingColumns_data();
    void findingColumns();
    void unknownCode();
    void findingsSortNumerically();
    void summaryRows_data();
    void summaryRows();
    void summarySorts_data();
    void summarySorts();
    void retranslateSignals();
    void resetToEmpty();
    void familyColumns_data();
    void familyColumns();
    void familySortsByIdentity();
    void summaryGroupsByFamilyAndValue();
    void familyHighlight_data();
    void familyHighlight();
};

void TestFindingsModel::init()
{
    sspilens::test::failOnUnexpectedWarnings();
}

void TestFindingsModel::findingsUnderTester()
{
    FindingsModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(FindingsModel::SortRole);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings(scanText(LogPanel::sampleLog()));
    QVERIFY(model.rowCount() > 20);
    for (int column = 0; column < FindingsModel::ColumnCount; ++column) {
        proxy.sort(column, Qt::DescendingOrder);
        proxy.sort(column, Qt::AscendingOrder);
    }
    model.setFindings(scanText(smallLog));
    model.setFindings(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestFindingsModel::summaryUnderTester()
{
    SummaryModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(SummaryModel::SortRole);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const FindingList findings = scanText(LogPanel::sampleLog());
    model.setRows(SummaryModel::buildRows(*findings));
    // One row per code, a code being (family, value).
    QSet<quint64> codes;
    for (const Finding &f : *findings)
        codes.insert(Catalog::identity(FindingsModel::family(f), f.value));
    QCOMPARE(codes.size(), 15);
    QCOMPARE(model.rowCount(), int(codes.size()));
    for (int column = 0; column < SummaryModel::ColumnCount; ++column) {
        proxy.sort(column, Qt::DescendingOrder);
        proxy.sort(column, Qt::AscendingOrder);
    }
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

void TestFindingsModel::findingColumns_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<quint32>("value");
    QTest::addColumn<QList<int>>("findings");
    // One row per code per line: line 1 writes SEC_E_UNTRUSTED_ROOT twice, as hex and as symbol.
    QTest::addRow("hex and symbol") << 0 << qint64(1) << "0x80090325 · SEC_E_UNTRUSTED_ROOT"
                                    << findingFormName(FindingForm::Hex) + ", " + findingFormName(FindingForm::Symbol)
                                    << "SEC_E_UNTRUSTED_ROOT" << 0x80090325u << QList<int>{0, 1};
    QTest::addRow("decimal") << 1 << qint64(2) << "-2146893048" << findingFormName(FindingForm::Decimal)
                             << "SEC_E_INVALID_TOKEN" << 0x80090308u << QList<int>{2};
}

void TestFindingsModel::findingColumns()
{
    QFETCH(int, row);
    QFETCH(qint64, line);
    QFETCH(QString, text);
    QFETCH(QString, form);
    QFETCH(QString, symbol);
    QFETCH(quint32, value);
    QFETCH(QList<int>, findings);

    FindingsModel model;
    model.setFindings(scanText(smallLog));
    QCOMPARE(model.findings()->size(), size_t(4));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(row, FindingsModel::LineColumn).data().toLongLong(), line);
    QCOMPARE(model.index(row, FindingsModel::TextColumn).data().toString(), text);
    QCOMPARE(model.index(row, FindingsModel::FormColumn).data().toString(), form);
    QCOMPARE(model.index(row, FindingsModel::SymbolColumn).data().toString(), symbol);
    const StatusCode *code = Catalog::instance().byValue(value);
    QVERIFY(code);
    QCOMPARE(model.index(row, FindingsModel::MeaningColumn).data().toString(), trCatalog(code->meaning));
    QCOMPARE(model.index(row, 0).data(FindingsModel::ValueRole).value<quint32>(), value);
    QCOMPARE(model.index(row, 0).data(FindingsModel::SymbolRole).toString(), symbol);
    QCOMPARE(model.index(row, 0).data(FindingsModel::FindingIndexRole).toInt(), findings.constFirst());
    QCOMPARE(model.index(row, 0).data(FindingsModel::FindingIndexesRole).value<QList<int>>(), findings);
    QCOMPARE(model.index(row, 0).data(FindingsModel::FormCountRole).toInt(), int(findings.size()));
    for (const int index : findings)
        QCOMPARE(model.rowOfFinding(index), row);
    QCOMPARE(model.index(row, 0).data(FindingsModel::LineRole).toLongLong(), line);
    QCOMPARE(model.index(row, 0).data(FindingsModel::SeverityRole).toInt(), int(Severity::Error));
    QVERIFY(!model.index(row, FindingsModel::SymbolColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    // The tooltip lists every written form.
    const QString tip = model.index(row, FindingsModel::TextColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(symbol), qPrintable(tip));
    for (const int index : findings) {
        const Finding &written = (*model.findings())[size_t(index)];
        QVERIFY2(tip.contains(findingFormName(written.form) + ": " + written.text), qPrintable(tip));
    }
    const Finding *f = model.findingAt(row);
    QVERIFY(f);
    QCOMPARE(f, &(*model.findings())[size_t(findings.constFirst())]);
    QCOMPARE(model.index(row, 0).data(FindingsModel::OffsetRole).toLongLong(), f->offset);
    QCOMPARE(model.index(row, 0).data(FindingsModel::LengthRole).toLongLong(), f->length);
    QVERIFY(text.startsWith(smallLog.mid(f->offset, f->length)));
}

void TestFindingsModel::unknownCode()
{
    FindingsModel model;
    model.setFindings(scanText(smallLog));
    // Row 2: the hex and symbol of line 1 are one row.
    const Finding *f = model.findingAt(2);
    QVERIFY(f);
    QVERIFY(!f->isKnown());
    QCOMPARE(f->value, 0x800903FFu);
    QCOMPARE(model.index(2, FindingsModel::SymbolColumn).data().toString(), QStringLiteral("Unknown SSPI code"));
    QVERIFY(!model.index(2, FindingsModel::MeaningColumn).data().toString().isEmpty());
    QVERIFY(model.index(2, 0).data(FindingsModel::SymbolRole).toString().isEmpty());
    QVERIFY(!model.findingAt(3));
    QVERIFY(!model.findingAt(-1));

    SummaryModel summary;
    summary.setRows(SummaryModel::buildRows(*model.findings()));
    QCOMPARE(summary.rowCount(), 3);
    QCOMPARE(summary.index(2, SummaryModel::SymbolColumn).data().toString(), QStringLiteral("Unknown SSPI code"));
    QCOMPARE(summary.index(2, 0).data(SummaryModel::CategoryRole).toInt(), -1);

    // One wording everywhere: the findings table, the summary, the reports and the status line.
    const QString meaning = model.index(2, FindingsModel::MeaningColumn).data().toString();
    QCOMPARE(meaning, codeMeaning(nullptr));
    QCOMPARE(summary.index(2, SummaryModel::MeaningColumn).data().toString(), meaning);
    const QString summaryTip = summary.index(2, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(summaryTip.contains(meaning), qPrintable(summaryTip));
    QVERIFY2(summaryTip.endsWith(QStringLiteral("Family: SSPI")), qPrintable(summaryTip));
    QVERIFY(FindingsModel::describe(*f).endsWith(meaning));
    const QString text = formatReport(ReportFormat::Text, *model.findings());
    QVERIFY2(text.contains(QStringLiteral("Unknown SSPI code  0x800903FF  ") + meaning), qPrintable(text));
    QVERIFY(formatReport(ReportFormat::Markdown, *model.findings())
                .contains(QStringLiteral("Unknown SSPI code (0x800903FF)")));
}

void TestFindingsModel::findingsSortNumerically()
{
    // Line 10 must come after line 9, not between 1 and 2 as text would sort it.
    QString text;
    for (int i = 1; i <= 12; ++i)
        text += QStringLiteral("SEC_E_TIME_SKEW on line %1\n").arg(i);
    FindingsModel model;
    model.setFindings(scanText(text));
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(FindingsModel::SortRole);
    proxy.sort(FindingsModel::LineColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, FindingsModel::LineColumn).data().toLongLong(), 12);
    QCOMPARE(proxy.index(2, FindingsModel::LineColumn).data().toLongLong(), 10);
    QCOMPARE(proxy.index(3, FindingsModel::LineColumn).data().toLongLong(), 9);
    QCOMPARE(proxy.index(0, 0).data(FindingsModel::FindingIndexRole).toInt(), 11);
}

void TestFindingsModel::summaryRows_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::addColumn<int>("firstFinding");
    // Counted in occurrences, one per line: line 7 writes SEC_E_UNTRUSTED_ROOT as symbol, hex and
    // message, line 13 as message (4 written forms, 2 occurrences).
    QTest::addRow("untrusted root") << 0 << "SEC_E_UNTRUSTED_ROOT" << qint64(2) << qint64(7) << qint64(13) << 0;
    // Lines 11 (symbol, hex), 19 (hex, message) and 21: 5 forms, 3 occurrences.
    QTest::addRow("illegal message") << 1 << "SEC_E_ILLEGAL_MESSAGE" << qint64(3) << qint64(11) << qint64(21) << 3;
    // Lines 31 (hex, message), 59 and 67.
    QTest::addRow("wrong principal") << 3 << "SEC_E_WRONG_PRINCIPAL" << qint64(3) << qint64(31) << qint64(67) << 11;
    QTest::addRow("continue needed") << 8 << "SEC_I_CONTINUE_NEEDED" << qint64(1) << qint64(72) << qint64(72) << 23;
    QTest::addRow("another family") << 12 << "KDC_ERR_PREAUTH_FAILED" << qint64(1) << qint64(83) << qint64(83) << 28;
}

void TestFindingsModel::summaryRows()
{
    QFETCH(int, row);
    QFETCH(QString, symbol);
    QFETCH(qint64, count);
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    QFETCH(int, firstFinding);

    SummaryModel model;
    model.setRows(SummaryModel::buildRows(*scanText(LogPanel::sampleLog())));
    // Rows are in order of first appearance; codes of other families may come between these.
    for (int r = 1; r < model.rowCount(); ++r)
        QVERIFY(model.index(r - 1, 0).data(SummaryModel::FirstFindingRole).toInt()
                < model.index(r, 0).data(SummaryModel::FirstFindingRole).toInt());
    int found = -1;
    for (int r = 0; r < model.rowCount() && found < 0; ++r) {
        if (model.index(r, SummaryModel::SymbolColumn).data().toString() == symbol)
            found = r;
    }
    QVERIFY(found >= row);
    row = found;
    const StatusCode *code = Catalog::instance().bySymbol(symbol);
    QVERIFY(code);
    QCOMPARE(model.index(row, SummaryModel::ValueColumn).data().toString(), formatValue(*code));
    QCOMPARE(model.index(row, SummaryModel::CountColumn).data().toLongLong(), count);
    QCOMPARE(model.index(row, SummaryModel::FirstLineColumn).data().toLongLong(), first);
    QCOMPARE(model.index(row, SummaryModel::LastLineColumn).data().toLongLong(), last);
    QCOMPARE(model.index(row, SummaryModel::CategoryColumn).data().toString(), categoryName(code->category));
    QCOMPARE(model.index(row, SummaryModel::MeaningColumn).data().toString(), trCatalog(code->meaning));
    QCOMPARE(model.index(row, 0).data(SummaryModel::FirstFindingRole).toInt(), firstFinding);
    QCOMPARE(model.index(row, 0).data(SummaryModel::CountRole).toLongLong(), count);
    QCOMPARE(model.index(row, 0).data(SummaryModel::ValueRole).value<quint32>(), code->value);
    QCOMPARE(model.index(row, 0).data(SummaryModel::SeverityRole).toInt(), int(code->severity));
}

void TestFindingsModel::summarySorts_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("firstDescending");
    QTest::addRow("count") << int(SummaryModel::CountColumn) << "SEC_E_ILLEGAL_MESSAGE";
    QTest::addRow("last line") << int(SummaryModel::LastLineColumn) << "ERROR_LOGON_FAILURE";
}

void TestFindingsModel::summarySorts()
{
    QFETCH(int, column);
    QFETCH(QString, firstDescending);
    SummaryModel model;
    model.setRows(SummaryModel::buildRows(*scanText(LogPanel::sampleLog())));
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(SummaryModel::SortRole);
    proxy.sort(column, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, SummaryModel::SymbolColumn).data().toString(), firstDescending);
}

void TestFindingsModel::familyColumns_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("value"); // as the tooltip and describe() write it
    QTest::addRow("SSPI") << 0 << "SSPI"
                          << "SEC_E_LOGON_DENIED"
                          << "0x8009030C";
    QTest::addRow("Kerberos") << 1 << "Kerberos"
                              << "KDC_ERR_PREAUTH_FAILED"
                              << "Kerberos 0x18";
    QTest::addRow("NTSTATUS") << 2 << "NTSTATUS"
                              << "STATUS_WRONG_PASSWORD"
                              << "0xC000006A";
    QTest::addRow("Win32") << 3 << "Win32"
                           << "ERROR_LOGON_FAILURE"
                           << "Win32 1326";
    QTest::addRow("TLS alert") << 4 << "TLS alert"
                               << "TLS1_ALERT_UNKNOWN_CA"
                               << "TLS alert 48";
}

void TestFindingsModel::familyColumns()
{
    QFETCH(int, row);
    QFETCH(QString, family);
    QFETCH(QString, symbol);
    QFETCH(QString, value);
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings(familyFindings());
    QCOMPARE(model.headerData(FindingsModel::FamilyColumn, Qt::Horizontal).toString(), QStringLiteral("Family"));
    const Finding *f = model.findingAt(row);
    QVERIFY(f);
    QCOMPARE(model.index(row, FindingsModel::FamilyColumn).data().toString(), family);
    QCOMPARE(model.index(row, FindingsModel::SymbolColumn).data().toString(), symbol);
    QCOMPARE(model.index(row, 0).data(FindingsModel::FamilyRole).toInt(), int(f->code->family));
    QCOMPARE(FindingsModel::valueText(*f), value);
    QVERIFY(FindingsModel::describe(*f).startsWith(QStringLiteral("%1 (%2): ").arg(symbol, value)));
    // Every column's tooltip names the family.
    for (int column = 0; column < FindingsModel::ColumnCount; ++column) {
        const QString tip = model.index(row, column).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(value) && tip.endsWith(QStringLiteral("Family: ") + family), qPrintable(tip));
    }

    SummaryModel summary;
    QAbstractItemModelTester summaryTester(&summary, QAbstractItemModelTester::FailureReportingMode::QtTest);
    summary.setRows(SummaryModel::buildRows(*model.findings()));
    QCOMPARE(summary.headerData(SummaryModel::FamilyColumn, Qt::Horizontal).toString(), QStringLiteral("Family"));
    QCOMPARE(summary.index(row, SummaryModel::SymbolColumn).data().toString(), symbol);
    QCOMPARE(summary.index(row, SummaryModel::FamilyColumn).data().toString(), family);
    QCOMPARE(summary.index(row, SummaryModel::ValueColumn).data().toString(), FamilyFormat::value(*f->code));
    QCOMPARE(summary.index(row, 0).data(SummaryModel::FamilyRole).toInt(), int(f->code->family));
    const QString tip = summary.index(row, SummaryModel::ValueColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(value) && tip.endsWith(QStringLiteral("Family: ") + family), qPrintable(tip));
}

void TestFindingsModel::familySortsByIdentity()
{
    FindingsModel model;
    model.setFindings(familyFindings());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(FindingsModel::SortRole);
    proxy.sort(FindingsModel::FamilyColumn, Qt::AscendingOrder);
    QStringList families;
    for (int row = 0; row < proxy.rowCount(); ++row)
        families << proxy.index(row, FindingsModel::FamilyColumn).data().toString();
    QCOMPARE(families, (QStringList{"SSPI", "NTSTATUS", "Kerberos", "Kerberos", "TLS alert", "Win32"}));

    SummaryModel summary;
    summary.setRows(SummaryModel::buildRows(*model.findings()));
    QSortFilterProxyModel summaryProxy;
    summaryProxy.setSourceModel(&summary);
    summaryProxy.setSortRole(SummaryModel::SortRole);
    // By value means within the family: Kerberos 0x18 and TLS alert 48 do not sort as 24 < 48
    // among 0x8009030C and 0xC000006A.
    summaryProxy.sort(SummaryModel::ValueColumn, Qt::DescendingOrder);
    QStringList symbols;
    for (int row = 0; row < summaryProxy.rowCount(); ++row)
        symbols << summaryProxy.index(row, SummaryModel::SymbolColumn).data().toString();
    QCOMPARE(symbols, (QStringList{"ERROR_LOGON_FAILURE", "TLS1_ALERT_UNKNOWN_CA", "KDC_ERR_PREAUTH_FAILED",
                                   "STATUS_WRONG_PASSWORD", "SEC_E_LOGON_DENIED"}));
}

void TestFindingsModel::summaryGroupsByFamilyAndValue()
{
    // A code of another family with the value 0x18, built by hand: the summary must not fold it
    // into KDC_ERR_PREAUTH_FAILED.
    StatusCode other;
    other.family = Family::Win32;
    other.value = 0x18;
    other.symbol = "ERROR_BAD_LENGTH";
    other.meaning = "The program issued a command but the command length is incorrect.";
    std::vector<Finding> list = *familyFindings();
    list.push_back(finding(7, QStringLiteral("24"), FindingForm::Decimal, &other));
    list.push_back(finding(8, QStringLiteral("0x18"), FindingForm::Hex, entry(Family::Kerberos, 0x18)));

    SummaryModel summary;
    summary.setRows(SummaryModel::buildRows(list));
    QCOMPARE(summary.rowCount(), 6);
    int kerberos = -1;
    int win32 = -1;
    for (int row = 0; row < summary.rowCount(); ++row) {
        const QString symbol = summary.index(row, SummaryModel::SymbolColumn).data().toString();
        if (symbol == QLatin1String("KDC_ERR_PREAUTH_FAILED"))
            kerberos = row;
        if (symbol == QLatin1String("ERROR_BAD_LENGTH"))
            win32 = row;
    }
    QVERIFY(kerberos >= 0 && win32 >= 0);
    QCOMPARE(summary.index(kerberos, SummaryModel::CountColumn).data().toLongLong(), 3);
    QCOMPARE(summary.index(kerberos, SummaryModel::FirstLineColumn).data().toLongLong(), 2);
    QCOMPARE(summary.index(kerberos, SummaryModel::LastLineColumn).data().toLongLong(), 8);
    QCOMPARE(summary.index(kerberos, 0).data(SummaryModel::FirstFindingRole).toInt(), 1);
    QCOMPARE(summary.index(kerberos, SummaryModel::ValueColumn).data().toString(), QStringLiteral("0x18"));
    QCOMPARE(summary.index(win32, SummaryModel::CountColumn).data().toLongLong(), 1);
    QCOMPARE(summary.index(win32, 0).data(SummaryModel::FirstFindingRole).toInt(), 6);
    QCOMPARE(summary.index(win32, SummaryModel::ValueColumn).data().toString(), QStringLiteral("24"));
    QCOMPARE(summary.index(win32, SummaryModel::FamilyColumn).data().toString(), QStringLiteral("Win32"));
}

void TestFindingsModel::familyHighlight_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("style palette (light)") << QApplication::style()->standardPalette();
    QTest::newRow("application dark palette") << MainWindow::darkPalette();
    QTest::newRow("generated dark palette") << QPalette(QColor(0x35, 0x35, 0x35));
    QPalette grey = QApplication::style()->standardPalette();
    grey.setColor(QPalette::Highlight, QColor(0x80, 0x80, 0x80));
    QTest::newRow("grey highlight") << grey;
}

void TestFindingsModel::familyHighlight()
{
    QFETCH(QPalette, palette);
    QTextDocument document;
    auto *highlighter = new LogHighlighter(&document);
    highlighter->setPalette(palette);
    const QColor text = palette.color(QPalette::Text);

    // Every family and severity: palette Text on the span's background reads at 4.5:1 or better.
    QList<QColor> errors;
    for (Family family : FamilyFormat::all) {
        for (auto kind : {LogHighlighter::ErrorKind, LogHighlighter::InformationalKind, LogHighlighter::SuccessKind}) {
            const QTextCharFormat format = highlighter->format(family, kind);
            QCOMPARE(format.foreground().color(), text);
            const QColor background = format.background().color();
            const double ratio = FamilyFormat::contrast(text, background);
            QVERIFY2(ratio >= 4.5,
                     qPrintable(QStringLiteral("%1 kind %2: %3:1").arg(familyKey(family)).arg(int(kind)).arg(ratio)));
        }
        errors << highlighter->format(family, LogHighlighter::ErrorKind).background().color();
        // Severities of one family differ too (lighter tint, other underline).
        QVERIFY(highlighter->format(family, LogHighlighter::ErrorKind).background()
                != highlighter->format(family, LogHighlighter::InformationalKind).background());
        QVERIFY(highlighter->format(family, LogHighlighter::InformationalKind).underlineStyle()
                != highlighter->format(family, LogHighlighter::ErrorKind).underlineStyle());
    }
    // Families are told apart: every two backgrounds differ clearly in colour.
    for (int a = 0; a < errors.size(); ++a) {
        for (int b = a + 1; b < errors.size(); ++b) {
            const double distance = std::hypot(errors[a].red() - errors[b].red(), errors[a].green() - errors[b].green(),
                                               errors[a].blue() - errors[b].blue());
            QVERIFY2(distance >= 24, qPrintable(QStringLiteral("%1 and %2: %3")
                                                    .arg(familyKey(FamilyFormat::all[size_t(a)]),
                                                         familyKey(FamilyFormat::all[size_t(b)]))
                                                    .arg(distance)));
        }
    }
    // SSPI errors keep the look the panel always had (kindFormat()).
    QCOMPARE(highlighter->kindFormat(LogHighlighter::ErrorKind),
             highlighter->format(Family::Sspi, LogHighlighter::ErrorKind));

    // Spans take their family's format.
    document.setPlainText(QStringLiteral("Failure Code: 0x18\nStatus: 0xC000006A\n"));
    std::vector<Finding> list{
        finding(1, QStringLiteral("0x18"), FindingForm::Hex, entry(Family::Kerberos, 0x18)),
        finding(2, QStringLiteral("0xC000006A"), FindingForm::Hex, entry(Family::NtStatus, 0xC000006Au))};
    list[0].offset = 14;
    list[0].column = 15;
    list[1].offset = 19 + 8;
    list[1].column = 9;
    highlighter->setFindings(std::make_shared<const std::vector<Finding>>(list));
    QCOMPARE(highlighter->highlightBlocks(document.firstBlock(), document.lastBlock()), document.blockCount());
    const auto formatAt = [&document](int blockNumber) {
        const QList<QTextLayout::FormatRange> ranges = document.findBlockByNumber(blockNumber).layout()->formats();
        return ranges.size() == 1 ? ranges.constFirst() : QTextLayout::FormatRange{};
    };
    QCOMPARE(formatAt(0).start, 14);
    QCOMPARE(formatAt(0).length, 4);
    QCOMPARE(formatAt(0).format.background(),
             highlighter->format(Family::Kerberos, LogHighlighter::ErrorKind).background());
    QCOMPARE(formatAt(1).start, 8);
    QCOMPARE(formatAt(1).format.background(),
             highlighter->format(Family::NtStatus, LogHighlighter::ErrorKind).background());
    QVERIFY(formatAt(0).format.background() != formatAt(1).format.background());
}

void TestFindingsModel::retranslateSignals()
{
    FindingsModel findings;
    findings.setFindings(scanText(smallLog));
    QSignalSpy headers(&findings, &QAbstractItemModel::headerDataChanged);
    QSignalSpy cells(&findings, &QAbstractItemModel::dataChanged);
    findings.retranslate();
    QCOMPARE(headers.count(), 1);
    QCOMPARE(headers.at(0).at(1).toInt(), 0);
    QCOMPARE(headers.at(0).at(2).toInt(), FindingsModel::ColumnCount - 1);
    QCOMPARE(cells.count(), 1);

    SummaryModel summary;
    summary.setRows(SummaryModel::buildRows(*findings.findings()));
    QSignalSpy summaryHeaders(&summary, &QAbstractItemModel::headerDataChanged);
    QSignalSpy summaryCells(&summary, &QAbstractItemModel::dataChanged);
    summary.retranslate();
    QCOMPARE(summaryHeaders.count(), 1);
    QCOMPARE(summaryCells.count(), 1);
    QCOMPARE(summary.headerData(SummaryModel::CountColumn, Qt::Horizontal).toString(), QStringLiteral("Occurrences"));
    QCOMPARE(findings.headerData(FindingsModel::TextColumn, Qt::Horizontal).toString(), QStringLiteral("Matched text"));
}

void TestFindingsModel::resetToEmpty()
{
    FindingsModel model;
    model.setFindings(scanText(smallLog));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setFindings(scanText(QStringLiteral("nothing to see")));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
    model.retranslate();
    QCOMPARE(cells.count(), 0);
}

QTEST_MAIN(TestFindingsModel)
#include "tst_findingsmodel.moc"
