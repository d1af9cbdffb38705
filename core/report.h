// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include "scanner.h"
#include "statuscode.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

class QIODevice;

namespace sspilens {

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

private:
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

/**
 * Writes findings in one format, piece by piece, so that a caller can print each finding as
 * it is found and keep only a ReportSummary: begin(), then finding() for each, then end().
 *
 * JSON: {"findings": [{"file", "line", "column", "offset", "length", "text", "form", "family",
 * "symbol", "value"}...], "summary": [{"family", "symbol", "value", "count", "first_line",
 * "last_line", "category", "meaning"}...]} with value "0x" + 8 upper-case hex digits and
 * symbol null for an unknown code. CSV (RFC 4180, CRLF): one row per finding with the JSON keys
 * plus "meaning". Markdown writes everything in end(), from the summary.
 */
class ReportWriter
{
public:
    explicit ReportWriter(ReportFormat format);

    QString begin();
    QString finding(const Finding &finding, const QString &file = {});
    QString end(const ReportSummary &summary);

    ReportFormat format() const { return m_format; }

private:
    ReportFormat m_format;
    qint64 m_written = 0;
};

/// The head of the Markdown report alone: title, scanned files and the table of codes with
/// count, first and last place (what the log decoder's "Copy summary as Markdown" copies).
QString markdownSummary(const ReportSummary &summary);

/// A code's likely causes as a Markdown bullet list, in the current UI language (shared by the
/// report and the code library's "Copy as Markdown").
QString markdownCauses(const StatusCode &code);
/// A code's next steps as a numbered Markdown list, each command in its own fenced block.
QString markdownNextSteps(const StatusCode &code);

/// The whole report for the findings of one text (a convenience over ReportWriter).
QString formatReport(ReportFormat format, const std::vector<Finding> &findings, const QString &file = {});
/// Writes formatReport() as UTF-8; false when the device fails.
bool writeReport(QIODevice *device, ReportFormat format, const std::vector<Finding> &findings,
                 const QString &file = {});

/// A JSON string literal, quotes included.
QString jsonQuote(const QString &text);
/// A CSV field, quoted when it contains a comma, a quote, CR or LF (RFC 4180).
QString csvField(const QString &text);
/// One CSV record (RFC 4180): the fields quoted where needed, comma-separated, ending in CRLF.
QString csvRow(const QStringList &fields);

} // namespace sspilens
