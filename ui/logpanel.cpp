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
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFrame>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
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
#include <utility>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>
#endif

using namespace sspilens;

namespace {

const QString settingsRecent = QStringLiteral("logDecoder/recentFiles");
const QString settingsFileEncodings = QStringLiteral("logDecoder/fileEncodings");
const QString settingsLastEncoding = QStringLiteral("logDecoder/lastEncoding");
const QString settingsLastDir = QStringLiteral("logDecoder/lastDirectory");
const QString settingsSplitter = QStringLiteral("logDecoder/splitter");
const QString settingsTextSplitter = QStringLiteral("logDecoder/textSplitter");

constexpr qint64 readChunk = 4 << 20;
constexpr qsizetype scanPiece = 1 << 20;
constexpr qsizetype textPiece = 4 << 20;
/// A loaded text goes into the editor in slices, as many per turn of the event loop as fit in
/// feedSliceMs; each is sized by how fast the last ones went in (a log of short lines costs far
/// more per character than one of long lines: QTextDocument's cost is per line).
constexpr qint64 feedSliceNs = 12'000'000;
/// While the end of the text is on screen, the next paint lays out and draws what is appended:
/// only a little goes in before it.
constexpr qint64 visibleFeedSliceNs = 1'000'000;
constexpr qsizetype minFeedChars = 1 << 10;
constexpr qsizetype maxFeedChars = 1 << 20;

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
    QByteArray last = QSettings().value(settingsLastEncoding).toByteArray();
    if (!last.isEmpty())
        return last;
    return legacyEncodingFor(QLocale());
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

using LineCut = LogHighlighter::LineCut;

struct LogPanel::JobRequest {
    enum Kind { LoadFile, LoadText, Rescan };
    Kind kind = LoadText;
    QString path;
    QByteArray encoding;
    QByteArray fallbackEncoding; ///< tried when detection finds neither text nor valid UTF-8
    QString text;
    QString label;
    qint64 maximumFileSize = DefaultMaximumFileSize;
    qsizetype lineLimit = DefaultDisplayLineLimit;
    FileOpener opener;
    quint64 revision = 0;
};

struct LogPanel::JobResult {
    enum Status { Ok, Cancelled, TooLarge, Binary, Unreadable, Empty };
    Status status = Ok;
    JobRequest::Kind kind = JobRequest::LoadText;
    QString path;
    QByteArray encoding;
    QString error;
    bool readFailed = false; ///< Unreadable after it was opened
    FindingList findings;
    std::vector<SummaryModel::Row> rows;
    /// The text to show: line ends normalised, lines longer than the display limit cut.
    std::vector<QString> pieces;
    std::vector<LineCut> cuts;
    qint64 cutLines = 0;
    qint64 characters = 0; ///< of the whole text, as scanned
    qint64 lines = 1;
    DecodeInfo info;
    qint64 bytesRead = 0;
    qint64 expectedSize = -1; ///< the file's size when it was opened; -1 when not known
    bool usedFallback = false;
    bool incomplete = false;
    quint64 revision = 0;
};

/// The text of a load on its way into the editor, a slice per turn of the event loop.
struct LogPanel::TextFeed {
    JobResult result;
    size_t piece = 0;    ///< the piece being appended
    qsizetype at = 0;    ///< how much of it is in the editor
    qint64 appended = 0; ///< characters in the editor
    qint64 total = 0;
    double charsPerNs = 0.002; ///< how fast text went into the editor so far (a cautious start)
    bool ownsInfoBar = true;   ///< its progress is what the info bar shows
};

namespace {

using Request = LogPanel::JobRequest;
using Result = LogPanel::JobResult;

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

/**
 * Turns log text, piece by piece, into what the panel shows: line ends normalised (as
 * QTextDocument would make them, so that finding offsets are document positions), every finding
 * of the whole text (core's ScanStream), and the text to display, in which lines longer than the
 * limit are cut there and the cuts recorded. Memory is the text shown plus a few KiB: a single
 * line of 100 MB costs no more than its first limit characters.
 */
class TextPipeline
{
public:
    TextPipeline(const LogScanner &scanner, qsizetype lineLimit) : m_stream(scanner), m_limit(lineLimit) {}

    /// The next piece of text (never ending inside a surrogate pair).
    void add(QString piece)
    {
        if (m_heldCr) {
            m_heldCr = false;
            // The "\r" held back is a line break whether or not a "\n" follows it.
            if (!piece.startsWith(QLatin1Char('\n')))
                piece.prepend(QLatin1Char('\n'));
        }
        if (piece.endsWith(QLatin1Char('\r'))) {
            piece.chop(1);
            m_heldCr = true;
        }
        normaliseLineEnds(piece);
        if (piece.isEmpty())
            return;
        m_stream.feed(piece, m_sink);
        keep(std::move(piece));
    }

    void finish()
    {
        if (m_heldCr)
            add(QString());
        m_stream.finish(m_sink);
    }

    std::vector<Finding> findings;
    std::vector<QString> pieces;
    std::vector<LineCut> cuts;
    qint64 cutLines = 0;
    qint64 characters = 0;
    qint64 lines = 1;

private:
    void keep(QString piece)
    {
        const QStringView view(piece);
        QString shown; // built only when something in this piece is cut
        qsizetype copied = 0;
        bool cut = false;
        for (qsizetype start = 0;;) {
            const qsizetype newline = view.indexOf(QLatin1Char('\n'), start);
            const qsizetype end = newline < 0 ? view.size() : newline;
            const qint64 before = m_lineLength;
            m_lineLength += end - start;
            if (m_lineLength > m_limit) {
                qsizetype keepTo = start + static_cast<qsizetype>(std::max<qint64>(m_limit - before, 0));
                // A surrogate pair is shown whole or not at all.
                if (keepTo > start && keepTo < end && view[keepTo - 1].isHighSurrogate())
                    --keepTo;
                if (keepTo < end) {
                    cut = true;
                    shown.append(view.sliced(copied, keepTo - copied));
                    copied = end;
                    const qint64 offset = characters + keepTo;
                    if (!cuts.empty() && cuts.back().offset + cuts.back().length == offset) {
                        cuts.back().length += end - keepTo; // the same line, continued from the last piece
                    } else {
                        cuts.push_back({offset, end - keepTo});
                        ++cutLines;
                    }
                }
            }
            if (newline < 0)
                break;
            m_lineLength = 0;
            ++lines;
            start = newline + 1;
        }
        characters += view.size();
        if (cut) {
            shown.append(view.sliced(copied));
            piece = std::move(shown);
        }
        if (!piece.isEmpty())
            pieces.push_back(std::move(piece));
    }

    ScanStream m_stream;
    FindingSink m_sink = [this](const Finding &f) {
        findings.push_back(f);
        return true;
    };
    qsizetype m_limit;
    qint64 m_lineLength = 0;
    bool m_heldCr = false;
};

/// Where the bytes of a file come from.
class ByteSource
{
public:
    ByteSource() = default;
    virtual ~ByteSource() = default;
    ByteSource(const ByteSource &) = delete;
    ByteSource &operator=(const ByteSource &) = delete;
    /// Reads up to @p max bytes into @p data: how many, 0 at the end (or on Cancel), -1 on an error.
    virtual qint64 read(char *data, qint64 max) = 0;
    virtual QString errorString() const = 0;
};

class DeviceSource : public ByteSource
{
public:
    explicit DeviceSource(std::unique_ptr<QIODevice> device) : m_device(std::move(device)) {}
    qint64 read(char *data, qint64 max) override { return m_device->read(data, max); }
    QString errorString() const override { return m_device->errorString(); }

private:
    std::unique_ptr<QIODevice> m_device;
};

#ifdef Q_OS_UNIX
/// A device, pipe or socket: read without blocking, so that Cancel (and closing the panel) is
/// noticed while no data comes (a terminal, a pipe whose writer is slow).
class PollingSource : public ByteSource
{
public:
    PollingSource(int fd, const std::atomic<bool> *cancel) : m_fd(fd), m_cancel(cancel) {}
    ~PollingSource() override { ::close(m_fd); }
    PollingSource(const PollingSource &) = delete;
    PollingSource &operator=(const PollingSource &) = delete;

    qint64 read(char *data, qint64 max) override
    {
        while (!m_cancel || !m_cancel->load()) {
            pollfd ready{m_fd, POLLIN, 0};
            const int n = ::poll(&ready, 1, 100);
            if (n == 0 || (n < 0 && errno == EINTR))
                continue;
            if (n < 0)
                return fail();
            const ssize_t got = ::read(m_fd, data, static_cast<size_t>(max));
            if (got >= 0)
                return got;
            if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
                return fail();
        }
        return 0;
    }
    QString errorString() const override { return qt_error_string(m_error); }

private:
    qint64 fail()
    {
        m_error = errno;
        return -1;
    }

    int m_fd;
    const std::atomic<bool> *m_cancel;
    int m_error = 0;
};
#endif

std::unique_ptr<ByteSource> openSource(const Request &request, const std::atomic<bool> *cancel, qint64 *size,
                                       QString *error)
{
    *size = -1;
    if (request.opener) {
        std::unique_ptr<QIODevice> device = request.opener(request.path);
        if (!device || !device->isOpen() || !device->isReadable()) {
            *error = device ? device->errorString() : QString();
            return nullptr;
        }
        if (!device->isSequential())
            *size = device->size();
        return std::make_unique<DeviceSource>(std::move(device));
    }
#ifdef Q_OS_UNIX
    const QFileInfo info(request.path);
    if (info.exists() && !info.isFile() && !info.isDir()) {
        const int fd = ::open(QFile::encodeName(request.path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0) {
            *error = qt_error_string(errno);
            return nullptr;
        }
        return std::make_unique<PollingSource>(fd, cancel);
    }
#else
    Q_UNUSED(cancel)
#endif
    auto file = std::make_unique<QFile>(request.path);
    if (!file->open(QIODevice::ReadOnly)) {
        *error = file->errorString();
        return nullptr;
    }
    *size = file->size();
    return std::make_unique<DeviceSource>(std::move(file));
}

/// Reads and decodes the file of @p request into @p pipeline, at most maximumFileSize bytes
/// whatever the file says its size is (devices, /proc). Returns the status; details go to
/// @p result.
Result::Status readFile(const Request &request, TextPipeline &pipeline, Result &result, const std::atomic<bool> *cancel,
                        const std::function<bool()> &cancelled,
                        const std::function<void(qint64 done, qint64 size)> &progress)
{
    QString error;
    const std::unique_ptr<ByteSource> source = openSource(request, cancel, &result.expectedSize, &error);
    if (!source) {
        result.error = error;
        return Result::Unreadable;
    }
    if (result.expectedSize > request.maximumFileSize)
        return Result::TooLarge;

    const auto makeDecoder = [](const QByteArray &encoding) {
        return encoding.isEmpty() ? std::make_unique<TextDecoder>() : std::make_unique<TextDecoder>(encoding);
    };
    std::unique_ptr<TextDecoder> decoder = makeDecoder(request.encoding);
    // Not UTF-8 may still be text in a legacy code page: decoded again in that one from the
    // start, which is kept until the encoding is chosen (a pipe cannot seek back).
    const auto wantsFallback = [&] {
        const DecodeInfo &info = decoder->info();
        return info.looksBinary && info.invalidBytes && !result.usedFallback && request.encoding.isEmpty()
               && !request.fallbackEncoding.isEmpty();
    };
    QByteArray head;
    QString text;
    bool decided = false;
    const auto fallBack = [&](bool atEnd) {
        result.usedFallback = true;
        decoder = makeDecoder(request.fallbackEncoding);
        text.clear();
        decoder->decode(head, text);
        if (atEnd)
            decoder->finish(text);
    };

    QByteArray buffer(readChunk, Qt::Uninitialized);
    qint64 total = 0;
    while (true) {
        const qint64 n = source->read(buffer.data(), readChunk);
        if (n < 0) {
            result.error = source->errorString();
            result.readFailed = true;
            return Result::Unreadable;
        }
        if (n == 0 || cancelled())
            break;
        total += n;
        result.bytesRead = total;
        if (total > request.maximumFileSize)
            return Result::TooLarge;
        const QByteArrayView bytes(buffer.constData(), n);
        if (!decided)
            head.append(bytes);
        decoder->decode(bytes, text);
        if (!decided && !decoder->info().encoding.isEmpty()) {
            decided = true;
            if (wantsFallback())
                fallBack(false);
            head = QByteArray();
        }
        if (decided) {
            if (decoder->info().looksBinary) {
                result.info = decoder->info();
                return Result::Binary;
            }
            if (!text.isEmpty())
                pipeline.add(std::exchange(text, QString()));
        }
        progress(total, result.expectedSize);
    }
    if (cancelled())
        return Result::Cancelled;
    decoder->finish(text);
    // Shorter than the detection block: decided only now.
    if (!decided && wantsFallback())
        fallBack(true);
    result.info = decoder->info();
    if (result.info.looksBinary)
        return Result::Binary;
    pipeline.add(std::move(text));
    return Result::Ok;
}

/// Reads (a file) or takes (pasted text), decodes and scans; what a load shows is in pieces.
Result loadText(const LogScanner &scanner, Request request, const std::atomic<bool> *cancel,
                const std::function<bool()> &cancelled, const std::function<void(int percent)> &progress)
{
    Result result;
    result.kind = request.kind;
    result.path = request.path;
    result.encoding = request.encoding;
    result.revision = request.revision;
    TextPipeline pipeline(scanner, request.lineLimit);
    Result::Status status = Result::Ok;
    if (request.kind == Request::LoadFile) {
        status = readFile(request, pipeline, result, cancel, cancelled, [&](qint64 done, qint64 size) {
            const qint64 of = size > 0 ? size : request.maximumFileSize;
            progress(static_cast<int>(std::min<qint64>(done * 100 / std::max<qint64>(of, 1), 99)));
        });
    } else {
        const QString text = std::exchange(request.text, QString());
        for (qsizetype at = 0; at < text.size() && !cancelled();) {
            qsizetype n = std::min(textPiece, text.size() - at);
            if (at + n < text.size() && text.at(at + n - 1).isHighSurrogate())
                --n;
            pipeline.add(text.mid(at, n));
            at += n;
            progress(static_cast<int>(at * 99 / text.size()));
        }
        if (cancelled())
            status = Result::Cancelled;
    }
    if (status == Result::Ok) {
        pipeline.finish();
        if (pipeline.characters == 0 && request.kind == Request::LoadFile)
            status = Result::Empty;
    }
    result.status = status;
    if (status != Result::Ok)
        return result;
    result.findings = std::make_shared<const std::vector<Finding>>(std::move(pipeline.findings));
    result.rows = SummaryModel::buildRows(*result.findings, request.label);
    result.pieces = std::move(pipeline.pieces);
    result.cuts = std::move(pipeline.cuts);
    result.cutLines = pipeline.cutLines;
    result.characters = pipeline.characters;
    result.lines = pipeline.lines;
    return result;
}

void runJob(QPromise<Result> &promise, const LogScanner *scanner, Request request,
            const std::shared_ptr<std::atomic<bool>> &cancel)
{
    const auto cancelled = [&] { return cancel->load() || promise.isCanceled(); };
    promise.setProgressRange(0, 100);
    if (request.kind != Request::Rescan) {
        promise.setProgressValueAndText(0, request.kind == Request::LoadFile
                                               ? QCoreApplication::translate("LogPanel", "Reading…")
                                               : QCoreApplication::translate("LogPanel", "Scanning…"));
        Result result = loadText(*scanner, std::move(request), cancel.get(), cancelled,
                                 [&](int percent) { promise.setProgressValue(percent); });
        promise.setProgressValue(100);
        promise.addResult(std::move(result));
        return;
    }

    Result result;
    result.kind = request.kind;
    result.revision = request.revision;
    promise.setProgressValueAndText(0, QCoreApplication::translate("LogPanel", "Scanning…"));
    std::atomic<int> permille{0};
    bool complete = false;
    std::vector<Finding> findings = scanInPieces(*scanner, request.text, *cancel, permille, &complete,
                                                 [&] { promise.setProgressValue(permille.load() / 10); });
    if (cancelled()) {
        result.status = Result::Cancelled;
        promise.addResult(std::move(result));
        return;
    }
    result.incomplete = !complete;
    result.findings = std::make_shared<const std::vector<Finding>>(std::move(findings));
    result.rows = SummaryModel::buildRows(*result.findings, request.label);
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
    m_pool->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
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

LogPanel::~LogPanel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_pool->waitForDone();
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
    connect(m_editor, &LogEditor::filesDropped, this, &LogPanel::openDroppedFiles);
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
    connect(m_detailClose, &QToolButton::clicked, this, [this] {
        // Where the explanation was is where it comes back.
        m_textSplitterState = m_textSplitter->saveState();
        m_detailPane->hide();
    });
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

    JobRequest request;
    request.kind = JobRequest::LoadFile;
    request.path = file.absoluteFilePath();
    request.encoding = chosen;
    request.label = name;
    request.fallbackEncoding = fallbackEncoding();
    // A size of 0 is also what devices, pipes and /proc report: only reading tells.
    if (!file.isFile() || file.size() == 0 || file.size() >= m_backgroundThreshold) {
        startJob(std::move(request));
        return true;
    }
    request.maximumFileSize = m_maximumFileSize;
    request.lineLimit = m_displayLineLimit;
    request.opener = m_fileOpener;
    const JobResult result = loadText(
        *m_scanner, std::move(request), nullptr, [] { return false; }, [](int) {});
    if (result.status == JobResult::Ok)
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
    JobRequest request;
    request.kind = JobRequest::LoadText;
    request.text = text;
    if (text.size() >= m_backgroundThreshold) {
        startJob(std::move(request));
        return;
    }
    abandonJob();
    request.lineLimit = m_displayLineLimit;
    takeResult(loadText(
        *m_scanner, std::move(request), nullptr, [] { return false; }, [](int) {}));
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
    request.maximumFileSize = m_maximumFileSize;
    request.lineLimit = m_displayLineLimit;
    request.opener = m_fileOpener;
    if (request.label.isEmpty())
        request.label = request.kind == JobRequest::LoadFile ? QFileInfo(request.path).fileName() : sourceName();
    const quint64 id = ++m_jobId;

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
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id] {
        QFuture<JobResult> future = watcher->future();
        // Taken, not copied: the pieces of text are freed as they go into the editor.
        const JobResult result = future.resultCount() > 0 ? future.takeResult() : JobResult();
        watcher->deleteLater();
        if (id != m_jobId)
            return; // replaced by a newer job
        m_job = nullptr;
        setProgressVisible(false);
        finishJob(result);
        updateBusy();
    });

    const QString label = request.label;
    const JobRequest::Kind kind = request.kind;
    watcher->setFuture(QtConcurrent::run(m_pool, runJob, m_scanner.get(), std::move(request), m_cancel));
    if (m_feed)
        m_feed->ownsInfoBar = false;
    m_progress->setValue(0);
    if (kind == JobRequest::LoadFile)
        showMessage(tr("Opening “%1”…").arg(label), false);
    else if (kind == JobRequest::LoadText)
        showMessage(tr("Decoding the pasted text…"), false);
    else
        showMessage(tr("Scanning…"), false);
    setProgressVisible(true);
    updateBusy();
}

void LogPanel::abandonJob()
{
    if (!m_job)
        return;
    if (m_cancel)
        m_cancel->store(true);
    // Its result, when it comes, is dropped (see startJob()).
    ++m_jobId;
    m_job = nullptr;
    setProgressVisible(false);
    updateBusy();
}

void LogPanel::cancel()
{
    if (!m_job)
        return;
    if (m_cancel)
        m_cancel->store(true);
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

void LogPanel::finishJob(const JobResult &result)
{
    if (result.kind == JobRequest::Rescan) {
        if (result.status == JobResult::Cancelled) {
            showMessage(tr("The scan was cancelled; the findings may be out of date."), false);
            return;
        }
        // Edited again while it ran: the next rescan is already scheduled.
        if (result.revision != m_editRevision)
            return;
        hideMessage();
        m_scanIncomplete = result.incomplete;
        applyFindings(result.findings, result.rows);
        return;
    }
    takeResult(result);
}

bool LogPanel::takeResult(const JobResult &result)
{
    const QString name = QFileInfo(result.path).fileName();
    switch (result.status) {
    case JobResult::Cancelled:
        if (result.kind == JobRequest::LoadFile)
            showMessage(tr("Opening “%1” was cancelled; the text shown is unchanged.").arg(name), false);
        else
            showMessage(tr("Decoding was cancelled; the text shown is unchanged."), false);
        return false;
    case JobResult::TooLarge:
        showMessage(tr("“%1” is too large for the log decoder. Decode it on the command line instead: "
                       "sspilens-cli decode \"%2\"")
                        .arg(name, QDir::toNativeSeparators(result.path)),
                    true);
        return false;
    case JobResult::Binary:
        showMessage(tr("“%1” does not look like a text log: it contains binary data. Nothing was opened; "
                       "the text shown is unchanged.")
                        .arg(name),
                    true);
        return false;
    case JobResult::Unreadable:
        if (result.readFailed)
            showMessage(tr("Reading “%1” failed: %2. The text shown is unchanged.").arg(name, result.error), true);
        else
            showMessage(tr("Cannot open “%1”: %2").arg(name, result.error), true);
        return false;
    case JobResult::Empty:
        showMessage(tr("“%1” is empty: there is nothing to decode. The text shown is unchanged.").arg(name), true);
        return false;
    case JobResult::Ok: break;
    }
    showLoaded(result);
    return true;
}

void LogPanel::showLoaded(const JobResult &result)
{
    stopFeed();
    m_rescanTimer->stop();
    if (result.kind == JobRequest::LoadFile) {
        m_sourcePath = result.path;
        m_requestedEncoding = result.encoding;
        m_decodeInfo = result.info;
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
    m_lineCount = result.lines;
    m_hasText = result.characters > 0;
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
    if (feed->ownsInfoBar && !m_job) {
        setProgressVisible(false);
        hideMessage();
        showLoadNotes(feed->result);
    }
    updateHeader();
    updateBusy();
    emit textLoaded();
    if (feed->result.kind == JobRequest::LoadFile)
        emit statusMessage(tr("Opened %1").arg(QFileInfo(feed->result.path).fileName()));
}

void LogPanel::stopFeed()
{
    m_feedTimer->stop();
    m_pendingFinding = -1;
    if (m_feed) {
        m_feed.reset();
        m_editor->setCenterOnScroll(false);
        setProgressVisible(isBusy(), m_job != nullptr);
    }
}

void LogPanel::showLoadNotes(const JobResult &result)
{
    const QString name = QFileInfo(result.path).fileName();
    const bool file = result.kind == JobRequest::LoadFile;
    QStringList notes;
    bool warning = false;
    QString buttonText;
    QByteArray buttonEncoding;
    if (file && result.usedFallback) {
        notes << tr("“%1” is not UTF-8 or UTF-16 text, so it was decoded as %2. If the text looks wrong, "
                    "choose its encoding in File > Reopen with Encoding.")
                     .arg(name, encodingDisplayName(result.info.encoding));
    } else if (file && result.info.invalidBytes) {
        buttonEncoding = QSettings().value(settingsLastEncoding, QByteArrayLiteral("windows-1252")).toByteArray();
        buttonText = tr("Reopen as %1").arg(encodingDisplayName(buttonEncoding));
        notes << tr("Some bytes in “%1” are not valid %2 and are shown as \uFFFD. A log written by a "
                    "console in another language needs its encoding: File > Reopen with Encoding.")
                     .arg(name, encodingDisplayName(result.info.encoding));
        warning = true;
    }
    if (file && result.expectedSize >= 0 && result.bytesRead < result.expectedSize) {
        const QLocale locale;
        notes << tr("“%1” became shorter while it was being read (%2 of %3 bytes; was it truncated or "
                    "replaced?). The text shown is what was read.")
                     .arg(name, locale.toString(result.bytesRead), locale.toString(result.expectedSize));
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

void LogPanel::applyFindings(FindingList findings, std::vector<SummaryModel::Row> rows,
                             const std::vector<LogHighlighter::LineCut> &cuts)
{
    m_findings = findings ? std::move(findings) : std::make_shared<const std::vector<Finding>>();
    m_highlighter->setFindings(m_findings, cuts);
    m_findingsModel->setFindings(m_findings);
    m_summaryModel->setRows(std::move(rows));
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
// Navigation and explanation

int LogPanel::findingAtPosition(int position) const
{
    if (!m_highlighter)
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
        .arg(FindingsModel::symbolText(f).toHtmlEscaped(), FindingsModel::valueText(f).toHtmlEscaped(),
             FindingsModel::meaningText(f).toHtmlEscaped());
}

bool LogPanel::goToFinding(int index)
{
    if (!m_highlighter || index < 0 || index >= m_highlighter->spanCount())
        return false;
    const LogHighlighter::Span span = m_highlighter->span(index);
    if (span.length == 0 && !span.hidden)
        return false;
    if (m_feed && span.start + span.length > m_feed->appended) {
        // Its text is not in the editor yet: feedSlice() comes back here when it is.
        m_pendingFinding = index;
        selectFindingRow(index);
        emit statusMessage(tr("The text is still being laid out; the finding is shown when it is ready"));
        return true;
    }
    m_pendingFinding = -1;
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(static_cast<int>(span.start));
    cursor.setPosition(static_cast<int>(span.start + span.length), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();
    revealSelection();
    selectFindingRow(index);
    m_navIndex = index;
    m_navStart = cursor.selectionStart();
    m_navEnd = cursor.selectionEnd();
    if (static_cast<size_t>(index) < m_findings->size()) {
        const Finding &f = (*m_findings)[static_cast<size_t>(index)];
        if (span.hidden)
            emit statusMessage(
                tr("Finding %1 of %2, line %3, is in the part of the line that is not shown "
                   "(lines are cut at %4 characters): %5")
                    .arg(QString::number(index + 1), QString::number(m_findings->size()), QString::number(f.line),
                         QLocale().toString(static_cast<qint64>(m_displayLineLimit)), FindingsModel::describe(f)));
        else
            emit statusMessage(tr("Finding %1 of %2, line %3: %4")
                                   .arg(QString::number(index + 1), QString::number(m_findings->size()),
                                        QString::number(f.line), FindingsModel::describe(f)));
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
    if (m_navIndex >= 0 && cursor.selectionStart() == m_navStart && cursor.selectionEnd() == m_navEnd
        && m_navIndex < m_highlighter->spanCount() && m_highlighter->span(m_navIndex).hidden)
        return m_navIndex;
    const int index = m_highlighter ? m_highlighter->findingAt(cursor.selectionStart()) : -1;
    if (index < 0)
        return -1;
    const LogHighlighter::Span span = m_highlighter->span(index);
    return span.start == cursor.selectionStart() && span.start + span.length == cursor.selectionEnd() ? index : -1;
}

void LogPanel::nextFinding()
{
    const int current = currentFinding();
    const QTextCursor cursor = m_editor->textCursor();
    // Without a selection a finding that starts at the cursor counts as the next one.
    const qint64 from = cursor.hasSelection() ? cursor.selectionStart() : qint64(cursor.position()) - 1;
    // Hidden findings share the place of their cut: only their order tells them apart.
    const int index = current >= 0 ? m_highlighter->stepFinding(current, 1) : m_highlighter->nextFinding(from);
    if (index < 0) {
        emit statusMessage(tr("No findings to go to"));
        return;
    }
    const bool wrapped = current >= 0 ? index <= current : m_highlighter->span(index).start <= from;
    goToFinding(index);
    if (wrapped)
        emit statusMessage(tr("Continued from the first finding"));
}

void LogPanel::previousFinding()
{
    const int current = currentFinding();
    const QTextCursor cursor = m_editor->textCursor();
    const qint64 from = cursor.hasSelection() ? cursor.selectionStart() : cursor.position();
    const int index = current >= 0 ? m_highlighter->stepFinding(current, -1) : m_highlighter->previousFinding(from);
    if (index < 0) {
        emit statusMessage(tr("No findings to go to"));
        return;
    }
    const bool wrapped = current >= 0 ? index >= current : m_highlighter->span(index).start >= from;
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
        emit statusMessage(FindingsModel::describe(f));
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
        // Counts the pane and its handle in before the sizes are applied.
        m_textSplitter->refresh();
        if (m_textSplitterState.isEmpty() || !m_textSplitter->restoreState(m_textSplitterState)
            || m_textSplitter->sizes().value(1) == 0) {
            const int width = m_textSplitter->width();
            m_textSplitter->setSizes({width * 3 / 5, width * 2 / 5});
        }
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
        const StatusCode *code = f.code;
        auto *library = new QAction(tr("Show in the Code &Library"), menu);
        library->setObjectName(QStringLiteral("showInLibraryAction"));
        connect(library, &QAction::triggered, this, [this, code] { emit codeActivated(code); });
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
        const QString text =
            n < 10 ? tr("&%1 %2").arg(QString::number(n), QFileInfo(path).fileName()) : QFileInfo(path).fileName();
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
    m_cancelAction->setEnabled(m_job != nullptr);
    m_cancelButton->setEnabled(m_job != nullptr);
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
    if (m_feed)
        m_feed->ownsInfoBar = false;
    setProgressVisible(isBusy(), m_job != nullptr);
    m_infoBar->show();
}

void LogPanel::hideMessage()
{
    if (isBusy())
        return;
    m_infoBar->hide();
    m_infoLabel->clear();
}

void LogPanel::setProgressVisible(bool visible, bool cancellable)
{
    m_progress->setVisible(visible);
    m_cancelButton->setVisible(visible && cancellable);
    m_cancelButton->setEnabled(visible && cancellable);
    m_infoClose->setVisible(!visible);
    if (!visible && m_infoLabel->text().isEmpty())
        m_infoBar->hide();
}

// ------------------------------------------------------------------------------------------------
// Splitters

void LogPanel::saveState(QSettings &settings) const
{
    // A panel that was never shown still holds the saved layout, not a real one of its own.
    if (!m_pendingSplitterState.isEmpty())
        settings.setValue(settingsSplitter, m_pendingSplitterState);
    else if (m_splittersPlaced)
        settings.setValue(settingsSplitter, m_splitter->saveState());
    const QByteArray text = m_detailPane->isHidden() ? m_textSplitterState : m_textSplitter->saveState();
    if (!text.isEmpty())
        settings.setValue(settingsTextSplitter, text);
}

void LogPanel::restoreState(const QSettings &settings)
{
    // Applied on the first show, when the splitter has its real height: restoring earlier would let
    // the window's first resize redistribute the saved sizes.
    m_pendingSplitterState = settings.value(settingsSplitter).toByteArray();
    m_textSplitterState = settings.value(settingsTextSplitter).toByteArray();
    if (m_splittersPlaced)
        placeSplitters();
}

void LogPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_splittersPlaced)
        return;
    m_splittersPlaced = true;
    // Once the window's layout has settled.
    QTimer::singleShot(0, this, &LogPanel::placeSplitters);
}

void LogPanel::placeSplitters()
{
    const QByteArray saved = std::exchange(m_pendingSplitterState, QByteArray());
    if (!saved.isEmpty())
        m_splitter->restoreState(saved);
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
