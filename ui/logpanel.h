// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include "findingsmodel.h"
#include "loghighlighter.h"
#include "logloader.h"
#include "summarymodel.h"
#include "textdecode.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QWidget>

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class CodeDetailView;
class EventsView;
class LogEditor;
class QAction;
class QActionGroup;
class QFrame;
class QIODevice;
class QLabel;
class QMenu;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QSettings;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace sspilens {
class LogScanner;
struct ExtraMessage;
struct EventRecord;
} // namespace sspilens

/**
 * The log decoder: paste, open or drop a log and see every SSPI code in it highlighted and
 * explained, listed (findings table, summary by code) and ready to export.
 *
 * All matching is core's LogScanner. Text above backgroundThreshold() characters is read,
 * decoded and scanned on a worker thread, with progress and Cancel in the info bar; then its
 * findings are listed and the text goes into the editor in slices, between which the event loop
 * runs (the part not there yet is reached by waiting for it). Smaller text is handled at once.
 * Lines longer than displayLineLimit() are shown cut (read-only); the findings always come from
 * the whole text. Files are only ever opened for reading. Editing the text rescans it after a
 * short pause.
 */
class LogPanel : public QWidget
{
    Q_OBJECT

public:
    enum class ExportFormat { Csv, Json, Markdown };

    static constexpr qint64 DefaultMaximumFileSize = 200LL * 1024 * 1024;
    static constexpr qsizetype DefaultBackgroundThreshold = qsizetype{256} * 1024;
    /// Text this long opens read-only: every edit would mean a rescan of megabytes.
    static constexpr qsizetype DefaultReadOnlyThreshold = qsizetype{16} * 1024 * 1024;
    static constexpr int RescanDelayMs = 300;
    static constexpr int MaxRecentFiles = 8;
    /// Longer lines are shown cut: QPlainTextEdit lays out and draws a line in one piece, so a
    /// screenful of lines this long already costs tens of milliseconds to paint, and a line of
    /// megabytes would take seconds (see bench/README.md).
    static constexpr qsizetype DefaultDisplayLineLimit = 3000;

    /// Opens @p path for reading; the device must be open (or carry the reason in
    /// errorString()). read() returning -1 is an error, 0 the end. Runs on a worker thread for
    /// large and special files and on the GUI thread for small ones.
    using FileOpener = sspilens::LogDeviceOpener;

    explicit LogPanel(QWidget *parent = nullptr);
    ~LogPanel() override;

    /// Opens @p path read-only, decoded as @p encoding (empty: detect). Returns false when the
    /// file is refused at once (missing, a folder, too large, empty, binary, unreadable); the
    /// reason is in message(). A large file, one whose size is not known in advance (size 0,
    /// devices, pipes) loads in the background and returns true at once; a refusal then comes
    /// in message() when it is done. The text shown is only replaced by a successful load.
    bool openFile(const QString &path, const QByteArray &encoding = {});
    /// Opens the current file again as @p encoding (empty: detect). False without a file.
    bool reopenWithEncoding(const QByteArray &encoding);
    /// Opens the first regular file of a drop; without one, the first path, so that openFile()
    /// says why it is not a file.
    void openDroppedFiles(const QStringList &paths);
    /// Replaces the text with @p text (pasted, not from a file) and scans it.
    void setLogText(const QString &text);
    /// Replaces the text with the clipboard's text and scans it (a clipboard without text leaves
    /// everything as it is and says so).
    void pasteAndDecode();
    /// Shows the built-in sample log.
    void loadSample();
    /// The built-in sample log (resources/sample.log).
    static QString sampleLog();

    /// Open…, Open Recent, Reopen with Encoding, Export (for the File menu).
    QList<QAction *> fileActions() const;
    /// Paste and Decode, Next / Previous Finding (F3 / Shift+F3), Copy Summary as Markdown.
    QList<QAction *> editActions() const;
    /// Help > Show Sample Log.
    QAction *sampleAction() const { return m_sampleAction; }

    /// The findings of the last finished scan (never null).
    const FindingList &findings() const { return m_findings; }
    /// Lists @p findings of the text shown instead of those of the last scan: a scan of the same
    /// text done elsewhere, with more to say (their events). Offsets refer to the text shown.
    void setFindings(FindingList findings);
    /// The input is a Windows event log (.evtx): the text area holds a note, the Events tab the log.
    bool isEventLog() const { return m_eventLog; }
    /// A load or a scan is running on a worker thread, or a loaded text is still going into the
    /// editor.
    bool isBusy() const { return m_loader->isRunning() || m_feed != nullptr; }
    /// The text of the last load is still going into the editor (its findings are listed).
    bool isFeeding() const { return m_feed != nullptr; }
    /// Stops the running load or scan; a load leaves the text as it was. Once the findings of a
    /// load are listed, the rest of its text still goes into the editor.
    void cancel();

    /// Selects finding @p index in the text and makes it current in the table.
    bool goToFinding(int index);
    void nextFinding();
    void previousFinding();
    /// The finding selected in the text (or, for one in the cut-off part of a line, the one the
    /// cursor was put beside), or -1.
    int currentFinding() const;
    /// Shows the detail card of finding @p index beside the text.
    void explainFinding(int index);
    /// Brings the Events tab forward and shows its first event; false when no event carries a code.
    bool showEvents();

    /// Writes the findings as @p format to @p path atomically (QSaveFile), using core's report
    /// code like the command line. No dialog; false and @p error on failure.
    bool exportFindings(const QString &path, ExportFormat format, QString *error = nullptr) const;
    /// The summary table (codes, counts, first and last lines) in Markdown.
    QString summaryMarkdown() const;
    void copySummaryMarkdown();

    /// Matches @p messages (the user's taught texts, the system's own) besides the catalog's from
    /// now on, and scans the text shown again (a file shown with cut lines is read again). A load
    /// still running finishes with the texts it started with.
    void setExtraMessages(const std::vector<sspilens::ExtraMessage> &messages);

    /// Files larger than this are refused with a message that names the command line.
    void setMaximumFileSize(qint64 bytes) { m_maximumFileSize = bytes; }
    qint64 maximumFileSize() const { return m_maximumFileSize; }
    /// Text (in characters) or files (in bytes) at least this large are handled off the GUI thread.
    void setBackgroundThreshold(qsizetype size);
    qsizetype backgroundThreshold() const { return m_backgroundThreshold; }
    void setReadOnlyThreshold(qsizetype characters) { m_readOnlyThreshold = characters; }
    /// Lines longer than this (in characters) are shown cut at this length; applies to the next
    /// text loaded.
    void setDisplayLineLimit(qsizetype characters) { m_displayLineLimit = std::max<qsizetype>(characters, 1); }
    qsizetype displayLineLimit() const { return m_displayLineLimit; }
    /// Lines of the text shown that are cut at displayLineLimit().
    qint64 cutLineCount() const { return m_cutLineCount; }
    /// How files are opened (tests inject failing devices); empty restores the default, which
    /// opens regular files with QFile and, on Unix, polls devices and pipes so that Cancel works.
    void setFileOpener(FileOpener opener) { m_fileOpener = std::move(opener); }

    /// Splitter positions, kept like the code library's.
    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

    /// The file shown, or empty for pasted text.
    QString sourcePath() const { return m_sourcePath; }
    /// How the file was decoded (empty for pasted text).
    const sspilens::DecodeInfo &decodeInfo() const { return m_decodeInfo; }
    /// The text of the info bar (refusals, warnings, progress), empty when hidden.
    QString message() const;
    QStringList recentFiles() const;

    LogEditor *editor() const { return m_editor; }
    LogHighlighter *highlighter() const { return m_highlighter; }
    QTableView *findingsView() const { return m_findingsView; }
    QTableView *summaryView() const { return m_summaryView; }
    FindingsModel *findingsModel() const { return m_findingsModel; }
    SummaryModel *summaryModel() const { return m_summaryModel; }
    CodeDetailView *detailView() const { return m_detail; }
    QTabWidget *resultTabs() const { return m_resultTabs; }
    EventsView *eventsView() const { return m_eventsView; }
    /// The index of the Events tab in resultTabs() (hidden while no event carries a code).
    static constexpr int EventsTab = 2;

signals:
    /// A related code was chosen in the detail card: show it in the code library.
    void codeActivated(const sspilens::StatusCode *code);
    void statusMessage(const QString &message);
    /// A scan finished and its findings are listed (also after a rescan, and with none).
    void scanFinished();
    /// New text is in the editor (after a load, paste or sample).
    void textLoaded();
    void busyChanged(bool busy);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createWidgets();
    QWidget *createEmptyState();
    void retranslateUi();
    void updateActions();
    void updateHeader();
    void updateResultsPage();

    LogLoader::Request makeRequest(LogLoader::Request::Kind kind) const;
    void startJob(LogLoader::Request request);
    void abandonJob();
    void finishJob(const LogLoader::Result &result);
    bool takeResult(const LogLoader::Result &result);
    void showLoaded(const LogLoader::Result &result);
    void showEventLog(const LogLoader::Result &result);
    void feedSlice();
    void finishFeed();
    void stopFeed();
    void showLoadNotes(const LogLoader::Result &result);
    void updateBusy();
    bool readyToEdit() const;
    void scanNow();
    void onTextEdited();
    void rescan();
    void applyFindings(FindingList findings, std::vector<SummaryModel::Row> rows,
                       const std::vector<LogHighlighter::LineCut> &cuts = {});
    void refreshViews();
    void placeSplitters();
    QString eventSourceText(const sspilens::EventRecord &event) const;
    QString eventLogNote() const;

    void showMessage(const QString &text, bool warning, const QString &buttonText = {},
                     const QByteArray &buttonEncoding = {});
    void hideMessage();
    void setProgressVisible(bool visible, bool cancellable = true);

    void onFindingActivated(const QModelIndex &proxyIndex);
    void onSummaryActivated(const QModelIndex &proxyIndex);
    void showFindingsContextMenu(const QPoint &pos);
    void showSummaryContextMenu(const QPoint &pos);
    void addExplainAction(QMenu *menu, int findingIndex);
    void explainCode(const sspilens::StatusCode *code);
    QString toolTipAt(int position) const;
    int findingAtPosition(int position) const;
    void selectFindingRow(int index);
    void revealSelection();

    void openWithDialog();
    void exportWithDialog(ExportFormat format);
    void addRecentFile(const QString &path, const QByteArray &encoding);
    void rebuildRecentMenu();
    void rebuildEncodingMenu();
    QString encodingDisplayName(const QByteArray &encoding) const;
    QString sourceName() const;

    FindingList m_findings;
    QString m_sourcePath;
    QByteArray m_requestedEncoding;
    sspilens::DecodeInfo m_decodeInfo;
    qint64 m_maximumFileSize = DefaultMaximumFileSize;
    qsizetype m_backgroundThreshold = DefaultBackgroundThreshold;
    qsizetype m_readOnlyThreshold = DefaultReadOnlyThreshold;
    qint64 m_lineCount = 0;
    quint64 m_editRevision = 0;
    bool m_scanIncomplete = false;
    bool m_syncingSelection = false;
    bool m_hasText = false;
    bool m_showingSample = false;
    bool m_busy = false; ///< isBusy() as last announced by busyChanged()
    qsizetype m_displayLineLimit = DefaultDisplayLineLimit;
    qint64 m_cutLineCount = 0;
    std::vector<LogHighlighter::LineCut> m_cuts; ///< of the text shown (see LogHighlighter)
    bool m_eventLog = false;
    qint64 m_eventRecords = -1;
    FileOpener m_fileOpener;
    /// A finding asked for while its text is not in the editor yet: shown when it arrives.
    int m_pendingFinding = -1;
    /// The finding goToFinding() went to and the selection it made (a hidden finding has no
    /// span to recognise it by).
    int m_navIndex = -1;
    int m_navStart = -1;
    int m_navEnd = -1;

    LogLoader *m_loader = nullptr; ///< reads and scans; the one running job and its cancel
    struct TextFeed;
    QTimer *m_rescanTimer = nullptr;
    std::unique_ptr<TextFeed> m_feed; ///< the loaded text still going into the editor
    QTimer *m_feedTimer = nullptr;
    bool m_splittersPlaced = false;
    QByteArray m_pendingSplitterState; ///< from settings, applied on the first show
    QByteArray m_textSplitterState;    ///< text beside the explanation, while it is hidden too

    QLabel *m_sourceLabel = nullptr;
    QToolButton *m_pasteButton = nullptr;
    QToolButton *m_openButton = nullptr;
    QToolButton *m_exportButton = nullptr;
    QFrame *m_infoBar = nullptr;
    QLabel *m_infoLabel = nullptr;
    QPushButton *m_infoButton = nullptr;
    QByteArray m_infoButtonEncoding;
    QToolButton *m_infoClose = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_textSplitter = nullptr;
    LogEditor *m_editor = nullptr;
    LogHighlighter *m_highlighter = nullptr;
    QWidget *m_emptyState = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyPaste = nullptr;
    QPushButton *m_emptyOpen = nullptr;
    QPushButton *m_emptySample = nullptr;
    QWidget *m_detailPane = nullptr;
    QLabel *m_detailTitle = nullptr;
    QToolButton *m_detailClose = nullptr;
    CodeDetailView *m_detail = nullptr;
    QTabWidget *m_resultTabs = nullptr;
    QStackedWidget *m_findingsStack = nullptr;
    QTableView *m_findingsView = nullptr;
    QLabel *m_noFindingsLabel = nullptr;
    QTableView *m_summaryView = nullptr;
    FindingsModel *m_findingsModel = nullptr;
    SummaryModel *m_summaryModel = nullptr;
    QSortFilterProxyModel *m_findingsProxy = nullptr;
    QSortFilterProxyModel *m_summaryProxy = nullptr;
    EventsView *m_eventsView = nullptr;

    QAction *m_openAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_encodingMenu = nullptr;
    QActionGroup *m_encodingGroup = nullptr;
    QMenu *m_exportMenu = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_exportJsonAction = nullptr;
    QAction *m_exportMarkdownAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_copySummaryAction = nullptr;
    QAction *m_sampleAction = nullptr;
    QAction *m_cancelAction = nullptr;
};
