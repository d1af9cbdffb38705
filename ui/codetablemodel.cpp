// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "codetablemodel.h"

#include "catalog.h"
#include "report.h"

#include <QColor>
#include <QFontDatabase>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

using namespace sspilens;

namespace {

// "Hexadecimal: 0x18", "Decimal: 24": every notation of the code, one per entry.
QStringList notationLines(const StatusCode &code)
{
    QStringList lines;
    for (const FamilyFormat::Notation &n : FamilyFormat::notations(code))
        lines << CodeTableModel::tr("%1: %2", "notation caption: value").arg(n.caption, n.text);
    return lines;
}

// Severity colours are the one place with fixed colours: they are icon fills behind a white glyph,
// mid-tone so the disc stands out on light and dark bases alike (like the style's own message icons).
QColor severityColour(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QColor(0xC4, 0x2B, 0x1C);
    case Severity::Informational: return QColor(0x1F, 0x6F, 0xC5);
    case Severity::Success: return QColor(0x1A, 0x7F, 0x37);
    }
    return {};
}

QPixmap severityPixmap(Severity severity, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const QRectF disc(s * 0.04, s * 0.04, s * 0.92, s * 0.92);
    p.setPen(Qt::NoPen);
    p.setBrush(severityColour(severity));
    p.drawEllipse(disc);

    QPen glyph(Qt::white);
    glyph.setWidthF(s * 0.13);
    glyph.setCapStyle(Qt::RoundCap);
    glyph.setJoinStyle(Qt::RoundJoin);
    p.setPen(glyph);
    p.setBrush(Qt::NoBrush);
    switch (severity) {
    case Severity::Error:
        p.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67));
        p.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67));
        break;
    case Severity::Informational:
        p.drawLine(QPointF(s * 0.5, s * 0.45), QPointF(s * 0.5, s * 0.72));
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(s * 0.5, s * 0.28), s * 0.08, s * 0.08);
        break;
    case Severity::Success: {
        QPainterPath tick;
        tick.moveTo(s * 0.29, s * 0.52);
        tick.lineTo(s * 0.44, s * 0.67);
        tick.lineTo(s * 0.71, s * 0.36);
        p.drawPath(tick);
        break;
    }
    }
    return pixmap;
}

} // namespace

CodeTableModel::CodeTableModel(QObject *parent) : CodeTableModel(Catalog::instance(), parent)
{}

CodeTableModel::CodeTableModel(const Catalog &catalog, QObject *parent) : ReadOnlyTableModel(parent)
{
    m_codes.reserve(catalog.codes().size());
    for (const StatusCode &code : catalog.codes())
        m_codes.push_back(&code);
}

int CodeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_codes.size());
}

int CodeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const StatusCode *CodeTableModel::codeAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return m_codes[static_cast<size_t>(row)];
}

int CodeTableModel::rowOf(const StatusCode *code) const
{
    const auto it = std::find(m_codes.begin(), m_codes.end(), code);
    return code && it != m_codes.end() ? static_cast<int>(it - m_codes.begin()) : -1;
}

int CodeTableModel::rowOf(Family family, quint32 value) const
{
    // The rows are in catalog order, sorted by identity.
    const quint64 key = Catalog::identity(family, value);
    const auto it = std::lower_bound(m_codes.begin(), m_codes.end(), key, [](const StatusCode *c, quint64 k) {
        return Catalog::identity(c->family, c->value) < k;
    });
    if (it == m_codes.end() || Catalog::identity((*it)->family, (*it)->value) != key)
        return -1;
    return static_cast<int>(it - m_codes.begin());
}

const StatusCode *CodeTableModel::codeFromIndex(const QModelIndex &index)
{
    if (!index.isValid())
        return nullptr;
    return index.data(CodeRole).value<const StatusCode *>();
}

QVariant CodeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StatusCode &code = *m_codes[static_cast<size_t>(index.row())];
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case FamilyColumn: return FamilyFormat::name(code.family);
        case ValueColumn: return FamilyFormat::value(code);
        case SymbolColumn: return code.symbolString();
        case SeverityColumn: return severityName(code.severity);
        case CategoryColumn: return categoryName(code.category);
        case MeaningColumn: return trCatalog(code.meaning);
        default: break;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case FamilyColumn: return FamilyFormat::name(code.family);
        case ValueColumn:
            return (QStringList{FamilyFormat::qualifiedValue(code)} + notationLines(code)).join(QLatin1Char('\n'));
        case SymbolColumn:
            if (code.aliases.empty())
                return code.symbolString();
            return tr("%1\nAlso defined as: %2").arg(code.symbolString(), code.aliasList().join(QStringLiteral(", ")));
        case SeverityColumn: return severityName(code.severity);
        case CategoryColumn: return categoryName(code.category);
        case MeaningColumn:
            // Rich text so that a long meaning wraps instead of running off the screen.
            return QStringLiteral("<p>%1</p>").arg(trCatalog(code.meaning).toHtmlEscaped());
        default: break;
        }
        break;
    case Qt::DecorationRole:
        if (column == SeverityColumn)
            return severityIcon(code.severity);
        break;
    case Qt::FontRole:
        if (column == ValueColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case Qt::AccessibleTextRole:
        if (column == ValueColumn)
            return FamilyFormat::qualifiedValue(code) + FamilyFormat::listSeparator()
                   + FamilyFormat::joinList(notationLines(code));
        break;
    case CodeRole: return QVariant::fromValue(&code);
    case ValueRole: return code.value;
    case SeverityRole: return static_cast<int>(code.severity);
    case CategoryRole: return static_cast<int>(code.category);
    case PackagesRole: return static_cast<int>(code.packages);
    case FamilyRole: return static_cast<int>(code.family);
    case IdentityRole: return Catalog::identity(code.family, code.value);
    case SymbolRole: return code.symbolString();
    case SortRole:
        switch (column) {
        // Kerberos 0x18 and TLS alert 24 are not neighbours: values sort within their family.
        case FamilyColumn:
        case ValueColumn: return Catalog::identity(code.family, code.value);
        case SymbolColumn: return code.symbolString();
        // Errors first when ascending: the most interesting rows lead.
        case SeverityColumn: return 2 - static_cast<int>(code.severity);
        case CategoryColumn: return static_cast<int>(code.category);
        case MeaningColumn: return trCatalog(code.meaning);
        default: break;
        }
        break;
    default: break;
    }
    return {};
}

QVariant CodeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case FamilyColumn: return tr("Family");
        case ValueColumn: return tr("Value");
        case SymbolColumn: return tr("Symbol");
        case SeverityColumn: return tr("Severity");
        case CategoryColumn: return tr("Category");
        case MeaningColumn: return tr("Meaning");
        default: break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case FamilyColumn:
            return tr("The numbering the code belongs to: SSPI, NTSTATUS, Kerberos, TLS alert, Win32 or HRESULT");
        case ValueColumn: return tr("The value as its family writes it (Kerberos 0x18, TLS alert 40, Win32 1326)");
        case SymbolColumn: return tr("The name the headers or the RFC give the code");
        case SeverityColumn: return tr("Severity as the code itself states it");
        case CategoryColumn: return tr("What area of authentication the code belongs to");
        case MeaningColumn: return tr("What the code means, in one line");
        default: break;
        }
    }
    return {};
}

QIcon CodeTableModel::severityIcon(Severity severity)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(severityPixmap(severity, size));
    return icon;
}

QString CodeTableModel::copyLine(const StatusCode &code)
{
    return QStringLiteral("%1 (%2): %3")
        .arg(code.symbolString(), FamilyFormat::qualifiedValue(code), trCatalog(code.meaning));
}

QString CodeTableModel::markdown(const StatusCode &code)
{
    const QString separator = FamilyFormat::listSeparator();
    QStringList lines;
    lines << QStringLiteral("### %1 (%2)").arg(code.symbolString(), FamilyFormat::qualifiedValue(code)) << QString();
    if (!code.aliases.empty()) {
        QStringList quoted;
        for (const QString &alias : code.aliasList())
            quoted << QStringLiteral("`%1`").arg(alias);
        lines << tr("- **Also defined as:** %1").arg(quoted.join(separator));
    }
    lines << tr("- **Family:** %1").arg(FamilyFormat::name(code.family));
    for (const FamilyFormat::Notation &n : FamilyFormat::notations(code))
        lines << tr("- **%1:** `%2`", "notation caption, value").arg(n.caption, n.text);
    lines << tr("- **Severity:** %1").arg(severityName(code.severity));
    lines << tr("- **Category:** %1").arg(categoryName(code.category));
    if (code.packages != NoPackage)
        lines << tr("- **Security packages:** %1").arg(packageNames(code.packages).join(separator));
    if (code.windowsMessage && *code.windowsMessage)
        lines << tr("- **Windows message:** \"%1\"").arg(QString::fromUtf8(code.windowsMessage));
    for (const char *text : code.fingerprints)
        lines << tr("- **Also written as:** \"%1\"").arg(QString::fromUtf8(text));
    if (!code.events.empty()) {
        QStringList sites;
        for (const EventSite &site : code.events)
            sites << FamilyFormat::eventSite(site);
        lines << tr("- **Appears in:** %1").arg(sites.join(QStringLiteral("; ")));
    }
    lines << QString();
    if (code.wrapper)
        lines << tr("**Only a wrapper:** %1").arg(wrapperNote()) << QString();
    if (code.meaning)
        lines << tr("**Meaning:** %1").arg(trCatalog(code.meaning)) << QString();
    if (code.explanation)
        lines << trCatalog(code.explanation) << QString();
    // The shared lists end in line breaks; trimmed, they fit the blank-line layout of this card.
    if (!code.causes.empty())
        lines << tr("**Likely causes**") << QString() << markdownCauses(code).trimmed() << QString();
    if (!code.nextSteps.empty())
        lines << tr("**Next steps**") << QString() << markdownNextSteps(code).trimmed() << QString();
    const auto relatedLine = [](const RelatedCode &rel) {
        const QString value = FamilyFormat::qualifiedValue(rel.family, Catalog::instance().valueOf(rel));
        if (rel.note && *rel.note)
            return tr("- `%1` (%2): %3").arg(QString::fromLatin1(rel.symbol), value, trCatalog(rel.note));
        return QStringLiteral("- `%1` (%2)").arg(QString::fromLatin1(rel.symbol), value);
    };
    const RelatedGroups groups = relatedGroups(code);
    if (!groups.sameFamily.empty()) {
        lines << tr("**Related codes**") << QString();
        for (const RelatedCode *rel : groups.sameFamily)
            lines << relatedLine(*rel);
        lines << QString();
    }
    if (!groups.otherFamilies.empty()) {
        lines << tr("**The same failure in other layers**") << QString();
        for (const auto &[family, related] : groups.otherFamilies) {
            lines << QStringLiteral("- %1").arg(FamilyFormat::name(family));
            for (const RelatedCode *rel : related)
                lines << QStringLiteral("  ") + relatedLine(*rel);
        }
        lines << QString();
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString CodeTableModel::wrapperNote()
{
    return tr("this code says only that something failed, not what. Look inside the error it carries (the "
              "inner exception, the next line of the log) for the code that names the failure. The log "
              "decoder does not report it.");
}

CodeTableModel::RelatedGroups CodeTableModel::relatedGroups(const StatusCode &code)
{
    RelatedGroups groups;
    for (Family family : FamilyFormat::all) {
        std::vector<const RelatedCode *> inFamily;
        for (const RelatedCode &rel : code.related) {
            if (rel.family == family)
                inFamily.push_back(&rel);
        }
        if (inFamily.empty())
            continue;
        if (family == code.family)
            groups.sameFamily = std::move(inFamily);
        else
            groups.otherFamilies.emplace_back(family, std::move(inFamily));
    }
    return groups;
}
