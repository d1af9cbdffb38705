// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "report.h"

#include "eventcatalog.h"
#include "events.h"
#include "guides.h"
#include "redact.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <climits>

/// Translation context of reports (lupdate needs a class to see Report::tr()).
class Report
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

namespace sspilens {

namespace {

/// The value as its family writes it (Kerberos 0x18, TLS alert 40, Win32 1326), for people; JSON
/// and CSV keep "0x" and eight hex digits for scripts.
QString shownValue(const StatusCode *code, quint32 value)
{
    return code ? formatValue(code->family, value) : formatHex(value);
}

QString jsonValue(const QString &text)
{
    return text.isNull() ? QStringLiteral("null") : jsonQuote(text);
}

QString maskedFile(const QString &file, Redactor *redactor)
{
    return redactor && !file.isEmpty() ? redactor->text(file) : file;
}

QString location(const ReportLocation &where, Redactor *redactor = nullptr)
{
    return where.file.isEmpty() ? Report::tr("line %1").arg(where.line)
                                : maskedFile(where.file, redactor) + QLatin1Char(':') + QString::number(where.line);
}

/// A Markdown table cell: "|" escaped, line breaks as spaces.
QString mdCell(QString text)
{
    text.replace(QLatin1Char('|'), QLatin1String("\\|"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

/// The text of a finding for output: a code as written is never masked, a message may be.
QString findingText(const Finding &f, Redactor *redactor)
{
    return redactor && f.form == FindingForm::Message ? redactor->text(f.text) : f.text;
}

QString eventJson(const Finding &f, Redactor *redactor)
{
    const EventRecord &e = *f.event;
    QStringList members;
    if (e.eventId != 0)
        members << QStringLiteral("\"id\": ") + QString::number(e.eventId);
    if (e.record != 0)
        members << QStringLiteral("\"record\": ") + QString::number(e.record);
    if (!e.time.isEmpty())
        members << QStringLiteral("\"time\": ") + jsonQuote(e.time);
    if (!e.provider.isEmpty())
        members << QStringLiteral("\"provider\": ") + jsonQuote(e.provider);
    if (!e.computer.isEmpty())
        members << QStringLiteral("\"computer\": ")
                       + jsonQuote(redactor ? redactor->value(Redactor::Kind::Host, e.computer) : e.computer);
    if (!f.eventField.isEmpty())
        members << QStringLiteral("\"field\": ") + jsonQuote(f.eventField);
    return QStringLiteral("{") + members.join(QStringLiteral(", ")) + QStringLiteral("}");
}

/// Markdown inline code that survives backticks in the text.
QString mdCode(const QString &text)
{
    const QString fence = text.contains(QLatin1Char('`')) ? QStringLiteral("`` ") : QStringLiteral("`");
    const QString close = text.contains(QLatin1Char('`')) ? QStringLiteral(" ``") : QStringLiteral("`");
    return fence + text + close;
}

QString markdownHead(const ReportSummary &summary, Redactor *redactor)
{
    QString md;
    md += QStringLiteral("# ") + Report::tr("Status codes found") + QStringLiteral("\n\n");
    if (!summary.files().isEmpty()) {
        QStringList names;
        for (const QString &f : summary.files())
            names << mdCode(maskedFile(f, redactor));
        md += Report::tr("Scanned: %1").arg(names.join(QStringLiteral(", "))) + QStringLiteral("\n\n");
    }
    if (summary.isEmpty()) {
        md += Report::tr("No status codes were found.") + QStringLiteral("\n");
        return md;
    }
    md += Report::tr("%1 of %2.", "Markdown report: '7 findings' of '3 codes'")
              .arg(Report::tr("%n finding(s)", nullptr, int(std::min<qint64>(summary.findingCount(), INT_MAX))),
                   Report::tr("%n code(s)", nullptr, int(summary.entries().size())))
          + QStringLiteral("\n\n");

    md += QStringLiteral("| ") + Report::tr("Code") + QStringLiteral(" | ") + Report::tr("Value")
          + QStringLiteral(" | ") + Report::tr("Count") + QStringLiteral(" | ") + Report::tr("First seen")
          + QStringLiteral(" | ") + Report::tr("Last seen") + QStringLiteral(" |\n|---|---|---:|---|---|\n");
    for (const SummaryEntry &e : summary.entries()) {
        const QString name = codeName(e.code);
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                  .arg(mdCode(name), shownValue(e.code, e.value), QString::number(e.count), location(e.first, redactor),
                       location(e.last, redactor));
    }
    return md;
}

QString markdown(const ReportSummary &summary, Redactor *redactor)
{
    QString md = markdownHead(summary, redactor);
    if (summary.isEmpty())
        return md;
    md += markdownEvents(summary, redactor);
    for (const SummaryEntry &e : summary.entries()) {
        md += QStringLiteral("\n## ");
        md += QStringLiteral("%1 (%2)").arg(codeName(e.code), shownValue(e.code, e.value));
        md += QStringLiteral("\n\n**") + Report::tr("Meaning:") + QStringLiteral("** ") + codeMeaning(e.code)
              + QStringLiteral("\n");
        if (e.code) {
            if (e.code->windowsMessage && *e.code->windowsMessage)
                md += QStringLiteral("\n**") + Report::tr("Windows message:") + QStringLiteral("** \"")
                      + QString::fromLatin1(e.code->windowsMessage) + QStringLiteral("\"\n");
            if (e.code->explanation && *e.code->explanation)
                md += QStringLiteral("\n") + trCatalog(e.code->explanation) + QStringLiteral("\n");
            if (!e.code->causes.empty())
                md += QStringLiteral("\n### ") + Report::tr("Likely causes") + QStringLiteral("\n\n")
                      + markdownCauses(*e.code);
            if (!e.code->nextSteps.empty())
                md += QStringLiteral("\n### ") + Report::tr("Next steps") + QStringLiteral("\n\n")
                      + markdownNextSteps(*e.code);
        }
        md += QStringLiteral("\n### ") + Report::tr("Where it appears") + QStringLiteral("\n\n");
        for (const ReportLocation &where : e.locations)
            md += QStringLiteral("- ") + location(where, redactor) + QStringLiteral("\n");
        if (e.count > e.locations.size())
            md += QStringLiteral("- ") + Report::tr("… and %1 more").arg(e.count - e.locations.size())
                  + QStringLiteral("\n");
    }
    return md;
}

} // namespace

QString markdownSummary(const ReportSummary &summary, Redactor *redactor)
{
    return markdownHead(summary, redactor);
}

QString markdownEvents(const ReportSummary &summary, Redactor *redactor)
{
    if (summary.events().empty())
        return {};
    QString md = QStringLiteral("\n## ") + Report::tr("Events") + QStringLiteral("\n\n");
    md += Report::tr("%n event(s) with codes.", nullptr, int(std::min<qint64>(summary.eventCount(), INT_MAX)))
          + QStringLiteral("\n\n");
    md += QStringLiteral("| ") + Report::tr("Event") + QStringLiteral(" | ") + Report::tr("Record")
          + QStringLiteral(" | ") + Report::tr("Time") + QStringLiteral(" | ") + Report::tr("Computer")
          + QStringLiteral(" | ") + Report::tr("Account") + QStringLiteral(" | ") + Report::tr("Codes")
          + QStringLiteral(" | ") + Report::tr("Where") + QStringLiteral(" |\n|---|---:|---|---|---|---|---|\n");
    for (const SummaryEvent &se : summary.events()) {
        const EventRecord &e = *se.event;
        QStringList codes;
        for (const SummaryEvent::Code &c : se.codes) {
            const QString code =
                mdCode(codeName(c.code)) + QStringLiteral(" (") + shownValue(c.code, c.value) + QLatin1Char(')');
            //: Markdown report, Events table: "`STATUS_LOGON_FAILURE` (0xC000006D) in Status"
            codes << (c.field.isEmpty() ? code : Report::tr("%1 in %2").arg(code, c.field));
        }
        const QString account = e.account();
        md +=
            QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                .arg(mdCell(eventTitle(e)), e.record ? QString::number(e.record) : QString(),
                     mdCell(eventTimeShown(e.time)),
                     mdCell(redactor && !e.computer.isEmpty() ? redactor->value(Redactor::Kind::Host, e.computer)
                                                              : e.computer),
                     mdCell(redactor && !account.isEmpty() ? redactor->value(Redactor::Kind::User, account) : account),
                     mdCell(codes.join(QStringLiteral("; "))), mdCell(location(se.where, redactor)));
    }
    const qint64 more = summary.eventCount() - qint64(summary.events().size());
    if (more > 0)
        md += QStringLiteral("\n") + Report::tr("… and %1 more").arg(more) + QStringLiteral("\n");
    return md;
}

QString eventTitle(const EventRecord &event)
{
    if (event.eventId == 0)
        return event.provider;
    const KnownEvent *known = EventCatalog::find(event);
    const QString id = QString::number(event.eventId);
    return known && known->name ? id + QLatin1Char(' ') + trEvents(known->name) : id;
}

QString eventTimeShown(const QString &time)
{
    const qsizetype dot = time.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return time;
    qsizetype end = dot + 1;
    while (end < time.size() && time.at(end).isDigit())
        ++end;
    qsizetype keep = end;
    while (keep > dot + 4 && time.at(keep - 1) == QLatin1Char('0'))
        --keep;
    return time.first(keep) + time.sliced(end);
}

QString findingEventText(const Finding &finding, Redactor *redactor)
{
    if (!finding.event)
        return {};
    const EventRecord &e = *finding.event;
    QStringList parts;
    const QString title = eventTitle(e);
    if (!title.isEmpty())
        parts << title;
    if (!e.time.isEmpty())
        parts << eventTimeShown(e.time);
    if (!e.computer.isEmpty())
        parts << (redactor ? redactor->value(Redactor::Kind::Host, e.computer) : e.computer);
    if (!finding.eventField.isEmpty())
        parts << finding.eventField;
    return parts.join(QStringLiteral(", "));
}

QString markdownCauses(const StatusCode &code)
{
    QString md;
    for (const char *cause : code.causes)
        md += QStringLiteral("- ") + trCatalog(cause) + QStringLiteral("\n");
    return md;
}

QString markdownNextSteps(const StatusCode &code)
{
    const auto commandBlock = [](const char *command, const QString &indent) {
        return QStringLiteral("\n") + indent + QStringLiteral("```\n") + indent + QString::fromUtf8(command)
               + QStringLiteral("\n") + indent + QStringLiteral("```\n\n");
    };
    QString md;
    int n = 0;
    for (const NextStep &step : code.nextSteps) {
        md += QStringLiteral("%1. ").arg(++n) + trCatalog(step.text);
        if (step.guide != Guide::None && guideInfo(step.guide))
            md += QStringLiteral(" ") + Report::tr("(see “%1” below)").arg(guideTitle(step.guide));
        md += QStringLiteral("\n");
        if (step.command && *step.command)
            md += commandBlock(step.command, QStringLiteral("   "));
    }
    // Each guide once, after the code's own steps.
    for (const Guide guide : guidesOf(code)) {
        const GuideInfo *info = guideInfo(guide);
        md += QStringLiteral("\n**") + Report::tr("See: %1").arg(trGuide(info->title)) + QStringLiteral("**\n\n");
        for (const GuideStep &step : info->steps) {
            md += QStringLiteral("- ") + trGuide(step.text) + QStringLiteral("\n");
            if (step.command && *step.command)
                md += commandBlock(step.command, QStringLiteral("  "));
        }
    }
    return md;
}

QString findingSymbol(const Finding &finding)
{
    return finding.code ? finding.code->symbolString() : QString();
}

QString codeName(const StatusCode *code)
{
    return code ? code->symbolString() : Report::tr("Unknown SSPI code");
}

QString codeMeaning(const StatusCode *code)
{
    if (!code)
        return Report::tr("A value in the SSPI block of the security facility that no winerror.h macro names.");
    return trCatalog(code->meaning);
}

void ReportSummary::addFile(const QString &file)
{
    if (!file.isEmpty() && !m_files.contains(file))
        m_files << file;
}

void ReportSummary::add(const Finding &finding, const QString &file)
{
    addFile(file);
    ++m_findings;
    const ReportLocation here{file, finding.line};
    if (finding.event) {
        // The findings of one event come one after another.
        if (finding.event.get() != m_lastEvent) {
            m_lastEvent = finding.event.get();
            if (++m_eventCount <= maxEvents)
                m_events.push_back({finding.event, here, {}});
        }
        if (m_eventCount <= maxEvents) {
            SummaryEvent &se = m_events.back();
            const Family fam = finding.code ? finding.code->family : Family::Sspi;
            const bool seen = std::any_of(se.codes.cbegin(), se.codes.cend(), [&](const SummaryEvent::Code &c) {
                return c.family == fam && c.value == finding.value && c.field == finding.eventField;
            });
            if (!seen)
                se.codes.push_back({fam, finding.value, finding.code, finding.eventField});
        }
    } else {
        m_lastEvent = nullptr;
    }
    const Family family = finding.code ? finding.code->family : Family::Sspi;
    const quint64 identity = Catalog::identity(family, finding.value);
    const auto it = m_index.constFind(identity);
    if (it == m_index.cend()) {
        SummaryEntry e;
        e.family = family;
        e.value = finding.value;
        e.code = finding.code;
        e.count = 1;
        e.first = e.last = here;
        if (!file.isEmpty())
            e.files << file;
        e.locations << here;
        m_index.insert(identity, m_entries.size());
        m_entries.push_back(std::move(e));
        return;
    }
    SummaryEntry &e = m_entries[*it];
    ++e.count;
    e.last = here;
    if (!file.isEmpty() && !e.files.contains(file))
        e.files << file;
    if (e.locations.size() < SummaryEntry::maxLocations)
        e.locations << here;
}

ReportWriter::ReportWriter(ReportFormat format, Redactor *redactor) : m_format(format), m_redactor(redactor)
{}

QString ReportWriter::begin()
{
    m_written = 0;
    switch (m_format) {
    case ReportFormat::Json: return QStringLiteral("{\"findings\": [");
    case ReportFormat::Csv:
        return QStringLiteral("file,line,column,offset,length,text,form,family,symbol,value,meaning,event_id,record,"
                              "time,computer,field\r\n");
    case ReportFormat::Text:
    case ReportFormat::Markdown: break;
    }
    return {};
}

QString ReportWriter::finding(const Finding &f, const QString &name)
{
    const QString family = familyKey(f.code ? f.code->family : Family::Sspi);
    const QString symbol = findingSymbol(f);
    if (m_redactor && f.event)
        m_redactor->learn(*f.event);
    const QString file = maskedFile(name, m_redactor);
    const QString text = findingText(f, m_redactor);
    switch (m_format) {
    case ReportFormat::Json: {
        QString s = m_written++ ? QStringLiteral(",\n  ") : QStringLiteral("\n  ");
        s += QStringLiteral("{\"file\": %1, \"line\": %2, \"column\": %3, \"offset\": %4, \"length\": %5, "
                            "\"text\": %6, \"form\": \"%7\", \"family\": \"%8\", \"symbol\": %9, ")
                 .arg(jsonQuote(file), QString::number(f.line), QString::number(f.column), QString::number(f.offset),
                      QString::number(f.length), jsonQuote(text), findingFormKey(f.form), family, jsonValue(symbol));
        s += QStringLiteral("\"value\": \"%1\"").arg(formatHex(f.value));
        if (!f.language.isEmpty())
            s += QStringLiteral(", \"language\": ") + jsonQuote(f.language);
        if (f.event)
            s += QStringLiteral(", \"event\": ") + eventJson(f, m_redactor);
        s += QLatin1Char('}');
        return s;
    }
    case ReportFormat::Csv: {
        ++m_written;
        QStringList cells{file,
                          QString::number(f.line),
                          QString::number(f.column),
                          QString::number(f.offset),
                          QString::number(f.length),
                          text,
                          findingFormKey(f.form),
                          family,
                          symbol,
                          formatHex(f.value),
                          codeMeaning(f.code)};
        const EventRecord *e = f.event.get();
        cells << (e && e->eventId ? QString::number(e->eventId) : QString())
              << (e && e->record ? QString::number(e->record) : QString()) << (e ? e->time : QString())
              << (e && m_redactor && !e->computer.isEmpty() ? m_redactor->value(Redactor::Kind::Host, e->computer)
                  : e                                       ? e->computer
                                                            : QString())
              << f.eventField;
        return csvRow(cells);
    }
    case ReportFormat::Text: {
        ++m_written;
        const QString where = (file.isEmpty() ? QStringLiteral("-") : file) + QLatin1Char(':') + QString::number(f.line)
                              + QLatin1Char(':') + QString::number(f.column);
        QString s = QStringLiteral("%1  %2  %3  %4\n")
                        .arg(where, codeName(f.code), shownValue(f.code, f.value), codeMeaning(f.code));
        if (f.event)
            //: Text output, the line after a finding inside an event: "in 4625 An account failed to log
            //: on, 2016-06-29T15:24:36.686Z, WIN-L0ZZQ76PMUF, SubStatus" (event, time, computer, field).
            s += QStringLiteral("  ") + Report::tr("in %1").arg(findingEventText(f, m_redactor)) + QLatin1Char('\n');
        return s;
    }
    case ReportFormat::Markdown: ++m_written; break;
    }
    return {};
}

QString ReportWriter::end(const ReportSummary &summary)
{
    switch (m_format) {
    case ReportFormat::Json: {
        QString s = m_written ? QStringLiteral("\n],\n\"summary\": [") : QStringLiteral("],\n\"summary\": [");
        bool first = true;
        for (const SummaryEntry &e : summary.entries()) {
            s += first ? QStringLiteral("\n  ") : QStringLiteral(",\n  ");
            first = false;
            s += QStringLiteral("{\"family\": \"%1\", \"symbol\": %2, \"value\": \"%3\", \"count\": %4, "
                                "\"first_line\": %5, \"last_line\": %6, \"category\": %7, \"meaning\": %8}")
                     .arg(familyKey(e.family), e.code ? jsonQuote(e.code->symbolString()) : QStringLiteral("null"),
                          formatHex(e.value), QString::number(e.count), QString::number(e.first.line),
                          QString::number(e.last.line),
                          e.code ? jsonQuote(categoryKey(e.code->category)) : QStringLiteral("null"),
                          jsonQuote(codeMeaning(e.code)));
        }
        s += first ? QStringLiteral("]}\n") : QStringLiteral("\n]}\n");
        return s;
    }
    case ReportFormat::Csv: return {};
    case ReportFormat::Markdown: return markdown(summary, m_redactor);
    case ReportFormat::Text: break;
    }

    QString s;
    if (summary.isEmpty()) {
        s += Report::tr("No status codes found.") + QLatin1Char('\n');
        return s;
    }
    const bool manyFiles = summary.files().size() > 1;
    s += QLatin1Char('\n')
         + Report::tr("%1, %2", "Summary: N findings, N codes")
               .arg(Report::tr("Summary: %n finding(s)", nullptr,
                               int(std::min<qint64>(summary.findingCount(), INT_MAX))),
                    Report::tr("%n code(s)", nullptr, int(summary.entries().size())))
         + QLatin1Char('\n');
    // Two lines per code: the facts, then the meaning on its own line, which keeps the facts
    // readable at any terminal width instead of one soft-wrapped line of 170 columns.
    for (const SummaryEntry &e : summary.entries()) {
        const QString name = codeName(e.code);
        const QString lines =
            e.first.line == e.last.line
                ? Report::tr("line %1").arg(e.first.line)
                : Report::tr("lines %1-%2").arg(QString::number(e.first.line), QString::number(e.last.line));
        QString seen = lines;
        if (manyFiles) {
            seen =
                e.first.file == e.last.file
                    ? QStringLiteral("%1 %2").arg(maskedFile(e.first.file, m_redactor), lines)
                    : Report::tr("first %1, last %2").arg(location(e.first, m_redactor), location(e.last, m_redactor));
        }
        s += QStringLiteral("  %1  %2  %3  %4\n      %5\n")
                 .arg(name, shownValue(e.code, e.value),
                      Report::tr("%n time(s)", nullptr, int(std::min<qint64>(e.count, INT_MAX))), seen,
                      codeMeaning(e.code));
    }
    return s;
}

QString formatReport(ReportFormat format, const std::vector<Finding> &findings, const QString &file, Redactor *redactor)
{
    if (redactor)
        for (const Finding &f : findings)
            if (f.event)
                redactor->learn(*f.event);
    ReportWriter writer(format, redactor);
    ReportSummary summary;
    summary.addFile(file);
    QString out = writer.begin();
    for (const Finding &f : findings) {
        out += writer.finding(f, file);
        summary.add(f, file);
    }
    out += writer.end(summary);
    return out;
}

bool writeReport(QIODevice *device, ReportFormat format, const std::vector<Finding> &findings, const QString &file,
                 Redactor *redactor)
{
    if (!device)
        return false;
    const QByteArray bytes = formatReport(format, findings, file, redactor).toUtf8();
    return device->write(bytes) == bytes.size();
}

QString jsonQuote(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        const char16_t u = ch.unicode();
        switch (u) {
        case u'"': out += QStringLiteral("\\\""); break;
        case u'\\': out += QStringLiteral("\\\\"); break;
        case u'\n': out += QStringLiteral("\\n"); break;
        case u'\r': out += QStringLiteral("\\r"); break;
        case u'\t': out += QStringLiteral("\\t"); break;
        case u'\b': out += QStringLiteral("\\b"); break;
        case u'\f': out += QStringLiteral("\\f"); break;
        default:
            // Controls, and lone surrogates that would not survive UTF-8 output; a valid pair
            // stays as it is, so that a file name or a match reads the same in the JSON bytes.
            if (u < 0x20 || u == 0x7F) {
                out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
            } else if (ch.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                out += ch;
                out += text.at(++i);
            } else if (ch.isSurrogate()) {
                out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
            } else {
                out += ch;
            }
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvRow(const QStringList &fields)
{
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString &field : fields)
        cells << csvField(field);
    return cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace sspilens
