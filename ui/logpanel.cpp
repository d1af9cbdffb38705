// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "logpanel.h"

#include "codedetailview.h"
#include "events.h"
#include "eventsview.h"
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
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
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
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <functional>
#include <utility>

#include "logpanel_p.h"

using namespace sspilens;
using namespace logpanel;

namespace {

/// A loaded text goes into the editor in slices, as many per turn of the event loop as fit in
/// feedSliceMs; each is sized by how fast the last ones went in (a log of short lines costs far
/// more per character than one of long lines: QTextDocument's cost is per line).
constexpr qint64 feedSliceNs = 12'000'000;
/// While the end of the text is on screen, the next paint lays out and draws what is appended:
/// only a little goes in before it.
constexpr qint64 visibleFeedSliceNs = 1'000'000;
constexpr qsizetype minFeedChars = 1 << 10;
constexpr qsizetype maxFeedChars = 1 << 20;

} // namespace

// ------------------------------------------------------------------------------------------------

LogPanel::LogPanel(QWidget *parent) : QWidget(parent), m_findings(std::make_shared<const std::vector<Finding>>())
{
    setObjectName(QStringLiteral("logPanel"));
    m_loader = new LogLoader(this);
    // A job that was replaced or abandoned reports nothing (see LogLoader::start()).
    connect(m_loader, &LogLoader::progressChanged, this, [this](int value) { m_progress->setValue(value); });
    connect(m_loader, &LogLoader::progressTextChanged, this,
            [this](const QString &text) { m_infoLabel->setText(text); });
    connect(m_loader, &LogLoader::finished, this, [this](const LogLoader::Result &result) {
        setProgressVisible(false);
        finishJob(result);
        updateBusy();
    });
    m_rescanTimer = new QTimer(this);
    m_rescanTimer->setSingleShot(true);
    m_rescanTimer->setInterval(RescanDelayMs);
    connect(m_rescanTimer, &QTimer::timeout, this, &LogPanel::rescan);
    // Fires on every turn of the event loop while a loaded text goes into the editor.
    m_feedTimer = new QTimer(this);
    m_feedTimer->setInterval(0);
    connect(m_feedTimer, &QTimer::timeout, this, &LogPanel::feedSlice);

    createActions();
    createWidgets();
    setAcceptDrops(true);
    retranslateUi();
    rebuildRecentMenu();
    rebuildEncodingMenu();
    updateResultsPage();
    updateActions();
}

LogPanel::~LogPanel() = default;

// ------------------------------------------------------------------------------------------------
// Input

bool LogPanel::openFile(const QString &path, const QByteArray &encoding)
{
    const QFileInfo file(path);
    const QString name = file.fileName().isEmpty() ? QDir::toNativeSeparators(path) : file.fileName();
    const auto refuse = [this](const QString &message) {
        showMessage(message, true);
        return false;
    };
    if (!file.exists())
        return refuse(tr("“%1” does not exist.").arg(QDir::toNativeSeparators(path)));
    if (file.isDir())
        return refuse(
            tr("“%1” is a folder, not a file. Open a log file in it instead.").arg(QDir::toNativeSeparators(path)));
#ifndef Q_OS_UNIX
    if (!file.isFile())
        return refuse(
            tr("“%1” is not a regular file; the log decoder opens files only.").arg(QDir::toNativeSeparators(path)));
#endif
    if (file.isFile() && file.size() > m_maximumFileSize) {
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

    LogLoader::Request request = makeRequest(LogLoader::Request::LoadFile);
    request.path = file.absoluteFilePath();
    request.options.encoding = chosen;
    request.options.fallbackEncoding = fallbackEncoding();
    request.label = name;
    // A size of 0 is also what devices, pipes and /proc report: only reading tells.
    if (!file.isFile() || file.size() == 0 || file.size() >= m_backgroundThreshold) {
        startJob(std::move(request));
        return true;
    }
    const LogLoader::Result result = m_loader->load(std::move(request));
    if (result.read.status == LogReadResult::Status::Ok && !result.read.has(LogWarning::Empty))
        abandonJob();
    return takeResult(result);
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
    m_rescanTimer->stop();
    LogLoader::Request request = makeRequest(LogLoader::Request::LoadText);
    request.text = text;
    if (text.size() >= m_backgroundThreshold) {
        startJob(std::move(request));
        return;
    }
    abandonJob();
    takeResult(m_loader->load(std::move(request)));
}

void LogPanel::pasteAndDecode()
{
    const QClipboard *clipboard = QGuiApplication::clipboard();
    const QString text = clipboard->text();
    if (text.isEmpty()) {
        const QMimeData *mime = clipboard->mimeData();
        const QString message = mime && mime->hasImage()
                                    ? tr("The clipboard holds an image, not text: there is nothing to decode")
                                    : tr("The clipboard holds no text to decode");
        showMessage(message, false);
        emit statusMessage(message);
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

void LogPanel::scanNow()
{
    LogLoader::Request request = makeRequest(LogLoader::Request::Rescan);
    request.text = m_editor->toPlainText();
    LogLoader::Result result = m_loader->load(std::move(request));
    m_scanIncomplete = false;
    applyFindings(std::move(result.findings), std::move(result.rows));
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
    LogLoader::Request request = makeRequest(LogLoader::Request::Rescan);
    request.text = m_editor->toPlainText();
    request.revision = m_editRevision;
    startJob(std::move(request));
}

void LogPanel::setExtraMessages(const std::vector<ExtraMessage> &messages)
{
    m_loader->setExtraMessages(messages);
    if (!m_hasText || isBusy())
        return;
    // The editor does not hold the cut part of long lines: read the file again.
    if (m_cutLineCount > 0 && !m_sourcePath.isEmpty())
        openFile(m_sourcePath, m_requestedEncoding);
    else
        rescan();
}

// ------------------------------------------------------------------------------------------------
// Jobs

void LogPanel::setBackgroundThreshold(qsizetype size)
{
    m_backgroundThreshold = std::max<qsizetype>(size, 1);
    m_editor->setLargeTextThreshold(m_backgroundThreshold);
}

LogLoader::Request LogPanel::makeRequest(LogLoader::Request::Kind kind) const
{
    LogLoader::Request request;
    request.kind = kind;
    request.label = sourceName();
    request.lineLimit = m_displayLineLimit;
    request.options.maximumBytes = m_maximumFileSize;
    request.options.opener = m_fileOpener;
    return request;
}

void LogPanel::startJob(LogLoader::Request request)
{
    const LogLoader::Request::Kind kind = request.kind;
    const QString label = request.label;
    m_loader->start(std::move(request));
    if (m_feed)
        m_feed->ownsInfoBar = false;
    m_progress->setValue(0);
    if (kind == LogLoader::Request::LoadFile)
        showMessage(tr("Opening “%1”…").arg(label), false);
    else if (kind == LogLoader::Request::LoadText)
        showMessage(tr("Decoding the pasted text…"), false);
    else
        showMessage(tr("Scanning…"), false);
    setProgressVisible(true);
    updateBusy();
}

void LogPanel::abandonJob()
{
    if (!m_loader->isRunning())
        return;
    m_loader->abandon();
    setProgressVisible(false);
    updateBusy();
}

void LogPanel::cancel()
{
    if (!m_loader->isRunning())
        return;
    m_loader->cancel();
    m_cancelButton->setEnabled(false);
}

void LogPanel::updateBusy()
{
    const bool busy = isBusy();
    if (busy != m_busy) {
        m_busy = busy;
        emit busyChanged(busy);
    }
    updateActions();
}

void LogPanel::finishJob(const LogLoader::Result &result)
{
    if (result.kind == LogLoader::Request::Rescan) {
        if (result.cancelled()) {
            showMessage(tr("The scan was cancelled; the findings may be out of date."), false);
            return;
        }
        // Edited again while it ran: the next rescan is already scheduled.
        if (result.revision != m_editRevision)
            return;
        hideMessage();
        m_scanIncomplete = false;
        applyFindings(result.findings, result.rows);
        return;
    }
    takeResult(result);
}

bool LogPanel::takeResult(const LogLoader::Result &result)
{
    const QString name = QFileInfo(result.path).fileName();
    const LogReadResult &read = result.read;
    const LogNote *refusal = read.notes.empty() ? nullptr : &read.notes.back();
    switch (read.status) {
    case LogReadResult::Status::Cancelled:
    case LogReadResult::Status::Stopped:
        if (result.kind == LogLoader::Request::LoadFile)
            showMessage(tr("Opening “%1” was cancelled; the text shown is unchanged.").arg(name), false);
        else
            showMessage(tr("Decoding was cancelled; the text shown is unchanged."), false);
        return false;
    case LogReadResult::Status::Failed:
        showMessage(tr("Reading “%1” failed: %2. The text shown is unchanged.")
                        .arg(name, read.note(LogWarning::ReadFailed)->detail),
                    true);
        return false;
    case LogReadResult::Status::Refused:
        switch (refusal ? refusal->warning : LogWarning::CannotOpen) {
        case LogWarning::TooLarge:
            showMessage(tr("“%1” is too large for the log decoder. Decode it on the command line instead: "
                           "sspilens-cli decode \"%2\"")
                            .arg(name, QDir::toNativeSeparators(result.path)),
                        true);
            return false;
        case LogWarning::Binary:
            showMessage(tr("“%1” does not look like a text log: it contains binary data. Nothing was opened; "
                           "the text shown is unchanged.")
                            .arg(name),
                        true);
            return false;
        case LogWarning::IsDirectory:
            showMessage(tr("“%1” is a folder, not a file. Open a log file in it instead.")
                            .arg(QDir::toNativeSeparators(result.path)),
                        true);
            return false;
        case LogWarning::CannotOpen:
            showMessage(tr("Cannot open “%1”: %2").arg(name, refusal ? refusal->detail : QString()), true);
            return false;
        default: showMessage(refusal->message(tr("“%1”").arg(name)), true); return false;
        }
    case LogReadResult::Status::Ok: break;
    }
    if (result.kind == LogLoader::Request::LoadFile && read.has(LogWarning::Empty)) {
        showMessage(tr("“%1” is empty: there is nothing to decode. The text shown is unchanged.").arg(name), true);
        return false;
    }
    showLoaded(result);
    return true;
}

void LogPanel::showLoaded(const LogLoader::Result &result)
{
    stopFeed();
    m_rescanTimer->stop();
    if (result.kind == LogLoader::Request::LoadFile) {
        m_sourcePath = result.path;
        m_requestedEncoding = result.encoding;
        m_decodeInfo = result.read.decodeInfo;
        addRecentFile(m_sourcePath, result.encoding);
    } else {
        m_sourcePath.clear();
        m_requestedEncoding.clear();
        m_decodeInfo = DecodeInfo();
    }
    m_showingSample = false;
    ++m_editRevision;
    m_scanIncomplete = false;
    m_navIndex = -1;
    {
        // The new text is not an edit: no rescan is scheduled for it, and undo cannot empty it.
        const QSignalBlocker blocker(m_highlighter);
        m_editor->document()->setUndoRedoEnabled(false);
        m_editor->clear();
    }
    m_editor->setReadOnly(true);
    m_cutLineCount = result.cutLines;
    m_lineCount = result.read.lines;
    m_hasText = result.read.characters > 0;
    m_eventLog = result.eventLog;
    m_eventRecords = result.eventRecords;
    if (m_eventLog) {
        showEventLog(result);
        return;
    }
    // Before the findings are announced: whoever goes to one then finds it not loaded yet.
    m_feed = std::make_unique<TextFeed>();
    m_feed->result = result;
    for (const QString &piece : result.pieces)
        m_feed->total += piece.size();
    const TextFeed *feed = m_feed.get();
    applyFindings(result.findings, result.rows, result.cuts);
    if (m_feed.get() != feed)
        return; // scanFinished() had other text loaded
    if (m_feed->total < m_backgroundThreshold) {
        // Small: all at once (feedSlice() finishes it).
        feedSlice();
        return;
    }
    // Every block laid out from here on gets this width; resizes no longer lay them all out again.
    m_editor->syncTextWidth();
    // Otherwise every slice has the scroll bars lay out the last screenful of lines again (the new
    // ones): for lines of thousands of characters, tens of milliseconds each time.
    m_editor->setCenterOnScroll(true);
    showMessage(tr("Showing the text…"), false);
    m_progress->setValue(0);
    setProgressVisible(true, false);
    m_feed->ownsInfoBar = true;
    m_feedTimer->start();
    updateBusy();
}

void LogPanel::showEventLog(const LogLoader::Result &result)
{
    // No text to show: the findings' offsets are in their records' XML, which the editor does not
    // hold, so the text has no spans and the Events tab is the log.
    m_hasText = true;
    m_lineCount = 0;
    applyFindings(result.findings, result.rows);
    m_highlighter->setFindings(std::make_shared<const std::vector<Finding>>());
    {
        const QSignalBlocker blocker(m_highlighter);
        m_editor->setPlainText(eventLogNote());
    }
    m_editor->setReadOnly(true);
    m_resultTabs->setCurrentIndex(m_eventsView->eventCount() > 0 ? EventsTab : 0);
    // The events below get the room; the note needs a few lines.
    const int height = m_splitter->height();
    m_splitter->setSizes({height / 5, height - height / 5});
    hideMessage();
    showLoadNotes(result);
    updateHeader();
    updateBusy();
    emit textLoaded();
    emit statusMessage(tr("Opened %1").arg(QFileInfo(result.path).fileName()));
}

QString LogPanel::eventLogNote() const
{
    const int events = m_eventsView->eventCount();
    if (m_eventRecords < 0)
        return tr("Windows event log: %n event(s) carry codes; select an event to see it.", nullptr, events);
    return tr("Windows event log: %1 read, %2; select an event to see it.",
              "%1 is “N record(s)”, %2 is “M event(s) carry codes”")
        .arg(tr("%n record(s)", nullptr, clampToInt(m_eventRecords)), tr("%n event(s) carry codes", nullptr, events));
}

QString LogPanel::eventSourceText(const EventRecord &event) const
{
    // Offsets of .evtx events are in their record's XML, which is not in the editor.
    if (m_eventLog || event.source == EventSource::Evtx || event.length <= 0)
        return {};
    // The document is the scanned text less the cut ends of long lines: an event that lies in a
    // cut is not all there.
    qint64 removed = 0;
    const qint64 end = event.offset + event.length;
    for (const LogHighlighter::LineCut &cut : m_cuts) {
        if (cut.offset + cut.length <= event.offset)
            removed += cut.length;
        else if (cut.offset < end)
            return {};
        else
            break;
    }
    const qint64 start = event.offset - removed;
    if (m_feed && start + event.length > m_feed->appended)
        return {}; // not in the editor yet: shown again once it is (finishFeed())
    if (start + event.length >= m_editor->document()->characterCount())
        return {};
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(static_cast<int>(start));
    cursor.setPosition(static_cast<int>(start + event.length), QTextCursor::KeepAnchor);
    QString text = cursor.selectedText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return text;
}

void LogPanel::feedSlice()
{
    if (!m_feed)
        return;
    TextFeed &feed = *m_feed;
    std::vector<QString> &pieces = feed.result.pieces;
    const bool all = feed.total < m_backgroundThreshold;
    QElapsedTimer clock;
    clock.start();
    QTextCursor cursor(m_editor->document());
    cursor.movePosition(QTextCursor::End);
    m_highlighter->setAppending(true);
    const qint64 budget = m_editor->beginAppend() ? visibleFeedSliceNs : feedSliceNs;
    while (feed.piece < pieces.size()) {
        const qint64 left = budget - clock.nsecsElapsed();
        if (!all && left <= 0)
            break;
        const QString &piece = pieces[feed.piece];
        const auto want = static_cast<qsizetype>(feed.charsPerNs * static_cast<double>(left));
        qsizetype end =
            all ? piece.size() : std::min(feed.at + std::clamp(want, minFeedChars, maxFeedChars), piece.size());
        if (end < piece.size()) {
            // Slices end after a line break (no line is laid out twice), so never inside a
            // surrogate pair.
            const qsizetype lineEnd = piece.indexOf(QLatin1Char('\n'), end);
            end = lineEnd < 0 ? piece.size() : lineEnd + 1;
        }
        const qint64 before = clock.nsecsElapsed();
        cursor.insertText(feed.at == 0 && end == piece.size() ? piece : piece.mid(feed.at, end - feed.at));
        const qint64 took = std::max<qint64>(clock.nsecsElapsed() - before, 1000);
        feed.charsPerNs = (feed.charsPerNs + static_cast<double>(end - feed.at) / static_cast<double>(took)) / 2;
        feed.appended += end - feed.at;
        feed.at = end;
        if (feed.at == piece.size()) {
            pieces[feed.piece] = QString(); // only the editor keeps this part from here on
            ++feed.piece;
            feed.at = 0;
        }
    }
    m_highlighter->setAppending(false);
    m_editor->endAppend();
    if (feed.ownsInfoBar && !all)
        m_progress->setValue(static_cast<int>(feed.appended * 100 / std::max<qint64>(feed.total, 1)));
    if (m_pendingFinding >= 0) {
        const LogHighlighter::Span span = m_highlighter->span(m_pendingFinding);
        if (span.start + span.length <= feed.appended || feed.piece == pieces.size()) {
            const int index = std::exchange(m_pendingFinding, -1);
            goToFinding(index);
            if (m_feed.get() != &feed)
                return; // statusMessage() had other text loaded
        }
    }
    if (feed.piece == pieces.size())
        finishFeed();
}

bool LogPanel::readyToEdit() const
{
    return m_cutLineCount == 0 && m_editor->document()->characterCount() <= m_readOnlyThreshold;
}

void LogPanel::finishFeed()
{
    const std::unique_ptr<TextFeed> feed = std::move(m_feed);
    m_feedTimer->stop();
    m_editor->setCenterOnScroll(false);
    const bool editable = readyToEdit();
    m_editor->setReadOnly(!editable);
    if (editable)
        m_editor->document()->setUndoRedoEnabled(true);
    m_lineCount = m_editor->document()->blockCount();
    if (feed->ownsInfoBar && !m_loader->isRunning()) {
        setProgressVisible(false);
        hideMessage();
        showLoadNotes(feed->result);
    }
    updateHeader();
    updateBusy();
    // The selected event's text may have been waiting for the editor.
    m_eventsView->refresh();
    emit textLoaded();
    if (feed->result.kind == LogLoader::Request::LoadFile)
        emit statusMessage(tr("Opened %1").arg(QFileInfo(feed->result.path).fileName()));
}

void LogPanel::stopFeed()
{
    m_feedTimer->stop();
    m_pendingFinding = -1;
    if (m_feed) {
        m_feed.reset();
        m_editor->setCenterOnScroll(false);
        setProgressVisible(isBusy(), m_loader->isRunning());
    }
}

void LogPanel::showLoadNotes(const LogLoader::Result &result)
{
    const QString name = QFileInfo(result.path).fileName();
    const bool file = result.kind == LogLoader::Request::LoadFile;
    const LogReadResult &read = result.read;
    QStringList notes;
    bool warning = false;
    QString buttonText;
    QByteArray buttonEncoding;
    if (file && read.has(LogWarning::LegacyEncoding)) {
        notes << tr("“%1” is not UTF-8 or UTF-16 text, so it was decoded as %2. If the text looks wrong, "
                    "choose its encoding in File > Reopen with Encoding.")
                     .arg(name, encodingDisplayName(read.decodeInfo.encoding));
    } else if (file && read.has(LogWarning::InvalidBytes)) {
        buttonEncoding = QSettings().value(settingsLastEncoding, QByteArrayLiteral("windows-1252")).toByteArray();
        buttonText = tr("Reopen as %1").arg(encodingDisplayName(buttonEncoding));
        notes << tr("Some bytes in “%1” are not valid %2 and are shown as \uFFFD. A log written by a "
                    "console in another language needs its encoding: File > Reopen with Encoding.")
                     .arg(name, encodingDisplayName(read.decodeInfo.encoding));
        warning = true;
    }
    for (const LogNote &note : read.notes) {
        // A damaged or truncated .evtx: its good records were read.
        if (note.warning == LogWarning::EventLogProblem) {
            notes << note.message(name);
            warning = true;
        }
    }
    if (file && read.has(LogWarning::Shrunk)) {
        const QLocale locale;
        notes << tr("“%1” became shorter while it was being read (%2 of %3 bytes; was it truncated or "
                    "replaced?). The text shown is what was read.")
                     .arg(name, locale.toString(read.bytesRead), locale.toString(read.expectedSize));
        warning = true;
    }
    if (result.cutLines > 0) {
        notes << tr("%n line(s) longer than %1 characters are shown cut at that length, so the text is "
                    "read-only. The findings, their lines and columns, and the exports come from the whole text.",
                    nullptr, clampToInt(result.cutLines))
                     .arg(QLocale().toString(static_cast<qint64>(m_displayLineLimit)));
    } else if (m_editor->isReadOnly()) {
        notes << tr("This log is large, so it opened read-only: every edit would mean scanning it again.");
    }
    if (!notes.isEmpty())
        showMessage(notes.join(QLatin1Char('\n')), warning, buttonText, buttonEncoding);
}

void LogPanel::setFindings(FindingList findings)
{
    const FindingList list = findings ? std::move(findings) : std::make_shared<const std::vector<Finding>>();
    applyFindings(list, SummaryModel::buildRows(*list, sourceName()), m_cuts);
}

void LogPanel::applyFindings(FindingList findings, std::vector<SummaryModel::Row> rows,
                             const std::vector<LogHighlighter::LineCut> &cuts)
{
    m_findings = findings ? std::move(findings) : std::make_shared<const std::vector<Finding>>();
    m_cuts = cuts;
    m_highlighter->setFindings(m_findings, cuts);
    m_findingsModel->setFindings(m_findings);
    m_summaryModel->setRows(std::move(rows));
    m_eventsView->setFindings(m_findings);
    refreshViews();
    emit scanFinished();
}

void LogPanel::refreshViews()
{
    m_editor->viewport()->update();
    updateResultsPage();
    updateHeader();
    updateActions();
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

void LogPanel::openDroppedFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    const auto file =
        std::find_if(paths.cbegin(), paths.cend(), [](const QString &path) { return QFileInfo(path).isFile(); });
    openFile(file != paths.cend() ? *file : paths.constFirst());
}

void LogPanel::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    const QStringList paths = LogEditor::localFiles(mime);
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        openDroppedFiles(paths);
        return;
    }
    if (mime->hasText() && !mime->text().isEmpty()) {
        event->acceptProposedAction();
        setLogText(mime->text());
    }
}
