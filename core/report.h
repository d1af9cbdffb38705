// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include "scanner.h"
#include "statuscode.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QIODevice;

namespace sspilens {

struct EventRecord;
class Redactor;

/// Output formats of findings. Text is for people at a terminal, Markdown for a ticket.
enum class ReportFormat { Text, Json, Csv, Markdown };

/// Where a code was seen: a file (may be empty) and a 1-based line.
struct ReportLocation {
    QString file;
    qint64 line = 0;
};

/// Everything known about one code after a scan.
struct SummaryEntry {
    Family family = Family::Sspi;
    quint32 value = 0;
    const StatusCode *code = nullptr; ///< nullptr: unknown SSPI code
    qint64 count = 0;
    ReportLocation first;
    ReportLocation last;
    QStringList files;               ///< distinct files, in order of first appearance
    QList<ReportLocation> locations; ///< the first maxLocations places it was seen
    static constexpr int maxLocations = 50;
};

/// An event that carries findings, with its codes (the Markdown report's "Events" section).
struct SummaryEvent {
    std::shared_ptr<const EventRecord> event;
    ReportLocation where; ///< where its first finding is
    struct Code {
        Family family = Family::Sspi;
        quint32 value = 0;
        const StatusCode *code = nullptr;
        QString field; ///< the event field it is the value of, or empty
    };
    std::vector<Code> codes; ///< distinct (code, field), in order of appearance
};

/**
 * Groups findings by code, that is by (family, value): Kerberos 0x18 and an SSPI 0x18 are two
 * codes. Count, first and last line, files. Memory grows with the number of
 * distinct codes, not with the number of findings, so a CLI can summarise any log.
 */
class ReportSummary
{
public:
    void add(const Finding &finding, const QString &file = {});
    /// In order of first appearance.
    const std::vector<SummaryEntry> &entries() const { return m_entries; }
    qint64 findingCount() const { return m_findings; }
    QStringList files() const { return m_files; }
    bool isEmpty() const { return m_findings == 0; }
    /// Counts a scanned file even when nothing was found in it.
    void addFile(const QString &file);

    /// The first maxEvents events that carry findings, in order.
    const std::vector<SummaryEvent> &events() const { return m_events; }
    /// Every event that carries findings (also those beyond maxEvents).
    qint64 eventCount() const { return m_eventCount; }
    static constexpr int maxEvents = 500;

private:
    std::vector<SummaryEvent> m_events;
    qint64 m_eventCount = 0;
    const EventRecord *m_lastEvent = nullptr;
    std::vector<SummaryEntry> m_entries;
    QHash<quint64, size_t> m_index; ///< Catalog::identity(family, value) -> entry
    QStringList m_files;
    qint64 m_findings = 0;
};

/// "SEC_E_UNTRUSTED_ROOT", or "" for an unknown SSPI code.
QString findingSymbol(const Finding &finding);
/// The symbol, or "Unknown SSPI code" for a value in the SSPI block that no macro names: the one
/// wording every view, report and the CLI use for it.
QString codeName(const StatusCode *code);
/// The translated one-line meaning, or the one "unknown SSPI code" explanation.
QString codeMeaning(const StatusCode *code);

/// "4625 An account failed to log on": the event ID and the event catalog's short name
/// (translated); the ID alone for an event it does not know; the provider when there is no ID.
QString eventTitle(const EventRecord &event);
/// An event's time for people: ISO 8601 as written, with fractions of a second beyond the
/// millisecond dropped when they are zeros (libevtx writes nine digits).
QString eventTimeShown(const QString &time);
/// Where a finding lies, for people: "4625 An account failed to log on, 2016-06-29T15:24:36.686Z,
/// WIN-L0ZZQ76PMUF, SubStatus" (unknown parts left out; computer masked by @p redactor); empty
/// for a finding outside events.
QString findingEventText(const Finding &finding, Redactor *redactor = nullptr);

/**
 * Writes findings in one format, piece by piece, so that a caller can print each finding as
 * it is found and keep only a ReportSummary: begin(), then finding() for each, then end().
 *
 * JSON: {"findings": [{"file", "line", "column", "offset", "length", "text", "form", "family",
 * "symbol", "value"[, "event": {"id", "record", "time", "provider", "computer", "field"}]}...],
 * "summary": [{"family", "symbol", "value", "count", "first_line", "last_line", "category",
 * "meaning"}...]} with value "0x" + 8 upper-case hex digits and symbol null for an unknown code;
 * "event" only for a finding inside an event, its unknown members left out. CSV (RFC 4180,
 * CRLF): one row per finding with the JSON keys plus "meaning", then "event_id", "record",
 * "time", "computer" and "field" (empty outside events). Text: a finding inside an event is
 * followed by a line naming the event (findingEventText()). Markdown writes everything in end(),
 * from the summary: the codes, then an "Events" table (each event with its codes), then each
 * code's explanation.
 *
 * With a Redactor, names (file names, computers, accounts) are masked in every format; codes,
 * event IDs, record numbers and times are not. Each event is learned (Redactor::learn()) when its
 * first finding is written.
 */
class ReportWriter
{
public:
    /// @p redactor (may be null: nothing masked) must outlive the writer.
    explicit ReportWriter(ReportFormat format, Redactor *redactor = nullptr);

    QString begin();
    QString finding(const Finding &finding, const QString &file = {});
    QString end(const ReportSummary &summary);

    ReportFormat format() const { return m_format; }

private:
    ReportFormat m_format;
    Redactor *m_redactor = nullptr;
    qint64 m_written = 0;
};

/// The head of the Markdown report alone: title, scanned files and the table of codes with
/// count, first and last place (what the log decoder's "Copy summary as Markdown" copies).
QString markdownSummary(const ReportSummary &summary, Redactor *redactor = nullptr);
/// The Markdown "Events" section of @p summary (empty when no finding lies in an event).
QString markdownEvents(const ReportSummary &summary, Redactor *redactor = nullptr);

/// A code's likely causes as a Markdown bullet list, in the current UI language (shared by the
/// report and the code library's "Copy as Markdown").
QString markdownCauses(const StatusCode &code);
/// A code's next steps as a numbered Markdown list, each command in its own fenced block.
QString markdownNextSteps(const StatusCode &code);

/// The whole report for the findings of one text (a convenience over ReportWriter). With a
/// @p redactor, every event is learned before the first line is written.
QString formatReport(ReportFormat format, const std::vector<Finding> &findings, const QString &file = {},
                     Redactor *redactor = nullptr);
/// Writes formatReport() as UTF-8; false when the device fails.
bool writeReport(QIODevice *device, ReportFormat format, const std::vector<Finding> &findings, const QString &file = {},
                 Redactor *redactor = nullptr);

/// A JSON string literal, quotes included.
QString jsonQuote(const QString &text);
/// A CSV field, quoted when it contains a comma, a quote, CR or LF (RFC 4180).
QString csvField(const QString &text);
/// One CSV record (RFC 4180): the fields quoted where needed, comma-separated, ending in CRLF.
QString csvRow(const QStringList &fields);

} // namespace sspilens
