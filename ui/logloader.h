// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include "findingsmodel.h"
#include "loghighlighter.h"
#include "logreader.h"
#include "summarymodel.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

class QThreadPool;

namespace sspilens {
class LogScanner;
struct ExtraMessage;
} // namespace sspilens

/**
 * Runs core's LogReader for the log decoder: a file, pasted text, or the edited text again
 * (rescan). Small inputs are read at once with load(); large ones by start() in a QtConcurrent
 * job (QPromise) that reports progress and ends with finished(). There is one way to stop a job:
 * cancel() (a newer start() and the destructor use it too).
 *
 * Besides the findings it builds the text to show: lines longer than the display limit are cut
 * there and the cuts recorded (a line of 100 MB costs no more than its first characters). An
 * .evtx file has no text to show: its findings carry their events.
 */
class LogLoader : public QObject
{
    Q_OBJECT

public:
    struct Request {
        enum Kind { LoadFile, LoadText, Rescan };
        Kind kind = LoadText;
        QString path;
        QString text;
        QString label; ///< the file name the summary rows carry
        sspilens::LogReadOptions options;
        qsizetype lineLimit = 3000;
        quint64 revision = 0;
    };

    struct Result {
        Request::Kind kind = Request::LoadText;
        QString path;
        QByteArray encoding; ///< as requested (empty: detected)
        sspilens::LogReadResult read;
        FindingList findings;
        std::vector<SummaryModel::Row> rows;
        /// The text to show: line ends normalised, lines longer than the display limit cut.
        std::vector<QString> pieces;
        std::vector<LogHighlighter::LineCut> cuts;
        qint64 cutLines = 0;
        quint64 revision = 0;
        /// A Windows event log (.evtx): no text to show, only the events of its findings.
        bool eventLog = false;
        /// Records an event log held, or -1 when the reader does not say.
        qint64 eventRecords = -1;

        bool cancelled() const { return read.status == sspilens::LogReadResult::Status::Cancelled; }
    };

    explicit LogLoader(QObject *parent = nullptr);
    ~LogLoader() override;

    /// Reads @p request on this thread.
    Result load(Request request) const;
    /// Reads @p request on a worker thread; finished() follows. A job still running is cancelled
    /// and its result dropped.
    void start(Request request);
    /// Stops the running job; finished() still comes, with a cancelled result.
    void cancel();
    /// Stops the running job and drops its result (no finished()).
    void abandon();
    bool isRunning() const { return m_running; }
    const sspilens::LogScanner &scanner() const { return *m_scanner; }
    /// Builds a new scanner that also matches @p messages (taught and system texts); the next
    /// job uses it, a running one finishes with the scanner it started with.
    void setExtraMessages(const std::vector<sspilens::ExtraMessage> &messages);

signals:
    void progressChanged(int percent);
    void progressTextChanged(const QString &text);
    void finished(const LogLoader::Result &result);

private:
    static Result run(const sspilens::LogScanner &scanner, Request request, const std::atomic<bool> *cancel,
                      const std::function<void(int)> &progress);

    std::shared_ptr<const sspilens::LogScanner> m_scanner; ///< shared with the job that runs on it
    QThreadPool *m_pool = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_jobId = 0;
    bool m_running = false;
};
