// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "logreader.h"

#include "textsearch.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QLocale>

#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <exception>
#include <limits>
#include <mutex>
#include <system_error>
#include <thread>
#include <utility>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#endif

namespace sspilens {

namespace {

QString trReader(const char *text)
{
    return QCoreApplication::translate("LogReader", text);
}

bool isCancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

/// Where the bytes of an input come from.
class ByteSource
{
public:
    ByteSource() = default;
    virtual ~ByteSource() = default;
    ByteSource(const ByteSource &) = delete;
    ByteSource &operator=(const ByteSource &) = delete;
    /// Up to @p max bytes: how many, 0 at the end (or on Cancel), -1 on an error.
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
/// A device, pipe, socket, terminal or standard input: waits in poll() so that Cancel is noticed
/// while no data comes, and returns what is there rather than waiting for a full chunk
/// ("tail -f log | sspilens-cli decode" shows findings as they come).
class PollingSource : public ByteSource
{
public:
    PollingSource(int fd, bool owned, const std::atomic<bool> *cancel) : m_fd(fd), m_owned(owned), m_cancel(cancel) {}
    ~PollingSource() override
    {
        if (m_owned)
            ::close(m_fd);
    }
    PollingSource(const PollingSource &) = delete;
    PollingSource &operator=(const PollingSource &) = delete;

    qint64 read(char *data, qint64 max) override
    {
        while (!isCancelled(m_cancel)) {
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
    bool m_owned;
    const std::atomic<bool> *m_cancel;
    int m_error = 0;
};
#endif

/// Opens @p source; on failure returns nullptr and says why in @p refusal.
std::unique_ptr<ByteSource> openSource(const LogSource &source, const LogReadOptions &options, qint64 *size,
                                       LogNote *refusal)
{
    *size = -1;
    const auto refuse = [refusal](LogWarning warning, const QString &detail = {}) {
        refusal->warning = warning;
        refusal->detail = detail;
        return nullptr;
    };
    if (source.kind() == LogSource::Kind::StandardInput) {
#ifdef Q_OS_UNIX
        // Standard input may be a directory too (sspilens-cli decode < /var/log).
        struct stat st {};
        if (::fstat(STDIN_FILENO, &st) != 0)
            return refuse(LogWarning::CannotOpen, qt_error_string(errno));
        if (S_ISDIR(st.st_mode))
            return refuse(LogWarning::IsDirectory);
        // Not made non-blocking: the open file description is shared with the parent.
        return std::make_unique<PollingSource>(STDIN_FILENO, false, options.cancel);
#else
#ifdef Q_OS_WIN
        _setmode(_fileno(stdin), _O_BINARY); // UTF-16 and CRLF must arrive as they are
#endif
        auto file = std::make_unique<QFile>();
        if (!file->open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered))
            return refuse(LogWarning::CannotOpen, file->errorString());
        return std::make_unique<DeviceSource>(std::move(file));
#endif
    }

    const QString &path = source.path();
    if (options.opener) {
        std::unique_ptr<QIODevice> device = options.opener(path);
        if (!device || !device->isOpen() || !device->isReadable())
            return refuse(LogWarning::CannotOpen, device ? device->errorString() : QString());
        if (!device->isSequential())
            *size = device->size();
        return std::make_unique<DeviceSource>(std::move(device));
    }
    if (path.isEmpty())
        return refuse(LogWarning::CannotOpen, trReader(QT_TRANSLATE_NOOP("LogReader", "empty file name")));
    const QFileInfo info(path);
    if (info.isDir())
        return refuse(LogWarning::IsDirectory);
#ifdef Q_OS_UNIX
    if (info.exists() && !info.isFile()) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0)
            return refuse(LogWarning::CannotOpen, qt_error_string(errno));
        return std::make_unique<PollingSource>(fd, true, options.cancel);
    }
#endif
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return refuse(LogWarning::CannotOpen, file->errorString());
    *size = file->size();
    return std::make_unique<DeviceSource>(std::move(file));
}

bool isEventLogFile(QByteArrayView head)
{
    return head.startsWith(QByteArrayView("ElfFile\0", 8));
}

/// The field of @p event whose value span holds the whole finding (the narrowest where spans
/// nest, as a "Label: value" line inside the message), or empty.
QString fieldAt(const EventRecord &event, const Finding &finding)
{
    const EventField *best = nullptr;
    for (const EventField &field : event.fields) {
        if (field.valueOffset < 0 || field.valueOffset > finding.offset
            || finding.offset + finding.length > field.valueOffset + field.valueLength)
            continue;
        if (!best || field.valueLength < best->valueLength)
            best = &field;
    }
    return best ? best->name : QString();
}

/// fieldAt() for many findings of one event, in time logarithmic in its fields (an event of
/// 100,000 fields, cut at maxPendingEvent, must not make the read quadratic).
class FieldFinder
{
public:
    QString at(const EventRecord &event, const Finding &finding)
    {
        if (&event != m_event) {
            m_event = &event;
            m_sorted.clear();
            for (const EventField &field : event.fields)
                if (field.valueOffset >= 0)
                    m_sorted.push_back(&field);
            std::stable_sort(m_sorted.begin(), m_sorted.end(),
                             [](const EventField *a, const EventField *b) { return a->valueOffset < b->valueOffset; });
        }
        auto it = std::upper_bound(m_sorted.cbegin(), m_sorted.cend(), finding.offset,
                                   [](qint64 offset, const EventField *field) { return offset < field->valueOffset; });
        // Fields that start before the finding, nearest first: a label line, then the message
        // around it, a few dozen fields back at most in real events.
        const EventField *best = nullptr;
        for (int steps = 0; it != m_sorted.cbegin() && steps < 256; ++steps) {
            const EventField *field = *--it;
            if (finding.offset + finding.length <= field->valueOffset + field->valueLength
                && (!best || field->valueLength < best->valueLength))
                best = field;
        }
        return best ? best->name : QString();
    }

private:
    const EventRecord *m_event = nullptr;
    std::vector<const EventField *> m_sorted;
};

void moveEvent(EventRecord &event, qint64 by)
{
    event.offset += by;
    for (EventField &field : event.fields)
        if (field.valueOffset >= 0)
            field.valueOffset += by;
}

/**
 * The events of a text stream: parseEvents() over a window that keeps only what may still be
 * part of an unfinished event. Findings come in from the scanner in order; each goes out with the
 * event and field it lies in as soon as every event that could hold it is known.
 */
class EventStage
{
public:
    EventStage(const FindingSink &sink, bool enabled) : m_sink(sink), m_enabled(enabled) {}

    /// The next piece of the text, exactly as the scanner gets it. False when the sink stopped.
    bool addText(QStringView piece)
    {
        if (!m_enabled)
            return true;
        m_text.append(piece);
        // What an unfinished event (or a long line) holds is parsed again only once the text has
        // doubled since, so that megabytes held are not parsed again for each piece (linear
        // time, not quadratic); the usual few characters held are parsed with every piece.
        if (m_text.size() < 2 * m_parsedSize && m_text.size() <= LogReader::maxPendingEvent)
            return release(m_base);
        qsizetype consumed = 0;
        // before take() reads consumed
        std::vector<EventRecord> events = parseEvents(m_text, &consumed, m_midLine);
        take(std::move(events), consumed);
        // One event (or one tab-delimited table) without an end in sight: read what it has.
        if (m_text.size() > LogReader::maxPendingEvent)
            take(parseEvents(m_text, nullptr, m_midLine), m_text.size());
        m_parsedSize = m_text.size();
        return release(m_base);
    }

    /// The end of the text. False when the sink stopped.
    bool finish()
    {
        if (m_enabled && !m_finished)
            take(parseEvents(m_text, nullptr, m_midLine), m_text.size());
        m_finished = true;
        return release(std::numeric_limits<qint64>::max());
    }

    /// The scanner's sink.
    bool onFinding(const Finding &finding)
    {
        if (!m_enabled)
            return m_sink(finding);
        if (m_finished || finding.offset < m_base)
            return deliver(finding);
        m_held.push_back(finding);
        return true;
    }

    /// Forgets the events that end before @p scannedTo: no finding still to come can lie in them.
    void prune(qint64 scannedTo)
    {
        const qint64 limit = m_held.empty() ? scannedTo : std::min(scannedTo, m_held.front().offset);
        while (!m_events.empty() && m_events.front()->offset + m_events.front()->length <= limit)
            m_events.pop_front();
    }

    qint64 events() const { return m_count; }

private:
    void take(std::vector<EventRecord> events, qsizetype consumed)
    {
        for (EventRecord &event : events) {
            event.text = m_text.mid(event.offset, event.length);
            moveEvent(event, m_base);
            m_events.push_back(std::make_shared<const EventRecord>(std::move(event)));
            ++m_count;
        }
        if (consumed > 0)
            m_midLine = m_text.at(consumed - 1) != u'\n';
        m_text.remove(0, consumed);
        m_base += consumed;
    }

    bool release(qint64 limit)
    {
        while (!m_held.empty() && m_held.front().offset < limit) {
            const Finding finding = std::move(m_held.front());
            m_held.pop_front();
            if (!deliver(finding))
                return false;
        }
        return true;
    }

    bool deliver(const Finding &finding)
    {
        while (!m_events.empty() && m_events.front()->offset + m_events.front()->length <= finding.offset)
            m_events.pop_front();
        for (const std::shared_ptr<const EventRecord> &event : m_events) {
            if (event->offset > finding.offset)
                break;
            if (finding.offset < event->offset + event->length) {
                Finding withEvent = finding;
                withEvent.event = event;
                withEvent.eventField = m_fields.at(*event, finding);
                return m_sink(withEvent);
            }
        }
        return m_sink(finding);
    }

    const FindingSink &m_sink;
    FieldFinder m_fields;
    bool m_enabled;
    bool m_finished = false;
    QString m_text;             ///< the text from m_base on: what may still belong to an unfinished event
    qint64 m_base = 0;          ///< stream offset of m_text[0]; every event starting before it is known
    qsizetype m_parsedSize = 0; ///< what of m_text was parsed last time and is still waiting
    bool m_midLine = false;     ///< m_text starts inside a line (a long one, read up to an XML event)
    qint64 m_count = 0;         ///< events found
    std::deque<std::shared_ptr<const EventRecord>> m_events; ///< known events a finding may still lie in
    std::deque<Finding> m_held;                              ///< findings at or after m_base, waiting for their event
};

/**
 * The scanner on a thread of its own, beside the thread that reads, decodes and reads events: a
 * long input takes about as long as the slower of the two instead of their sum. Pieces go in and
 * findings come out in the order of the text, so the findings are those of the same ScanStream
 * fed on one thread (tst_logreader compares them). At most kInFlight pieces wait: memory stays
 * bounded. The finding sink is never called here: findings are taken by the reading thread.
 */
class ScanWorker
{
public:
    /// Takes over @p stream, which may already have scanned the first pieces; start() runs it.
    explicit ScanWorker(std::unique_ptr<ScanStream> stream) : m_stream(std::move(stream)) {}

    ~ScanWorker()
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_quit = true;
        }
        m_changed.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }

    /// Starts the thread. False when the system cannot start one (a limit on threads or
    /// processes): the stream is then to be taken back and fed where it was.
    bool start()
    {
        try {
            m_thread = std::thread([this] { run(); });
        } catch (const std::system_error &) {
            return false;
        }
        return true;
    }

    /// The stream, back from a worker that did not start.
    std::unique_ptr<ScanStream> takeBack() { return std::move(m_stream); }

    ScanWorker(const ScanWorker &) = delete;
    ScanWorker &operator=(const ScanWorker &) = delete;

    /// An empty string with room for a piece: one the scanner is done with, when there is one.
    QString buffer()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (m_spare.empty())
            return QString();
        QString spare = std::move(m_spare.back());
        m_spare.pop_back();
        return spare;
    }

    /// Queues the next piece; waits while kInFlight pieces are waiting.
    void push(QString piece)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        // Done early only when the scanner failed: take() then says why.
        m_changed.wait(lock, [this] { return m_pieces.size() < kInFlight || m_done; });
        m_pieces.push_back(std::move(piece));
        lock.unlock();
        m_changed.notify_all();
    }

    /// No more pieces: the scanner finishes the stream.
    void close()
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_closed = true;
        }
        m_changed.notify_all();
    }

    /// Moves the findings found so far to @p out (in order). @p scannedTo: no finding still to
    /// come starts before it. With @p wait, waits for something new unless the scanner is done.
    /// False when the scanner is done and everything was taken. What the scanner threw (out of
    /// memory) is thrown here, on the reading thread, as a scan there would have thrown it.
    bool take(std::vector<Finding> &out, qint64 &scannedTo, bool wait)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        if (wait)
            m_changed.wait(lock, [this] { return !m_found.empty() || m_done; });
        if (m_error)
            std::rethrow_exception(m_error);
        const bool more = !m_done || !m_found.empty();
        out.swap(m_found);
        m_found.clear();
        scannedTo = m_scannedTo;
        return more;
    }

private:
    static constexpr size_t kInFlight = 2;

    void run()
    {
        try {
            scanPieces();
        } catch (...) {
            {
                const std::lock_guard<std::mutex> lock(m_mutex);
                m_error = std::current_exception();
                m_done = true;
            }
            m_changed.notify_all();
        }
    }

    void scanPieces()
    {
        std::vector<Finding> found;
        const FindingSink sink = [&found](const Finding &finding) {
            found.push_back(finding);
            return true;
        };
        for (;;) {
            QString piece;
            bool end = false;
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_changed.wait(lock, [this] { return m_quit || m_closed || !m_pieces.empty(); });
                if (m_quit)
                    return;
                end = m_pieces.empty();
                if (!end) {
                    piece = std::move(m_pieces.front());
                    m_pieces.pop_front();
                }
            }
            m_changed.notify_all(); // room for the next piece
            if (end)
                m_stream->finish(sink);
            else
                m_stream->feed(piece, sink);
            piece.resize(0); // keeps its capacity for a later piece
            {
                const std::lock_guard<std::mutex> lock(m_mutex);
                for (Finding &finding : found)
                    m_found.push_back(std::move(finding));
                found.clear();
                m_scannedTo = end ? std::numeric_limits<qint64>::max()
                                  : m_stream->charactersSeen() - m_stream->bufferedCharacters();
                if (m_spare.size() < kInFlight + 1)
                    m_spare.push_back(std::move(piece));
                m_done = end;
            }
            m_changed.notify_all();
            if (end)
                return;
        }
    }

    std::unique_ptr<ScanStream> m_stream; ///< only the worker thread touches it
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QString> m_pieces;
    std::vector<QString> m_spare;
    std::vector<Finding> m_found;
    std::exception_ptr m_error; ///< what the scanner thread threw
    qint64 m_scannedTo = 0;
    bool m_closed = false;
    bool m_done = false;
    bool m_quit = false;
    std::thread m_thread;
};

/// Text from bytes (or from memory) to the scanner: decoding with its fallback, the binary
/// policy, line ends, counting, the text sink.
class TextStage
{
public:
    TextStage(const LogScanner &scanner, const FindingSink &sink, const LogReadOptions &options)
        : m_stream(std::make_unique<ScanStream>(scanner)), m_events(sink, options.events), m_options(options),
          m_decoder(makeDecoder(options.encoding))
    {}

    enum class Outcome { Go, Stop, Refuse };

    /// The next bytes; Refuse sets refusal().
    Outcome addBytes(QByteArrayView bytes)
    {
        scanBesideWhenLong();
        QString &buffer = target();
        const qsizetype from = buffer.size();
        if (!m_decided) {
            m_head.append(bytes);
            if (m_head.size() >= 8 && isEventLogFile(m_head))
                return refuse(LogWarning::EventLogFile);
        }
        m_decoder->decode(bytes, buffer);
        if (!m_decided && !m_decoder->info().encoding.isEmpty()) {
            m_decided = true;
            if (wantsFallback()) {
                buffer.truncate(from);
                fallBack(buffer, false);
            }
            m_head = QByteArray();
        }
        return added(from);
    }

    /// Text that needs no decoding.
    Outcome addText(QStringView text)
    {
        m_binaryChecked = true;
        scanBesideWhenLong();
        QString &buffer = target();
        const qsizetype from = buffer.size();
        buffer.append(text);
        return added(from);
    }

    /// The end of the input (of the bytes, when @p decoding).
    Outcome finish(bool decoding)
    {
        if (decoding) {
            QString &buffer = target();
            const qsizetype from = buffer.size();
            if (!m_decided && isEventLogFile(m_head))
                return refuse(LogWarning::EventLogFile);
            m_decoder->finish(buffer);
            // Shorter than the detection block: decided only now.
            if (!m_decided && wantsFallback()) {
                buffer.truncate(from);
                fallBack(buffer, true);
            }
            m_decided = true;
            const Outcome outcome = added(from);
            if (outcome != Outcome::Go)
                return outcome;
        }
        if (!m_worker)
            return m_events.finish() && m_stream->finish(m_eventSink) ? Outcome::Go : Outcome::Stop;
        if (!m_events.finish())
            return Outcome::Stop;
        m_worker->close();
        return takeFindings(true) ? Outcome::Go : Outcome::Stop;
    }

    const DecodeInfo &decodeInfo() const { return m_decoder->info(); }
    bool usedFallback() const { return m_usedFallback; }
    LogWarning refusal() const { return m_refusal; }
    qint64 characters() const { return m_characters; }
    qint64 lines() const { return m_characters > 0 ? m_newlines + 1 : 0; }
    qint64 events() const { return m_events.events(); }

private:
    static std::unique_ptr<TextDecoder> makeDecoder(const QByteArray &encoding)
    {
        return encoding.isEmpty() ? std::make_unique<TextDecoder>() : std::make_unique<TextDecoder>(encoding);
    }

    // Not UTF-8 may still be text in a legacy code page: decoded again in that one from the start,
    // which is kept until the encoding is chosen (a pipe cannot seek back).
    bool wantsFallback() const
    {
        const DecodeInfo &info = m_decoder->info();
        return m_options.encoding.isEmpty() && !m_options.fallbackEncoding.isEmpty() && !m_usedFallback
               && !info.detected && info.looksBinary && info.invalidBytes;
    }

    void fallBack(QString &buffer, bool atEnd)
    {
        m_usedFallback = true;
        m_decoder = makeDecoder(m_options.fallbackEncoding);
        m_decoder->decode(m_head, buffer);
        if (atEnd)
            m_decoder->finish(buffer);
    }

    Outcome refuse(LogWarning warning)
    {
        m_refusal = warning;
        return Outcome::Refuse;
    }

    Outcome added(qsizetype from)
    {
        QString &buffer = target();
        if (buffer.size() == from)
            return Outcome::Go;
        if (!m_binaryChecked) {
            m_binaryChecked = true;
            const QStringView first = QStringView(buffer).sliced(from);
            if (LogReader::looksLikeBinary(first.first(std::min(first.size(), TextDecoder::detectionSize)))) {
                buffer.truncate(from);
                return refuse(LogWarning::Binary);
            }
        }
        LogReader::normaliseLineEnds(buffer, from, m_afterCr);
        const QStringView piece = QStringView(buffer).sliced(from);
        m_characters += piece.size();
        m_newlines += textsearch::count(piece.utf16(), piece.size(), u'\n');
        if (m_options.text && !piece.isEmpty())
            m_options.text(piece);
        // The events first: a finding whose events are all known goes straight out.
        if (!m_events.addText(piece))
            return Outcome::Stop;
        if (m_worker) {
            m_worker->push(std::exchange(m_piece, m_worker->buffer()));
            return takeFindings(false) ? Outcome::Go : Outcome::Stop;
        }
        if (!m_stream->feedAppended(m_eventSink))
            return Outcome::Stop;
        m_events.prune(m_stream->charactersSeen() - m_stream->bufferedCharacters());
        return Outcome::Go;
    }

    /// Where the next piece is decoded to: the scanner's own buffer, or the piece for its thread.
    QString &target() { return m_worker ? m_piece : m_stream->buffer(); }

    /// Moves the scanner to a thread of its own once the input is long enough for the thread to
    /// pay (and the encoding and the binary policy are settled: they may still rewrite the text).
    void scanBesideWhenLong()
    {
        if (m_worker || m_besideRefused || !m_decided || !m_binaryChecked || m_characters < LogReader::scanBesideAfter
            || std::thread::hardware_concurrency() == 1)
            return;
        auto worker = std::make_unique<ScanWorker>(std::move(m_stream));
        if (worker->start()) {
            m_worker = std::move(worker);
        } else {
            m_stream = worker->takeBack(); // no thread to be had: scanned here, as a short input
            m_besideRefused = true;
        }
    }

    /// Hands the findings the scanner thread has to the events (and on to the sink); with
    /// @p toTheEnd, until it is done. False when the sink stopped.
    bool takeFindings(bool toTheEnd)
    {
        std::vector<Finding> found;
        qint64 scannedTo = 0;
        for (;;) {
            const bool more = m_worker->take(found, scannedTo, toTheEnd);
            for (const Finding &finding : found) {
                if (!m_events.onFinding(finding))
                    return false;
            }
            m_events.prune(scannedTo);
            if (!toTheEnd || !more)
                return true;
        }
    }

    std::unique_ptr<ScanStream> m_stream; ///< null once m_worker has it
    std::unique_ptr<ScanWorker> m_worker; ///< the scanner on its own thread, for a long input
    bool m_besideRefused = false;         ///< the system would not start that thread
    QString m_piece;                      ///< with m_worker: the piece being decoded
    EventStage m_events;
    const FindingSink m_eventSink = [this](const Finding &finding) { return m_events.onFinding(finding); };
    const LogReadOptions &m_options;
    std::unique_ptr<TextDecoder> m_decoder;
    QByteArray m_head; ///< the bytes read before the encoding was chosen
    bool m_decided = false;
    bool m_usedFallback = false;
    bool m_binaryChecked = false;
    bool m_afterCr = false;
    qint64 m_characters = 0;
    qint64 m_newlines = 0;
    LogWarning m_refusal = LogWarning::Binary;
};

/// True when @p path names a regular file that starts with the .evtx signature.
bool isEvtxFile(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return false;
    return looksLikeEvtx(file.read(8));
}

bool hasEvtxSuffix(const QString &path)
{
    return path.endsWith(QLatin1String(".evtx"), Qt::CaseInsensitive);
}

LogNote evtxNote(EvtxProblem problem, const QString &sentence)
{
    LogNote note;
    note.warning = LogWarning::EventLogProblem;
    note.evtxProblem = problem;
    note.detail = sentence;
    return note;
}

/// An .evtx file through EvtxReader (see LogReader's "**.evtx.**").
LogReadResult readEvtx(const LogScanner &scanner, const QString &path, const FindingSink &sink,
                       const LogReadOptions &options)
{
    LogReadResult result;
    EvtxReader reader(path);
    reader.setCancelFlag(options.cancel);
    if (options.progress)
        reader.setProgressHandler([&](const EvtxProgress &p) { options.progress(p.bytesDone, p.bytesTotal); });
    qint64 base = 0;
    qint64 line = 1;
    bool stopped = false;
    const EvtxReadResult read = reader.read([&](EvtxRecord &record) {
        QString &xml = record.xml;
        xml.append(QLatin1Char('\n')); // the line feed between records, as evtxexport writes them
        if (xml.contains(QLatin1Char('\r'))) {
            // Line ends as in every other input; the event is read again from the text scanned.
            bool afterCr = false;
            LogReader::normaliseLineEnds(xml, 0, afterCr);
            auto events = parseEventXml(xml);
            record.event = events.empty() ? EventRecord() : std::move(events.front());
            record.event.source = EventSource::Evtx;
        }
        std::shared_ptr<EventRecord> event; // made with the record's first finding
        const bool go = scanner.scan(
            xml,
            [&](const Finding &found) {
                Finding finding = found;
                finding.offset += base;
                if (!event) {
                    event = std::make_shared<EventRecord>(std::move(record.event));
                    moveEvent(*event, base);
                    event->text = xml;
                }
                finding.event = event;
                finding.eventField = fieldAt(*event, finding);
                return sink(finding);
            },
            options.cancel, line);
        if (options.text)
            options.text(xml);
        base += xml.size();
        line += xml.count(QLatin1Char('\n'));
        ++result.events;
        if (!go && !isCancelled(options.cancel))
            stopped = true;
        return go;
    });
    result.expectedSize = read.fileSize;
    result.bytesRead = read.opened ? read.fileSize : 0;
    result.characters = base;
    result.lines = base > 0 ? line : 0;
    for (size_t i = 0; i < read.problems.size(); ++i) {
        const QString sentence = i < size_t(read.warnings.size()) ? read.warnings.at(qsizetype(i)) : QString();
        if (read.problems[i] == EvtxProblem::CannotOpen) {
            QFile file(path);
            file.open(QIODevice::ReadOnly);
            result.notes.push_back({LogWarning::CannotOpen, file.errorString(), 0, 0});
        } else {
            result.notes.push_back(evtxNote(read.problems[i], sentence));
        }
    }
    if (stopped || read.stopped)
        result.status = LogReadResult::Status::Stopped;
    else if (read.cancelled || isCancelled(options.cancel))
        result.status = LogReadResult::Status::Cancelled;
    else if (!read.opened && !read.has(EvtxProblem::Empty))
        result.status = LogReadResult::Status::Refused;
    return result;
}

} // namespace

// ------------------------------------------------------------------------------------------------

LogSource LogSource::file(const QString &path)
{
    LogSource source;
    source.m_kind = Kind::File;
    source.m_path = path;
    return source;
}

LogSource LogSource::standardInput()
{
    LogSource source;
    source.m_kind = Kind::StandardInput;
    return source;
}

LogSource LogSource::text(QString text)
{
    LogSource source;
    source.m_kind = Kind::Text;
    source.m_text = std::move(text);
    return source;
}

QString LogNote::message(const QString &name) const
{
    switch (warning) {
    case LogWarning::InvalidBytes:
        return trReader(
                   QT_TRANSLATE_NOOP("LogReader", "Some bytes of %1 are not valid %2 and were replaced with U+FFFD."))
            .arg(name, detail);
    case LogWarning::LegacyEncoding:
        return trReader(QT_TRANSLATE_NOOP("LogReader", "%1 is neither UTF-8 nor UTF-16 text, so it was decoded as %2."))
            .arg(name, detail);
    case LogWarning::Empty:
        return trReader(QT_TRANSLATE_NOOP("LogReader", "%1 is empty: there is nothing to decode.")).arg(name);
    case LogWarning::Shrunk: {
        const QLocale locale;
        return trReader(
                   QT_TRANSLATE_NOOP(
                       "LogReader",
                       "%1 became shorter while it was being read (%2 of %3 bytes; was it truncated or replaced?)."))
            .arg(name, locale.toString(done), locale.toString(expected));
    }
    case LogWarning::Binary:
        return trReader(QT_TRANSLATE_NOOP("LogReader", "%1 does not look like a text log: it contains binary data."))
            .arg(name);
    case LogWarning::EventLogFile:
        return trReader(QT_TRANSLATE_NOOP("LogReader",
                                          "%1 is a Windows event log (.evtx), which can be read only from a file, "
                                          "not from a pipe or standard input. Decode the .evtx file itself."))
            .arg(name);
    case LogWarning::EventLogProblem: return detail;
    case LogWarning::IsDirectory:
        return trReader(QT_TRANSLATE_NOOP("LogReader", "%1 is a directory, not a file.")).arg(name);
    case LogWarning::CannotOpen:
        return trReader(QT_TRANSLATE_NOOP("LogReader", "Cannot open %1: %2")).arg(name, detail);
    case LogWarning::ReadFailed:
        return trReader(QT_TRANSLATE_NOOP("LogReader", "Reading %1 failed: %2")).arg(name, detail);
    case LogWarning::TooLarge:
        return trReader(QT_TRANSLATE_NOOP("LogReader", "%1 is larger than %2, the most that is read."))
            .arg(name, QLocale().formattedDataSize(done));
    }
    return {};
}

const LogNote *LogReadResult::note(LogWarning warning) const
{
    const auto it =
        std::find_if(notes.cbegin(), notes.cend(), [warning](const LogNote &n) { return n.warning == warning; });
    return it == notes.cend() ? nullptr : &*it;
}

LogReader::LogReader(const LogScanner &scanner) : m_scanner(scanner)
{}

bool LogReader::looksLikeBinary(QStringView firstBlock)
{
    const auto controls = std::count_if(firstBlock.begin(), firstBlock.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\v' && u != u'\f' && u != u'\r' && u != 0x1B
                && u != 0x1A)
               || u == 0x7F;
    });
    return controls * 20 > firstBlock.size();
}

void LogReader::normaliseLineEnds(QString &text, qsizetype from, bool &afterCr)
{
    const qsizetype size = text.size();
    if (from >= size)
        return;
    qsizetype first = from;
    if (!afterCr) {
        first = text.indexOf(QLatin1Char('\r'), from);
        if (first < 0)
            return;
    }
    QChar *data = text.data();
    qsizetype out = first;
    for (qsizetype in = first; in < size; ++in) {
        const QChar c = data[in];
        if (c == QLatin1Char('\n') && afterCr) {
            afterCr = false; // the "\n" of a "\r\n": the "\r" already became the line end
            continue;
        }
        afterCr = c == QLatin1Char('\r');
        data[out++] = afterCr ? QChar(QLatin1Char('\n')) : c;
    }
    text.truncate(out);
}

LogReadResult LogReader::read(const LogSource &source, const FindingSink &sink, const LogReadOptions &options) const
{
    LogReadResult result;
    const bool named = source.kind() == LogSource::Kind::File && hasEvtxSuffix(source.path());
    if (source.kind() == LogSource::Kind::File && !options.opener && isEvtxFile(source.path())) {
        const qint64 size = QFileInfo(source.path()).size();
        if (options.maximumBytes >= 0 && size > options.maximumBytes) {
            result.status = LogReadResult::Status::Refused;
            result.notes.push_back({LogWarning::TooLarge, {}, options.maximumBytes, size});
            return result;
        }
        return readEvtx(m_scanner, source.path(), sink, options);
    }
    // Named .evtx without being one: an export renamed is read as text; anything else is told
    // in the event reader's words.
    const auto evtxWords = [&](EvtxProblem problem) {
        EvtxReadResult words;
        detail::addEvtxProblem(words, problem, source.path());
        return evtxNote(problem, words.warnings.value(0));
    };

    TextStage stage(m_scanner, sink, options);
    // Records how the text stage ended; true when the read goes on.
    const auto settle = [&](TextStage::Outcome outcome) {
        if (outcome == TextStage::Outcome::Refuse) {
            result.status = LogReadResult::Status::Refused;
            if (named && stage.refusal() == LogWarning::Binary)
                result.notes.push_back(evtxWords(EvtxProblem::NotEvtx));
            else
                result.notes.push_back({stage.refusal(), {}, 0, 0});
        } else if (outcome == TextStage::Outcome::Stop) {
            result.status = LogReadResult::Status::Stopped;
        }
        result.characters = stage.characters();
        result.lines = stage.lines();
        result.events = stage.events();
        return outcome == TextStage::Outcome::Go;
    };

    if (source.kind() == LogSource::Kind::Text) {
        const QString &text = source.text();
        for (qsizetype at = 0; at < text.size();) {
            if (isCancelled(options.cancel)) {
                result.status = LogReadResult::Status::Cancelled;
                return result;
            }
            qsizetype n = std::min(textPiece, text.size() - at);
            if (at + n < text.size() && text.at(at + n - 1).isHighSurrogate())
                --n;
            if (!settle(stage.addText(QStringView(text).sliced(at, n))))
                return result;
            at += n;
            if (options.progress)
                options.progress(at, text.size());
        }
        if (settle(stage.finish(false)) && result.characters == 0)
            result.notes.push_back({LogWarning::Empty, {}, 0, 0});
        return result;
    }

    LogNote refusal;
    const std::unique_ptr<ByteSource> bytes = openSource(source, options, &result.expectedSize, &refusal);
    if (!bytes) {
        result.status = LogReadResult::Status::Refused;
        result.notes.push_back(refusal);
        return result;
    }
    const auto tooLarge = [&] {
        result.status = LogReadResult::Status::Refused;
        result.notes.push_back({LogWarning::TooLarge, {}, options.maximumBytes, result.expectedSize});
        return result;
    };
    if (options.maximumBytes >= 0 && result.expectedSize > options.maximumBytes)
        return tooLarge();

    QByteArray chunk(chunkBytes, Qt::Uninitialized);
    bool failed = false;
    for (;;) {
        const qint64 n = bytes->read(chunk.data(), chunk.size());
        if (n < 0) {
            failed = true;
            result.notes.push_back({LogWarning::ReadFailed, bytes->errorString(), result.bytesRead, 0});
            break;
        }
        if (isCancelled(options.cancel)) {
            result.status = LogReadResult::Status::Cancelled;
            return result;
        }
        if (n == 0)
            break;
        result.bytesRead += n;
        if (options.maximumBytes >= 0 && result.bytesRead > options.maximumBytes)
            return tooLarge();
        if (!settle(stage.addBytes(QByteArrayView(chunk.constData(), n)))) {
            result.decodeInfo = stage.decodeInfo();
            return result;
        }
        if (options.progress)
            options.progress(result.bytesRead, result.expectedSize);
    }
    // What was read before a read error is still scanned: it is what the log says.
    const bool scanned = settle(stage.finish(true));
    result.decodeInfo = stage.decodeInfo();
    if (result.status == LogReadResult::Status::Refused)
        return result;
    if (failed && result.status == LogReadResult::Status::Ok)
        result.status = LogReadResult::Status::Failed;
    if (stage.usedFallback())
        result.notes.push_back({LogWarning::LegacyEncoding, QString::fromLatin1(result.decodeInfo.encoding), 0, 0});
    if (result.decodeInfo.invalidBytes)
        result.notes.push_back({LogWarning::InvalidBytes, QString::fromLatin1(result.decodeInfo.encoding), 0, 0});
    if (!failed && result.expectedSize >= 0 && result.bytesRead < result.expectedSize)
        result.notes.push_back({LogWarning::Shrunk, {}, result.bytesRead, result.expectedSize});
    if (!failed && scanned && result.characters == 0)
        result.notes.push_back(named && result.bytesRead == 0 ? evtxWords(EvtxProblem::Empty)
                                                              : LogNote{LogWarning::Empty, {}, 0, 0});
    return result;
}

} // namespace sspilens
