// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "codebrowser.h"
#include "languagemanager.h"
#include "logpanel.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QRegularExpression>
#include <QStyleFactory>
#include <QUrl>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SSPILens"));
    QApplication::setApplicationName(QStringLiteral("sspilens"));
    QApplication::setApplicationVersion(QStringLiteral(SSPILENS_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("sspilens"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Find and explain the codes of Windows authentication failures: SSPI, "
                                        "NTSTATUS, Kerberos, TLS alerts, Win32 and HRESULT."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "User interface language: en or zh_TW."),
                                        QStringLiteral("language"));
    const QCommandLineOption darkOption(
        QStringLiteral("dark"), QApplication::translate("main", "Use the dark palette (also SSPILENS_PALETTE=dark)."));
    const QCommandLineOption searchOption(QStringLiteral("search"),
                                          QApplication::translate("main", "Start with this text in the search box."),
                                          QStringLiteral("text"));
    const QCommandLineOption selectOption(
        QStringLiteral("select"), QApplication::translate("main", "Start with this code selected (symbol or value)."),
        QStringLiteral("code"));
    const QCommandLineOption tabOption(
        QStringLiteral("tab"),
        QApplication::translate("main", "Start on this tab: library, log or events (the log decoder's events)."),
        QStringLiteral("tab"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"), QApplication::translate("main", "Window size, e.g. 1024x640."), QStringLiteral("WxH"));
    const QCommandLineOption openOption(QStringLiteral("open"),
                                        QApplication::translate("main", "Open this log in the log decoder."),
                                        QStringLiteral("file"));
    const QCommandLineOption sampleOption(QStringLiteral("sample"),
                                          QApplication::translate("main", "Show the sample log in the log decoder."));
    const QCommandLineOption explainOption(
        QStringLiteral("explain"),
        QApplication::translate("main", "In the log decoder, select finding N (from 1) and show its explanation."),
        QStringLiteral("N"));
    parser.addOptions({langOption, darkOption, searchOption, selectOption, tabOption, sizeOption, openOption,
                       sampleOption, explainOption});
    // What a file manager passes (the .desktop file's Exec=sspilens %F).
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QApplication::translate("main", "Log file to open in the log decoder (the first, if there are several)."),
        QStringLiteral("[file...]"));
    parser.process(app);

    const QString lang = parser.value(langOption);
    if (!lang.isEmpty() && LanguageManager::canonicalLanguage(lang).isEmpty()) {
        std::fprintf(stderr, "sspilens: unknown language \"%s\" (use en or zh_TW)\n", qPrintable(lang));
        return 2;
    }

    if (parser.isSet(darkOption) || qEnvironmentVariable("SSPILENS_PALETTE") == QLatin1String("dark")) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(MainWindow::darkPalette());
    }

    LanguageManager languages;
    // --lang applies to this run only; the Language menu is what changes the saved choice.
    languages.setLanguage(LanguageManager::initialLanguage(lang), false);

    MainWindow window(&languages);
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral("^(\\d+)x(\\d+)$")).match(parser.value(sizeOption));
    if (size.hasMatch())
        window.resize(size.captured(1).toInt(), size.captured(2).toInt());
    if (parser.isSet(tabOption))
        window.setCurrentTab(parser.value(tabOption) == QLatin1String("library") ? MainWindow::CodeLibraryTab
                                                                                 : MainWindow::LogDecoderTab);
    if (parser.isSet(searchOption))
        window.codeBrowser()->setSearchText(parser.value(searchOption));
    if (parser.isSet(selectOption)) {
        window.setCurrentTab(MainWindow::CodeLibraryTab);
        window.codeBrowser()->selectToken(parser.value(selectOption));
    }
    auto *logPanel = static_cast<LogPanel *>(window.logDecoder());
    if (parser.isSet(sampleOption))
        logPanel->loadSample();
    const QStringList files = parser.positionalArguments();
    if (parser.isSet(openOption)) {
        window.setCurrentTab(MainWindow::LogDecoderTab);
        logPanel->openFile(parser.value(openOption));
    } else if (!files.isEmpty()) {
        // On the log decoder even when the file is refused: its message is there.
        window.setCurrentTab(MainWindow::LogDecoderTab);
        const QUrl url(files.constFirst());
        logPanel->openFile(url.isLocalFile() ? url.toLocalFile() : files.constFirst());
    }
    window.show();
    if (parser.value(tabOption) == QLatin1String("events")) {
        window.setCurrentTab(MainWindow::LogDecoderTab);
        if (logPanel->isBusy())
            QObject::connect(logPanel, &LogPanel::textLoaded, logPanel, &LogPanel::showEvents,
                             Qt::SingleShotConnection);
        else
            logPanel->showEvents();
    }
    if (parser.isSet(explainOption)) {
        const int finding = parser.value(explainOption).toInt() - 1;
        // A large log is still loading here; the finding is shown once its findings are listed.
        const auto explain = [logPanel, finding] {
            logPanel->goToFinding(finding);
            logPanel->explainFinding(finding);
        };
        if (logPanel->isBusy())
            QObject::connect(logPanel, &LogPanel::textLoaded, logPanel, explain, Qt::SingleShotConnection);
        else
            explain();
    }
    return app.exec();
}
