// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "cli.h"

#include "catalog.h"
#include "lookup.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace sspilens::cli {

namespace {

QString csvField(const QString &field)
{
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n'))
        || field.contains(QLatin1Char('\r'))) {
        QString quoted = field;
        quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return field;
}

QString csvRow(const QStringList &fields)
{
    QStringList cells;
    for (const QString &f : fields)
        cells << csvField(f);
    return cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

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
        steps.append(step);
    }
    o.insert(QStringLiteral("next_steps"), steps);
    QJsonArray related;
    for (const RelatedCode &r : c.related) {
        QJsonObject rel;
        rel.insert(QStringLiteral("family"), familyKey(r.family));
        rel.insert(QStringLiteral("symbol"), QString::fromLatin1(r.symbol));
        quint32 value = r.value;
        if (r.family == Family::Sspi) {
            if (const StatusCode *other = Catalog::instance().bySymbol(QString::fromLatin1(r.symbol)))
                value = other->value;
        }
        rel.insert(QStringLiteral("value"), formatHex(value));
        if (r.note)
            rel.insert(QStringLiteral("note"), trCatalog(r.note));
        related.append(rel);
    }
    o.insert(QStringLiteral("related"), related);
    return o;
}

QString statusKey(LookupResult::Status status)
{
    switch (status) {
    case LookupResult::Status::Found: return QStringLiteral("found");
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

QJsonObject resultJson(const LookupResult &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("input"), r.input);
    o.insert(QStringLiteral("found"), r.found());
    o.insert(QStringLiteral("status"), statusKey(r.status));
    o.insert(QStringLiteral("match"), matchKey(r.match));
    if (r.codes.size() == 1) {
        const QJsonObject code = codeJson(*r.codes.first(), true);
        for (auto it = code.begin(); it != code.end(); ++it)
            o.insert(it.key(), it.value());
    } else {
        // Several matches (a word search): the fields that name one code stay null.
        for (const char *key : {"family", "symbol", "severity", "category", "meaning"})
            o.insert(QLatin1String(key), QJsonValue());
        o.insert(QStringLiteral("aliases"), QJsonArray());
        o.insert(QStringLiteral("value"), r.value ? QJsonValue(formatHex(*r.value)) : QJsonValue());
    }
    if (r.codes.size() > 1) {
        QJsonArray matches;
        for (const StatusCode *c : r.codes)
            matches.append(codeJson(*c, false));
        o.insert(QStringLiteral("matches"), matches);
    }
    if (r.value && !r.found()) {
        QJsonObject anatomy;
        anatomy.insert(QStringLiteral("description"), r.anatomy.describe());
        anatomy.insert(QStringLiteral("fields"), stringArray(r.anatomy.fieldLines()));
        anatomy.insert(QStringLiteral("facility"), int(r.anatomy.facility));
        anatomy.insert(QStringLiteral("facility_name"), r.anatomy.facilityName);
        anatomy.insert(QStringLiteral("code"), int(r.anatomy.code));
        if (!r.anatomy.knownName.isEmpty())
            anatomy.insert(QStringLiteral("known_as"), r.anatomy.knownName);
        o.insert(QStringLiteral("anatomy"), anatomy);
        o.insert(QStringLiteral("signed"), qint64(qint32(*r.value)));
        o.insert(QStringLiteral("unsigned"), qint64(*r.value));
    }
    return o;
}

void printFull(QTextStream &out, const StatusCode &c)
{
    const QString indent = QStringLiteral("    ");
    out << c.symbolString() << QStringLiteral("  ") << c.hex() << QLatin1Char('\n');
    out << QStringLiteral("  ") << Cli::tr("Values:") << QLatin1Char(' ') << c.hex() << QStringLiteral("  ")
        << Cli::tr("signed %1").arg(c.signedValue()) << QStringLiteral("  ") << Cli::tr("unsigned %1").arg(c.unsignedValue())
        << QLatin1Char('\n');
    if (!c.aliases.empty())
        out << QStringLiteral("  ") << Cli::tr("Aliases:") << QLatin1Char(' ') << c.aliasList().join(QStringLiteral(", "))
            << QLatin1Char('\n');
    out << QStringLiteral("  ") << Cli::tr("Severity:") << QLatin1Char(' ') << severityName(c.severity) << QLatin1Char('\n');
    out << QStringLiteral("  ") << Cli::tr("Category:") << QLatin1Char(' ') << categoryName(c.category) << QLatin1Char('\n');
    out << QStringLiteral("  ") << Cli::tr("Packages:") << QLatin1Char(' ') << packageNames(c.packages).join(QStringLiteral(", "))
        << QLatin1Char('\n');
    out << QStringLiteral("  ") << Cli::tr("Meaning:") << QLatin1Char(' ') << trCatalog(c.meaning) << QLatin1Char('\n');
    out << QStringLiteral("  ") << Cli::tr("Windows message:") << QStringLiteral(" \"")
        << QString::fromLatin1(c.windowsMessage) << QStringLiteral("\"\n");
    out << QStringLiteral("  ") << Cli::tr("Explanation:") << QLatin1Char(' ') << trCatalog(c.explanation) << QLatin1Char('\n');
    out << QStringLiteral("  ") << Cli::tr("Likely causes:") << QLatin1Char('\n');
    int n = 0;
    for (const char *cause : c.causes)
        out << indent << ++n << QStringLiteral(". ") << trCatalog(cause) << QLatin1Char('\n');
    out << QStringLiteral("  ") << Cli::tr("Next steps:") << QLatin1Char('\n');
    n = 0;
    for (const NextStep &s : c.nextSteps) {
        out << indent << ++n << QStringLiteral(". ") << trCatalog(s.text) << QLatin1Char('\n');
        if (s.command)
            out << indent << QStringLiteral("   $ ") << QString::fromUtf8(s.command) << QLatin1Char('\n');
    }
    if (!c.related.empty()) {
        QStringList related;
        for (const RelatedCode &r : c.related) {
            quint32 value = r.value;
            if (r.family == Family::Sspi) {
                if (const StatusCode *other = Catalog::instance().bySymbol(QString::fromLatin1(r.symbol)))
                    value = other->value;
            }
            related << QStringLiteral("%1 (%2)").arg(QString::fromLatin1(r.symbol), formatHex(value));
        }
        out << QStringLiteral("  ") << Cli::tr("Related:") << QLatin1Char(' ') << related.join(QStringLiteral(", "))
            << QLatin1Char('\n');
    }
}

void printText(QTextStream &out, const LookupResult &r)
{
    switch (r.status) {
    case LookupResult::Status::Found:
        if (r.codes.size() == 1) {
            printFull(out, *r.codes.first());
        } else {
            out << Cli::tr("%n codes match \"%1\":", "", int(r.codes.size())).arg(r.input) << QLatin1Char('\n');
            for (const StatusCode *c : r.codes)
                out << QStringLiteral("  %1  %2  ").arg(c->hex(), c->symbolString().leftJustified(36))
                    << trCatalog(c->meaning) << QLatin1Char('\n');
        }
        break;
    case LookupResult::Status::UnassignedSspi:
    case LookupResult::Status::NotSspi:
        out << r.input << QStringLiteral("  ") << formatHex(*r.value) << QStringLiteral("  ")
            << (r.status == LookupResult::Status::UnassignedSspi ? Cli::tr("unknown SSPI code") : Cli::tr("not an SSPI status code"))
            << QLatin1Char('\n');
        out << QStringLiteral("  ") << r.anatomy.describe() << QLatin1Char('\n');
        for (const QString &line : r.anatomy.fieldLines())
            out << QStringLiteral("  ") << line << QLatin1Char('\n');
        break;
    case LookupResult::Status::NotFound:
    case LookupResult::Status::Empty:
        out << r.input << QStringLiteral("  ")
            << Cli::tr("no SSPI status code matches this value, symbol or text") << QLatin1Char('\n');
        break;
    }
}

const QStringList &csvHeader()
{
    static const QStringList header{
        QStringLiteral("input"),    QStringLiteral("found"),    QStringLiteral("family"),
        QStringLiteral("symbol"),   QStringLiteral("value"),    QStringLiteral("signed"),
        QStringLiteral("unsigned"), QStringLiteral("aliases"),  QStringLiteral("severity"),
        QStringLiteral("category"), QStringLiteral("meaning"),
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

int runLookup(const Context &ctx, const QStringList &tokens)
{
    QTextStream &out = *ctx.out;
    bool allFound = true;
    QJsonArray json;
    if (ctx.format == Format::Csv)
        out << csvRow(csvHeader());
    bool first = true;
    for (const QString &token : tokens) {
        const LookupResult r = lookupToken(token);
        allFound = allFound && r.found();
        switch (ctx.format) {
        case Format::Json:
            json.append(resultJson(r));
            break;
        case Format::Csv:
            if (r.found()) {
                for (const StatusCode *c : r.codes)
                    out << csvRow(csvCodeRow(token, *c));
            } else {
                QStringList row{token, QStringLiteral("false"), QString(), QString(),
                                r.value ? formatHex(*r.value) : QString(),
                                r.value ? QString::number(qint32(*r.value)) : QString(),
                                r.value ? QString::number(*r.value) : QString(),
                                QString(), QString(), QString(),
                                r.value ? r.anatomy.describe() : Cli::tr("no SSPI status code matches this value, symbol or text")};
                out << csvRow(row);
            }
            break;
        case Format::Text:
            if (!first)
                out << QLatin1Char('\n');
            printText(out, r);
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
        for (const StatusCode &c : catalog.codes()) {
            out << QStringLiteral("%1  %2  %3  ")
                       .arg(c.hex(), c.symbolString().leftJustified(36), severityName(c.severity).leftJustified(13))
                << trCatalog(c.meaning) << QLatin1Char('\n');
        }
        out << Cli::tr("%n codes", "", catalog.size()) << QLatin1Char('\n');
        break;
    }
    out.flush();
    return ExitOk;
}

} // namespace sspilens::cli
