// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
// Teaching a text in the window: the log's context menu, the dialog, the user's file, a restart.
#include "guitest.h"
#include "logeditor.h"
#include "logpanel.h"
#include "mainwindow.h"
#include "taughttexts.h"
#include "taughttextsdialog.h"
#include "teachdialog.h"
#include "usermessages.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>

using namespace sspilens;

namespace {

const QString kTaught = QStringLiteral("die Vertrauensstellung ist fehlgeschlagen");

LogPanel *panelOf(const MainWindow &w)
{
    return static_cast<LogPanel *>(w.logDecoder());
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QStringList symbolsOf(const LogPanel *panel)
{
    QStringList out;
    for (const Finding &f : *panel->findings())
        out << (f.code ? f.code->symbolString() : QString()) + QLatin1Char('@') + QString::number(f.line);
    return out;
}

void selectText(LogEditor *editor, const QString &text)
{
    const qsizetype start = editor->toPlainText().indexOf(text);
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(static_cast<int>(start));
    cursor.setPosition(static_cast<int>(start + text.size()), QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
}

/// Runs @p step as soon as a modal dialog of type T is up (the test is blocked in its exec()).
template<typename T>
void whenModal(std::function<void(T *)> step)
{
    QTimer::singleShot(0, qApp, [step] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog) {
            whenModal<T>(step);
            return;
        }
        step(dialog);
    });
}

} // namespace

class TestTaughtTexts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void teachThroughTheContextMenuAndRestart();
    void dialogRefusesUnsafeTexts_data();
    void dialogRefusesUnsafeTexts();
    void taughtTextsDialog();
    void newerFileIsNotChanged();

private:
    QString m_path;
};

void TestTaughtTexts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_path = UserMessageFile::defaultPath();
    QVERIFY(m_path.contains(QStringLiteral(".qttest")));
}

void TestTaughtTexts::init()
{
    sspilens::test::failOnUnexpectedWarnings();
    QFile::remove(m_path);
}

void TestTaughtTexts::teachThroughTheContextMenuAndRestart()
{
    auto window = std::make_unique<MainWindow>();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    LogPanel *panel = panelOf(*window);
    panel->setLogText(QStringLiteral("12:00 gateway: ") + kTaught + QStringLiteral("\n12:01 done\n"));
    QVERIFY(panel->findings()->empty());
    QVERIFY(!window->teachAction()->isEnabled());
    QVERIFY(window->editMenu()->actions().contains(window->teachAction()));
    QVERIFY(window->editMenu()->actions().contains(window->taughtTextsAction()));

    selectText(panel->editor(), kTaught);
    QVERIFY(window->teachAction()->isEnabled());

    // The context menu offers it; choosing it opens the dialog, where the code is searched for.
    bool menuHadIt = false;
    QString shownText;
    QTimer::singleShot(0, qApp, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        menuHadIt = menu->actions().contains(window->teachAction());
        whenModal<TeachDialog>([&](TeachDialog *dialog) {
            shownText = dialog->text();
            QTest::keyClicks(dialog->searchEdit(), QStringLiteral("0x80090325"));
            QCOMPARE(dialog->codeList()->currentItem()->text().left(20), QStringLiteral("SEC_E_UNTRUSTED_ROOT"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("teachLanguage")), QStringLiteral("de-DE"));
            QVERIFY(dialog->problem().isEmpty());
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        menu->setActiveAction(window->teachAction());
        QTest::keyClick(menu, Qt::Key_Return);
    });
    // The offscreen platform cannot grab the keyboard for the popup menu, and says so.
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        QTest::ignoreMessage(QtWarningMsg, "This plugin does not support grabbing the keyboard");
    const QPoint pos = panel->editor()->cursorRect().center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, panel->editor()->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(panel->editor()->viewport(), &event);
    QVERIFY(menuHadIt);
    QCOMPARE(shownText, kTaught);

    // Found at once, and kept in the user's file.
    QCOMPARE(symbolsOf(panel), QStringList{"SEC_E_UNTRUSTED_ROOT@1"});
    QCOMPARE(panel->findings()->front().language, QStringLiteral("de-DE"));
    QVERIFY(readAll(m_path).contains("sspi:0x80090325\t" + kTaught.toUtf8() + "\tde-DE\t"));
    window->close();
    window.reset();

    // A restart: a new window reads the file and finds the text in a pasted log.
    MainWindow again;
    LogPanel *panel2 = panelOf(again);
    panel2->setLogText(QStringLiteral("other log\nDIE VERTRAUENSSTELLUNG IST\n   FEHLGESCHLAGEN.\n"
                                      "die Vertrauensstellung ist gescheitert\n"));
    QCOMPARE(symbolsOf(panel2), QStringList{"SEC_E_UNTRUSTED_ROOT@2"});
    QCOMPARE(again.taughtTexts()->file().messages().size(), size_t(1));
}

void TestTaughtTexts::dialogRefusesUnsafeTexts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("says");
    QTest::newRow("too short") << "bad pw"
                               << "SEC_E_LOGON_DENIED"
                               << "too short";
    QTest::newRow("numbers") << "0x52e 1326"
                             << "SEC_E_LOGON_DENIED"
                             << "no letters";
    QTest::newRow("no code") << "the password was not accepted"
                             << "no such code anywhere"
                             << "Choose the code";
}

void TestTaughtTexts::dialogRefusesUnsafeTexts()
{
    QFETCH(QString, text);
    QFETCH(QString, search);
    QFETCH(QString, says);
    TeachDialog dialog(text);
    QTest::keyClicks(dialog.searchEdit(), search);
    QVERIFY2(dialog.problem().contains(says), qPrintable(dialog.problem()));
    QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestTaughtTexts::taughtTextsDialog()
{
    QVERIFY(writeFile(m_path, "#sspilens-user-messages\t1\n"
                              "sspi:0x80090325\tdie Vertrauensstellung ist fehlgeschlagen\tde-DE\n"
                              "kerberos:0x18\tour proxy says bad password\n"));
    MainWindow window;
    LogPanel *panel = panelOf(window);
    panel->setLogText(QStringLiteral("our proxy says bad password\nthe gateway refused the password\n"));
    QCOMPARE(symbolsOf(panel), QStringList{"KDC_ERR_PREAUTH_FAILED@1"});

    TaughtTextsDialog dialog(window.taughtTexts());
    QCOMPARE(dialog.table()->rowCount(), 2);
    QCOMPARE(dialog.table()->item(1, 0)->text(), QStringLiteral("our proxy says bad password"));
    QCOMPARE(dialog.table()->item(1, 1)->text(), QStringLiteral("KDC_ERR_PREAUTH_FAILED (0x18)"));
    QCOMPARE(dialog.table()->item(1, 2)->text(), QStringLiteral("any"));

    // Import: one new row, one taught already, one bad row.
    QTemporaryDir dir;
    const QString other = dir.filePath("colleague.tsv");
    QVERIFY(writeFile(other, "win32:1326\tthe gateway refused the password\n"
                             "kerberos:0x18\tOur proxy says bad password.\n"
                             "win32:1326\tbad pw\n"));
    const QString report = dialog.importFrom(other, true);
    QVERIFY2(report.contains(other + ":2:") && report.contains(other + ":3:"), qPrintable(report));
    QCOMPARE(dialog.table()->rowCount(), 3);
    QCOMPARE(symbolsOf(panel), (QStringList{"KDC_ERR_PREAUTH_FAILED@1", "ERROR_LOGON_FAILURE@2"}));

    // Remove: the log decoder forgets it at once.
    dialog.table()->selectRow(1);
    QVERIFY(dialog.removeButton()->isEnabled());
    dialog.removeSelected();
    QCOMPARE(dialog.table()->rowCount(), 2);
    QCOMPARE(symbolsOf(panel), QStringList{"ERROR_LOGON_FAILURE@2"});
    QVERIFY(!readAll(m_path).contains("our proxy"));

    // Export: another file with the same rows.
    const QString exported = dir.filePath("export/taught.tsv");
    QVERIFY(dialog.exportTo(exported).isEmpty());
    UserMessageFile file;
    QVERIFY(file.load(exported));
    QCOMPARE(file.messages().size(), size_t(2));
    QCOMPARE(file.messages()[1].code, QStringLiteral("win32:1326"));
}

void TestTaughtTexts::newerFileIsNotChanged()
{
    const QByteArray newer = "#sspilens-user-messages\t7\n"
                             "kerberos:0x18\tour proxy says bad password\tde\t\t\tv7\n";
    QVERIFY(writeFile(m_path, newer));
    MainWindow window;
    LogPanel *panel = panelOf(window);
    panel->setLogText(QStringLiteral("our proxy says bad password\n") + kTaught + QLatin1Char('\n'));
    QCOMPARE(symbolsOf(panel), QStringList{"KDC_ERR_PREAUTH_FAILED@1"}); // read as far as understood

    // Teaching says why nothing changes.
    selectText(panel->editor(), kTaught);
    QString warning;
    whenModal<TeachDialog>([&](TeachDialog *dialog) {
        QTest::keyClicks(dialog->searchEdit(), QStringLiteral("SEC_E_UNTRUSTED_ROOT"));
        whenModal<QMessageBox>([&](QMessageBox *box) {
            warning = box->text();
            box->close();
        });
        dialog->accept();
    });
    window.teachSelection();
    QVERIFY2(warning.contains(QStringLiteral("newer version")), qPrintable(warning));
    QCOMPARE(readAll(m_path), newer);
    QCOMPARE(symbolsOf(panel), QStringList{"KDC_ERR_PREAUTH_FAILED@1"});

    TaughtTextsDialog dialog(window.taughtTexts());
    QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("cannot be changed")));
    dialog.table()->selectRow(0);
    QVERIFY(!dialog.removeButton()->isEnabled());
    QVERIFY(!dialog.importButton()->isEnabled());
}

QTEST_MAIN(TestTaughtTexts)
#include "tst_taughttexts.moc"
