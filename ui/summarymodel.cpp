// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "summarymodel.h"

#include "catalog.h"
#include "codetablemodel.h"
#include "familyformat.h"

#include <QHash>

using namespace sspilens;

namespace {

// Drawing the icon for every painted cell would be wasteful; there are only three.
QIcon severityIcon(Severity severity)
{
    static const QIcon icons[] = {CodeTableModel::severityIcon(Severity::Success),
                                  CodeTableModel::severityIcon(Severity::Informational),
                                  CodeTableModel::severityIcon(Severity::Error)};
    return icons[static_cast<int>(severity)];
}

} // namespace

std::vector<SummaryModel::Row> SummaryModel::buildRows(const std::vector<Finding> &findings, const QString &file)
{
    ReportSummary summary;
    summary.addFile(file);
    QHash<quint64, int> firstFinding;
    // Counted in occurrences: a code written three ways on one line occurs there once.
    const Occurrences occurrences = Occurrences::build(findings);
    for (const int first : occurrences.first) {
        const size_t i = static_cast<size_t>(first);
        summary.add(findings[i], file);
        const quint64 identity = Catalog::identity(FindingsModel::family(findings[i]), findings[i].value);
        if (!firstFinding.contains(identity))
            firstFinding.insert(identity, static_cast<int>(i));
    }
    std::vector<Row> rows;
    rows.reserve(summary.entries().size());
    for (const SummaryEntry &entry : summary.entries())
        rows.push_back({entry, firstFinding.value(Catalog::identity(entry.family, entry.value), -1)});
    return rows;
}

SummaryModel::SummaryModel(QObject *parent) : ReadOnlyTableModel(parent)
{}

void SummaryModel::setRows(std::vector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const SummaryModel::Row *SummaryModel::rowAt(int row) const
{
    if (row < 0 || static_cast<size_t>(row) >= m_rows.size())
        return nullptr;
    return &m_rows[static_cast<size_t>(row)];
}

int SummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SummaryModel::data(const QModelIndex &index, int role) const
{
    const Row *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    const SummaryEntry &e = row->entry;
    const StatusCode *code = e.code;
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SymbolColumn: return codeName(code);
        case FamilyColumn: return FamilyFormat::name(e.family);
        case ValueColumn: return FamilyFormat::value(e.family, e.value);
        case CountColumn: return e.count;
        case FirstLineColumn: return e.first.line;
        case LastLineColumn: return e.last.line;
        case CategoryColumn: return code ? categoryName(code->category) : QString();
        case MeaningColumn: return codeMeaning(code);
        default: return {};
        }
    case Qt::ToolTipRole:
        return tr("%1 (%2): %3\nFamily: %4")
            .arg(codeName(code), FamilyFormat::qualifiedValue(e.family, e.value), codeMeaning(code),
                 FamilyFormat::name(e.family));
    case Qt::DecorationRole:
        if (column == SymbolColumn)
            return severityIcon(code ? code->severity : Severity::Error);
        return {};
    case Qt::TextAlignmentRole:
        if (column == CountColumn || column == FirstLineColumn || column == LastLineColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ValueRole: return e.value;
    case CountRole: return e.count;
    case FirstLineRole: return e.first.line;
    case LastLineRole: return e.last.line;
    case FirstFindingRole: return row->firstFinding;
    case SeverityRole: return static_cast<int>(code ? code->severity : Severity::Error);
    case CategoryRole: return code ? static_cast<int>(code->category) : -1;
    case SymbolRole: return code ? code->symbolString() : QString();
    case FamilyRole: return static_cast<int>(e.family);
    case SortRole:
        switch (column) {
        case SymbolColumn: return code ? code->symbolString() : QString();
        case FamilyColumn:
        case ValueColumn: return Catalog::identity(e.family, e.value);
        case CountColumn: return e.count;
        case FirstLineColumn: return e.first.line;
        case LastLineColumn: return e.last.line;
        case CategoryColumn: return code ? static_cast<int>(code->category) : CategoryCount;
        case MeaningColumn: return codeMeaning(code).toCaseFolded();
        default: return {};
        }
    default: return {};
    }
}

QVariant SummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case SymbolColumn: return tr("Code");
        case FamilyColumn: return tr("Family");
        case ValueColumn: return tr("Value");
        case CountColumn: return tr("Occurrences");
        case FirstLineColumn: return tr("First line");
        case LastLineColumn: return tr("Last line");
        case CategoryColumn: return tr("Category");
        case MeaningColumn: return tr("Meaning");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case CountColumn:
            return tr("How many times the code occurs in the log: once per line, or per event, however many ways "
                      "it is written there");
        case FirstLineColumn: return tr("Line of the first appearance");
        case LastLineColumn: return tr("Line of the last appearance");
        default: return {};
        }
    }
    return {};
}
