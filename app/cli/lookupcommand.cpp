// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "cli.h"

#include "catalog.h"
#include "eventcatalog.h"
#include "guides.h"
#include "lookup.h"
#include "report.h"
#include "textdecode.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <climits>
#include <cstdio>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#endif

namespace sspilens::cli {

namespace {

// --- terminal text ---------------------------------------------------------------------------

/// East Asian wide and full-width characters take two terminal columns.
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
           || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
           || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
           || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

/// Terminal columns of @p text.
int displayWidth(QStringView text)
{
    int width = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

/// @p text followed by spaces up to @p columns terminal columns.
QString padded(const QString &text, int columns)
{
    return text + QString(std::max(0, columns - displayWidth(text)), QLatin1Char(' '));
}

// Chinese punctuation that must not start a line, and brackets that must not end one.
bool noBreakBefore(QChar c)
{
    return QStringView(u"，。、；：！？）」』〉》】…,.;:!?)]}").contains(c);
}

bool noBreakAfter(QChar c)
{
    return QStringView(u"（「『〈《【([{").contains(c);
}

/// True when a line may break before text[i]: after a space, or next to a wide character.
bool mayBreakBefore(QStringView text, qsizetype i)
{
    const QChar prev = text.at(i - 1);
    const QChar cur = text.at(i);
    if (cur.isSpace() || cur.isLowSurrogate())
        return false;
    if (prev.isSpace())
        return true;
    return (isWide(prev.unicode()) || isWide(cur.unicode())) && !noBreakBefore(cur) && !noBreakAfter(prev);
}

/**
 * @p text wrapped to @p width columns (0: unchanged) for a line on which @p used columns are
 * already taken; continuation lines start with @p indent. Words longer than a line (a URL, a
 * command) are left whole.
 */
QString wrapped(QStringView text, int used, const QString &indent, int width)
{
    if (width <= 0 || used + displayWidth(text) <= width)
        return text.toString();
    QString out;
    int column = used;
    const int indentWidth = displayWidth(indent);
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype j = i + 1;
        while (j < text.size() && !mayBreakBefore(text, j))
            ++j;
        const QStringView piece = text.mid(i, j - i);
        const int pieceWidth = displayWidth(piece.trimmed());
        if (column > indentWidth && column + pieceWidth > width) {
            while (out.endsWith(QLatin1Char(' ')))
                out.chop(1);
            out += QLatin1Char('\n') + indent;
            column = indentWidth;
        }
        out += piece;
        column += displayWidth(piece);
        i = j;
    }
    return out;
}

/// What a person typed, short enough to echo on one line of text output.
QString shownInput(const QString &input)
{
    constexpr qsizetype maxShown = 60;
    QString shown = input.left(maxShown + 1);
    for (QChar &c : shown) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    if (input.size() > maxShown) {
        shown.truncate(maxShown - 1);
        if (shown.back().isHighSurrogate())
            shown.chop(1);
        // %1 is the start of what was typed, cut short.
        shown = Cli::tr("%1… (%n characters)", "", int(std::min<qsizetype>(input.size(), INT_MAX))).arg(shown);
    }
    return shown;
}

// --- CSV and JSON --------------------------------------------------------------------------

QJsonArray stringArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QJsonObject codeJson(const StatusCode &c, bool full)
{
    QJsonObject o;
    o.insert(QStringLiteral("family"), familyKey(c.family));
    o.insert(QStringLiteral("symbol"), c.symbolString());
    o.insert(QStringLiteral("value"), c.hex());
    o.insert(QStringLiteral("signed"), qint64(c.signedValue()));
    o.insert(QStringLiteral("unsigned"), qint64(c.unsignedValue()));
    o.insert(QStringLiteral("aliases"), stringArray(c.aliasList()));
    o.insert(QStringLiteral("severity"), severityKey(c.severity));
    o.insert(QStringLiteral("category"), categoryKey(c.category));
    o.insert(QStringLiteral("meaning"), trCatalog(c.meaning));
    o.insert(QStringLiteral("natural_value"), formatValue(c));
    o.insert(QStringLiteral("wrapper"), c.wrapper);
    if (!full)
        return o;
    o.insert(QStringLiteral("category_name"), categoryName(c.category));
    o.insert(QStringLiteral("packages"), stringArray(packageNames(c.packages)));
    o.insert(QStringLiteral("windows_message"), QString::fromLatin1(c.windowsMessage));
    o.insert(QStringLiteral("explanation"), trCatalog(c.explanation));
    QJsonArray causes;
    for (const char *cause : c.causes)
        causes.append(trCatalog(cause));
    o.insert(QStringLiteral("causes"), causes);
    QJsonArray steps;
    for (const NextStep &s : c.nextSteps) {
        QJsonObject step;
        step.insert(QStringLiteral("text"), trCatalog(s.text));
        step.insert(QStringLiteral("command"), s.command ? QJsonValue(QString::fromUtf8(s.command)) : QJsonValue());
        if (s.guide != Guide::None && guideInfo(s.guide))
            step.insert(QStringLiteral("guide"), guideTitle(s.guide));
        steps.append(step);
    }
    o.insert(QStringLiteral("next_steps"), steps);
    QJsonArray related;
    for (const RelatedCode &r : c.related) {
        QJsonObject rel;
        rel.insert(QStringLiteral("family"), familyKey(r.family));
        rel.insert(QStringLiteral("symbol"), QString::fromLatin1(r.symbol));
        rel.insert(QStringLiteral("value"), formatHex(Catalog::instance().valueOf(r)));
        rel.insert(QStringLiteral("natural_value"), formatValue(r.family, Catalog::instance().valueOf(r)));
        if (r.note)
            rel.insert(QStringLiteral("note"), trCatalog(r.note));
        related.append(rel);
    }
    o.insert(QStringLiteral("related"), related);
    QJsonArray events;
    for (const EventSite &site : c.events) {
        QJsonObject event;
        event.insert(QStringLiteral("id"), int(site.eventId));
        event.insert(QStringLiteral("field"), QString::fromLatin1(site.field));
        events.append(event);
    }
    o.insert(QStringLiteral("events"), events);
    return o;
}

QString statusKey(LookupResult::Status status)
{
    switch (status) {
    case LookupResult::Status::Found: return QStringLiteral("found");
    case LookupResult::Status::SeveralMeanings: return QStringLiteral("several_meanings");
    case LookupResult::Status::NotInFamily: return QStringLiteral("not_in_family");
    case LookupResult::Status::UnknownFamily: return QStringLiteral("unknown_family");
    case LookupResult::Status::UnassignedSspi: return QStringLiteral("unassigned_sspi");
    case LookupResult::Status::NotSspi: return QStringLiteral("not_sspi");
    case LookupResult::Status::NotFound: return QStringLiteral("not_found");
    case LookupResult::Status::Empty: return QStringLiteral("empty");
    }
    return {};
}

QString matchKey(LookupResult::Match match)
{
    switch (match) {
    case LookupResult::Match::None: return QStringLiteral("none");
    case LookupResult::Match::Value: return QStringLiteral("value");
    case LookupResult::Match::Symbol: return QStringLiteral("symbol");
    case LookupResult::Match::ExactSymbol: return QStringLiteral("exact_symbol");
    case LookupResult::Match::Message: return QStringLiteral("message");
    case LookupResult::Match::Text: return QStringLiteral("text");
    }
    return {};
}

QString viaKey(LookupResult::Via via)
{
    switch (via) {
    case LookupResult::Via::Direct: return QStringLiteral("direct");
    case LookupResult::Via::HResultFromWin32: return QStringLiteral("hresult_from_win32");
    case LookupResult::Via::HResultFromNt: return QStringLiteral("hresult_from_nt");
    }
    return {};
}

/// True when each code of @p r is an answer of its own (a number several families hold, a message
/// text two codes share), printed as one JSON object or CSV row each; a word search is one answer
/// with a list of matches.
bool onePerCode(const LookupResult &r)
{
    return r.found() && r.codes.size() > 1 && r.match != LookupResult::Match::Text;
}

QJsonObject anatomyJson(const ValueAnatomy &a)
{
    QJsonObject anatomy;
    anatomy.insert(QStringLiteral("description"), a.describe());
    anatomy.insert(QStringLiteral("fields"), stringArray(a.fieldLines()));
    anatomy.insert(QStringLiteral("facility"), int(a.facility));
    anatomy.insert(QStringLiteral("facility_name"), a.facilityName);
    anatomy.insert(QStringLiteral("code"), int(a.code));
    if (!a.knownName.isEmpty())
        anatomy.insert(QStringLiteral("known_as"), a.knownName);
    return anatomy;
}

/// One object of lookup's JSON array: @p code is the answer it describes (one of r.codes), or
/// nullptr for a token without one answer.
QJsonObject resultJson(const LookupResult &r, const StatusCode *code)
{
    QJsonObject o;
    o.insert(QStringLiteral("input"), r.input);
    o.insert(QStringLiteral("found"), r.found());
    o.insert(QStringLiteral("status"), statusKey(r.status));
    o.insert(QStringLiteral("match"), matchKey(r.match));
    if (code) {
        const QJsonObject full = codeJson(*code, true);
        for (auto it = full.begin(); it != full.end(); ++it)
            o.insert(it.key(), it.value());
        if (onePerCode(r))
            o.insert(QStringLiteral("candidates"), int(r.codes.size()));
        if (r.via != LookupResult::Via::Direct) {
            o.insert(QStringLiteral("via"), viaKey(r.via));
            o.insert(QStringLiteral("note"), r.note());
        }
        if (r.status == LookupResult::Status::SeveralMeanings)
            o.insert(QStringLiteral("note"), Cli::tr("several meanings: pick one with FAMILY:VALUE"));
        return o;
    }
    // No single answer: the fields that name one code stay null.
    for (const char *key : {"family", "symbol", "severity", "category", "meaning"})
        o.insert(QLatin1String(key), QJsonValue());
    o.insert(QStringLiteral("aliases"), QJsonArray());
    o.insert(QStringLiteral("value"), r.value ? QJsonValue(formatHex(*r.value)) : QJsonValue());
    if (r.family)
        o.insert(QStringLiteral("family"), familyKey(*r.family));
    if (r.codes.size() > 1) {
        QJsonArray matches;
        for (const StatusCode *c : r.codes)
            matches.append(codeJson(*c, false));
        o.insert(QStringLiteral("matches"), matches);
    }
    if (r.value && !r.found()) {
        if (r.anatomyApplies)
            o.insert(QStringLiteral("anatomy"), anatomyJson(r.anatomy));
        o.insert(QStringLiteral("signed"), qint64(qint32(*r.value)));
        o.insert(QStringLiteral("unsigned"), qint64(*r.value));
    }
    return o;
}

void appendJson(QJsonArray &json, const LookupResult &r)
{
    if (onePerCode(r)) {
        for (const StatusCode *c : r.codes)
            json.append(resultJson(r, c));
    } else {
        json.append(resultJson(r, r.found() && r.codes.size() == 1 ? r.codes.first() : nullptr));
    }
}

/// "  Label: text", wrapped with continuation lines indented by four spaces.
void printLabelled(QTextStream &out, const QString &label, const QString &text, int width)
{
    // A full-width colon (Chinese labels) already carries its own space.
    const QString head =
        QStringLiteral("  ") + label + (label.endsWith(QChar(0xFF1A)) ? QString() : QStringLiteral(" "));
    out << head << wrapped(text, displayWidth(head), QStringLiteral("    "), width) << QLatin1Char('\n');
}

/// "    1. text", wrapped under the text.
void printNumbered(QTextStream &out, int n, const QString &text, int width)
{
    const QString head = QStringLiteral("    %1. ").arg(n);
    out << head << wrapped(text, displayWidth(head), QString(head.size(), QLatin1Char(' ')), width)
        << QLatin1Char('\n');
}

/// Every notation of the value: the family's own first, then the others scripts and logs use.
QString valuesText(const StatusCode &c)
{
    switch (c.family) {
    case Family::Kerberos: return QStringLiteral("%1  %2").arg(formatValue(c), Cli::tr("decimal %1").arg(c.value));
    case Family::TlsAlert:
        return QStringLiteral("%1  %2").arg(formatValue(c),
                                            Cli::tr("hex 0x%1").arg(QString::number(c.value, 16).toUpper()));
    case Family::Win32:
        return QStringLiteral("%1  %2  %3")
            .arg(formatValue(c), Cli::tr("hex 0x%1").arg(QString::number(c.value, 16).toUpper()),
                 Cli::tr("as an HRESULT %1").arg(formatHex(0x80070000u | (c.value & 0xFFFFu))));
    case Family::Sspi:
    case Family::NtStatus:
    case Family::HResult: break;
    }
    return QStringLiteral("%1  %2  %3")
        .arg(c.hex(), Cli::tr("signed %1").arg(c.signedValue()), Cli::tr("unsigned %1").arg(c.unsignedValue()));
}

/// "event 4771 “Kerberos pre-authentication failed”, field Status; ...", the fields of one event together.
QString eventsText(const StatusCode &c)
{
    QList<quint16> ids;
    for (const EventSite &site : c.events) {
        if (!ids.contains(site.eventId))
            ids << site.eventId;
    }
    QStringList sites;
    for (quint16 id : std::as_const(ids)) {
        QStringList fields;
        for (const EventSite &site : c.events) {
            if (site.eventId == id)
                fields << QString::fromLatin1(site.field);
        }
        const QString field = fields.join(QStringLiteral(", "));
        const KnownEvent *event = EventCatalog::find(QStringView(), id);
        const QString number = QString::number(id);
        if (event && event->name)
            sites << (fields.size() > 1 ? Cli::tr("event %1 “%2”, fields %3").arg(number, trEvents(event->name), field)
                                        : Cli::tr("event %1 “%2”, field %3").arg(number, trEvents(event->name), field));
        else
            sites << (fields.size() > 1 ? Cli::tr("event %1, fields %2").arg(number, field)
                                        : Cli::tr("event %1, field %2").arg(number, field));
    }
    return sites.join(QStringLiteral("; "));
}

void printFull(QTextStream &out, const StatusCode &c, int width)
{
    out << c.symbolString() << QStringLiteral("  ") << formatValue(c) << QStringLiteral("  ") << familyKey(c.family)
        << QLatin1Char('\n');
    printLabelled(out, Cli::tr("Values:"), valuesText(c), width);
    if (!c.aliases.empty())
        printLabelled(out, Cli::tr("Aliases:"), c.aliasList().join(QStringLiteral(", ")), width);
    printLabelled(out, Cli::tr("Severity:"), severityName(c.severity), width);
    printLabelled(out, Cli::tr("Category:"), categoryName(c.category), width);
    printLabelled(out, Cli::tr("Packages:"), packageNames(c.packages).join(QStringLiteral(", ")), width);
    printLabelled(out, Cli::tr("Meaning:"), trCatalog(c.meaning), width);
    if (c.wrapper)
        printLabelled(out, Cli::tr("Wrapper:"),
                      Cli::tr("this code only says that something failed. Look inside: the exception message, the "
                              "inner exception or NativeErrorCode, and the log lines around it hold the real code."),
                      width);
    if (c.windowsMessage)
        printLabelled(out, Cli::tr("Windows message:"),
                      QLatin1Char('"') + QString::fromUtf8(c.windowsMessage) + QLatin1Char('"'), width);
    if (!c.events.empty())
        printLabelled(out, Cli::tr("Appears in:"), eventsText(c), width);
    printLabelled(out, Cli::tr("Explanation:"), trCatalog(c.explanation), width);
    out << QStringLiteral("  ") << Cli::tr("Likely causes:") << QLatin1Char('\n');
    int n = 0;
    for (const char *cause : c.causes)
        printNumbered(out, ++n, trCatalog(cause), width);
    out << QStringLiteral("  ") << Cli::tr("Next steps:") << QLatin1Char('\n');
    n = 0;
    for (const NextStep &s : c.nextSteps) {
        QString text = trCatalog(s.text);
        if (s.guide != Guide::None && guideInfo(s.guide))
            text += QLatin1Char(' ') + Cli::tr("(see “%1” below)").arg(guideTitle(s.guide));
        printNumbered(out, ++n, text, width);
        // Commands stay on one line, to be copied as they are.
        if (s.command)
            out << QStringLiteral("       $ ") << QString::fromUtf8(s.command) << QLatin1Char('\n');
    }
    // The generic procedures the steps refer to, each once.
    for (const Guide guide : guidesOf(c)) {
        const GuideInfo *info = guideInfo(guide);
        out << QStringLiteral("  ") << Cli::tr("See: %1").arg(trGuide(info->title)) << QLatin1Char('\n');
        for (const GuideStep &s : info->steps) {
            const QString head = QStringLiteral("     - ");
            out << head << wrapped(trGuide(s.text), displayWidth(head), QString(head.size(), QLatin1Char(' ')), width)
                << QLatin1Char('\n');
            if (s.command)
                out << QStringLiteral("       $ ") << QString::fromUtf8(s.command) << QLatin1Char('\n');
        }
    }
    if (!c.related.empty()) {
        // Cross-family: each with its family and the value as that family writes it.
        out << QStringLiteral("  ") << Cli::tr("Related:") << QLatin1Char('\n');
        for (const RelatedCode &r : c.related) {
            const QString name = QStringLiteral("%1 (%2 %3)")
                                     .arg(QString::fromLatin1(r.symbol), familyKey(r.family),
                                          formatValue(r.family, Catalog::instance().valueOf(r)));
            const QString text = r.note ? Cli::tr("%1: %2").arg(name, trCatalog(r.note)) : name;
            const QString head = QStringLiteral("     - ");
            out << head << wrapped(text, displayWidth(head), QString(head.size(), QLatin1Char(' ')), width)
                << QLatin1Char('\n');
        }
    }
}

/// A table row "  0x80090325  SEC_E_UNTRUSTED_ROOT ...  meaning": the meaning wraps under itself
/// when there is room for it, else the terminal wraps it.
void printRow(QTextStream &out, const QString &columns, const QString &meaning, int width)
{
    const int used = displayWidth(columns);
    const int room = width - used;
    out << columns << (room >= 30 ? wrapped(meaning, used, QString(used, QLatin1Char(' ')), width) : meaning)
        << QLatin1Char('\n');
}

/// "kerberos:0x18": the family and the value as that family writes it, the form lookup accepts.
QString qualifiedValue(const StatusCode &c)
{
    return familyKey(c.family) + QLatin1Char(':') + formatValue(c);
}

void printCodeRows(QTextStream &out, const QList<const StatusCode *> &codes, int width)
{
    int columnWidth = 0;
    for (const StatusCode *c : codes)
        columnWidth = std::max(columnWidth, int(qualifiedValue(*c).size()));
    for (const StatusCode *c : codes)
        printRow(out,
                 QStringLiteral("  %1  %2  ")
                     .arg(qualifiedValue(*c).leftJustified(columnWidth), c->symbolString().leftJustified(36)),
                 trCatalog(c->meaning), width);
}

void printAnatomy(QTextStream &out, const LookupResult &r, int width)
{
    out << QStringLiteral("  ") << wrapped(r.anatomy.describe(), 2, QStringLiteral("  "), width) << QLatin1Char('\n');
    for (const QString &line : r.anatomy.fieldLines())
        out << QStringLiteral("  ") << line << QLatin1Char('\n');
}

void printText(QTextStream &out, const LookupResult &r, int width)
{
    switch (r.status) {
    case LookupResult::Status::Found:
        if (r.codes.size() == 1) {
            if (r.via != LookupResult::Via::Direct)
                out << wrapped(r.note(), 0, QString(), width) << QLatin1Char('\n');
            printFull(out, *r.codes.first(), width);
        } else {
            out << Cli::tr("%n codes match \"%1\":", "", int(r.codes.size())).arg(shownInput(r.input))
                << QLatin1Char('\n');
            printCodeRows(out, r.codes, width);
        }
        break;
    case LookupResult::Status::SeveralMeanings:
        out << shownInput(r.input) << QStringLiteral("  ") << Cli::tr("several meanings: pick one with FAMILY:VALUE")
            << QLatin1Char('\n');
        printCodeRows(out, r.codes, width);
        break;
    case LookupResult::Status::NotInFamily:
        out << shownInput(r.input) << QStringLiteral("  ")
            << Cli::tr("not found in %1").arg(r.family ? familyKey(*r.family) : r.familyName) << QLatin1Char('\n');
        if (r.anatomyApplies)
            printAnatomy(out, r, width);
        break;
    case LookupResult::Status::UnassignedSspi:
    case LookupResult::Status::NotSspi:
        out << shownInput(r.input) << QStringLiteral("  ") << formatHex(*r.value) << QStringLiteral("  ")
            << (r.status == LookupResult::Status::UnassignedSspi ? codeName(nullptr)
                : *r.value < 0x10000u                            ? Cli::tr("no family of the catalog holds this number")
                                                                 : Cli::tr("not an SSPI status code"))
            << QLatin1Char('\n');
        printAnatomy(out, r, width);
        break;
    case LookupResult::Status::UnknownFamily:
    case LookupResult::Status::NotFound:
    case LookupResult::Status::Empty:
        out << shownInput(r.input) << QStringLiteral("  ")
            << Cli::tr("no code of any family matches this value, symbol or text") << QLatin1Char('\n');
        break;
    }
}

/// The tokens, with "-" replaced by the lines of standard input (any encoding TextDecoder
/// detects, so a PowerShell pipe in UTF-16 works too). Blank lines are skipped.
QStringList expandTokens(const QStringList &tokens)
{
    QStringList all;
    for (const QString &token : tokens) {
        if (token != QLatin1String("-")) {
            all << token;
            continue;
        }
        QFile in;
#ifdef Q_OS_WIN
        _setmode(_fileno(stdin), _O_BINARY);
#endif
        if (!in.open(stdin, QIODevice::ReadOnly))
            continue;
        const QString text = decodeText(in.readAll());
        for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
            line = line.trimmed();
            if (!line.isEmpty())
                all << line.toString();
        }
    }
    return all;
}

const QStringList &csvHeader()
{
    static const QStringList header{
        QStringLiteral("input"),    QStringLiteral("found"),    QStringLiteral("family"),   QStringLiteral("symbol"),
        QStringLiteral("value"),    QStringLiteral("signed"),   QStringLiteral("unsigned"), QStringLiteral("aliases"),
        QStringLiteral("severity"), QStringLiteral("category"), QStringLiteral("meaning"),
    };
    return header;
}

QStringList csvCodeRow(const QString &input, const StatusCode &c)
{
    return {input,
            QStringLiteral("true"),
            familyKey(c.family),
            c.symbolString(),
            c.hex(),
            QString::number(c.signedValue()),
            QString::number(c.unsignedValue()),
            c.aliasList().join(QLatin1Char(' ')),
            severityKey(c.severity),
            categoryKey(c.category),
            trCatalog(c.meaning)};
}

} // namespace

int runLookup(const Context &ctx, const QStringList &arguments)
{
    QTextStream &out = *ctx.out;
    const QStringList tokens = expandTokens(arguments);
    if (tokens.isEmpty()) {
        // Only "-", and standard input had nothing but blank lines.
        *ctx.err << QStringLiteral("sspilens-cli: ") << Cli::tr("lookup needs at least one code, symbol or text")
                 << QLatin1Char('\n');
        ctx.err->flush();
        return ExitUsage;
    }
    QList<LookupResult> results;
    results.reserve(tokens.size());
    for (const QString &token : tokens) {
        results << lookupToken(token);
        // A family no catalog has is a mistake in the command, not a code that was not found.
        if (results.constLast().status == LookupResult::Status::UnknownFamily) {
            *ctx.err << QStringLiteral("sspilens-cli: ")
                     << Cli::tr("unknown family '%1' in '%2' (families: %3)")
                            .arg(results.constLast().familyName, shownInput(token),
                                 familyKeys().join(QStringLiteral(", ")))
                     << QLatin1Char('\n');
            ctx.err->flush();
            return ExitUsage;
        }
    }
    bool allFound = true;
    QJsonArray json;
    if (ctx.format == Format::Csv)
        out << csvRow(csvHeader() + QStringList{QStringLiteral("status"), QStringLiteral("note")});
    bool first = true;
    for (const LookupResult &r : std::as_const(results)) {
        allFound = allFound && r.found();
        switch (ctx.format) {
        case Format::Json: appendJson(json, r); break;
        case Format::Csv:
            if (r.found()) {
                const QString note = r.status == LookupResult::Status::SeveralMeanings
                                         ? Cli::tr("several meanings: pick one with FAMILY:VALUE")
                                         : r.note();
                for (const StatusCode *c : r.codes)
                    out << csvRow(csvCodeRow(r.input, *c) + QStringList{statusKey(r.status), note});
            } else {
                const bool anatomy = r.value && r.anatomyApplies;
                QStringList row{r.input,
                                QStringLiteral("false"),
                                r.family ? familyKey(*r.family) : QString(),
                                QString(),
                                r.value ? formatHex(*r.value) : QString(),
                                r.value ? QString::number(qint32(*r.value)) : QString(),
                                r.value ? QString::number(*r.value) : QString(),
                                QString(),
                                QString(),
                                QString(),
                                anatomy ? r.anatomy.describe()
                                        : Cli::tr("no code of any family matches this value, symbol or text"),
                                statusKey(r.status),
                                QString()};
                out << csvRow(row);
            }
            break;
        case Format::Text:
            if (!first)
                out << QLatin1Char('\n');
            printText(out, r, ctx.width);
            break;
        }
        first = false;
    }
    if (ctx.format == Format::Json)
        out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    out.flush();
    return allFound ? ExitOk : ExitNotFound;
}

int runList(const Context &ctx)
{
    QTextStream &out = *ctx.out;
    const Catalog &catalog = Catalog::instance();
    switch (ctx.format) {
    case Format::Json: {
        QJsonArray all;
        for (const StatusCode &c : catalog.codes())
            all.append(codeJson(c, true));
        out << QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented));
        break;
    }
    case Format::Csv: {
        QStringList header = csvHeader().mid(2);
        header << QStringLiteral("packages") << QStringLiteral("windows_message");
        out << csvRow(header);
        for (const StatusCode &c : catalog.codes()) {
            QStringList row = csvCodeRow(QString(), c).mid(2);
            row << packageNames(c.packages).join(QLatin1Char(' ')) << QString::fromLatin1(c.windowsMessage);
            out << csvRow(row);
        }
        break;
    }
    case Format::Text:
        int severityWidth = 0;
        for (Severity severity : {Severity::Error, Severity::Informational, Severity::Success})
            severityWidth = std::max(severityWidth, displayWidth(severityName(severity)));
        for (const StatusCode &c : catalog.codes()) {
            printRow(
                out,
                QStringLiteral("%1  %2  %3  ")
                    .arg(c.hex(), c.symbolString().leftJustified(36), padded(severityName(c.severity), severityWidth)),
                trCatalog(c.meaning), ctx.width);
        }
        out << Cli::tr("%n codes", "", catalog.size()) << QLatin1Char('\n');
        break;
    }
    out.flush();
    return ExitOk;
}

} // namespace sspilens::cli
