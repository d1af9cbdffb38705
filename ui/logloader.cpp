// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "logloader.h"

#include "events.h"
#include "scanner.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPromise>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

using namespace sspilens;

namespace {

/// Keeps the text to show, piece by piece: lines longer than the limit are cut there and the cuts
/// recorded. Memory is the text shown.
class DisplayText
{
public:
    explicit DisplayText(qsizetype limit) : m_limit(limit) {}

    void add(QStringView piece)
    {
        QString shown; // built only when something in this piece is cut
        qsizetype copied = 0;
        bool cut = false;
        for (qsizetype start = 0;;) {
            const qsizetype newline = piece.indexOf(QLatin1Char('\n'), start);
            const qsizetype end = newline < 0 ? piece.size() : newline;
            const qint64 before = m_lineLength;
            m_lineLength += end - start;
            if (m_lineLength > m_limit) {
                qsizetype keepTo = start + static_cast<qsizetype>(std::max<qint64>(m_limit - before, 0));
                // A surrogate pair is shown whole or not at all.
                if (keepTo > start && keepTo < end && piece[keepTo - 1].isHighSurrogate())
                    --keepTo;
                if (keepTo < end) {
                    cut = true;
                    shown.append(piece.sliced(copied, keepTo - copied));
                    copied = end;
                    const qint64 offset = m_characters + keepTo;
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
            start = newline + 1;
        }
        m_characters += piece.size();
        if (cut) {
            shown.append(piece.sliced(copied));
            if (!shown.isEmpty())
                pieces.push_back(std::move(shown));
        } else {
            pieces.push_back(piece.toString());
        }
    }

    std::vector<QString> pieces;
    std::vector<LogHighlighter::LineCut> cuts;
    qint64 cutLines = 0;

private:
    qsizetype m_limit;
    qint64 m_lineLength = 0;
    qint64 m_characters = 0;
};

/// The first bytes of @p path say it is an .evtx file (the reader decides how to read it). Only
/// regular files: a pipe or a device cannot be read twice.
bool isEventLog(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return false;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && looksLikeEvtx(file.read(8));
}

} // namespace

LogLoader::LogLoader(QObject *parent) : QObject(parent), m_scanner(std::make_shared<const LogScanner>())
{
    m_pool = new QThreadPool(this);
    m_pool->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
}

LogLoader::~LogLoader()
{
    if (m_cancel)
        m_cancel->store(true);
    m_pool->waitForDone();
}

LogLoader::Result LogLoader::run(const LogScanner &scanner, Request request, const std::atomic<bool> *cancel,
                                 const std::function<void(int)> &progress)
{
    Result result;
    result.kind = request.kind;
    result.path = request.path;
    result.encoding = request.options.encoding;
    result.revision = request.revision;

    std::vector<Finding> findings;
    const FindingSink sink = [&findings](const Finding &f) {
        findings.push_back(f);
        return true;
    };
    DisplayText display(request.lineLimit);
    LogReadOptions options = std::move(request.options);
    options.cancel = cancel;
    const qint64 cap = options.maximumBytes;
    options.progress = [&progress, cap](qint64 done, qint64 total) {
        const qint64 of = total > 0 ? total : cap;
        progress(static_cast<int>(std::min<qint64>(done * 100 / std::max<qint64>(of, 1), 99)));
    };
    if (request.kind == Request::LoadFile)
        result.eventLog = !options.opener && isEventLog(request.path);
    // An event log's text is its records' XML: the views show its events instead.
    if (request.kind != Request::Rescan && !result.eventLog)
        options.text = [&display](QStringView piece) { display.add(piece); };

    const LogReader reader(scanner);
    const LogSource source = request.kind == Request::LoadFile
                                 ? LogSource::file(request.path)
                                 : LogSource::text(std::exchange(request.text, QString()));
    result.read = reader.read(source, sink, options);
    if (result.read.status != LogReadResult::Status::Ok)
        return result;
    result.findings = std::make_shared<const std::vector<Finding>>(std::move(findings));
    result.rows = SummaryModel::buildRows(*result.findings, request.label);
    result.pieces = std::move(display.pieces);
    result.cuts = std::move(display.cuts);
    result.cutLines = display.cutLines;
    if (result.eventLog)
        result.eventRecords = result.read.events;
    return result;
}

void LogLoader::setExtraMessages(const std::vector<ExtraMessage> &messages)
{
    m_scanner = std::make_shared<const LogScanner>(Catalog::instance(), messages);
}

LogLoader::Result LogLoader::load(Request request) const
{
    return run(*m_scanner, std::move(request), nullptr, [](int) {});
}

void LogLoader::start(Request request)
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const quint64 id = ++m_jobId;
    m_running = true;

    auto *watcher = new QFutureWatcher<Result>(this);
    // A job that was replaced or abandoned keeps running until it notices; it reports nothing.
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, id](int value) {
        if (id == m_jobId)
            emit progressChanged(value);
    });
    connect(watcher, &QFutureWatcherBase::progressTextChanged, this, [this, id](const QString &text) {
        if (id == m_jobId)
            emit progressTextChanged(text);
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id] {
        QFuture<Result> future = watcher->future();
        // Taken, not copied: the pieces of text are freed as they go into the editor.
        const Result result = future.resultCount() > 0 ? future.takeResult() : Result();
        watcher->deleteLater();
        if (id != m_jobId)
            return;
        m_running = false;
        emit finished(result);
    });

    std::shared_ptr<const LogScanner> scanner = m_scanner;
    watcher->setFuture(QtConcurrent::run(
        m_pool,
        [scanner = std::move(scanner)](QPromise<Result> &promise, Request job,
                                       const std::shared_ptr<std::atomic<bool>> &cancel) {
            promise.setProgressRange(0, 100);
            promise.setProgressValueAndText(0, job.kind == Request::LoadFile
                                                   ? QCoreApplication::translate("LogPanel", "Reading…")
                                                   : QCoreApplication::translate("LogPanel", "Scanning…"));
            Result result = run(*scanner, std::move(job), cancel.get(),
                                [&promise](int percent) { promise.setProgressValue(percent); });
            promise.setProgressValue(100);
            promise.addResult(std::move(result));
        },
        std::move(request), m_cancel));
}

void LogLoader::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void LogLoader::abandon()
{
    if (!m_running)
        return;
    cancel();
    ++m_jobId; // its result, when it comes, is dropped (see start())
    m_running = false;
}
