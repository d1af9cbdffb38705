// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
//
// The parts of .evtx reading that need no libevtx: the header check, the warnings and, in a build
// without libevtx, the reader that explains how to export the log instead.
#include "evtxreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <algorithm>

namespace sspilens {

namespace {

constexpr qint64 kHeaderBlockSize = 4096; // the file header block
constexpr qint64 kChunkSize = 65536;      // every chunk, records and their templates

} // namespace

QString evtxExportHint(const QString &path)
{
    if (path.isEmpty()) {
        //: How to export a Windows event log as text SSPI Lens can read. The commands are not translated.
        return QCoreApplication::translate("Events", "On Windows, export the log as XML and open that file instead: "
                                                     "wevtutil qe Security /f:xml > security.xml");
    }
    const QString native = QDir::toNativeSeparators(path);
    //: How to export a saved .evtx file as XML or text. %1 is the file. The commands are not translated.
    return QCoreApplication::translate("Events", "On Windows, export the log as XML or text and open that file "
                                                 "instead: wevtutil qe \"%1\" /lf:true /f:xml > events.xml, or "
                                                 "Get-WinEvent -Path \"%1\" | Format-List > events.txt")
        .arg(native);
}

bool EvtxReadResult::has(EvtxProblem p) const
{
    return std::find(problems.begin(), problems.end(), p) != problems.end();
}

EvtxReader::EvtxReader(QString path) : m_path(std::move(path))
{}

namespace detail {

void addEvtxProblem(EvtxReadResult &result, EvtxProblem problem, const QString &path, qint64 count,
                    const QString &detail)
{
    const QString name = QFileInfo(path).fileName();
    QString text;
    switch (problem) {
    case EvtxProblem::CannotOpen:
        //: %1 is a file name, %2 the system's reason.
        text = QCoreApplication::translate("Events", "%1 could not be opened for reading: %2.").arg(name, detail);
        break;
    case EvtxProblem::Empty:
        //: %1 is a file name.
        text = QCoreApplication::translate("Events", "%1 is empty: it holds no events.").arg(name);
        break;
    case EvtxProblem::NotEvtx:
        //: %1 is a file name. "ElfFile" is the signature every .evtx file starts with; not translated.
        text = QCoreApplication::translate("Events", "%1 is not a Windows event log (.evtx): it does not start with "
                                                     "the \"ElfFile\" signature. If it is an exported log, open it "
                                                     "as text or XML instead.")
                   .arg(name);
        break;
    case EvtxProblem::Truncated:
        //: %1 is a file name.
        text = QCoreApplication::translate("Events", "%1 is cut off: its last part is missing, probably because it "
                                                     "was copied while Windows was writing it or the copy stopped "
                                                     "early. The events in the part that is there are shown.")
                   .arg(name);
        break;
    case EvtxProblem::Damaged:
        if (count > 0) {
            const int n = static_cast<int>(std::min<qint64>(count, INT_MAX));
            //: %1 is a file name; %n is how many records could not be read.
            text = QCoreApplication::translate("Events",
                                               "%1 is damaged: %n record(s) could not be read and were "
                                               "skipped. Every other record is shown.",
                                               "", n)
                       .arg(name);
        } else {
            //: %1 is a file name.
            text = QCoreApplication::translate("Events", "%1 is damaged: parts of it are not valid. Every record that "
                                                         "could be read is shown.")
                       .arg(name);
        }
        break;
    case EvtxProblem::NoLibevtx:
        //: %1 is the file name. The sentence is followed by how to export the log on Windows.
        text = QCoreApplication::translate("Events", "This copy of SSPI Lens cannot read .evtx files such as %1 "
                                                     "(it was built without libevtx).")
                   .arg(name)
               + u' ' + evtxExportHint(path);
        break;
    }
    // One warning per kind: a second "damaged" replaces the first (the count is the final one).
    const auto it = std::find(result.problems.begin(), result.problems.end(), problem);
    if (it != result.problems.end()) {
        result.warnings[static_cast<qsizetype>(it - result.problems.begin())] = text;
        return;
    }
    result.problems.push_back(problem);
    result.warnings.push_back(text);
}

bool checkEvtxFile(const QString &path, EvtxReadResult &result)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        addEvtxProblem(result, EvtxProblem::CannotOpen, path, 0, file.errorString());
        return false;
    }
    result.fileSize = file.size();
    if (result.fileSize == 0) {
        addEvtxProblem(result, EvtxProblem::Empty, path);
        return false;
    }
    const QByteArray head = file.read(kHeaderBlockSize);
    if (!looksLikeEvtx(head)) {
        addEvtxProblem(result, EvtxProblem::NotEvtx, path);
        return false;
    }
    // The header's own size fields (header block size at 40, chunk count at 42) are not to be
    // trusted (a full, wrapped log keeps an old chunk count), but every file is one header block
    // and whole chunks: anything else was cut off.
    qint64 blockSize = kHeaderBlockSize;
    if (head.size() >= 44)
        blockSize = qFromLittleEndian<quint16>(head.constData() + 40);
    if (blockSize != kHeaderBlockSize)
        blockSize = kHeaderBlockSize;
    if (result.fileSize < blockSize + kChunkSize || (result.fileSize - blockSize) % kChunkSize != 0)
        addEvtxProblem(result, EvtxProblem::Truncated, path);
    return result.fileSize >= blockSize;
}

} // namespace detail

#ifndef SSPILENS_HAVE_LIBEVTX

bool evtxSupported()
{
    return false;
}

EvtxReadResult EvtxReader::read(const RecordHandler &onRecord)
{
    Q_UNUSED(onRecord);
    EvtxReadResult result;
    if (detail::checkEvtxFile(m_path, result))
        detail::addEvtxProblem(result, EvtxProblem::NoLibevtx, m_path);
    return result;
}

#endif

} // namespace sspilens
