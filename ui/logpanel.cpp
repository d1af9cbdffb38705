// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "logpanel.h"

#include "codedetailview.h"
#include "logeditor.h"
#include "loghighlighter.h"
#include "report.h"
#include "scanner.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFrame>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextDocumentLayout>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTextBlock>
#include <QTextDocument>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <climits>
#include <functional>

using namespace sspilens;

namespace {

const QString settingsRecent = QStringLiteral("logDecoder/recentFiles");
const QString settingsFileEncodings = QStringLiteral("logDecoder/fileEncodings");
const QString settingsLastEncoding = QStringLiteral("logDecoder/lastEncoding");
const QString settingsLastDir = QStringLiteral("logDecoder/lastDirectory");

constexpr qint64 readChunk = 4 << 20;
constexpr qsizetype scanPiece = 1 << 20;
constexpr qsizetype insertPiece = 2 << 20;

int clampToInt(qint64 n)
{
    return static_cast<int>(std::clamp<qint64>(n, 0, INT_MAX));
}

// QTextDocument turns "\r\n" and a lone "\r" into one block break; doing the same first keeps
// finding offsets equal to document positions and scanner lines equal to blocks.
void normaliseLineEnds(QString &text)
{
    const qsizetype first = text.indexOf(QLatin1Char('\r'));
    if (first < 0)
        return;
    QChar *data = text.data();
    const qsizetype size = text.size();
    qsizetype out = first;
    for (qsizetype in = first; in < size; ++in) {
        if (data[in] == QLatin1Char('\r')) {
            data[out++] = QLatin1Char('\n');
            if (in + 1 < size && data[in + 1] == QLatin1Char('\n'))
                ++in;
        } else {
            data[out++] = data[in];
        }
    }
    text.truncate(out);
}

/// The legacy code page to try when a file is neither text in UTF-8 nor UTF-16: the one the user
/// chose last, else the one a console in the UI language writes.
QByteArray fallbackEncoding()
{
    QByteArray last = QSettings().value(QStringLiteral("logDecoder/lastEncoding")).toByteArray();
    if (!last.isEmpty())
        return last;
    return QLocale().language() == QLocale::Chinese ? QByteArrayLiteral("Big5") : QByteArrayLiteral("windows-1252");
}

QString formsHtml()
{
    return QCoreApplication::translate(
        "LogPanel", "<p>SSPI Lens looks for status codes written as:</p><ul>"
                    "<li>hexadecimal: <code>0x80090325</code>, <code>80090308</code>, "
                    "<code>0xFFFFFFFF80090326</code>, <code>0x8009030e/-2146893042</code></li>"
                    "<li>decimal, signed or unsigned: <code>-2146893019</code>, <code>2148074254</code></li>"
                    "<li>symbols: <code>SEC_E_WRONG_PRINCIPAL</code>, <code>SEC_I_CONTINUE_NEEDED</code></li>"
                    "<li>the Windows message text: “The target principal name is incorrect.”</li></ul>"
                    "<p>Other HRESULTs (<code>0x80070005</code>), NTSTATUS values, GUIDs and LDAP "
                    "<code>DSID-…</code> numbers are not SSPI codes and are left alone.</p>");
}

} // namespace

// ------------------------------------------------------------------------------------------------
// Background jobs

struct LogPanel::JobRequest {
    enum Kind { LoadFile, LoadText, Rescan };
    Kind kind = LoadText;
    QString path;
    QByteArray encoding;
    QByteArray fallbackEncoding; ///< tried when detection finds neither text nor valid UTF-8
    QString text;
    QString label;
    QFont font;
    qint64 maximumFileSize = 0;
    qsizetype readOnlyThreshold = 0;
    quint64 revision = 0;
};

struct LogPanel::JobResult {
    enum Status { Ok, Cancelled, TooLarge, Binary, Unreadable };
    Status status = Ok;
    JobRequest::Kind kind = JobRequest::LoadText;
    QString path;
    QByteArray encoding;
    QString error;
    QTextDocument *document = nullptr; ///< built on the worker, moved to the GUI thread
    FindingList findings;
    std::vector<SummaryModel::Row> rows;
    DecodeInfo info;
    qint64 size = 0;
    bool usedFallback = false;
    bool partial = false; ///< findings only, ahead of the document (the final result follows)
    bool readOnly = false;
    bool incomplete = false;
    quint64 revision = 0;
};

namespace {

/// Scans @p text piece by piece with core's ScanStream so that progress and Cancel are
/// noticed at least every scanPiece characters; @p tick (may be empty) runs after each piece.
std::vector<Finding> scanInPieces(const LogScanner &scanner, QStringView text, const std::atomic<bool> &cancel,
                                  std::atomic<int> &permille, bool *complete, const std::function<void()> &tick)
{
    std::vector<Finding> found;
    ScanStream stream(scanner);
    const auto sink = [&found](const Finding &f) {
        found.push_back(f);
        return true;
    };
    *complete = false;
    for (qsizetype at = 0; at < text.size(); at += scanPiece) {
        if (cancel.load())
            return found;
        stream.feed(text.mid(at, std::min(scanPiece, text.size() - at)), sink);
        permille.store(static_cast<int>((at * 1000) / std::max<qsizetype>(text.size(), 1)));
        if (tick)
            tick();
    }
    stream.finish(sink);
    permille.store(1000);
    *complete = true;
    return found;
}

void runJob(QPromise<LogPanel::JobResult> &promise, const LogScanner *scanner, QThreadPool *pool,
            LogPanel::JobRequest request, std::shared_ptr<std::atomic<bool>> cancel, QThread *guiThread)
{
    using Request = LogPanel::JobRequest;
    using Result = LogPanel::JobResult;
    Result result;
    result.kind = request.kind;
    result.path = request.path;
    result.encoding = request.encoding;
    result.revision = request.revision;
    const auto cancelled = [&] { return cancel->load() || promise.isCanceled(); };
    const auto finishCancelled = [&] {
        result.status = Result::Cancelled;
        promise.addResult(std::move(result));
    };
    promise.setProgressRange(0, 100);

    QString text;
    // Reading and decoding take the first quarter of the bar.
    int base = 0;
    if (request.kind == Request::LoadFile) {
        promise.setProgressValueAndText(0, QCoreApplication::translate("LogPanel", "Reading…"));
        QFile file(request.path);
        if (!file.open(QIODevice::ReadOnly)) {
            result.status = Result::Unreadable;
            result.error = file.errorString();
            promise.addResult(std::move(result));
            return;
        }
        result.size = file.size();
        if (result.size > request.maximumFileSize) {
            result.status = Result::TooLarge;
            promise.addResult(std::move(result));
            return;
        }
        auto decoder = request.encoding.isEmpty() ? std::make_unique<TextDecoder>()
                                                  : std::make_unique<TextDecoder>(request.encoding);
        bool first = true;
        qint64 done = 0;
        while (true) {
            const QByteArray chunk = file.read(readChunk);
            if (chunk.isEmpty()) {
                if (file.error() != QFileDevice::NoError) {
                    result.status = Result::Unreadable;
                    result.error = file.errorString();
                    promise.addResult(std::move(result));
                    return;
                }
                break;
            }
            done += chunk.size();
            decoder->decode(chunk, text);
            if (first && !decoder->info().encoding.isEmpty()) {
                first = false;
                if (decoder->info().looksBinary && !result.usedFallback && request.encoding.isEmpty()
                    && decoder->info().invalidBytes && !request.fallbackEncoding.isEmpty()) {
                    // Not UTF-8 may still be text in a legacy code page: start again in that one.
                    result.usedFallback = true;
                    decoder = std::make_unique<TextDecoder>(request.fallbackEncoding);
                    text.clear();
                    file.seek(0);
                    done = 0;
                    first = true;
                    continue;
                }
                if (decoder->info().looksBinary) {
                    result.status = Result::Binary;
                    result.info = decoder->info();
                    promise.addResult(std::move(result));
                    return;
                }
                const bool utf16 = decoder->info().encoding.startsWith("UTF-16");
                text.reserve(static_cast<qsizetype>(utf16 ? result.size / 2 : result.size) + 16);
            }
            promise.setProgressValue(static_cast<int>(done * 20 / std::max<qint64>(result.size, 1)));
            if (cancelled())
                return finishCancelled();
        }
        decoder->finish(text);
        result.info = decoder->info();
        if (result.info.looksBinary && !result.usedFallback && request.encoding.isEmpty() && result.info.invalidBytes
            && !request.fallbackEncoding.isEmpty()) {
            // Shorter than the detection block: decided only now, and small enough to redo.
            result.usedFallback = true;
            file.seek(0);
            text = decodeText(file.readAll(), &result.info, request.fallbackEncoding);
        }
        if (result.info.looksBinary) {
            result.status = Result::Binary;
            promise.addResult(std::move(result));
            return;
        }
        base = 25;
    } else {
        text = std::move(request.text);
        request.text.clear();
    }
    normaliseLineEnds(text);
    if (cancelled())
        return finishCancelled();

    std::atomic<int> scanPermille{0};
    bool scanComplete = false;
    const bool buildDocument = request.kind != Request::Rescan;
    const auto report = [&](int docPermille) {
        const int permille = buildDocument ? (docPermille + scanPermille.load()) / 2 : scanPermille.load();
        promise.setProgressValue(base + (100 - base) * permille / 1000);
    };
    std::vector<Finding> findings;
    FindingList early;
    QTextDocument *document = nullptr;
    if (!buildDocument) {
        promise.setProgressValueAndText(0, QCoreApplication::translate("LogPanel", "Scanning…"));
        findings = scanInPieces(*scanner, text, *cancel, scanPermille, &scanComplete, [&] { report(0); });
    } else {
        // The scan runs on a second thread while this one lays out the document.
        const QString scanned = text;
        QFuture<std::vector<Finding>> scan = QtConcurrent::run(
            pool, [&, scanned] { return scanInPieces(*scanner, scanned, *cancel, scanPermille, &scanComplete, {}); });
        // The findings are listed as soon as the scan is done, while the text is still being
        // laid out (the scan is the faster of the two).
        const auto publishEarly = [&] {
            if (early || !scan.isFinished() || !scanComplete || cancelled())
                return;
            early = std::make_shared<const std::vector<Finding>>(scan.result());
            Result partial;
            partial.kind = request.kind;
            partial.partial = true;
            partial.findings = early;
            partial.rows = SummaryModel::buildRows(*early, request.label);
            promise.addResult(std::move(partial));
        };
        promise.setProgressValueAndText(base, QCoreApplication::translate("LogPanel", "Scanning and laying out…"));
        document = new QTextDocument;
        document->setUndoRedoEnabled(false);
        document->setDocumentLayout(new QPlainTextDocumentLayout(document));
        document->setDefaultFont(request.font);
        QTextOption option = document->defaultTextOption();
        option.setWrapMode(QTextOption::NoWrap);
        document->setDefaultTextOption(option);
        // Installed while the document is empty, so that it never formats the whole text.
        new LogHighlighter(document);
        QTextCursor cursor(document);
        cursor.beginEditBlock();
        for (qsizetype at = 0; at < text.size();) {
            if (cancelled())
                break;
            // Pieces end after a line break, so that no surrogate pair is ever split.
            qsizetype end = std::min(at + insertPiece, text.size());
            if (end < text.size()) {
                const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), end);
                end = lineEnd < 0 ? text.size() : lineEnd + 1;
            }
            cursor.insertText(QStringView(text).mid(at, end - at).toString());
            at = end;
            report(static_cast<int>(at * 1000 / std::max<qsizetype>(text.size(), 1)));
            publishEarly();
        }
        cursor.endEditBlock();
        // Only the document keeps the text from here on (the scan lets go of it when done).
        text.clear();
        text.squeeze();
        // The editor gives every block a QTextLayout when it takes the document; making them
        // here moves that work off the GUI thread.
        int n = 0;
        for (QTextBlock block = document->begin(); block.isValid() && !cancelled(); block = block.next()) {
            block.layout();
            if (++n % 8192 == 0)
                publishEarly();
        }
        // Runs the scan here if no pool thread has picked it up yet.
        scan.waitForFinished();
        if (!early)
            findings = scan.result();
    }
    // Only the document keeps the text from here on.
    text.clear();
    text.squeeze();

    if (cancelled() || (!scanComplete && request.kind != Request::Rescan)) {
        delete document;
        return finishCancelled();
    }
    result.incomplete = !scanComplete;
    // The list already shown stays the same object, so that the GUI knows it is listed.
    const FindingList list = early ? early : std::make_shared<const std::vector<Finding>>(std::move(findings));
    result.rows = SummaryModel::buildRows(*list, request.label);
    result.findings = list;
    if (document) {
        document->findChild<LogHighlighter *>()->setFindings(list);
        result.readOnly = document->characterCount() > request.readOnlyThreshold;
        document->moveToThread(guiThread);
        result.document = document;
    }
    promise.setProgressValue(100);
    promise.addResult(std::move(result));
}

} // namespace

// ------------------------------------------------------------------------------------------------

LogPanel::LogPanel(QWidget *parent)
    : QWidget(parent), m_scanner(std::make_unique<LogScanner>()),
      m_findings(std::make_shared<const std::vector<Finding>>())
{
    setObjectName(QStringLiteral("logPanel"));
    m_pool = new QThreadPool(this);
    // One thread lays out the document while the other scans.
    m_pool->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    m_rescanTimer = new QTimer(this);
    m_rescanTimer->setSingleShot(true);
    m_rescanTimer->setInterval(RescanDelayMs);
    connect(m_rescanTimer, &QTimer::timeout, this, &LogPanel::rescan);

    createActions();
    createWidgets();
    setAcceptDrops(true);
    retranslateUi();
    rebuildRecentMenu();
    rebuildEncodingMenu();
    updateResultsPage();
    updateActions();
}

LogPanel::~LogPanel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_pool->waitForDone();
    // A finished job whose result was not taken yet still owns its document.
    for (auto *watcher : findChildren<QFutureWatcher<JobResult> *>()) {
        const int count = watcher->future().resultCount();
        if (count > 0)
            delete watcher->future().resultAt(count - 1).document;
    }
}

void LogPanel::createActions()
{
    m_openAction = new QAction(this);
    m_openAction->setObjectName(QStringLiteral("openLogAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    connect(m_openAction, &QAction::triggered, this, &LogPanel::openWithDialog);

    m_recentMenu = new QMenu(this);
    m_recentMenu->setObjectName(QStringLiteral("recentLogsMenu"));
    m_recentMenu->menuAction()->setObjectName(QStringLiteral("recentLogsAction"));

    m_encodingMenu = new QMenu(this);
    m_encodingMenu->setObjectName(QStringLiteral("reopenEncodingMenu"));
    m_encodingMenu->menuAction()->setObjectName(QStringLiteral("reopenEncodingAction"));
    m_encodingGroup = new QActionGroup(this);
    m_encodingGroup->setExclusive(true);

    m_exportMenu = new QMenu(this);
    m_exportMenu->setObjectName(QStringLiteral("exportMenu"));
    m_exportMenu->menuAction()->setObjectName(QStringLiteral("exportAction"));
    m_exportCsvAction = m_exportMenu->addAction(QString(), this, [this] { exportWithDialog(ExportFormat::Csv); });
    m_exportCsvAction->setObjectName(QStringLiteral("exportCsvAction"));
    m_exportJsonAction = m_exportMenu->addAction(QString(), this, [this] { exportWithDialog(ExportFormat::Json); });
    m_exportJsonAction->setObjectName(QStringLiteral("exportJsonAction"));
    m_exportMarkdownAction =
        m_exportMenu->addAction(QString(), this, [this] { exportWithDialog(ExportFormat::Markdown); });
    m_exportMarkdownAction->setObjectName(QStringLiteral("exportMarkdownAction"));

    m_pasteAction = new QAction(this);
    m_pasteAction->setObjectName(QStringLiteral("pasteAndDecodeAction"));
    m_pasteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_pasteAction->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    connect(m_pasteAction, &QAction::triggered, this, &LogPanel::pasteAndDecode);

    m_nextAction = new QAction(this);
    m_nextAction->setObjectName(QStringLiteral("nextFindingAction"));
    m_nextAction->setShortcut(QKeySequence(Qt::Key_F3));
    connect(m_nextAction, &QAction::triggered, this, &LogPanel::nextFinding);

    m_previousAction = new QAction(this);
    m_previousAction->setObjectName(QStringLiteral("previousFindingAction"));
    m_previousAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    connect(m_previousAction, &QAction::triggered, this, &LogPanel::previousFinding);

    m_copySummaryAction = new QAction(this);
    m_copySummaryAction->setObjectName(QStringLiteral("copySummaryMarkdownAction"));
    connect(m_copySummaryAction, &QAction::triggered, this, &LogPanel::copySummaryMarkdown);

    m_sampleAction = new QAction(this);
    m_sampleAction->setObjectName(QStringLiteral("showSampleLogAction"));
    connect(m_sampleAction, &QAction::triggered, this, &LogPanel::loadSample);

    m_cancelAction = new QAction(this);
    m_cancelAction->setObjectName(QStringLiteral("cancelScanAction"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_cancelAction, &QAction::triggered, this, &LogPanel::cancel);

    // Shortcuts also work when the panel is used on its own, outside the main window's menus.
    addActions({m_openAction, m_pasteAction, m_nextAction, m_previousAction, m_cancelAction});
}

void LogPanel::createWidgets()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);

    auto *header = new QHBoxLayout;
    m_sourceLabel = new QLabel(this);
    m_sourceLabel->setObjectName(QStringLiteral("sourceLabel"));
    m_sourceLabel->setTextFormat(Qt::PlainText);
    m_sourceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addWidget(m_sourceLabel, 1);
    const auto toolButton = [this](QAction *action, const QString &name) {
        auto *button = new QToolButton(this);
        button->setObjectName(name);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        return button;
    };
    m_pasteButton = toolButton(m_pasteAction, QStringLiteral("pasteButton"));
    m_openButton = toolButton(m_openAction, QStringLiteral("openButton"));
    m_exportButton = toolButton(m_exportMenu->menuAction(), QStringLiteral("exportButton"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    header->addWidget(m_pasteButton);
    header->addWidget(m_openButton);
    header->addWidget(m_exportButton);
    layout->addLayout(header);

    m_infoBar = new QFrame(this);
    m_infoBar->setObjectName(QStringLiteral("infoBar"));
    m_infoBar->setFrameShape(QFrame::StyledPanel);
    m_infoBar->setAutoFillBackground(true);
    auto *info = new QHBoxLayout(m_infoBar);
    info->setContentsMargins(8, 4, 4, 4);
    m_infoLabel = new QLabel(m_infoBar);
    m_infoLabel->setObjectName(QStringLiteral("infoLabel"));
    m_infoLabel->setWordWrap(true);
    m_infoLabel->setTextFormat(Qt::PlainText);
    m_infoLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    info->addWidget(m_infoLabel, 1);
    m_progress = new QProgressBar(m_infoBar);
    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(260);
    info->addWidget(m_progress);
    m_cancelButton = new QPushButton(m_infoBar);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    connect(m_cancelButton, &QPushButton::clicked, this, &LogPanel::cancel);
    info->addWidget(m_cancelButton);
    m_infoButton = new QPushButton(m_infoBar);
    m_infoButton->setObjectName(QStringLiteral("infoButton"));
    connect(m_infoButton, &QPushButton::clicked, this, [this] {
        const QByteArray encoding = m_infoButtonEncoding;
        reopenWithEncoding(encoding);
    });
    info->addWidget(m_infoButton);
    m_infoClose = new QToolButton(m_infoBar);
    m_infoClose->setObjectName(QStringLiteral("infoClose"));
    m_infoClose->setAutoRaise(true);
    m_infoClose->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    connect(m_infoClose, &QToolButton::clicked, this, &LogPanel::hideMessage);
    info->addWidget(m_infoClose);
    m_infoBar->hide();
    layout->addWidget(m_infoBar);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("logSplitter"));
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    m_textSplitter = new QSplitter(Qt::Horizontal, m_splitter);
    m_textSplitter->setObjectName(QStringLiteral("logTextSplitter"));
    m_editor = new LogEditor(m_textSplitter);
    m_editor->setObjectName(QStringLiteral("logEditor"));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    // A scroll bar that comes and goes changes the text's width, and QPlainTextEdit lays out
    // every block again when that happens: 0.1 s for a 50 MB log.
    m_editor->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLargeTextThreshold(m_backgroundThreshold);
    m_editor->setToolTipProvider([this](int position) { return toolTipAt(position); });
    // The editor's own document is still empty: the right moment to install the highlighter.
    m_highlighter = new LogHighlighter(m_editor->document());
    m_highlighter->setPalette(m_editor->palette());
    connect(m_highlighter, &LogHighlighter::textEdited, this, &LogPanel::onTextEdited);
    connect(m_editor, &LogEditor::filesDropped, this, [this](const QStringList &paths) { openFile(paths.first()); });
    connect(m_editor, &LogEditor::largeTextInserted, this, &LogPanel::setLogText);
    connect(m_editor, &LogEditor::positionDoubleClicked, this, [this](int position) {
        const int index = findingAtPosition(position);
        if (index >= 0) {
            goToFinding(index);
            explainFinding(index);
        }
    });
    connect(m_editor, &LogEditor::contextMenuAboutToShow, this,
            [this](QMenu *menu, int position) { addExplainAction(menu, findingAtPosition(position)); });
    m_emptyState = createEmptyState();
    m_editor->setEmptyStateWidget(m_emptyState);
    // A child of the text area, it would otherwise inherit the monospaced log font.
    m_emptyState->setFont(font());

    m_detailPane = new QWidget(m_textSplitter);
    m_detailPane->setObjectName(QStringLiteral("logDetailPane"));
    auto *detailLayout = new QVBoxLayout(m_detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto *detailHeader = new QHBoxLayout;
    m_detailTitle = new QLabel(m_detailPane);
    QFont bold = m_detailTitle->font();
    bold.setBold(true);
    m_detailTitle->setFont(bold);
    detailHeader->addWidget(m_detailTitle, 1);
    m_detailClose = new QToolButton(m_detailPane);
    m_detailClose->setObjectName(QStringLiteral("detailClose"));
    m_detailClose->setAutoRaise(true);
    m_detailClose->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    connect(m_detailClose, &QToolButton::clicked, m_detailPane, &QWidget::hide);
    detailHeader->addWidget(m_detailClose);
    detailLayout->addLayout(detailHeader);
    m_detail = new CodeDetailView(m_detailPane);
    m_detail->setObjectName(QStringLiteral("logCodeDetail"));
    connect(m_detail, &CodeDetailView::relatedCodeActivated, this, &LogPanel::codeActivated);
    connect(m_detail, &CodeDetailView::copied, this, &LogPanel::statusMessage);
    detailLayout->addWidget(m_detail, 1);
    m_detailPane->hide();
    m_textSplitter->setStretchFactor(0, 3);
    m_textSplitter->setStretchFactor(1, 2);

    m_resultTabs = new QTabWidget(m_splitter);
    m_resultTabs->setObjectName(QStringLiteral("resultTabs"));
    m_resultTabs->setDocumentMode(true);

    const auto makeTable = [this](const QString &name) {
        auto *view = new QTableView(this);
        view->setObjectName(name);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setAlternatingRowColors(true);
        view->setWordWrap(false);
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        view->verticalHeader()->hide();
        // Fixed rows: a log with a million findings must not measure a million rows.
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
        view->horizontalHeader()->setStretchLastSection(true);
        view->horizontalHeader()->setSectionsMovable(true);
        // Unsorted until the user asks: the model's order is the log's order.
        view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        view->setSortingEnabled(true);
        return view;
    };

    m_findingsModel = new FindingsModel(this);
    m_findingsProxy = new QSortFilterProxyModel(this);
    m_findingsProxy->setSourceModel(m_findingsModel);
    m_findingsProxy->setSortRole(FindingsModel::SortRole);
    m_findingsStack = new QStackedWidget(m_resultTabs);
    m_findingsView = makeTable(QStringLiteral("findingsView"));
    m_findingsView->setModel(m_findingsProxy);
    m_findingsView->horizontalHeader()->resizeSection(FindingsModel::LineColumn, 70);
    m_findingsView->horizontalHeader()->resizeSection(FindingsModel::TextColumn, 260);
    m_findingsView->horizontalHeader()->resizeSection(FindingsModel::FormColumn, 110);
    m_findingsView->horizontalHeader()->resizeSection(FindingsModel::SymbolColumn, 280);
    m_noFindingsLabel = new QLabel(m_findingsStack);
    m_noFindingsLabel->setObjectName(QStringLiteral("noFindingsLabel"));
    m_noFindingsLabel->setWordWrap(true);
    m_noFindingsLabel->setTextFormat(Qt::RichText);
    m_noFindingsLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_noFindingsLabel->setMargin(12);
    m_findingsStack->addWidget(m_findingsView);
    m_findingsStack->addWidget(m_noFindingsLabel);
    m_resultTabs->addTab(m_findingsStack, QString());

    m_summaryModel = new SummaryModel(this);
    m_summaryProxy = new QSortFilterProxyModel(this);
    m_summaryProxy->setSourceModel(m_summaryModel);
    m_summaryProxy->setSortRole(SummaryModel::SortRole);
    m_summaryView = makeTable(QStringLiteral("summaryView"));
    m_summaryView->setModel(m_summaryProxy);
    m_summaryView->horizontalHeader()->resizeSection(SummaryModel::SymbolColumn, 280);
    m_summaryView->horizontalHeader()->resizeSection(SummaryModel::ValueColumn, 100);
    m_summaryView->horizontalHeader()->resizeSection(SummaryModel::CountColumn, 60);
    m_summaryView->horizontalHeader()->resizeSection(SummaryModel::FirstLineColumn, 80);
    m_summaryView->horizontalHeader()->resizeSection(SummaryModel::LastLineColumn, 80);
    m_summaryView->horizontalHeader()->resizeSection(SummaryModel::CategoryColumn, 200);
    m_resultTabs->addTab(m_summaryView, QString());

    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    connect(m_findingsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onFindingActivated(current); });
    connect(m_findingsView, &QTableView::clicked, this, &LogPanel::onFindingActivated);
    connect(m_findingsView, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { explainFinding(index.data(FindingsModel::FindingIndexRole).toInt()); });
    connect(m_findingsView, &QWidget::customContextMenuRequested, this, &LogPanel::showFindingsContextMenu);
    connect(m_summaryView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onSummaryActivated(current); });
    connect(m_summaryView, &QTableView::clicked, this, &LogPanel::onSummaryActivated);
    connect(m_summaryView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        explainCode(m_summaryModel->rowAt(m_summaryProxy->mapToSource(index).row())
                        ? m_summaryModel->rowAt(m_summaryProxy->mapToSource(index).row())->entry.code
                        : nullptr);
    });
    connect(m_summaryView, &QWidget::customContextMenuRequested, this, &LogPanel::showSummaryContextMenu);
}

QWidget *LogPanel::createEmptyState()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("logEmptyState"));
    page->setMaximumWidth(620);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 16, 16, 16);
    m_emptyTitle = new QLabel(page);
    m_emptyTitle->setObjectName(QStringLiteral("emptyTitle"));
    QFont title = m_emptyTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_emptyTitle->setFont(title);
    m_emptyTitle->setWordWrap(true);
    layout->addWidget(m_emptyTitle);
    m_emptyText = new QLabel(page);
    m_emptyText->setObjectName(QStringLiteral("emptyText"));
    m_emptyText->setWordWrap(true);
    m_emptyText->setTextFormat(Qt::RichText);
    layout->addWidget(m_emptyText);
    auto *buttons = new QHBoxLayout;
    m_emptyPaste = new QPushButton(page);
    m_emptyPaste->setObjectName(QStringLiteral("emptyPasteButton"));
    connect(m_emptyPaste, &QPushButton::clicked, this, &LogPanel::pasteAndDecode);
    m_emptyOpen = new QPushButton(page);
    m_emptyOpen->setObjectName(QStringLiteral("emptyOpenButton"));
    connect(m_emptyOpen, &QPushButton::clicked, this, &LogPanel::openWithDialog);
    m_emptySample = new QPushButton(page);
    m_emptySample->setObjectName(QStringLiteral("emptySampleButton"));
    connect(m_emptySample, &QPushButton::clicked, this, &LogPanel::loadSample);
    buttons->addWidget(m_emptyPaste);
    buttons->addWidget(m_emptyOpen);
    buttons->addWidget(m_emptySample);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return page;
}

void LogPanel::retranslateUi()
{
    m_openAction->setText(tr("&Open Log…"));
    m_openAction->setToolTip(tr("Open a log file (it is only read, never changed)"));
    m_recentMenu->setTitle(tr("Open &Recent Log"));
    m_encodingMenu->setTitle(tr("Reopen with &Encoding"));
    m_exportMenu->setTitle(tr("&Export Findings"));
    m_exportCsvAction->setText(tr("As &CSV…"));
    m_exportJsonAction->setText(tr("As &JSON…"));
    m_exportMarkdownAction->setText(tr("As Markdown &Report…"));
    m_exportMarkdownAction->setToolTip(
        tr("A report for a ticket: each code's meaning, likely causes, next steps and lines"));
    m_pasteAction->setText(tr("&Paste and Decode"));
    m_pasteAction->setToolTip(tr("Replace the text with the clipboard and find the codes in it"));
    m_nextAction->setText(tr("&Next Finding"));
    m_previousAction->setText(tr("Pre&vious Finding"));
    m_copySummaryAction->setText(tr("Copy &Summary as Markdown"));
    m_sampleAction->setText(tr("Show &Sample Log"));
    m_sampleAction->setToolTip(tr("Open a sample log that shows every form of code SSPI Lens finds"));
    m_cancelAction->setText(tr("Cancel"));
    m_cancelButton->setText(tr("Cancel"));
    m_infoClose->setToolTip(tr("Close"));
    m_detailTitle->setText(tr("Explanation"));
    m_detailClose->setToolTip(tr("Close the explanation"));

    m_emptyTitle->setText(tr("Paste a log to find and explain its SSPI codes"));
    m_emptyText->setText(tr("<p>Press <b>Ctrl+V</b> here, drop a file on this window or open one. Every "
                            "SSPI status code in the text is highlighted and explained, and listed "
                            "below with a summary you can paste into a ticket.</p>")
                         + formsHtml());
    m_emptyPaste->setText(tr("Paste and Decode"));
    m_emptyOpen->setText(tr("Open Log…"));
    m_emptySample->setText(tr("Try the Sample Log"));
    m_editor->setPlaceholderText(QString());

    m_findingsModel->retranslate();
    m_summaryModel->retranslate();
    rebuildRecentMenu();
    rebuildEncodingMenu();
    updateResultsPage();
    updateHeader();
}

// ------------------------------------------------------------------------------------------------
// Input

bool LogPanel::openFile(const QString &path, const QByteArray &encoding)
{
    const QFileInfo file(path);
    const QString name = file.fileName();
    if (!file.exists() || !file.isFile()) {
        showMessage(tr("“%1” does not exist or is not a file.").arg(QDir::toNativeSeparators(path)), true);
        return false;
    }
    if (file.size() > m_maximumFileSize) {
        const QLocale locale;
        showMessage(tr("“%1” is larger than %2, the most the log decoder opens. Decode it on the command "
                       "line instead: sspilens-cli decode \"%3\"")
                        .arg(name, locale.formattedDataSize(m_maximumFileSize), QDir::toNativeSeparators(path)),
                    true);
        emit statusMessage(tr("“%1” is too large for the log decoder").arg(name));
        return false;
    }
    QByteArray chosen = encoding;
    if (chosen.isEmpty()) {
        // A file opened before with an explicit encoding opens with it again.
        chosen = QSettings().value(settingsFileEncodings).toMap().value(file.absoluteFilePath()).toByteArray();
    }

    JobRequest request;
    request.kind = JobRequest::LoadFile;
    request.path = file.absoluteFilePath();
    request.encoding = chosen;
    request.label = name;
    request.maximumFileSize = m_maximumFileSize;
    request.fallbackEncoding = fallbackEncoding();
    if (file.size() >= m_backgroundThreshold) {
        startJob(std::move(request));
        return true;
    }

    QFile in(request.path);
    if (!in.open(QIODevice::ReadOnly)) {
        showMessage(tr("Cannot open “%1”: %2").arg(name, in.errorString()), true);
        return false;
    }
    const QByteArray bytes = in.readAll();
    DecodeInfo info;
    QString text = decodeText(bytes, &info, chosen);
    bool usedFallback = false;
    if (info.looksBinary && chosen.isEmpty() && info.invalidBytes) {
        // Not UTF-8 may still be text in a legacy code page.
        DecodeInfo legacy;
        QString legacyText = decodeText(bytes, &legacy, request.fallbackEncoding);
        if (!legacy.looksBinary) {
            text = std::move(legacyText);
            info = legacy;
            usedFallback = true;
        }
    }
    if (info.looksBinary) {
        showMessage(tr("“%1” does not look like a text log: it contains binary data. Nothing was opened; "
                       "the text shown is unchanged.")
                        .arg(name),
                    true);
        return false;
    }
    abandonJob();
    m_showingSample = false;
    m_sourcePath = request.path;
    m_requestedEncoding = chosen;
    m_decodeInfo = info;
    hideMessage();
    normaliseLineEnds(text);
    showTextNow(text);
    addRecentFile(m_sourcePath, chosen);
    if (usedFallback)
        showFallbackMessage(name, info.encoding);
    else if (info.invalidBytes) {
        const QByteArray suggestion =
            QSettings().value(settingsLastEncoding, QByteArrayLiteral("windows-1252")).toByteArray();
        showMessage(tr("Some bytes in “%1” are not valid %2 and are shown as \uFFFD. A log written by a "
                       "console in another language needs its encoding: File > Reopen with Encoding.")
                        .arg(name, encodingDisplayName(info.encoding)),
                    true, tr("Reopen as %1").arg(encodingDisplayName(suggestion)), suggestion);
    }
    emit statusMessage(tr("Opened %1").arg(name));
    return true;
}

bool LogPanel::reopenWithEncoding(const QByteArray &encoding)
{
    if (m_sourcePath.isEmpty())
        return false;
    if (!encoding.isEmpty())
        QSettings().setValue(settingsLastEncoding, encoding);
    // An explicit choice replaces the remembered one, and "detect" forgets it.
    QSettings settings;
    QVariantMap encodings = settings.value(settingsFileEncodings).toMap();
    if (encoding.isEmpty())
        encodings.remove(m_sourcePath);
    else
        encodings.insert(m_sourcePath, encoding);
    settings.setValue(settingsFileEncodings, encodings);
    return openFile(m_sourcePath, encoding);
}

void LogPanel::setLogText(const QString &text)
{
    m_showingSample = false;
    m_sourcePath.clear();
    m_requestedEncoding.clear();
    m_decodeInfo = DecodeInfo();
    hideMessage();
    if (text.size() >= m_backgroundThreshold) {
        m_rescanTimer->stop();
        JobRequest request;
        request.kind = JobRequest::LoadText;
        request.text = text;
        startJob(std::move(request));
        return;
    }
    abandonJob();
    QString normal = text;
    normaliseLineEnds(normal);
    showTextNow(normal);
}

void LogPanel::pasteAndDecode()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.isEmpty()) {
        emit statusMessage(tr("The clipboard holds no text to decode"));
        return;
    }
    setLogText(text);
    emit statusMessage(tr("Decoded the text from the clipboard"));
}

QString LogPanel::sampleLog()
{
    QFile file(QStringLiteral(":/samples/sample.log"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void LogPanel::loadSample()
{
    setLogText(sampleLog());
    m_showingSample = true;
    updateHeader();
    emit statusMessage(tr("Showing the sample log"));
}

void LogPanel::showTextNow(const QString &text)
{
    m_rescanTimer->stop();
    // The new text is not an edit: no rescan is scheduled for it, and undo cannot empty it.
    {
        const QSignalBlocker blocker(m_highlighter);
        QTextDocument *document = m_editor->document();
        document->setUndoRedoEnabled(false);
        m_editor->setPlainText(text);
        document->setUndoRedoEnabled(true);
    }
    m_editor->setReadOnly(false);
    ++m_editRevision;
    m_lineCount = m_editor->document()->blockCount();
    m_hasText = !text.isEmpty();
    const FindingList findings = std::make_shared<const std::vector<Finding>>(m_scanner->scan(text));
    m_scanIncomplete = false;
    applyFindings(findings, SummaryModel::buildRows(*findings, sourceName()));
    emit textLoaded();
}

void LogPanel::scanNow()
{
    const QString text = m_editor->toPlainText();
    const FindingList findings = std::make_shared<const std::vector<Finding>>(m_scanner->scan(text));
    m_scanIncomplete = false;
    applyFindings(findings, SummaryModel::buildRows(*findings, sourceName()));
}

void LogPanel::onTextEdited()
{
    ++m_editRevision;
    m_hasText = !m_editor->document()->isEmpty();
    m_lineCount = m_editor->document()->blockCount();
    m_rescanTimer->start();
}

void LogPanel::rescan()
{
    if (m_editor->document()->characterCount() < m_backgroundThreshold) {
        scanNow();
        return;
    }
    JobRequest request;
    request.kind = JobRequest::Rescan;
    request.text = m_editor->toPlainText();
    request.label = sourceName();
    request.revision = m_editRevision;
    startJob(std::move(request));
}

// ------------------------------------------------------------------------------------------------
// Jobs

void LogPanel::setBackgroundThreshold(qsizetype size)
{
    m_backgroundThreshold = std::max<qsizetype>(size, 1);
    m_editor->setLargeTextThreshold(m_backgroundThreshold);
}

void LogPanel::startJob(JobRequest request)
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    request.font = m_editor->font();
    request.maximumFileSize = m_maximumFileSize;
    request.readOnlyThreshold = m_readOnlyThreshold;
    if (request.label.isEmpty())
        request.label = request.kind == JobRequest::LoadFile ? QFileInfo(request.path).fileName() : sourceName();
    const quint64 id = ++m_jobId;
    const bool wasBusy = isBusy();

    auto *watcher = new QFutureWatcher<JobResult>(this);
    m_job = watcher;
    // A job that was replaced or abandoned keeps running until it notices; it reports nothing.
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, watcher](int value) {
        if (m_job == watcher)
            m_progress->setValue(value);
    });
    connect(watcher, &QFutureWatcherBase::progressTextChanged, this, [this, watcher](const QString &text) {
        if (m_job == watcher)
            m_infoLabel->setText(text);
    });
    connect(watcher, &QFutureWatcherBase::resultReadyAt, this, [this, watcher, id](int index) {
        const JobResult result = watcher->resultAt(index);
        if (id == m_jobId && result.partial)
            applyEarlyFindings(result.findings, result.rows);
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id] {
        const int count = watcher->future().resultCount();
        const JobResult result = count > 0 ? watcher->resultAt(count - 1) : JobResult();
        // Taken: the destructor must not find it again and delete a document now in use.
        watcher->setParent(nullptr);
        watcher->deleteLater();
        if (id != m_jobId) {
            // Replaced by a newer job: only its document needs to go.
            delete result.document;
            return;
        }
        m_job = nullptr;
        setProgressVisible(false);
        finishJob(result);
        emit busyChanged(false);
    });

    const QString label = request.label;
    const JobRequest::Kind kind = request.kind;
    watcher->setFuture(QtConcurrent::run(m_pool, runJob, m_scanner.get(), m_pool, std::move(request), m_cancel,
                                         QThread::currentThread()));
    m_progress->setValue(0);
    if (kind == JobRequest::LoadFile)
        showMessage(tr("Opening “%1”…").arg(label), false);
    else if (kind == JobRequest::LoadText)
        showMessage(tr("Decoding the pasted text…"), false);
    else
        showMessage(tr("Scanning…"), false);
    setProgressVisible(true);
    if (!wasBusy)
        emit busyChanged(true);
    updateActions();
}

void LogPanel::abandonJob()
{
    if (!m_job)
        return;
    if (m_cancel)
        m_cancel->store(true);
    // Its result, when it comes, is dropped (see startJob()).
    ++m_jobId;
    dropEarlyFindings();
    m_job = nullptr;
    setProgressVisible(false);
    emit busyChanged(false);
    updateActions();
}

void LogPanel::cancel()
{
    if (!m_job)
        return;
    if (m_cancel)
        m_cancel->store(true);
    m_cancelButton->setEnabled(false);
}

void LogPanel::finishJob(const JobResult &result)
{
    const QString name = QFileInfo(result.path).fileName();
    if (result.status != JobResult::Ok)
        dropEarlyFindings();
    switch (result.status) {
    case JobResult::Cancelled:
        if (result.kind == JobRequest::LoadFile)
            showMessage(tr("Opening “%1” was cancelled; the text shown is unchanged.").arg(name), false);
        else if (result.kind == JobRequest::LoadText)
            showMessage(tr("Decoding was cancelled; the text shown is unchanged."), false);
        else
            showMessage(tr("The scan was cancelled; the findings may be out of date."), false);
        updateActions();
        return;
    case JobResult::TooLarge:
        showMessage(tr("“%1” is too large for the log decoder. Decode it on the command line instead: "
                       "sspilens-cli decode \"%2\"")
                        .arg(name, QDir::toNativeSeparators(result.path)),
                    true);
        updateActions();
        return;
    case JobResult::Binary:
        showMessage(tr("“%1” does not look like a text log: it contains binary data. Nothing was opened; "
                       "the text shown is unchanged.")
                        .arg(name),
                    true);
        updateActions();
        return;
    case JobResult::Unreadable:
        showMessage(tr("Cannot open “%1”: %2").arg(name, result.error), true);
        updateActions();
        return;
    case JobResult::Ok: break;
    }

    if (result.kind == JobRequest::Rescan) {
        // Edited again while it ran: the next rescan is already scheduled.
        if (result.revision != m_editRevision)
            return;
        hideMessage();
        m_scanIncomplete = result.incomplete;
        applyFindings(result.findings, result.rows);
        return;
    }

    hideMessage();
    if (result.kind == JobRequest::LoadFile) {
        m_showingSample = false;
        m_sourcePath = result.path;
        m_requestedEncoding = result.encoding;
        m_decodeInfo = result.info;
        addRecentFile(m_sourcePath, result.encoding);
    }
    m_rescanTimer->stop();
    ++m_editRevision;
    m_scanIncomplete = false;
    const bool listed = m_documentPending && m_findings == result.findings;
    const int pending = m_pendingFinding;
    installDocument(result.document, result.readOnly);
    if (listed) {
        m_documentPending = false;
        m_pendingFinding = -1;
        m_previousFindings.reset();
        m_previousRows.clear();
        refreshViews();
    } else {
        applyFindings(result.findings, result.rows, true);
    }
    if (pending >= 0)
        goToFinding(pending);
    emit textLoaded();
    if (result.readOnly)
        showMessage(tr("This log is large, so it opened read-only: every edit would mean scanning it again."), false);
    if (result.kind == JobRequest::LoadFile && result.usedFallback)
        showFallbackMessage(name, result.info.encoding);
    else if (result.kind == JobRequest::LoadFile && result.info.invalidBytes) {
        const QByteArray suggestion =
            QSettings().value(settingsLastEncoding, QByteArrayLiteral("windows-1252")).toByteArray();
        showMessage(tr("Some bytes in “%1” are not valid %2 and are shown as \uFFFD. A log written by a "
                       "console in another language needs its encoding: File > Reopen with Encoding.")
                        .arg(name, encodingDisplayName(result.info.encoding)),
                    true, tr("Reopen as %1").arg(encodingDisplayName(suggestion)), suggestion);
    }
    if (result.kind == JobRequest::LoadFile)
        emit statusMessage(tr("Opened %1").arg(name));
}

void LogPanel::installDocument(QTextDocument *document, bool readOnly)
{
    QTextDocument *old = m_editor->document();
    // The editor deletes the document it made itself; the ones built here are ours to delete.
    const bool ours = old && old != document && old->parent() == m_editor;
    document->setParent(m_editor);
    m_editor->setDocument(document);
    m_editor->setReadOnly(readOnly);
    if (!readOnly)
        document->setUndoRedoEnabled(true);
    if (ours)
        delete old;
    m_highlighter = document->findChild<LogHighlighter *>(QString(), Qt::FindDirectChildrenOnly);
    m_highlighter->setPalette(m_editor->palette());
    connect(m_highlighter, &LogHighlighter::textEdited, this, &LogPanel::onTextEdited);
    m_lineCount = document->blockCount();
    m_hasText = !document->isEmpty();
    m_editor->updateEmptyState();
}

void LogPanel::applyFindings(FindingList findings, std::vector<SummaryModel::Row> rows, bool spansInstalled)
{
    m_documentPending = false;
    m_pendingFinding = -1;
    m_previousFindings.reset();
    m_previousRows.clear();
    m_findings = findings ? std::move(findings) : std::make_shared<const std::vector<Finding>>();
    // A load hands the spans to the new document's highlighter on the worker already.
    if (!spansInstalled)
        m_highlighter->setFindings(m_findings);
    m_findingsModel->setFindings(m_findings);
    m_summaryModel->setRows(std::move(rows));
    refreshViews();
    emit scanFinished();
}

void LogPanel::applyEarlyFindings(FindingList findings, std::vector<SummaryModel::Row> rows)
{
    m_previousFindings = m_findings;
    m_previousRows = m_summaryModel->rows();
    m_documentPending = true;
    m_findings = std::move(findings);
    m_findingsModel->setFindings(m_findings);
    m_summaryModel->setRows(std::move(rows));
    refreshViews();
    emit scanFinished();
}

void LogPanel::dropEarlyFindings()
{
    if (!m_documentPending)
        return;
    // The load did not finish: the text shown is the old one, and so are its findings.
    m_documentPending = false;
    m_pendingFinding = -1;
    m_findings = m_previousFindings ? m_previousFindings : std::make_shared<const std::vector<Finding>>();
    m_findingsModel->setFindings(m_findings);
    m_summaryModel->setRows(std::move(m_previousRows));
    m_previousFindings.reset();
    m_previousRows.clear();
    refreshViews();
}

void LogPanel::refreshViews()
{
    m_editor->viewport()->update();
    updateResultsPage();
    updateHeader();
    updateActions();
}

// ------------------------------------------------------------------------------------------------
// Navigation and explanation

int LogPanel::findingAtPosition(int position) const
{
    if (!m_highlighter || m_documentPending)
        return -1;
    const int index = m_highlighter->findingAt(position);
    // A click or hover on the right half of a span's last character lands just after it.
    return index >= 0 ? index : (position > 0 ? m_highlighter->findingAt(position - 1) : -1);
}

QString LogPanel::toolTipAt(int position) const
{
    const int index = findingAtPosition(position);
    if (index < 0 || static_cast<size_t>(index) >= m_findings->size())
        return {};
    const Finding &f = (*m_findings)[static_cast<size_t>(index)];
    return tr("<b>%1</b> (%2)<br>%3<br><i>Double-click for the full explanation.</i>")
        .arg(FindingsModel::symbolText(f).toHtmlEscaped(), formatHex(f.value),
             FindingsModel::meaningText(f).toHtmlEscaped());
}

bool LogPanel::goToFinding(int index)
{
    if (m_documentPending) {
        if (index < 0 || static_cast<size_t>(index) >= m_findings->size())
            return false;
        m_pendingFinding = index;
        emit statusMessage(tr("The text is still being laid out; the finding is shown when it is ready"));
        return true;
    }
    if (!m_highlighter || index < 0 || index >= m_highlighter->spanCount())
        return false;
    const LogHighlighter::Span span = m_highlighter->span(index);
    if (span.length == 0)
        return false;
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(static_cast<int>(span.start));
    cursor.setPosition(static_cast<int>(span.start + span.length), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();
    revealSelection();
    selectFindingRow(index);
    if (static_cast<size_t>(index) < m_findings->size()) {
        const Finding &f = (*m_findings)[static_cast<size_t>(index)];
        emit statusMessage(tr("Finding %1 of %2, line %3: %4")
                               .arg(index + 1)
                               .arg(m_findings->size())
                               .arg(f.line)
                               .arg(FindingsModel::describe(f)));
    }
    return true;
}

void LogPanel::revealSelection()
{
    // QPlainTextEdit scrolls only as far as the cursor (the end of the selection); a code far
    // to the right of a long line should be read from its start.
    const QTextCursor cursor = m_editor->textCursor();
    QTextCursor start(cursor);
    start.setPosition(cursor.selectionStart());
    QTextCursor end(cursor);
    end.setPosition(cursor.selectionEnd());
    const int width = m_editor->viewport()->width();
    const QRect from = m_editor->cursorRect(start);
    const QRect to = m_editor->cursorRect(end);
    if (from.left() >= 0 && to.right() <= width)
        return;
    QScrollBar *bar = m_editor->horizontalScrollBar();
    bar->setValue(bar->value() + from.left() - width / 4);
}

int LogPanel::currentFinding() const
{
    const QTextCursor cursor = m_editor->textCursor();
    const int index = m_highlighter ? m_highlighter->findingAt(cursor.selectionStart()) : -1;
    if (index < 0)
        return -1;
    const LogHighlighter::Span span = m_highlighter->span(index);
    return span.start == cursor.selectionStart() && span.start + span.length == cursor.selectionEnd() ? index : -1;
}

void LogPanel::nextFinding()
{
    if (m_documentPending)
        return;
    const QTextCursor cursor = m_editor->textCursor();
    // Without a selection a finding that starts at the cursor counts as the next one.
    const qint64 from = cursor.hasSelection() ? cursor.selectionStart() : qint64(cursor.position()) - 1;
    const int index = m_highlighter->nextFinding(from);
    if (index < 0) {
        emit statusMessage(tr("No findings to go to"));
        return;
    }
    const bool wrapped = m_highlighter->span(index).start <= from;
    goToFinding(index);
    if (wrapped)
        emit statusMessage(tr("Continued from the first finding"));
}

void LogPanel::previousFinding()
{
    if (m_documentPending)
        return;
    const QTextCursor cursor = m_editor->textCursor();
    const qint64 from = cursor.hasSelection() ? cursor.selectionStart() : cursor.position();
    const int index = m_highlighter->previousFinding(from);
    if (index < 0) {
        emit statusMessage(tr("No findings to go to"));
        return;
    }
    const bool wrapped = m_highlighter->span(index).start >= from;
    goToFinding(index);
    if (wrapped)
        emit statusMessage(tr("Continued from the last finding"));
}

void LogPanel::selectFindingRow(int index)
{
    const QModelIndex source = m_findingsModel->index(index, 0);
    const QModelIndex proxy = m_findingsProxy->mapFromSource(source);
    if (!proxy.isValid())
        return;
    m_syncingSelection = true;
    m_findingsView->selectionModel()->setCurrentIndex(proxy,
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_findingsView->scrollTo(proxy);
    m_syncingSelection = false;
}

void LogPanel::onFindingActivated(const QModelIndex &proxyIndex)
{
    if (m_syncingSelection || !proxyIndex.isValid())
        return;
    const int index = proxyIndex.data(FindingsModel::FindingIndexRole).toInt();
    m_syncingSelection = true;
    goToFinding(index);
    m_syncingSelection = false;
}

void LogPanel::onSummaryActivated(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const int first = proxyIndex.data(SummaryModel::FirstFindingRole).toInt();
    if (first >= 0)
        goToFinding(first);
}

void LogPanel::explainFinding(int index)
{
    if (index < 0 || static_cast<size_t>(index) >= m_findings->size())
        return;
    const Finding &f = (*m_findings)[static_cast<size_t>(index)];
    if (!f.code) {
        emit statusMessage(
            tr("%1 is in the SSPI block, but no winerror.h macro has this value").arg(formatHex(f.value)));
        return;
    }
    explainCode(f.code);
}

void LogPanel::explainCode(const StatusCode *code)
{
    if (!code)
        return;
    m_detail->showCode(code);
    if (!m_detailPane->isVisible()) {
        m_detailPane->show();
        const int width = m_textSplitter->width();
        m_textSplitter->setSizes({width * 3 / 5, width * 2 / 5});
        // The text got narrower: keep the selected finding in view once the splitter settled.
        QTimer::singleShot(0, this, &LogPanel::revealSelection);
    }
}

void LogPanel::addExplainAction(QMenu *menu, int findingIndex)
{
    if (findingIndex < 0 || static_cast<size_t>(findingIndex) >= m_findings->size())
        return;
    const Finding &f = (*m_findings)[static_cast<size_t>(findingIndex)];
    QAction *before = menu->actions().isEmpty() ? nullptr : menu->actions().constFirst();
    auto *explain = new QAction(tr("&Explain %1").arg(FindingsModel::symbolText(f)), menu);
    explain->setObjectName(QStringLiteral("explainFindingAction"));
    explain->setEnabled(f.code != nullptr);
    connect(explain, &QAction::triggered, this, [this, findingIndex] {
        goToFinding(findingIndex);
        explainFinding(findingIndex);
    });
    menu->insertAction(before, explain);
    if (f.code) {
        const quint32 value = f.value;
        auto *library = new QAction(tr("Show in the Code &Library"), menu);
        library->setObjectName(QStringLiteral("showInLibraryAction"));
        connect(library, &QAction::triggered, this, [this, value] { emit codeActivated(value); });
        menu->insertAction(before, library);
    }
    if (before)
        menu->insertSeparator(before);
}

void LogPanel::showFindingsContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_findingsView->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    addExplainAction(&menu, index.data(FindingsModel::FindingIndexRole).toInt());
    menu.addAction(m_copySummaryAction);
    menu.addMenu(m_exportMenu);
    menu.exec(m_findingsView->viewport()->mapToGlobal(pos));
}

void LogPanel::showSummaryContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_summaryView->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    addExplainAction(&menu, index.data(SummaryModel::FirstFindingRole).toInt());
    menu.addAction(m_copySummaryAction);
    menu.addMenu(m_exportMenu);
    menu.exec(m_summaryView->viewport()->mapToGlobal(pos));
}

// ------------------------------------------------------------------------------------------------
// Export

QString LogPanel::sourceName() const
{
    return m_sourcePath.isEmpty() ? QString() : QFileInfo(m_sourcePath).fileName();
}

bool LogPanel::exportFindings(const QString &path, ExportFormat format, QString *error) const
{
    ReportFormat reportFormat = ReportFormat::Csv;
    switch (format) {
    case ExportFormat::Csv: reportFormat = ReportFormat::Csv; break;
    case ExportFormat::Json: reportFormat = ReportFormat::Json; break;
    case ExportFormat::Markdown: reportFormat = ReportFormat::Markdown; break;
    }
    // QSaveFile writes next to the target and renames at the end: a failed export leaves any
    // earlier file intact.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (!writeReport(&file, reportFormat, *m_findings, sourceName())) {
        if (error)
            *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

QString LogPanel::summaryMarkdown() const
{
    ReportSummary summary;
    const QString file = sourceName();
    summary.addFile(file);
    for (const Finding &f : *m_findings)
        summary.add(f, file);
    return markdownSummary(summary);
}

void LogPanel::copySummaryMarkdown()
{
    QGuiApplication::clipboard()->setText(summaryMarkdown());
    emit statusMessage(tr("Copied the summary of %n finding(s) as Markdown", nullptr,
                          clampToInt(static_cast<qint64>(m_findings->size()))));
}

void LogPanel::exportWithDialog(ExportFormat format)
{
    QString suffix;
    QString filter;
    switch (format) {
    case ExportFormat::Csv:
        suffix = QStringLiteral("csv");
        filter = tr("CSV files (*.csv)");
        break;
    case ExportFormat::Json:
        suffix = QStringLiteral("json");
        filter = tr("JSON files (*.json)");
        break;
    case ExportFormat::Markdown:
        suffix = QStringLiteral("md");
        filter = tr("Markdown files (*.md)");
        break;
    }
    QSettings settings;
    const QString dir =
        settings
            .value(settingsLastDir, m_sourcePath.isEmpty()
                                        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                        : QFileInfo(m_sourcePath).absolutePath())
            .toString();
    const QString base = m_sourcePath.isEmpty() ? tr("sspi-findings")
                                                : QFileInfo(m_sourcePath).completeBaseName() + QStringLiteral("-sspi");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Findings"),
                                                      QDir(dir).filePath(base + QLatin1Char('.') + suffix), filter);
    if (path.isEmpty())
        return;
    settings.setValue(settingsLastDir, QFileInfo(path).absolutePath());
    QString error;
    if (!exportFindings(path, format, &error)) {
        QMessageBox::warning(this, tr("Export Findings"),
                             tr("Could not write “%1”: %2").arg(QDir::toNativeSeparators(path), error));
        return;
    }
    emit statusMessage(tr("Exported %n finding(s) to %1", nullptr, clampToInt(static_cast<qint64>(m_findings->size())))
                           .arg(QDir::toNativeSeparators(path)));
}

// ------------------------------------------------------------------------------------------------
// Files and encodings

void LogPanel::openWithDialog()
{
    QSettings settings;
    const QString dir = settings.value(settingsLastDir, QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Log"), dir, tr("Logs and text (*.log *.txt *.csv *.json *.xml *.evtx.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(settingsLastDir, QFileInfo(path).absolutePath());
    openFile(path);
}

QStringList LogPanel::recentFiles() const
{
    return QSettings().value(settingsRecent).toStringList();
}

void LogPanel::addRecentFile(const QString &path, const QByteArray &encoding)
{
    Q_UNUSED(encoding)
    QSettings settings;
    QStringList recent = settings.value(settingsRecent).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecentFiles)
        recent.removeLast();
    settings.setValue(settingsRecent, recent);
    rebuildRecentMenu();
    rebuildEncodingMenu();
}

void LogPanel::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentFiles();
    int n = 0;
    for (const QString &path : recent) {
        ++n;
        // "&1 name" gives the first nine entries a keyboard accelerator.
        const QString text = n < 10 ? tr("&%1 %2").arg(n).arg(QFileInfo(path).fileName()) : QFileInfo(path).fileName();
        QAction *action = m_recentMenu->addAction(text, this, [this, path] { openFile(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [this] {
            QSettings().remove(settingsRecent);
            rebuildRecentMenu();
        });
    }
    m_recentMenu->menuAction()->setEnabled(!recent.isEmpty());
}

QString LogPanel::encodingDisplayName(const QByteArray &encoding) const
{
    for (const TextEncoding &e : selectableEncodings()) {
        if (QString::fromLatin1(e.name).compare(QString::fromLatin1(encoding), Qt::CaseInsensitive) == 0)
            return e.displayName;
    }
    return encoding.isEmpty() ? tr("the detected encoding") : QString::fromLatin1(encoding);
}

void LogPanel::rebuildEncodingMenu()
{
    m_encodingMenu->clear();
    for (QAction *action : m_encodingGroup->actions())
        m_encodingGroup->removeAction(action);
    QAction *detect = m_encodingMenu->addAction(tr("&Detect Automatically"));
    detect->setObjectName(QStringLiteral("encoding_detect"));
    detect->setCheckable(true);
    detect->setChecked(m_requestedEncoding.isEmpty());
    m_encodingGroup->addAction(detect);
    connect(detect, &QAction::triggered, this, [this] { reopenWithEncoding({}); });
    m_encodingMenu->addSeparator();
    for (const TextEncoding &e : selectableEncodings()) {
        QAction *action = m_encodingMenu->addAction(e.displayName);
        action->setObjectName(QStringLiteral("encoding_") + QString::fromLatin1(e.name));
        action->setData(e.name);
        action->setCheckable(true);
        action->setChecked(
            !m_requestedEncoding.isEmpty()
            && QString::fromLatin1(m_requestedEncoding).compare(QString::fromLatin1(e.name), Qt::CaseInsensitive) == 0);
        m_encodingGroup->addAction(action);
        const QByteArray name = e.name;
        connect(action, &QAction::triggered, this, [this, name] { reopenWithEncoding(name); });
    }
    m_encodingMenu->menuAction()->setEnabled(!m_sourcePath.isEmpty());
}

// ------------------------------------------------------------------------------------------------
// State shown

QList<QAction *> LogPanel::fileActions() const
{
    return {m_openAction, m_recentMenu->menuAction(), m_encodingMenu->menuAction(), m_exportMenu->menuAction()};
}

QList<QAction *> LogPanel::editActions() const
{
    return {m_pasteAction, m_nextAction, m_previousAction, m_copySummaryAction};
}

void LogPanel::updateActions()
{
    const bool haveFindings = !m_findings->empty();
    m_nextAction->setEnabled(haveFindings);
    m_previousAction->setEnabled(haveFindings);
    m_copySummaryAction->setEnabled(m_hasText);
    m_exportMenu->menuAction()->setEnabled(m_hasText);
    m_encodingMenu->menuAction()->setEnabled(!m_sourcePath.isEmpty());
    m_cancelAction->setEnabled(isBusy());
    m_cancelButton->setEnabled(isBusy());
}

void LogPanel::updateHeader()
{
    if (!m_hasText) {
        m_sourceLabel->setText(tr("No log yet"));
        return;
    }
    const int lines = clampToInt(m_lineCount);
    QString text;
    if (m_showingSample)
        text = tr("Sample log · %n line(s)", nullptr, lines);
    else if (m_sourcePath.isEmpty())
        text = tr("Pasted text · %n line(s)", nullptr, lines);
    else
        text = tr("%1 · %2 · %n line(s)", nullptr, lines)
                   .arg(QFileInfo(m_sourcePath).fileName(), encodingDisplayName(m_decodeInfo.encoding));
    m_sourceLabel->setText(text);
    m_sourceLabel->setToolTip(m_sourcePath.isEmpty() ? QString() : QDir::toNativeSeparators(m_sourcePath));
}

void LogPanel::updateResultsPage()
{
    const int findings = clampToInt(static_cast<qint64>(m_findings->size()));
    const int codes = clampToInt(static_cast<qint64>(m_summaryModel->rows().size()));
    m_resultTabs->setTabText(0, tr("Findings (%n)", nullptr, findings));
    m_resultTabs->setTabText(1, tr("Summary (%n code(s))", nullptr, codes));
    if (findings > 0) {
        m_findingsStack->setCurrentWidget(m_findingsView);
        return;
    }
    if (m_hasText)
        m_noFindingsLabel->setText(tr("<h3>No SSPI status codes found</h3><p>All %n line(s) were checked.</p>", nullptr,
                                      clampToInt(m_lineCount))
                                   + formsHtml());
    else
        m_noFindingsLabel->setText(tr("<p>Findings appear here as soon as there is a log to decode.</p>"));
    m_findingsStack->setCurrentWidget(m_noFindingsLabel);
}

QString LogPanel::message() const
{
    return m_infoBar->isHidden() ? QString() : m_infoLabel->text();
}

void LogPanel::showMessage(const QString &text, bool warning, const QString &buttonText,
                           const QByteArray &buttonEncoding)
{
    QPalette palette = m_infoBar->palette();
    const QColor window = this->palette().color(QPalette::Window);
    const QColor tint = this->palette().color(warning ? QPalette::Link : QPalette::Highlight);
    palette.setColor(QPalette::Window, LogHighlighter::blend(window, tint, warning ? 0.22 : 0.12));
    m_infoBar->setPalette(palette);
    m_infoLabel->setText(text);
    m_infoButton->setVisible(!buttonText.isEmpty());
    m_infoButton->setText(buttonText);
    m_infoButtonEncoding = buttonEncoding;
    setProgressVisible(isBusy());
    m_infoBar->show();
}

void LogPanel::showFallbackMessage(const QString &name, const QByteArray &encoding)
{
    showMessage(tr("“%1” is not UTF-8 or UTF-16 text, so it was decoded as %2. If the text looks wrong, "
                   "choose its encoding in File > Reopen with Encoding.")
                    .arg(name, encodingDisplayName(encoding)),
                false);
}

void LogPanel::hideMessage()
{
    if (isBusy())
        return;
    m_infoBar->hide();
    m_infoLabel->clear();
}

void LogPanel::setProgressVisible(bool visible)
{
    m_progress->setVisible(visible);
    m_cancelButton->setVisible(visible);
    m_cancelButton->setEnabled(visible);
    m_infoClose->setVisible(!visible);
    if (!visible && m_infoLabel->text().isEmpty())
        m_infoBar->hide();
}

// ------------------------------------------------------------------------------------------------
// Events

void LogPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::PaletteChange) {
        if (m_highlighter) {
            m_highlighter->setPalette(m_editor->palette());
            m_editor->viewport()->update();
        }
    }
    QWidget::changeEvent(event);
}

void LogPanel::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if ((mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().constFirst().isLocalFile()) || mime->hasText())
        event->acceptProposedAction();
}

void LogPanel::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls()) {
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile()) {
                event->acceptProposedAction();
                openFile(url.toLocalFile());
                return;
            }
        }
    }
    if (mime->hasText()) {
        event->acceptProposedAction();
        setLogText(mime->text());
    }
}
