// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
//
// .evtx reading through libevtx (compiled only when pkg-config finds it).
#include "evtxreader.h"

#include <QFile>

#include <algorithm>

#include <libevtx.h>

namespace sspilens {

namespace {

/// libevtx's error text, freed.
QString takeError(libevtx_error_t **error)
{
    if (!error || !*error)
        return {};
    char buffer[1024] = {};
    libevtx_error_sprint(*error, buffer, sizeof buffer);
    libevtx_error_free(error);
    return QString::fromLocal8Bit(buffer).trimmed();
}

class EvtxFile
{
public:
    EvtxFile() { libevtx_file_initialize(&m_file, nullptr); }
    ~EvtxFile()
    {
        if (m_open)
            libevtx_file_close(m_file, nullptr);
        libevtx_file_free(&m_file, nullptr);
    }
    EvtxFile(const EvtxFile &) = delete;
    EvtxFile &operator=(const EvtxFile &) = delete;

    bool open(const QString &path, QString *error)
    {
        libevtx_error_t *e = nullptr;
        const QByteArray name = QFile::encodeName(path);
        m_open = m_file && libevtx_file_open(m_file, name.constData(), LIBEVTX_OPEN_READ, &e) == 1;
        if (!m_open)
            *error = takeError(&e);
        return m_open;
    }
    libevtx_file_t *get() const { return m_file; }

private:
    libevtx_file_t *m_file = nullptr;
    bool m_open = false;
};

/// Reads record @p index (live or recovered) as XML. False when libevtx cannot read it.
bool readRecord(libevtx_file_t *file, int index, bool recovered, QByteArray &buffer, qint64 *offset)
{
    libevtx_record_t *record = nullptr;
    libevtx_error_t *e = nullptr;
    const int got = recovered ? libevtx_file_get_recovered_record_by_index(file, index, &record, &e)
                              : libevtx_file_get_record_by_index(file, index, &record, &e);
    if (got != 1) {
        takeError(&e);
        return false;
    }
    bool ok = false;
    size_t size = 0;
    if (libevtx_record_get_utf8_xml_string_size(record, &size, &e) == 1 && size > 0
        && size < static_cast<size_t>(64) * 1024 * 1024) {
        buffer.resize(static_cast<qsizetype>(size));
        ok = libevtx_record_get_utf8_xml_string(record, reinterpret_cast<uint8_t *>(buffer.data()), size, &e) == 1;
        if (ok) // the size counts the terminating NUL
            buffer.truncate(static_cast<qsizetype>(qstrnlen(buffer.constData(), static_cast<uint>(buffer.size()))));
    }
    off64_t at = 0;
    if (ok && libevtx_record_get_offset(record, &at, nullptr) == 1)
        *offset = static_cast<qint64>(at);
    takeError(&e);
    libevtx_record_free(&record, nullptr);
    return ok;
}

} // namespace

bool evtxSupported()
{
    return true;
}

EvtxReadResult EvtxReader::read(const RecordHandler &onRecord)
{
    EvtxReadResult result;
    if (!detail::checkEvtxFile(m_path, result))
        return result;
    EvtxFile file;
    QString error;
    if (!file.open(m_path, &error)) {
        // The signature was right, so the damage is inside (a broken header or first chunk).
        detail::addEvtxProblem(result, EvtxProblem::Damaged, m_path);
        return result;
    }
    result.opened = true;
    if (libevtx_file_is_corrupted(file.get(), nullptr) == 1 && !result.has(EvtxProblem::Truncated))
        detail::addEvtxProblem(result, EvtxProblem::Damaged, m_path);

    int live = 0;
    int recoverable = 0;
    libevtx_file_get_number_of_records(file.get(), &live, nullptr);
    if (m_includeRecovered)
        libevtx_file_get_number_of_recovered_records(file.get(), &recoverable, nullptr);
    live = std::max(live, 0);
    recoverable = std::max(recoverable, 0);

    EvtxProgress progress;
    progress.recordsTotal = static_cast<qint64>(live) + recoverable;
    progress.bytesTotal = result.fileSize;
    if (m_progress)
        m_progress(progress);

    QByteArray buffer;
    EvtxRecord record;
    qint64 index = 0;
    for (int pass = 0; pass < 2 && !result.cancelled && !result.stopped; ++pass) {
        const bool recovered = pass == 1;
        const int count = recovered ? recoverable : live;
        for (int i = 0; i < count; ++i, ++index) {
            if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
                result.cancelled = true;
                break;
            }
            qint64 offset = 0;
            if (readRecord(file.get(), i, recovered, buffer, &offset)) {
                record.xml = QString::fromUtf8(buffer);
                auto events = parseEventXml(record.xml);
                record.event = events.empty() ? EventRecord() : std::move(events.front());
                record.event.source = EventSource::Evtx;
                record.index = index;
                record.recovered = recovered;
                ++result.records;
                if (recovered)
                    ++result.recovered;
                if (onRecord && !onRecord(record))
                    result.stopped = true;
            } else if (recovered) {
                ++result.recoveredFailed;
            } else {
                ++result.failed;
            }
            progress.recordsDone = index + 1;
            // libevtx 20181227 gives every record the offset 0: then the bytes are estimated
            // from the share of records done.
            if (offset <= 0 && progress.recordsTotal > 0)
                offset = result.fileSize * progress.recordsDone / progress.recordsTotal;
            progress.bytesDone = std::min(std::max(progress.bytesDone, offset), result.fileSize);
            if (m_progress)
                m_progress(progress);
            if (result.stopped)
                break;
        }
    }
    if (result.failed > 0)
        detail::addEvtxProblem(result, EvtxProblem::Damaged, m_path, result.failed);
    return result;
}

} // namespace sspilens
