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

QString signedText(const StatusCode &code)
{
    return QString::number(code.signedValue());
}

QString unsignedText(const StatusCode &code)
{
    return QString::number(code.unsignedValue());
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

int CodeTableModel::rowOfValue(quint32 value) const
{
    for (size_t i = 0; i < m_codes.size(); ++i) {
        if (m_codes[i]->family == Family::Sspi && m_codes[i]->value == value)
            return static_cast<int>(i);
    }
    return -1;
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
        case ValueColumn: return code.hex();
        case SymbolColumn: return code.symbolString();
        case SeverityColumn: return severityName(code.severity);
        case CategoryColumn: return categoryName(code.category);
        case MeaningColumn: return trCatalog(code.meaning);
        default: break;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case ValueColumn:
            return tr("%1\nSigned decimal: %2\nUnsigned decimal: %3")
                .arg(code.hex(), signedText(code), unsignedText(code));
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
            return tr("%1, decimal %2").arg(code.hex(), signedText(code));
        break;
    case CodeRole: return QVariant::fromValue(&code);
    case ValueRole: return code.value;
    case SeverityRole: return static_cast<int>(code.severity);
    case CategoryRole: return static_cast<int>(code.category);
    case PackagesRole: return static_cast<int>(code.packages);
    case SymbolRole: return code.symbolString();
    case SortRole:
        switch (column) {
        case ValueColumn: return code.value;
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
        case ValueColumn: return tr("The 32-bit status value in hexadecimal");
        case SymbolColumn: return tr("The macro name from winerror.h");
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
    return QStringLiteral("%1 (%2): %3").arg(code.symbolString(), code.hex(), trCatalog(code.meaning));
}

QString CodeTableModel::markdown(const StatusCode &code)
{
    QStringList lines;
    lines << QStringLiteral("### %1 (%2)").arg(code.symbolString(), code.hex()) << QString();
    if (!code.aliases.empty()) {
        QStringList quoted;
        for (const QString &alias : code.aliasList())
            quoted << QStringLiteral("`%1`").arg(alias);
        lines << tr("- **Also defined as:** %1").arg(quoted.join(QStringLiteral(", ")));
    }
    lines << tr("- **Value:** `%1` (signed `%2`, unsigned `%3`)").arg(code.hex(), signedText(code), unsignedText(code));
    lines << tr("- **Severity:** %1").arg(severityName(code.severity));
    lines << tr("- **Category:** %1").arg(categoryName(code.category));
    if (code.packages != NoPackage)
        lines << tr("- **Security packages:** %1").arg(packageNames(code.packages).join(QStringLiteral(", ")));
    if (code.windowsMessage)
        lines << tr("- **Windows message:** \"%1\"").arg(QString::fromLatin1(code.windowsMessage));
    lines << QString();
    if (code.meaning)
        lines << tr("**Meaning:** %1").arg(trCatalog(code.meaning)) << QString();
    if (code.explanation)
        lines << trCatalog(code.explanation) << QString();
    // The shared lists end in line breaks; trimmed, they fit the blank-line layout of this card.
    if (!code.causes.empty())
        lines << tr("**Likely causes**") << QString() << markdownCauses(code).trimmed() << QString();
    if (!code.nextSteps.empty())
        lines << tr("**Next steps**") << QString() << markdownNextSteps(code).trimmed() << QString();
    if (!code.related.empty()) {
        lines << tr("**Related codes**") << QString();
        for (const RelatedCode &rel : code.related) {
            const QString value = formatHex(Catalog::instance().valueOf(rel));
            if (rel.note && *rel.note)
                lines << tr("- `%1` (%2): %3").arg(QString::fromLatin1(rel.symbol), value, trCatalog(rel.note));
            else
                lines << QStringLiteral("- `%1` (%2)").arg(QString::fromLatin1(rel.symbol), value);
        }
        lines << QString();
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
