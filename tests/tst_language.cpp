// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
// Every shipped language loads, and switching at run time relabels the whole window at once.
#include "catalog.h"
#include "codebrowser.h"
#include "codedetailview.h"
#include "codetablemodel.h"
#include "familyformat.h"
#include "guitest.h"
#include "i18n.h"
#include "languagemanager.h"
#include "logpanel.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTranslator>

namespace {

QString meaningOf(const char *symbol)
{
    return sspilens::trCatalog(sspilens::Catalog::instance().bySymbol(QString::fromLatin1(symbol))->meaning);
}

QAction *languageAction(MainWindow &w, const QString &language)
{
    return w.findChild<QAction *>(QStringLiteral("language_") + language);
}

/// What the user sees of a window, for before/after comparisons.
struct Snapshot {
    QString title;
    QString fileMenu;
    QString helpMenu;
    QString libraryTab;
    QString tableHeader;
    QString tableMeaning;
    QString cardMeaning;
    QString countLabel;
    QString searchPlaceholder;
    QString findingsHeader;
    QString findingsMeaning;

    static Snapshot of(MainWindow &w)
    {
        Snapshot s;
        s.title = w.windowTitle();
        s.fileMenu = w.fileMenu()->title();
        s.helpMenu = w.helpMenu()->title();
        s.libraryTab = w.tabs()->tabText(MainWindow::CodeLibraryTab);
        auto *table = w.findChild<QTableView *>(QStringLiteral("codeTable"));
        s.tableHeader = table->model()->headerData(4, Qt::Horizontal).toString();
        s.tableMeaning = table->model()->index(0, 4).data().toString();
        s.cardMeaning = w.codeBrowser()->findChild<QTextEdit *>(QStringLiteral("meaningLabel"))->toPlainText();
        s.countLabel = w.codeBrowser()->findChild<QLabel *>(QStringLiteral("countLabel"))->text();
        s.searchPlaceholder = w.findChild<QLineEdit *>(QStringLiteral("searchEdit"))->placeholderText();
        auto *findings = w.logDecoder()->findChild<QTableView *>(QStringLiteral("findingsView"));
        s.findingsHeader = findings->model()->headerData(0, Qt::Horizontal).toString();
        const QAbstractItemModel *m = findings->model();
        for (int c = 0; c < m->columnCount(); ++c) {
            const QString text = m->index(0, c).data().toString();
            if (text == meaningOf("SEC_E_UNTRUSTED_ROOT"))
                s.findingsMeaning = text;
        }
        return s;
    }
};

} // namespace

// Marks every text of the code library's contexts as translated, and gives the list separator a
// zh-TW form: shows that each new text goes through the translator and follows a switch at run time.
class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *disambiguation, int) const override
    {
        const QLatin1String ctx(context);
        if (ctx == QLatin1String("CodeDetailView") && QLatin1String(source) == QLatin1String(", ")
            && QLatin1String(disambiguation) == QLatin1String("list separator"))
            return QStringLiteral("、");
        if (ctx == QLatin1String("FamilyFormat"))
            return QStringLiteral("«%1»").arg(QLatin1String(source));
        return {};
    }
};

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void initTestCase();
    void cleanup();
    void languageLoads_data();
    void languageLoads();
    void localeDecides_data();
    void localeDecides();
    void menuNamesEachLanguageInItself();
    void switchingRelabelsEverything();
    void choiceIsRemembered();
    void qtOwnStringsFollow();
    void familyTextsAreTranslatable();
    void commandLineHonoursLanguage_data();
    void commandLineHonoursLanguage();

private:
    QTemporaryDir m_settingsDir;
};

void TestLanguage::init()
{
    sspilens::test::failOnUnexpectedWarnings();
}

void TestLanguage::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SSPILensTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_language"));
}

void TestLanguage::cleanup()
{
    sspilens::i18n::install(QStringLiteral("en"));
    QSettings().clear();
}

void TestLanguage::languageLoads_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : LanguageManager::availableLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestLanguage::languageLoads()
{
    QFETCH(QString, language);
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/sspilens_%1.qm").arg(language)));
    LanguageManager manager;
    QVERIFY(manager.setLanguage(language, false));
    QCOMPARE(manager.language(), language);
    const QString tab = QCoreApplication::translate("MainWindow", "Code library");
    const QString category = sspilens::categoryName(sspilens::Category::KerberosKdc);
    const QString meaning = meaningOf("SEC_E_WRONG_PRINCIPAL");
    const QString english =
        QString::fromUtf8(sspilens::Catalog::instance().bySymbol(u"SEC_E_WRONG_PRINCIPAL")->meaning);
    if (language == QLatin1String("en")) {
        QCOMPARE(tab, QStringLiteral("Code library"));
        QCOMPARE(meaning, english);
        // English plural forms come from the English translation file.
        QCOMPARE(QCoreApplication::translate("Cli", "%n codes", "", 1), QStringLiteral("1 code"));
        QCOMPARE(QCoreApplication::translate("Cli", "%n codes", "", 2), QStringLiteral("2 codes"));
    } else {
        QVERIFY(tab != QLatin1String("Code library"));
        QVERIFY(category != QLatin1String("Kerberos & KDC"));
        QVERIFY(meaning != english);
        // Symbols and values are never translated.
        QVERIFY(QCoreApplication::translate("Cli", "%n codes", "", 2).contains(QLatin1Char('2')));
    }
}

void TestLanguage::localeDecides_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_TW") << "zh_TW"
                           << "zh_TW";
    QTest::newRow("zh_HK") << "zh_HK"
                           << "zh_TW";
    QTest::newRow("zh_MO") << "zh_MO"
                           << "zh_TW";
    QTest::newRow("zh_Hant_SG") << "zh_Hant_SG"
                                << "zh_TW";
    QTest::newRow("zh_Hant") << "zh-Hant"
                             << "zh_TW";
    QTest::newRow("zh_CN") << "zh_CN"
                           << "en";
    QTest::newRow("zh_SG") << "zh_SG"
                           << "en";
    QTest::newRow("en_US") << "en_US"
                           << "en";
    QTest::newRow("fr_FR") << "fr_FR"
                           << "en";
    QTest::newRow("ja_JP") << "ja_JP"
                           << "en";
}

void TestLanguage::localeDecides()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    QCOMPARE(LanguageManager::languageForLocale(QLocale(locale)), language);
    QCOMPARE(sspilens::i18n::languageForLocale(QLocale(locale)), language);
}

void TestLanguage::menuNamesEachLanguageInItself()
{
    MainWindow w;
    QCOMPARE(languageAction(w, QStringLiteral("en"))->text(), QStringLiteral("English"));
    QCOMPARE(languageAction(w, QStringLiteral("zh_TW"))->text(), QStringLiteral("繁體中文（台灣）"));
    languageAction(w, QStringLiteral("zh_TW"))->trigger();
    QCOMPARE(languageAction(w, QStringLiteral("en"))->text(), QStringLiteral("English"));
    QCOMPARE(languageAction(w, QStringLiteral("zh_TW"))->text(), QStringLiteral("繁體中文（台灣）"));
    QVERIFY(languageAction(w, QStringLiteral("zh_TW"))->isChecked());
}

void TestLanguage::switchingRelabelsEverything()
{
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"), false);
    MainWindow w(&languages);
    w.resize(1200, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.codeBrowser()->selectSymbol(QStringLiteral("SEC_E_WRONG_PRINCIPAL"));
    auto *panel = static_cast<LogPanel *>(w.logDecoder());
    panel->setLogText(QStringLiteral("schannel: SEC_E_UNTRUSTED_ROOT (0x80090325)\n"));
    QTRY_VERIFY(!panel->isBusy());
    w.setCurrentTab(MainWindow::CodeLibraryTab);

    const Snapshot english = Snapshot::of(w);
    QCOMPARE(english.fileMenu, QStringLiteral("&File"));
    QCOMPARE(english.cardMeaning, meaningOf("SEC_E_WRONG_PRINCIPAL"));
    QVERIFY(!english.findingsMeaning.isEmpty());

    // Through the real menu, as a user would.
    QAction *chinese = languageAction(w, QStringLiteral("zh_TW"));
    QVERIFY(chinese);
    chinese->trigger();
    QCOMPARE(languages.language(), QStringLiteral("zh_TW"));

    // Qt posts LanguageChange to every widget; one turn of the event loop delivers them all.
    QTRY_VERIFY(w.fileMenu()->title() != english.fileMenu);
    const Snapshot zh = Snapshot::of(w);
    QVERIFY2(zh.title != english.title, qPrintable(zh.title));
    QVERIFY(zh.title.contains(QLatin1String("SSPI Lens")));
    QCOMPARE(zh.fileMenu, QCoreApplication::translate("MainWindow", "&File"));
    QVERIFY(zh.fileMenu != english.fileMenu);
    QVERIFY(zh.helpMenu != english.helpMenu);
    QVERIFY(zh.libraryTab != english.libraryTab);
    QVERIFY2(zh.tableHeader != english.tableHeader, qPrintable(zh.tableHeader));
    QVERIFY(zh.tableMeaning != english.tableMeaning);
    QCOMPARE(zh.cardMeaning, meaningOf("SEC_E_WRONG_PRINCIPAL"));
    QVERIFY(zh.cardMeaning != english.cardMeaning);
    QVERIFY(zh.countLabel != english.countLabel);
    QVERIFY(zh.countLabel.contains(QString::number(sspilens::Catalog::instance().size())));
    QVERIFY(zh.searchPlaceholder != english.searchPlaceholder);
    QVERIFY(zh.findingsHeader != english.findingsHeader);
    QCOMPARE(zh.findingsMeaning, meaningOf("SEC_E_UNTRUSTED_ROOT"));
    QVERIFY(zh.findingsMeaning != english.findingsMeaning);

    // And back, without a restart.
    languageAction(w, QStringLiteral("en"))->trigger();
    QTRY_COMPARE(w.fileMenu()->title(), english.fileMenu);
    const Snapshot back = Snapshot::of(w);
    QCOMPARE(back.title, english.title);
    QCOMPARE(back.fileMenu, english.fileMenu);
    QCOMPARE(back.tableHeader, english.tableHeader);
    QCOMPARE(back.cardMeaning, english.cardMeaning);
    QCOMPARE(back.countLabel, english.countLabel);
    QCOMPARE(back.findingsMeaning, english.findingsMeaning);
}

void TestLanguage::familyTextsAreTranslatable()
{
    CodeBrowser browser;
    browser.resize(1280, 800);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QVERIFY(browser.selectSymbol(QStringLiteral("SEC_E_LOGON_DENIED")));
    auto *kerberosBox = browser.findChild<QCheckBox *>(QStringLiteral("familyFilter_kerberos"));
    auto *card = browser.detailView();
    const auto label = [card](const char *name) { return card->findChild<QLabel *>(QLatin1String(name)); };
    QVERIFY(kerberosBox->text().startsWith(QLatin1String("Kerberos (")));
    QVERIFY(label("packagesLabel")->text().contains(QLatin1String(", ")));

    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    // The language change reaches the widgets through the event loop.
    QTRY_VERIFY2(kerberosBox->text().startsWith(QStringLiteral("«Kerberos» (")), qPrintable(kerberosBox->text()));
    QCOMPARE(browser.findChild<QCheckBox *>(QStringLiteral("familyFilter_tls-alert"))
                 ->text()
                 .section(QLatin1Char(' '), 0, 1),
             QStringLiteral("«TLS alert»"));
    const int row = browser.model()->rowOf(sspilens::Family::Kerberos, 0x18);
    QCOMPARE(browser.model()->index(row, CodeTableModel::FamilyColumn).data().toString(), QStringLiteral("«Kerberos»"));
    QCOMPARE(label("familyLabel")->text(), QStringLiteral("«SSPI»"));
    QVERIFY2(label("packagesLabel")->text().contains(QStringLiteral("、")), qPrintable(label("packagesLabel")->text()));
    QVERIFY2(label("crossFamilyLabel")->text().contains(QStringLiteral("<b>«Kerberos»</b>")),
             qPrintable(label("crossFamilyLabel")->text()));
    QVERIFY(browser.selectSymbol(QStringLiteral("KDC_ERR_PREAUTH_FAILED")));
    QCOMPARE(label("familyLabel")->text(), QStringLiteral("«Kerberos»"));
    const QString events = card->findChild<QTextEdit *>(QStringLiteral("eventsLabel"))->toPlainText();
    QVERIFY2(events.contains(QStringLiteral("«Security» 4771")) && events.contains(QStringLiteral("«Failure Code»")),
             qPrintable(events));
    QVERIFY(CodeTableModel::copyLine(*card->code()).contains(QStringLiteral("«Kerberos»")));

    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QTRY_VERIFY(kerberosBox->text().startsWith(QLatin1String("Kerberos (")));
    QCOMPARE(label("familyLabel")->text(), QStringLiteral("Kerberos"));
}

void TestLanguage::choiceIsRemembered()
{
    {
        LanguageManager languages;
        languages.setLanguage(QStringLiteral("en"), false);
        MainWindow w(&languages);
        languageAction(w, QStringLiteral("zh_TW"))->trigger();
    }
    QCOMPARE(LanguageManager::initialLanguage(), QStringLiteral("zh_TW"));
    // --lang overrides the saved choice for one run.
    QCOMPARE(LanguageManager::initialLanguage(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(LanguageManager::initialLanguage(), QStringLiteral("zh_TW"));
}

void TestLanguage::qtOwnStringsFollow()
{
    // The Quick start installs Qt's translations (qt6-translations-l10n); standard buttons and
    // the line edit's context menu then speak the same language as the rest of the window.
    const QString qm = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_zh_TW.qm");
    QVERIFY2(QFile::exists(qm), qPrintable(qm + QStringLiteral(" is missing (qt6-translations-l10n)")));
    LanguageManager manager;
    QVERIFY(manager.setLanguage(QStringLiteral("zh_TW"), false));
    const QString undo = QCoreApplication::translate("QLineEdit", "&Undo");
    QVERIFY2(undo != QLatin1String("&Undo"), qPrintable(undo));
    QVERIFY(manager.setLanguage(QStringLiteral("en"), false));
    QCOMPARE(QCoreApplication::translate("QLineEdit", "&Undo"), QStringLiteral("&Undo"));
}

void TestLanguage::commandLineHonoursLanguage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<bool>("chinese");
    QTest::newRow("--lang zh_TW") << QStringList{"--lang", "zh_TW"} << "C.UTF-8" << true;
    QTest::newRow("--lang=zh-TW") << QStringList{"--lang=zh-TW"} << "C.UTF-8" << true;
    QTest::newRow("locale zh_TW") << QStringList{} << "zh_TW.UTF-8" << true;
    QTest::newRow("locale zh_HK") << QStringList{} << "zh_HK.UTF-8" << true;
    QTest::newRow("locale en") << QStringList{} << "en_US.UTF-8" << false;
    QTest::newRow("--lang en beats locale") << QStringList{"--lang", "en"} << "zh_TW.UTF-8" << false;
}

void TestLanguage::commandLineHonoursLanguage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, lang);
    QFETCH(bool, chinese);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LANG"), lang);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SSPILENS_BIN_DIR "/sspilens-cli"),
            args + QStringList{QStringLiteral("lookup"), QStringLiteral("0x80090322")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY(out.contains(QLatin1String("SEC_E_WRONG_PRINCIPAL")));
    QVERIFY(out.contains(QLatin1String("0x80090322")));
    sspilens::i18n::install(chinese ? QStringLiteral("zh_TW") : QStringLiteral("en"));
    QVERIFY2(out.contains(meaningOf("SEC_E_WRONG_PRINCIPAL")), qPrintable(out.left(400)));
    QVERIFY2(out.contains(QCoreApplication::translate("Cli", "Likely causes:")), qPrintable(out.left(600)));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
