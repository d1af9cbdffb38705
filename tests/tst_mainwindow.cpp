// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "catalog.h"
#include "codebrowser.h"
#include "codedetailview.h"
#include "codefilterproxy.h"
#include "codetablemodel.h"
#include "guitest.h"
#include "i18n.h"
#include "languagemanager.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>
#include <QUrl>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void startsWithTabs();
    void menus_data();
    void menus();
    void shortcuts_data();
    void shortcuts();
    void tabShortcuts();
    void findFromLogTab();
    void copyFromEditMenu();
    void statusBarMessages();
    void settingsRemembered();
    void firstStartSize();
    void quitsCleanly();
    void fits_data();
    void fits();
    void languageForLocale_data();
    void languageForLocale();
    void initialLanguage();
    void switchLanguage();
    void about();
    void addActions();
    void dropFiles();

private:
    QTemporaryDir m_settingsDir;
};

namespace {
QAction *action(const QObject &window, const char *name)
{
    return window.findChild<QAction *>(QLatin1String(name));
}

void showAndWait(QWidget &w)
{
    w.show();
    QApplication::setActiveWindow(&w);
    if (!QTest::qWaitForWindowActive(&w))
        qWarning("window did not become active");
}
} // namespace

void TestMainWindow::initTestCase()
{
    // Never touch the real configuration of whoever runs the tests.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SSPILensTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QGuiApplication::setQuitOnLastWindowClosed(false);
    QVERIFY(QSettings().fileName().startsWith(m_settingsDir.path()));
}

void TestMainWindow::init()
{
    sspilens::test::failOnUnexpectedWarnings();
    QSettings().clear();
}

void TestMainWindow::cleanup()
{
    // Each test starts in English, whatever the previous one switched to.
    sspilens::i18n::install(QStringLiteral("en"));
}

void TestMainWindow::startsWithTabs()
{
    MainWindow w;
    showAndWait(w);
    QCOMPARE(w.windowTitle(), QStringLiteral("Code library — SSPI Lens"));
    QCOMPARE(w.tabs()->count(), 2);
    QCOMPARE(w.tabs()->tabText(MainWindow::CodeLibraryTab), QStringLiteral("Code library"));
    QCOMPARE(w.tabs()->tabText(MainWindow::LogDecoderTab), QStringLiteral("Log decoder"));
    QCOMPARE(w.tabs()->widget(MainWindow::CodeLibraryTab), w.codeBrowser());
    QCOMPARE(w.tabs()->widget(MainWindow::LogDecoderTab), w.logDecoder());
    QCOMPARE(w.currentTab(), int(MainWindow::CodeLibraryTab));
    QVERIFY(w.statusBar()->isVisible());
    QVERIFY(w.codeBrowser()->isVisible());
    // The library lists every family's codes.
    QCOMPARE(w.codeBrowser()->proxy()->rowCount(), sspilens::Catalog::instance().size());
    QVERIFY(w.codeBrowser()->proxy()->rowCount() > 93);
}

void TestMainWindow::menus_data()
{
    QTest::addColumn<QString>("menu");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("actions");
    QTest::newRow("file") << "fileMenu"
                          << "&File" << QStringList{QStringLiteral("quitAction")};
    QTest::newRow("edit") << "editMenu"
                          << "&Edit" << QStringList{QStringLiteral("copyRowsAction"), QStringLiteral("findAction")};
    QTest::newRow("view") << "viewMenu"
                          << "&View"
                          << QStringList{QStringLiteral("libraryTabAction"), QStringLiteral("logTabAction"),
                                         QStringLiteral("showFiltersAction"), QStringLiteral("showDetailsAction"),
                                         QStringLiteral("clearFiltersAction")};
    QTest::newRow("language") << "languageMenu"
                              << "&Language"
                              << QStringList{QStringLiteral("language_en"), QStringLiteral("language_zh_TW")};
    QTest::newRow("help") << "helpMenu"
                          << "&Help"
                          << QStringList{QStringLiteral("docsAction"), QStringLiteral("aboutAction"),
                                         QStringLiteral("aboutQtAction")};
}

void TestMainWindow::menus()
{
    QFETCH(QString, menu);
    QFETCH(QString, title);
    QFETCH(QStringList, actions);
    MainWindow w;
    auto *m = w.findChild<QMenu *>(menu);
    QVERIFY(m);
    QCOMPARE(m->title(), title);
    QVERIFY(w.menuBar()->actions().contains(m->menuAction()));
    QStringList names;
    for (QAction *a : m->actions()) {
        if (!a->isSeparator()) {
            names << a->objectName();
            QVERIFY2(!a->text().isEmpty(), qPrintable(a->objectName()));
        }
    }
    // Ours, in this order; the log decoder adds its own in between.
    qsizetype at = -1;
    for (const QString &name : actions) {
        const qsizetype found = names.indexOf(name, at + 1);
        QVERIFY2(found > at, qPrintable(name + QLatin1String(" in ") + names.join(QLatin1Char(' '))));
        at = found;
    }
    if (menu == QLatin1String("fileMenu"))
        QCOMPARE(names.last(), QStringLiteral("quitAction"));
}

void TestMainWindow::shortcuts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QKeySequence>("keys");
    QTest::newRow("quit") << "quitAction" << QKeySequence(Qt::CTRL | Qt::Key_Q);
    QTest::newRow("copy") << "copyRowsAction" << QKeySequence(Qt::CTRL | Qt::Key_C);
    QTest::newRow("find") << "findAction" << QKeySequence(Qt::CTRL | Qt::Key_F);
    QTest::newRow("library") << "libraryTabAction" << QKeySequence(Qt::CTRL | Qt::Key_1);
    QTest::newRow("log") << "logTabAction" << QKeySequence(Qt::CTRL | Qt::Key_2);
}

void TestMainWindow::shortcuts()
{
    QFETCH(QString, name);
    QFETCH(QKeySequence, keys);
    MainWindow w;
    QAction *a = action(w, qPrintable(name));
    QVERIFY(a);
    QCOMPARE(a->shortcut(), keys);
}

void TestMainWindow::tabShortcuts()
{
    MainWindow w;
    showAndWait(w);
    QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(w.currentTab(), int(MainWindow::LogDecoderTab));
    QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(w.currentTab(), int(MainWindow::CodeLibraryTab));
}

void TestMainWindow::findFromLogTab()
{
    MainWindow w;
    showAndWait(w);
    w.setCurrentTab(MainWindow::LogDecoderTab);
    // From the menu, Find brings the library forward and puts the cursor in its search box.
    action(w, "findAction")->trigger();
    QCOMPARE(w.currentTab(), int(MainWindow::CodeLibraryTab));
    QTRY_VERIFY(w.codeBrowser()->searchEdit()->hasFocus());
}

void TestMainWindow::copyFromEditMenu()
{
    MainWindow w;
    showAndWait(w);
    QAction *copy = action(w, "copyRowsAction");
    QVERIFY(!copy->isEnabled());
    QVERIFY(w.codeBrowser()->selectSymbol(QStringLiteral("SEC_E_NO_CREDENTIALS")));
    QVERIFY(copy->isEnabled());
    copy->trigger();
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(QLatin1String("SEC_E_NO_CREDENTIALS (0x8009030E): ")));
}

void TestMainWindow::statusBarMessages()
{
    MainWindow w;
    showAndWait(w);
    QVERIFY(w.codeBrowser()->selectSymbol(QStringLiteral("SEC_E_NO_CREDENTIALS")));
    action(w, "copyValueAction")->trigger();
    QVERIFY(w.statusBar()->currentMessage().contains(QLatin1String("0x8009030E")));
    // A small number is copied as its family writes it.
    QVERIFY(w.codeBrowser()->selectSymbol(QStringLiteral("ERROR_LOGON_FAILURE")));
    action(w, "copyValueAction")->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("1326"));
    QVERIFY(w.statusBar()->currentMessage().contains(QLatin1String("1326")));
}

void TestMainWindow::settingsRemembered()
{
    QList<int> sizes;
    int symbolWidth = 0;
    {
        MainWindow w;
        w.resize(1100, 700);
        showAndWait(w);
        QCOMPARE(w.size(), QSize(1100, 700));
        QSplitter *splitter = w.codeBrowser()->splitter();
        // Let the first-show placement happen before changing it.
        QTRY_VERIFY(splitter->sizes().at(2) >= w.codeBrowser()->detailView()->minimumSizeHint().width());
        splitter->setSizes({splitter->sizes().at(0), 480, 360});
        sizes = splitter->sizes();
        QHeaderView *header = w.codeBrowser()->tableView()->horizontalHeader();
        header->resizeSection(CodeTableModel::SymbolColumn, 301);
        symbolWidth = header->sectionSize(CodeTableModel::SymbolColumn);
        w.setCurrentTab(MainWindow::LogDecoderTab);
        action(w, "showDetailsAction")->trigger();
        QVERIFY(!w.codeBrowser()->detailsVisible());
        action(w, "showDetailsAction")->trigger();
        QVERIFY(w.codeBrowser()->detailsVisible());
        action(w, "showFiltersAction")->trigger();
        QVERIFY(!w.codeBrowser()->filtersVisible());
        QVERIFY(w.close());
    }
    QVERIFY(QSettings().contains(QStringLiteral("mainWindow/geometry")));
    {
        MainWindow w;
        showAndWait(w);
        QCOMPARE(w.size(), QSize(1100, 700));
        QCOMPARE(w.currentTab(), int(MainWindow::LogDecoderTab));
        QVERIFY(!w.codeBrowser()->filtersVisible());
        QVERIFY(!action(w, "showFiltersAction")->isChecked());
        QVERIFY(w.codeBrowser()->detailsVisible());
        w.setCurrentTab(MainWindow::CodeLibraryTab);
        // The card keeps its width; the table also takes the room of the hidden filters.
        QTRY_COMPARE(w.codeBrowser()->splitter()->sizes().at(2), sizes.at(2));
        QVERIFY(w.codeBrowser()->splitter()->sizes().at(1) >= sizes.at(1));
        QCOMPARE(w.codeBrowser()->tableView()->horizontalHeader()->sectionSize(CodeTableModel::SymbolColumn),
                 symbolWidth);
        action(w, "showFiltersAction")->trigger();
        QVERIFY(w.codeBrowser()->filtersVisible());
    }
}

void TestMainWindow::firstStartSize()
{
    MainWindow w;
    // No saved geometry: 1280x800, or nine tenths of a smaller screen. The offscreen platform's
    // screen is 800x600, so the window must open at 720x540.
    QVERIFY(w.screen());
    if (w.screen()->availableSize() != QSize(800, 600))
        QSKIP("Needs the offscreen platform's 800x600 screen (QT_QPA_PLATFORM=offscreen, as CTest sets)");
    QCOMPARE(w.size(), QSize(720, 540));
}

void TestMainWindow::quitsCleanly()
{
    auto *w = new MainWindow;
    w->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<MainWindow> guard(w);
    showAndWait(*w);
    QVERIFY(w->codeBrowser()->selectSymbol(QStringLiteral("SEC_E_WRONG_PRINCIPAL")));
    action(*w, "quitAction")->trigger();
    QTRY_VERIFY(guard.isNull());
    QVERIFY(QSettings().contains(QStringLiteral("mainWindow/geometry")));
    QVERIFY(QSettings().contains(QStringLiteral("codeLibrary/header")));
}

void TestMainWindow::fits_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("language");
    QTest::newRow("1024x640 en") << QSize(1024, 640) << "en";
    QTest::newRow("1024x640 zh_TW") << QSize(1024, 640) << "zh_TW";
    QTest::newRow("1920x1080 en") << QSize(1920, 1080) << "en";
    QTest::newRow("1920x1080 zh_TW") << QSize(1920, 1080) << "zh_TW";
}

void TestMainWindow::fits()
{
    QFETCH(QSize, size);
    QFETCH(QString, language);
    LanguageManager languages;
    languages.setLanguage(language, false);
    MainWindow w(&languages);
    w.resize(size);
    showAndWait(w);
    QCOMPARE(w.size(), size);
    QVERIFY(w.minimumSizeHint().width() <= size.width());
    QVERIFY(w.minimumSizeHint().height() <= size.height());
    CodeBrowser *browser = w.codeBrowser();
    QVERIFY(browser->selectSymbol(QStringLiteral("SEC_E_STRONG_CRYPTO_NOT_SUPPORTED")));
    CodeDetailView *card = browser->detailView();
    QTRY_VERIFY(card->width() >= card->minimumSizeHint().width());

    // Nothing clipped: every label, box and menu gets at least the width its text needs.
    auto *count = browser->findChild<QLabel *>(QStringLiteral("countLabel"));
    QVERIFY(count->isVisible());
    QVERIFY(count->width() >= count->sizeHint().width());
    QVERIFY(browser->searchEdit()->width() >= 200);
    for (QCheckBox *box : browser->filterPanel()->findChildren<QCheckBox *>()) {
        QVERIFY2(box->width() >= box->sizeHint().width(), qPrintable(box->objectName()));
    }
    QVERIFY(browser->filterPanel()->width() >= browser->filterPanel()->minimumWidth());
    QVERIFY(browser->tableView()->width() >= 250);
    for (QAction *menu : w.menuBar()->actions())
        QVERIFY(w.menuBar()->rect().contains(w.menuBar()->actionGeometry(menu)));
    QVERIFY(w.tabs()->tabBar()->width() >= w.tabs()->tabBar()->sizeHint().width());
}

void TestMainWindow::languageForLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_TW") << QLocale(QLocale::Chinese, QLocale::Taiwan) << "zh_TW";
    QTest::newRow("zh_HK") << QLocale(QLocale::Chinese, QLocale::HongKong) << "zh_TW";
    QTest::newRow("zh_MO") << QLocale(QLocale::Chinese, QLocale::Macao) << "zh_TW";
    QTest::newRow("zh_Hant_CN") << QLocale(QLocale::Chinese, QLocale::TraditionalHanScript, QLocale::China) << "zh_TW";
    QTest::newRow("zh_CN") << QLocale(QLocale::Chinese, QLocale::China) << "en";
    QTest::newRow("zh_SG") << QLocale(QLocale::Chinese, QLocale::Singapore) << "en";
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << "en";
    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << "en";
    QTest::newRow("ja_JP") << QLocale(QLocale::Japanese, QLocale::Japan) << "en";
    QTest::newRow("C") << QLocale::c() << "en";
}

void TestMainWindow::languageForLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, language);
    QCOMPARE(LanguageManager::languageForLocale(locale), language);
}

void TestMainWindow::initialLanguage()
{
    // The --lang option wins, then the saved choice, then the system locale (C in the tests).
    QCOMPARE(LanguageManager::initialLanguage(), QStringLiteral("en"));
    QCOMPARE(LanguageManager::initialLanguage(QStringLiteral("zh-TW")), QStringLiteral("zh_TW"));
    QCOMPARE(LanguageManager::initialLanguage(QStringLiteral("en")), QStringLiteral("en"));
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("zh_TW"));
    QCOMPARE(LanguageManager::initialLanguage(), QStringLiteral("zh_TW"));
    QCOMPARE(LanguageManager::initialLanguage(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(LanguageManager::initialLanguage(QStringLiteral("klingon")), QStringLiteral("zh_TW"));
    QCOMPARE(LanguageManager::nativeName(QStringLiteral("en")), QStringLiteral("English"));
    QCOMPARE(LanguageManager::nativeName(QStringLiteral("zh_TW")), QStringLiteral(u"繁體中文（台灣）"));
}

void TestMainWindow::switchLanguage()
{
    MainWindow w;
    showAndWait(w);
    QAction *en = action(w, "language_en");
    QAction *zh = action(w, "language_zh_TW");
    QCOMPARE(en->text(), QStringLiteral("English"));
    QCOMPARE(zh->text(), QStringLiteral(u"繁體中文（台灣）"));
    QVERIFY(en->isCheckable() && zh->isCheckable());
    QVERIFY(en->isChecked());
    QVERIFY(!zh->isChecked());

    QVERIFY(w.codeBrowser()->selectSymbol(QStringLiteral("SEC_E_TIME_SKEW")));
    auto *docs = w.codeBrowser()->detailView()->findChild<QLabel *>(QStringLiteral("docsLink"));
    QVERIFY(docs->text().contains(QLatin1String("/en-us/")));
    QSignalSpy headers(w.codeBrowser()->model(), &QAbstractItemModel::headerDataChanged);
    QSignalSpy changed(w.languageManager(), &LanguageManager::languageChanged);

    zh->trigger();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(w.languageManager()->language(), QStringLiteral("zh_TW"));
    QVERIFY(zh->isChecked());
    QVERIFY(!en->isChecked());
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_TW"));
    // Every widget relabels itself on the LanguageChange event, the models included.
    QTRY_VERIFY(docs->text().contains(QLatin1String("/zh-tw/")));
    QVERIFY(headers.count() >= 1);
    QVERIFY(action(w, "docsAction")->statusTip().contains(QLatin1String("/zh-tw/")));
    QCOMPARE(LanguageManager::sspiStatusCodesUrl(),
             QUrl(QStringLiteral("https://learn.microsoft.com/zh-tw/windows/win32/secauthn/sspi-status-codes")));
    // The selection survives.
    QCOMPARE(w.codeBrowser()->currentCode()->symbolString(), QStringLiteral("SEC_E_TIME_SKEW"));

    en->trigger();
    QCOMPARE(w.languageManager()->language(), QStringLiteral("en"));
    QTRY_VERIFY(docs->text().contains(QLatin1String("/en-us/")));
    QCOMPARE(w.tabs()->tabText(MainWindow::CodeLibraryTab), QStringLiteral("Code library"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    QVERIFY(!w.languageManager()->setLanguage(QStringLiteral("xx")));
}

void TestMainWindow::about()
{
    MainWindow w;
    showAndWait(w);
    QString text;
    QTimer::singleShot(0, this, [&text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            text = box->text();
            box->accept();
        }
    });
    action(w, "aboutAction")->trigger();
    QVERIFY2(text.contains(QLatin1String(SSPILENS_VERSION)), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("MIT")));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(QLatin1String("learn.microsoft.com/en-us/windows/win32/secauthn/sspi-status-codes")));
}

void TestMainWindow::addActions()
{
    MainWindow w;
    QAction *quit = action(w, "quitAction");
    auto *open = new QAction(QStringLiteral("Open something…"), &w);
    w.addFileAction(open);
    QList<QAction *> file = w.fileMenu()->actions();
    QCOMPARE(file.last(), quit);
    QVERIFY(file.at(file.size() - 2)->isSeparator());
    QCOMPARE(file.indexOf(open), file.size() - 3);
    auto *second = new QAction(QStringLiteral("Export something…"), &w);
    w.addFileAction(second);
    file = w.fileMenu()->actions();
    QCOMPARE(file.indexOf(second), file.indexOf(open) + 1);
    QCOMPARE(file.last(), quit);

    auto *view = new QAction(QStringLiteral("Wrap lines"), &w);
    w.addViewAction(view);
    const QList<QAction *> viewActions = w.viewMenu()->actions();
    QVERIFY(viewActions.indexOf(view) > viewActions.indexOf(action(w, "logTabAction")));
    QVERIFY(viewActions.indexOf(view) < viewActions.indexOf(action(w, "showFiltersAction")));
    auto *edit = new QAction(QStringLiteral("Select all"), &w);
    w.addEditAction(edit);
    QCOMPARE(w.editMenu()->actions().last(), edit);
}

void TestMainWindow::dropFiles()
{
    MainWindow w;
    showAndWait(w);
    {
        // Only local files are taken.
        QMimeData web;
        web.setUrls({QUrl(QStringLiteral("https://example.invalid/log.txt"))});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &web, Qt::LeftButton, Qt::NoModifier);
        enter.setAccepted(false);
        QCoreApplication::sendEvent(&w, &enter);
        QVERIFY(!enter.isAccepted());
    }
    QTemporaryFile log;
    QVERIFY(log.open());
    log.write("SEC_E_WRONG_PRINCIPAL\n");
    log.flush();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(log.fileName())});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QCoreApplication::sendEvent(&w, &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy dropped(&w, &MainWindow::filesDropped);
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&w, &drop);
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(dropped.at(0).at(0).toStringList(), QStringList{log.fileName()});
    QCOMPARE(w.currentTab(), int(MainWindow::LogDecoderTab));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
