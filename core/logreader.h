// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include "evtxreader.h"
#include "scanner.h"
#include "textdecode.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QIODevice;

namespace sspilens {

/// Where a log comes from.
class LogSource
{
public:
    enum class Kind {
        File,          ///< a path: a regular file, or a device, pipe or socket (read without blocking)
        StandardInput, ///< the process's standard input
        Text,          ///< text already in memory (pasted, dropped, typed): not decoded, not refused
    };

    static LogSource file(const QString &path);
    static LogSource standardInput();
    static LogSource text(QString text);

    Kind kind() const { return m_kind; }
    const QString &path() const { return m_path; }
    const QString &text() const { return m_text; }

private:
    Kind m_kind = Kind::Text;
    QString m_path;
    QString m_text;
};

/// Everything worth telling about a read; one set for the command line and the log decoder.
enum class LogWarning {
    InvalidBytes,   ///< some bytes are not valid in the encoding used: they became U+FFFD (still scanned)
    LegacyEncoding, ///< neither UTF-8 nor UTF-16: decoded in the fallback code page (still scanned)
    Empty,          ///< no text at all (a file of 0 bytes, /dev/null, an empty pipe)
    Shrunk,         ///< fewer bytes than the size the file had when opened: what was read is scanned
    Binary,         ///< refused: binary data, not a text log (see looksLikeBinary())
    /// refused: a Windows event log (.evtx, "ElfFile\0") that does not come from a file (a pipe,
    /// standard input): the event reader needs the file itself
    EventLogFile,
    /// an .evtx file with a problem (LogNote::evtxProblem; the sentence is LogNote::detail): damaged
    /// or truncated (the good records are read, status Ok), empty (Ok), not an event log though
    /// named .evtx and not text either, unreadable by libevtx, or no libevtx in this build (Refused)
    EventLogProblem,
    IsDirectory, ///< refused: a directory, not a file
    CannotOpen,  ///< refused: could not be opened (the OS error is in LogNote::detail)
    ReadFailed,  ///< a read failed after opening (the OS error is in LogNote::detail); what was read is scanned
    TooLarge,    ///< refused: more bytes than LogReadOptions::maximumBytes
};

/// One warning with what it needs to be told.
struct LogNote {
    LogWarning warning = LogWarning::InvalidBytes;
    QString detail;                                 ///< the OS error, or the encoding name
    qint64 done = 0;                                ///< Shrunk: bytes read; TooLarge: the cap
    qint64 expected = 0;                            ///< Shrunk: the size when opened
    EvtxProblem evtxProblem = EvtxProblem::Damaged; ///< EventLogProblem: which one

    /// A sentence for people, translated (context "LogReader"); @p name is the input as the
    /// front end writes it (a file name, “<stdin>”).
    QString message(const QString &name) const;
};

/// Where a LogReader gets the bytes of a LogSource::File from instead of the file system (tests
/// inject failing devices). The device must be open, or carry the reason in errorString().
using LogDeviceOpener = std::function<std::unique_ptr<QIODevice>(const QString &path)>;

/// How to read.
struct LogReadOptions {
    /// Decode as this encoding (a name QStringDecoder knows); empty: detect (BOM, UTF-16 NUL
    /// pattern, else UTF-8).
    QByteArray encoding;
    /// The legacy code page for bytes that are neither UTF-8 nor UTF-16 (see
    /// legacyEncodingFor()); empty: keep UTF-8 with U+FFFD. Used only when @c encoding is empty,
    /// nothing was detected and the first block is mostly not UTF-8 (DecodeInfo::looksBinary with
    /// invalid bytes).
    QByteArray fallbackEncoding;
    /// Refuse inputs of more bytes than this (TooLarge), whatever the file says its size is;
    /// negative: no cap.
    qint64 maximumBytes = -1;
    /// Polled between reads (and while a pipe or device is silent); true stops the read (Cancelled).
    const std::atomic<bool> *cancel = nullptr;
    /// After each piece: bytes (or, for text, characters) read so far and the total (-1 when not
    /// known: pipes, devices, standard input).
    std::function<void(qint64 done, qint64 total)> progress;
    /// Receives the text exactly as scanned (decoded, line ends normalised), piece by piece, before
    /// the findings it completes. Optional: the command line does not need it.
    std::function<void(QStringView piece)> text;
    /// Replaces the file system for LogSource::File (tests). An .evtx file is then refused
    /// (EventLogFile): the event reader opens files itself.
    LogDeviceOpener opener;
    /// Also read the events of text (event XML, Event Viewer text, PowerShell lists) and give each
    /// finding inside one its Finding::event and Finding::eventField. .evtx files always have them.
    bool events = true;
};

/// What a read ended with.
struct LogReadResult {
    enum class Status {
        Ok,        ///< read to the end and scanned (notes may still warn)
        Refused,   ///< nothing scanned: Binary, EventLogFile, IsDirectory, CannotOpen, TooLarge
        Failed,    ///< ReadFailed: the text before the error was scanned
        Cancelled, ///< LogReadOptions::cancel
        Stopped,   ///< the finding sink returned false
    };
    Status status = Status::Ok;
    std::vector<LogNote> notes; ///< in the order found
    DecodeInfo decodeInfo;      ///< how the bytes were decoded (empty encoding for text)
    qint64 bytesRead = 0;
    qint64 expectedSize = -1; ///< the size when opened; -1 when not known
    qint64 characters = 0;    ///< UTF-16 code units scanned
    qint64 lines = 0;         ///< lines scanned (0 for no text)
    qint64 events = 0;        ///< events read: .evtx records, events found in text

    bool has(LogWarning warning) const { return note(warning) != nullptr; }
    const LogNote *note(LogWarning warning) const;
};

/**
 * THE reading pipeline of SSPI Lens, used by the command line and the log decoder alike:
 *
 *     source -> bytes (bounded chunks; pipes and devices polled, so Cancel works while they are silent)
 *            -> .evtx signature check -> TextDecoder (forced encoding, detection, legacy fallback)
 *            -> one binary policy (looksLikeBinary() on the first decoded block) -> size cap
 *            -> line ends normalised -> ScanStream (its own thread for a long input) -> findings
 *                                    -> parseEvents (sliding) -> each finding's event and field
 *     .evtx file -> EvtxReader, record by record -> each record's XML scanned -> findings with
 *                   their event (records without a finding are dropped at once)
 *
 * **.evtx.** The text of an .evtx file is its records' XML, each followed by a line feed: the
 * output of `evtxexport -f xml` without its two-line banner, so a finding's offset and line are
 * those of that export (line + 2 in the export itself). Each finding's EventRecord keeps its
 * record's XML in EventRecord::text. Problems (damaged, truncated, ...) are EventLogProblem notes
 * with EvtxReader's sentences; the good records are always read. Progress counts the file's bytes.
 *
 * **Events in text.** A finding held by an event that is not complete yet waits until it is (or
 * until the end), so findings inside events come out later than others, still in order. An event
 * longer than maxPendingEvent characters (or a tab-delimited Event Viewer table longer than that)
 * is parsed as far as it goes and the rest read as plain text: memory stays bounded.
 *
 * **Line ends.** "\r\n" and a lone "\r" become "\n" before scanning, whatever the source, so a
 * finding's offset, line and column count the same text in every front end (and equal positions
 * in a QTextDocument, which makes the same change).
 *
 * **Two threads for a long input.** Once scanBesideAfter characters are read, the scanner goes on
 * on a thread of its own, fed piece by piece, while the calling thread reads, decodes and reads
 * the events: a long log takes about as long as the slower of the two, not their sum. The
 * findings are the same, in the same order, and the finding sink is still called on the calling
 * thread only. A short input (a paste, a small file) never starts a thread.
 *
 * Memory is bounded: one chunk of bytes, the decoded pieces on their way to the scanner (two at
 * most) and ScanStream's tail, whatever the length of the input. Findings come out in order as
 * soon as they are known. Files are only ever opened for reading. Safe to use from any thread; one
 * reader may serve several reads at once.
 */
class LogReader
{
public:
    /// Bytes read at a time: the piece decoded from them stays in the processor's cache for the
    /// passes that follow (line ends, events, scanner).
    static constexpr qint64 chunkBytes = qint64(256) << 10;
    /// Characters read before the scanner moves to a thread of its own (see above).
    static constexpr qint64 scanBesideAfter = qint64(4) << 20;
    /// Characters of LogSource::Text scanned at a time (progress and Cancel in between).
    static constexpr qsizetype textPiece = qsizetype(1) << 20;
    /// Characters of an unfinished event kept while waiting for its end (see above).
    static constexpr qsizetype maxPendingEvent = qsizetype(16) << 20;

    explicit LogReader(const LogScanner &scanner);

    /// Reads @p source, handing each finding to @p sink (which may return false to stop).
    LogReadResult read(const LogSource &source, const FindingSink &sink, const LogReadOptions &options = {}) const;

    /// The binary policy: @p firstBlock (the first TextDecoder::detectionSize characters decoded)
    /// is binary data when more than one character in 20 is a control character other than tab,
    /// line feed, vertical tab, form feed, carriage return and escape (NUL and DEL included;
    /// U+001A, which ICU writes for bytes a code page does not map, excluded). U+FFFD does not
    /// count: it is text in another encoding, handled by the legacy fallback.
    static bool looksLikeBinary(QStringView firstBlock);

    /// Turns "\r\n" and lone "\r" into "\n" in @p text from @p from on, in place. @p afterCr says
    /// the text before @p from ended with "\r" (a "\n" right at @p from is then dropped) and is
    /// updated for the next piece.
    static void normaliseLineEnds(QString &text, qsizetype from, bool &afterCr);

private:
    const LogScanner &m_scanner;
};

} // namespace sspilens
