// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>
#include <QStringList>

class CodeBrowser;
class LanguageManager;
class QAction;
class QActionGroup;
class QMenu;
class QMimeData;
class QTabWidget;
class TaughtTexts;

/// The application window: the "Code library" and "Log decoder" tabs, the File, Edit, View,
/// Language and Help menus and a status bar. Window size, splitters, columns and the last tab are
/// kept in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Tab { CodeLibraryTab, LogDecoderTab };

    /// Without @p languages the window makes its own manager and starts in the saved or system
    /// language.
    explicit MainWindow(LanguageManager *languages = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    CodeBrowser *codeBrowser() const { return m_codeBrowser; }
    /// The widget of the "Log decoder" tab.
    QWidget *logDecoder() const { return m_logDecoder; }
    QTabWidget *tabs() const { return m_tabs; }
    LanguageManager *languageManager() const { return m_languages; }
    /// The user's taught texts, which the log decoder matches (read from the user's file).
    TaughtTexts *taughtTexts() const { return m_taughtTexts; }
    /// Edit > This Text Means… (also in the log's context menu): teach the selected text.
    QAction *teachAction() const { return m_teachAction; }
    /// Edit > Taught Texts…
    QAction *taughtTextsAction() const { return m_taughtTextsAction; }
    /// Opens the "This text means…" dialog for the text selected in the log decoder and saves
    /// what it teaches.
    void teachSelection();
    void showTaughtTexts();

    int currentTab() const;
    void setCurrentTab(int tab);

    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }
    /// Adds @p action to the File menu above Quit (e.g. the log decoder's "Open log…").
    void addFileAction(QAction *action);
    /// Adds @p action to the end of the Edit menu.
    void addEditAction(QAction *action);
    /// Adds @p action to the View menu, below the tab switches.
    void addViewAction(QAction *action);

    void saveSettings() const;
    void restoreSettings();

    /// The dark palette of --dark and SSPILENS_PALETTE=dark (with the Fusion style); every colour
    /// the UI draws comes from the palette, so this is all a dark theme needs.
    static QPalette darkPalette();

signals:
    /// Local files were dropped on the window. Drops are only accepted while something is
    /// connected (the log decoder opens them).
    void filesDropped(const QStringList &paths);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *createLogDecoder();
    void createTaughtTexts();
    void createMenus();
    void retranslateUi();
    void updateWindowTitle();
    void updateLanguageActions();
    void showAbout();
    QStringList droppedFiles(const QMimeData *mime) const;

    LanguageManager *m_languages = nullptr;
    QTabWidget *m_tabs = nullptr;
    CodeBrowser *m_codeBrowser = nullptr;
    QWidget *m_logDecoder = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_libraryTabAction = nullptr;
    QAction *m_logTabAction = nullptr;
    QAction *m_viewSeparator = nullptr;
    QAction *m_showFiltersAction = nullptr;
    QAction *m_showDetailsAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_docsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    TaughtTexts *m_taughtTexts = nullptr;
    QAction *m_teachAction = nullptr;
    QAction *m_taughtTextsAction = nullptr;
};
