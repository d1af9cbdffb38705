// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"
#include "statuscode.h"

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace sspilens {

struct EventRecord;

/// How a code was written in the log.
enum class FindingForm : quint8 {
    Hex,     ///< 0x80090325, 0X8009030C, bare 80090308, 0xFFFFFFFF80090326, 0x8009030e/-2146893042
    Decimal, ///< -2146893019 (signed) or 2148074254 (unsigned)
    Symbol,  ///< SEC_E_WRONG_PRINCIPAL, an alias, in any case
    Message, ///< the Windows message text, e.g. "The target principal name is incorrect."
};

/// Stable key of a form for JSON and CSV: "hex", "decimal", "symbol", "message".
QString findingFormKey(FindingForm form);
/// Translated display name of a form (context "Scanner").
QString findingFormName(FindingForm form);

/// One status code found in a text.
struct Finding {
    qint64 offset = 0; ///< UTF-16 code units from the start of the scanned text (or stream)
    qint64 length = 0; ///< UTF-16 code units
    qint64 line = 1;   ///< 1-based; lines end at '\n' ("\r\n" counts once)
    qint64 column = 1; ///< 1-based, UTF-16 code units from the start of the line
    QString text;      ///< the matched text, as written
    FindingForm form = FindingForm::Hex;
    quint32 value = 0; ///< the 32-bit value (0 for SEC_E_OK)
    /// The catalog entry; nullptr for a value in the SSPI block that no macro names
    /// ("unknown SSPI code").
    const StatusCode *code = nullptr;
    /// For a Message finding: the language of the text that matched ("zh-TW", "zh-CN", ...), or
    /// empty for the English Windows text and the other fingerprints. "user" marks a text the
    /// user taught (see ExtraMessage).
    QString language;
    /// The event the finding lies in (an .evtx record, an <Event> of an XML export, an Event
    /// Viewer text block), or null; shared by every finding of that event.
    std::shared_ptr<const EventRecord> event;
    /// The event field the finding is the value of ("SubStatus"), or empty.
    QString eventField;

    bool isKnown() const { return code != nullptr; }
};

/// Receives findings in increasing offset order. Return false to stop the scan.
using FindingSink = std::function<bool(const Finding &)>;

/// A message text matched like the catalog's Windows messages, beyond them: a localized Windows
/// text (Windows' own, in another language) or one the user taught ("this text means ...").
struct ExtraMessage {
    const StatusCode *code = nullptr;
    QString text;
    QString language; ///< "zh-TW", "de-DE", ... or "user"
};

/**
 * Finds SSPI status codes in log text, in every form real logs use, and nothing that only looks
 * like one (other HRESULTs, other codes of the security facility, NTSTATUS values, GUIDs,
 * pointers, hashes, digits inside longer numbers).
 *
 * A single hand-written pass, linear in the input: no regular expressions, no backtracking.
 * Matches never overlap; where two could, the one that starts first wins, then the longer one.
 * The scanner is immutable after construction and may be shared between threads.
 */
class LogScanner
{
public:
    explicit LogScanner(const Catalog &catalog = Catalog::instance(),
                        const std::vector<ExtraMessage> &extraMessages = {});
    ~LogScanner();
    LogScanner(const LogScanner &) = delete;
    LogScanner &operator=(const LogScanner &) = delete;

    /**
     * Scans a whole text. Offsets and columns are in UTF-16 code units of @p text (QString
     * indices, what QTextDocument uses); lines and columns are 1-based, and @p firstLine is the
     * line number of the first line of @p text, so that a caller can scan a block in the middle
     * of a document. @p cancel (may be null) is polled; when it becomes true the scan stops and
     * returns what it found so far.
     */
    std::vector<Finding> scan(QStringView text, const std::atomic<bool> *cancel = nullptr, qint64 firstLine = 1) const;

    /// Like scan(), but hands each finding to @p sink as soon as it is known. Returns false
    /// when stopped by @p cancel or by the sink.
    bool scan(QStringView text, const FindingSink &sink, const std::atomic<bool> *cancel = nullptr,
              qint64 firstLine = 1) const;

    const Catalog &catalog() const { return m_catalog; }
    /// The vector filter this scanner runs: "avx2", "ssse3" or "scalar" (the best the CPU has,
    /// capped by the environment variable SSPILENS_SCANNER_ISA; tests compare the paths).
    QString instructionSet() const;

    /// The longest stretch of text one finding can span (in UTF-16 code units). A message
    /// split by a line wrap matches when each white-space run is at most maxWhitespaceRun long.
    qint64 maxFindingLength() const;
    static constexpr int maxWhitespaceRun = 64;

    struct Engine; ///< matching tables (internal)

private:
    friend class ScanStream;
    const Catalog &m_catalog;
    std::unique_ptr<const Engine> m_engine;
};

/**
 * Scans text that arrives in pieces (a file read in chunks, a pipe) with bounded memory: each
 * finding is reported exactly once, even when it straddles the border between two pieces, with
 * offsets and line numbers counted from the start of the stream, and the findings are exactly
 * those LogScanner::scan() gives for the whole text. Between pieces it keeps a tail of a few
 * times LogScanner::maxFindingLength() code units, so findings come out a few KiB after the
 * text that completes them (all of them by finish()).
 */
class ScanStream
{
public:
    explicit ScanStream(const LogScanner &scanner, qint64 firstLine = 1);
    ~ScanStream();
    ScanStream(const ScanStream &) = delete;
    ScanStream &operator=(const ScanStream &) = delete;

    /// Adds the next piece of text and reports the findings it completes. Returns false when
    /// the sink asked to stop, or after finish().
    bool feed(QStringView piece, const FindingSink &sink);
    /// The stream's own buffer, for a decoder to append the next piece to directly (saves a
    /// copy of every piece: TextDecoder::decode(bytes, stream.buffer())); then call
    /// feedAppended(). Only ever append to it.
    QString &buffer() { return m_buffer; }
    /// Scans what was appended to buffer() since the last call; like feed().
    bool feedAppended(const FindingSink &sink);
    /// Ends the stream and reports what is left. Returns false when the sink asked to stop.
    bool finish(const FindingSink &sink);

    /// UTF-16 code units fed so far.
    qint64 charactersSeen() const { return m_base + m_buffer.size(); }
    /// UTF-16 code units held between pieces: at most the last piece plus a few times
    /// LogScanner::maxFindingLength(), whatever the length of the stream.
    qsizetype bufferedCharacters() const { return m_buffer.size(); }

    struct State; ///< emission state shared with LogScanner::scan (internal)

private:
    const LogScanner &m_scanner;
    QString m_buffer;         ///< context kept from earlier pieces plus the unscanned text
    qint64 m_base = 0;        ///< stream offset of m_buffer[0]
    qsizetype m_scanFrom = 0; ///< index in m_buffer of the first position not yet scanned
    std::unique_ptr<State> m_state;
    bool m_finished = false;
};

} // namespace sspilens
