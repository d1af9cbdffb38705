// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
//
// Shared helpers of the per-family catalog tests (tst_catalog_win32, tst_catalog_hresult): reading the reference
// tables and the mingw-w64 headers, and the quality checks every entry of a family must pass.
#pragma once

#include "catalog.h"
#include "referencetable.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace familycheck {

using ::readTsv;
using ::referencePath;
using ::TsvTable;

/// The mingw-w64 header folder (where winerror.h, corerror.h and ntstatus.h live).
inline QString headerPath(const QString &name)
{
    return QFileInfo(QStringLiteral(SSPILENS_WINERROR_H)).absolutePath() + QLatin1Char('/') + name;
}

/// Every "#define NAME value" of a header whose value is a number in one of the forms mingw-w64 uses:
/// __MSABI_LONG(1326), _HRESULT_TYPEDEF_(0x800B0109), EMAKEHR(0x1501) (FACILITY_URT). The first definition wins.
inline QHash<QString, quint32> headerValues(const QString &path, bool *ok)
{
    QHash<QString, quint32> values;
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly | QIODevice::Text);
    if (!*ok)
        return values;
    const QString text = QString::fromLatin1(file.readAll());
    const QRegularExpression re(
        QStringLiteral(
            R"(^\s*#\s*define\s+([A-Za-z0-9_]+)\s+(__MSABI_LONG|_HRESULT_TYPEDEF_|EMAKEHR)\(\s*(0x[0-9A-Fa-f]+|[0-9]+)L?\s*\))"),
        QRegularExpression::MultilineOption);
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (values.contains(m.captured(1)))
            continue;
        bool numOk = false;
        quint32 v = m.captured(3).startsWith(QLatin1String("0x")) ? m.captured(3).mid(2).toUInt(&numOk, 16)
                                                                  : m.captured(3).toUInt(&numOk, 10);
        if (!numOk)
            continue;
        if (m.captured(2) == QLatin1String("EMAKEHR"))
            v |= 0x80130000u; // corerror.h: EMAKEHR(val) = MAKE_HRESULT(SEVERITY_ERROR, FACILITY_URT, val)
        values.insert(m.captured(1), v);
    }
    return values;
}

inline bool blank(const char *s)
{
    return !s || QString::fromUtf8(s).trimmed().isEmpty();
}

/// The quality bar of one entry; an empty string when it passes.
inline QString qualityProblem(const sspilens::StatusCode &c)
{
    using namespace sspilens;
    if (blank(c.meaning))
        return QStringLiteral("no meaning");
    if (QString::fromUtf8(c.meaning).size() > 140)
        return QStringLiteral("the meaning is longer than one line");
    if (blank(c.explanation))
        return QStringLiteral("no explanation");
    if (c.causes.size() < 2)
        return QStringLiteral("fewer than 2 causes");
    if (c.nextSteps.size() < 2)
        return QStringLiteral("fewer than 2 next steps");
    if (c.related.empty())
        return QStringLiteral("no related code");
    for (const char *cause : c.causes)
        if (blank(cause))
            return QStringLiteral("an empty cause");
    for (const NextStep &s : c.nextSteps) {
        if (blank(s.text))
            return QStringLiteral("an empty next step");
        if (s.command && blank(s.command))
            return QStringLiteral("an empty command");
    }
    const Catalog &cat = Catalog::instance();
    for (const RelatedCode &r : c.related) {
        if (blank(r.symbol) || blank(r.note))
            return QStringLiteral("a related code without symbol or note");
        const StatusCode *other = cat.entryOf(r);
        if (other == &c)
            return QStringLiteral("related to itself");
        // Families written in parallel may not be in the catalog yet: then family and value must be set.
        if (!other && (r.family == Family::Sspi || r.family == c.family || r.value == 0))
            return QStringLiteral("related code %1 does not resolve").arg(QLatin1String(r.symbol));
        if (other && r.value != 0 && other->value != r.value)
            return QStringLiteral("related code %1 has the wrong value").arg(QLatin1String(r.symbol));
    }
    for (const char *fp : c.fingerprints)
        if (blank(fp) || QString::fromUtf8(fp).split(QLatin1Char(' '), Qt::SkipEmptyParts).size() < 3)
            return QStringLiteral("an empty or too short fingerprint");
    return {};
}

/// Fingerprints that occur in more than one place of the whole catalog (windowsMessage texts excluded).
inline QStringList duplicateFingerprints()
{
    QHash<QString, int> count;
    for (const sspilens::StatusCode &c : sspilens::Catalog::instance().codes())
        for (const char *fp : c.fingerprints)
            ++count[sspilens::Catalog::normaliseMessage(QString::fromUtf8(fp))];
    QStringList dups;
    for (auto it = count.cbegin(); it != count.cend(); ++it)
        if (it.value() > 1)
            dups << it.key();
    return dups;
}

} // namespace familycheck
