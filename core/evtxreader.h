// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include "events.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace sspilens {

/// True when this build reads .evtx files (libevtx was found when it was built).
bool evtxSupported();

/// What a user without .evtx support can do instead: the wevtutil and Get-WinEvent commands that
/// export @p path (or the Security log) as XML or text (translated).
QString evtxExportHint(const QString &path = {});

/// Something wrong with an .evtx file. A file can have several (truncated and damaged).
enum class EvtxProblem : quint8 {
    CannotOpen, ///< the file could not be opened for reading
    Empty,      ///< zero bytes
    NotEvtx,    ///< no "ElfFile\0" signature
    Truncated,  ///< shorter than its header and chunks need: cut off while copying
    Damaged,    ///< libevtx marks it corrupted, or some records could not be read
    NoLibevtx,  ///< this build cannot read .evtx files
};

/// How far reading has come; recordsTotal counts the file's records (recovered ones included).
struct EvtxProgress {
    qint64 recordsDone = 0;
    qint64 recordsTotal = 0;
    /// How far into the file reading is: the last record's offset, or, where libevtx does not
    /// give record offsets (20181227 does not), the file size times the share of records done.
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
};

/// One record, handed out while the file is read.
struct EvtxRecord {
    QString xml;            ///< the record as event XML; event's offsets refer to this text
    EventRecord event;      ///< parseEventXml(xml) with source EventSource::Evtx
    qint64 index = 0;       ///< 0-based position: the file's records, then the recovered ones
    bool recovered = false; ///< a recovered record (found by libevtx outside the live records)
};

/// What reading a file found.
struct EvtxReadResult {
    bool opened = false; ///< libevtx opened the file (its records, if any, were read)
    qint64 fileSize = 0;
    qint64 records = 0;         ///< records handed out (recovered ones included)
    qint64 recovered = 0;       ///< of which recovered
    qint64 failed = 0;          ///< live records that could not be read and were skipped
    qint64 recoveredFailed = 0; ///< recovered records that could not be read (leftovers: not a fault)
    bool cancelled = false;
    bool stopped = false; ///< the record handler asked to stop
    std::vector<EvtxProblem> problems;
    QStringList warnings; ///< one clear, translated sentence per problem, in the same order

    bool has(EvtxProblem p) const;
};

/// Reads an .evtx file record by record, in file order, through libevtx: read only (the file is
/// never modified), one record in memory at a time, whatever the file's size.
class EvtxReader
{
public:
    /// Receives each record; may move from it. Returns false to stop reading.
    using RecordHandler = std::function<bool(EvtxRecord &record)>;
    using ProgressHandler = std::function<void(const EvtxProgress &progress)>;

    explicit EvtxReader(QString path);

    /// Reading stops before the next record once *cancel is true.
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    /// Called after every record (and once at the start).
    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }
    /// Also hand out the records libevtx recovers from unused space (default true).
    void setIncludeRecovered(bool include) { m_includeRecovered = include; }

    EvtxReadResult read(const RecordHandler &onRecord);

private:
    QString m_path;
    const std::atomic<bool> *m_cancel = nullptr;
    ProgressHandler m_progress;
    bool m_includeRecovered = true;
};

namespace detail {

/// Checks an .evtx file's size and header without libevtx; fills problems and warnings of
/// @p result. Returns false when the file cannot be read at all.
bool checkEvtxFile(const QString &path, EvtxReadResult &result);
/// Adds @p problem with its translated warning to @p result.
void addEvtxProblem(EvtxReadResult &result, EvtxProblem problem, const QString &path, qint64 count = 0,
                    const QString &detail = {});

} // namespace detail

} // namespace sspilens
