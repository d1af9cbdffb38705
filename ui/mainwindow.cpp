// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "catalog.h"
#include "codebrowser.h"
#include "languagemanager.h"
#include "logeditor.h"
#include "logpanel.h"
#include "taughttexts.h"
#include "taughttextsdialog.h"
#include "teachdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaMethod>
#include <QMimeData>
#include <QPalette>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QUrl>

#ifndef SSPILENS_VERSION
#define SSPILENS_VERSION "0.0.0"
#endif

namespace {
const QString settingsGeometry = QStringLiteral("mainWindow/geometry");
const QString settingsState = QStringLiteral("mainWindow/state");
const QString settingsTab = QStringLiteral("mainWindow/tab");
constexpr int statusTimeoutMs = 4000;
} // namespace

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent) : QMainWindow(parent), m_languages(languages)
{
    setObjectName(QStringLiteral("mainWindow"));
    if (!m_languages) {
        m_languages = new LanguageManager(this);
        m_languages->setLanguage(LanguageManager::initialLanguage(), false);
    }

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_codeBrowser = new CodeBrowser(m_tabs);
    m_logDecoder = createLogDecoder();
    m_tabs->addTab(m_codeBrowser, QString());
    m_tabs->addTab(m_logDecoder, QString());
    setCentralWidget(m_tabs);
    statusBar()->setObjectName(QStringLiteral("statusBar"));

    createMenus();

    connect(m_codeBrowser, &CodeBrowser::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, statusTimeoutMs); });
    connect(m_codeBrowser, &CodeBrowser::showRequested, this, [this] { setCurrentTab(CodeLibraryTab); });
    connect(m_languages, &LanguageManager::languageChanged, this, &MainWindow::updateLanguageActions);

    // The log decoder brings its own File, Edit and Help actions.
    auto *logPanel = static_cast<LogPanel *>(m_logDecoder);
    for (QAction *action : logPanel->fileActions())
        addFileAction(action);
    m_editMenu->addSeparator();
    for (QAction *action : logPanel->editActions())
        addEditAction(action);
    m_helpMenu->insertAction(m_helpMenu->actions().value(1), logPanel->sampleAction());
    connect(logPanel, &LogPanel::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, statusTimeoutMs); });
    connect(logPanel, &LogPanel::textLoaded, this, [this] {
        setCurrentTab(LogDecoderTab);
        updateWindowTitle();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateWindowTitle);
    connect(logPanel, &LogPanel::codeActivated, this, [this](const sspilens::StatusCode *code) {
        setCurrentTab(CodeLibraryTab);
        m_codeBrowser->selectCode(code);
    });
    connect(this, &MainWindow::filesDropped, logPanel, &LogPanel::openDroppedFiles);
    createTaughtTexts();

    setAcceptDrops(true);
    retranslateUi();
    restoreSettings();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createLogDecoder()
{
    return new LogPanel(m_tabs);
}

void MainWindow::createTaughtTexts()
{
    auto *logPanel = static_cast<LogPanel *>(m_logDecoder);
    m_taughtTexts = new TaughtTexts(sspilens::UserMessageFile::defaultPath(), this);
    const auto apply = [this, logPanel] { logPanel->setExtraMessages(m_taughtTexts->extraMessages()); };
    if (!m_taughtTexts->extraMessages().empty())
        apply();
    connect(m_taughtTexts, &TaughtTexts::changed, this, apply);
    if (!m_taughtTexts->loadError().isEmpty())
        statusBar()->showMessage(m_taughtTexts->loadError());

    m_teachAction = new QAction(this);
    m_teachAction->setObjectName(QStringLiteral("teachAction"));
    m_teachAction->setEnabled(false);
    connect(m_teachAction, &QAction::triggered, this, &MainWindow::teachSelection);
    connect(logPanel->editor(), &QPlainTextEdit::selectionChanged, this,
            [this, logPanel] { m_teachAction->setEnabled(logPanel->editor()->textCursor().hasSelection()); });
    // Beside "Explain" in the log's context menu.
    connect(logPanel->editor(), &LogEditor::contextMenuAboutToShow, this, [this](QMenu *menu, int) {
        menu->addSeparator();
        menu->addAction(m_teachAction);
    });
    m_taughtTextsAction = new QAction(this);
    m_taughtTextsAction->setObjectName(QStringLiteral("taughtTextsAction"));
    connect(m_taughtTextsAction, &QAction::triggered, this, &MainWindow::showTaughtTexts);
    m_editMenu->addSeparator();
    addEditAction(m_teachAction);
    addEditAction(m_taughtTextsAction);
}

void MainWindow::teachSelection()
{
    const auto *logPanel = static_cast<const LogPanel *>(m_logDecoder);
    TeachDialog dialog(logPanel->editor()->textCursor().selectedText(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.selectedCode())
        return;
    const sspilens::StatusCode &code = *dialog.selectedCode();
    QString error;
    if (!m_taughtTexts->teach(code, dialog.text(), dialog.language(), dialog.note(), &error)) {
        QMessageBox::warning(this, tr("This Text Means…"), error);
        return;
    }
    statusBar()->showMessage(tr("From now on “%1” means %2.").arg(dialog.text(), code.symbolString()), statusTimeoutMs);
}

void MainWindow::showTaughtTexts()
{
    m_taughtTexts->reload();
    TaughtTextsDialog dialog(m_taughtTexts, this);
    dialog.exec();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    // Linux desktops without a platform theme report no Quit key; Ctrl+Q is what users expect.
    if (m_quitAction->shortcut().isEmpty())
        m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_codeBrowser->copyAction());
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_codeBrowser->findAction());

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_libraryTabAction = m_viewMenu->addAction(QString(), this, [this] { setCurrentTab(CodeLibraryTab); });
    m_libraryTabAction->setObjectName(QStringLiteral("libraryTabAction"));
    m_libraryTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_logTabAction = m_viewMenu->addAction(QString(), this, [this] { setCurrentTab(LogDecoderTab); });
    m_logTabAction->setObjectName(QStringLiteral("logTabAction"));
    m_logTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_viewSeparator = m_viewMenu->addSeparator();
    m_showFiltersAction = m_viewMenu->addAction(QString());
    m_showFiltersAction->setObjectName(QStringLiteral("showFiltersAction"));
    m_showFiltersAction->setCheckable(true);
    connect(m_showFiltersAction, &QAction::toggled, m_codeBrowser, &CodeBrowser::setFiltersVisible);
    m_showDetailsAction = m_viewMenu->addAction(QString());
    m_showDetailsAction->setObjectName(QStringLiteral("showDetailsAction"));
    m_showDetailsAction->setCheckable(true);
    connect(m_showDetailsAction, &QAction::toggled, m_codeBrowser, &CodeBrowser::setDetailsVisible);
    m_viewMenu->addAction(m_codeBrowser->clearFiltersAction());

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString &language : LanguageManager::availableLanguages()) {
        // Each language is named in itself, so that anyone can find their own.
        QAction *action = m_languageMenu->addAction(LanguageManager::nativeName(language));
        action->setObjectName(QStringLiteral("language_") + language);
        action->setData(language);
        action->setCheckable(true);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { m_languages->setLanguage(language); });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_docsAction = m_helpMenu->addAction(QString(), this,
                                         [] { QDesktopServices::openUrl(LanguageManager::sspiStatusCodesUrl()); });
    m_docsAction->setObjectName(QStringLiteral("docsAction"));
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);

    updateLanguageActions();
}

void MainWindow::addFileAction(QAction *action)
{
    // Everything the File menu gains goes above the separator that precedes Quit.
    const QList<QAction *> actions = m_fileMenu->actions();
    m_fileMenu->insertAction(actions.size() >= 2 ? actions.at(actions.size() - 2) : m_quitAction, action);
}

void MainWindow::addEditAction(QAction *action)
{
    m_editMenu->addAction(action);
}

void MainWindow::addViewAction(QAction *action)
{
    m_viewMenu->insertAction(m_viewSeparator, action);
}

int MainWindow::currentTab() const
{
    return m_tabs->currentIndex();
}

void MainWindow::setCurrentTab(int tab)
{
    if (tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    m_tabs->setTabText(CodeLibraryTab, tr("Code library"));
    m_tabs->setTabText(LogDecoderTab, tr("Log decoder"));
    m_tabs->setTabToolTip(CodeLibraryTab, tr("Every SSPI status code, searchable, with what to do next"));
    m_tabs->setTabToolTip(LogDecoderTab, tr("Find and explain the status codes in a log"));

    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_quitAction->setStatusTip(tr("Quit SSPI Lens"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_libraryTabAction->setText(tr("&Code Library"));
    m_logTabAction->setText(tr("&Log Decoder"));
    m_showFiltersAction->setText(tr("Show &Filters"));
    m_showDetailsAction->setText(tr("Show &Details"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_docsAction->setText(tr("SSPI Status Codes on &Microsoft Learn"));
    m_docsAction->setStatusTip(LanguageManager::sspiStatusCodesUrl().toString());
    m_aboutAction->setText(tr("&About SSPI Lens"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_teachAction->setText(tr("This Text &Means…"));
    m_teachAction->setStatusTip(tr("Teach the log decoder what the selected text means"));
    m_taughtTextsAction->setText(tr("&Taught Texts…"));
    m_taughtTextsAction->setStatusTip(tr("List, remove, import and export the texts you taught"));
    updateLanguageActions();
    updateWindowTitle();
}

void MainWindow::updateWindowTitle()
{
    // The task bar then tells several windows apart: which tab, and which log is open.
    const QString tab = m_tabs->tabText(m_tabs->currentIndex());
    const QString path =
        m_tabs->currentIndex() == LogDecoderTab ? static_cast<const LogPanel *>(m_logDecoder)->sourcePath() : QString();
    if (path.isEmpty())
        setWindowTitle(tr("%1 — SSPI Lens").arg(tab));
    else
        setWindowTitle(tr("%1 — %2 — SSPI Lens").arg(QFileInfo(path).fileName(), tab));
}

void MainWindow::updateLanguageActions()
{
    const QString current = m_languages->language();
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == current);
    m_showFiltersAction->setChecked(m_codeBrowser->filtersVisible());
    m_showDetailsAction->setChecked(m_codeBrowser->detailsVisible());
}

void MainWindow::showAbout()
{
    const auto &catalog = sspilens::Catalog::instance();
    const QString text =
        tr("<h3>SSPI Lens %1</h3>"
           "<p>Finds, explains and helps fix the codes of Windows authentication failures in logs and "
           "event logs: SSPI status codes and the NTSTATUS, Kerberos, TLS alert, Win32 and HRESULT codes "
           "the same failures are written in.</p>"
           "<p>The catalog holds %2 codes under %3 names.</p>"
           "<p>Licence: MIT<br>Built with Qt %4, running on Qt %5.</p>"
           "<p>Reference: <a href=\"%6\">SSPI status codes (Microsoft Learn)</a></p>")
            .arg(QStringLiteral(SSPILENS_VERSION), QString::number(catalog.size()),
                 QString::number(catalog.nameCount()), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
                 LanguageManager::sspiStatusCodesUrl().toString(QUrl::FullyEncoded));
    QMessageBox::about(this, tr("About SSPI Lens"), text);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(settingsGeometry, saveGeometry());
    settings.setValue(settingsState, saveState());
    settings.setValue(settingsTab, currentTab());
    m_codeBrowser->saveState(settings);
    static_cast<const LogPanel *>(m_logDecoder)->saveState(settings);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    const QByteArray geometry = settings.value(settingsGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First start: a comfortable size that still fits small laptop screens.
        QSize size(1280, 800);
        if (const QScreen *screen = this->screen())
            size = size.boundedTo(screen->availableSize() * 0.9);
        resize(size);
    }
    restoreState(settings.value(settingsState).toByteArray());
    m_codeBrowser->restoreState(settings);
    static_cast<LogPanel *>(m_logDecoder)->restoreState(settings);
    setCurrentTab(settings.value(settingsTab, int(CodeLibraryTab)).toInt());
    updateLanguageActions();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

QStringList MainWindow::droppedFiles(const QMimeData *mime) const
{
    QStringList paths = LogEditor::localFiles(mime);
    paths.removeIf([](const QString &path) { return !QFileInfo(path).isFile(); });
    return paths;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (isSignalConnected(QMetaMethod::fromSignal(&MainWindow::filesDropped))
        && !droppedFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = droppedFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    setCurrentTab(LogDecoderTab);
    emit filesDropped(paths);
}

QPalette MainWindow::darkPalette()
{
    const QColor window(0x2B, 0x2D, 0x30);
    const QColor base(0x1E, 0x1F, 0x22);
    const QColor alternate(0x26, 0x28, 0x2B);
    const QColor text(0xE6, 0xE6, 0xE6);
    const QColor disabled(0x7D, 0x80, 0x85);
    const QColor button(0x3A, 0x3D, 0x41);

    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, QColor(0x3C, 0x3F, 0x44));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xA0, 0xA4, 0xAA));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xFF, 0x6B, 0x6B));
    p.setColor(QPalette::Light, QColor(0x4A, 0x4D, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x47));
    p.setColor(QPalette::Mid, QColor(0x33, 0x35, 0x38));
    p.setColor(QPalette::Dark, QColor(0x1A, 0x1B, 0x1D));
    p.setColor(QPalette::Shadow, QColor(0x0E, 0x0E, 0x10));
    p.setColor(QPalette::Highlight, QColor(0x2F, 0x65, 0xCA));
    p.setColor(QPalette::HighlightedText, QColor(0xFF, 0xFF, 0xFF));
    p.setColor(QPalette::Link, QColor(0x6C, 0xB6, 0xFF));
    p.setColor(QPalette::LinkVisited, QColor(0xB3, 0x92, 0xF0));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4A, 0x4D, 0x52));
    return p;
}
