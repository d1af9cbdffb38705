// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "findingsmodel.h"

#include "catalog.h"
#include "codetablemodel.h"
#include "familyformat.h"
#include "report.h"

#include <QCoreApplication>

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

FindingsModel::FindingsModel(QObject *parent) : ReadOnlyTableModel(parent)
{}

void FindingsModel::setFindings(FindingList findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

const Finding *FindingsModel::findingAt(int row) const
{
    if (!m_findings || row < 0 || static_cast<size_t>(row) >= m_findings->size())
        return nullptr;
    return &(*m_findings)[static_cast<size_t>(row)];
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_findings)
        return 0;
    return static_cast<int>(m_findings->size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FindingsModel::symbolText(const Finding &finding)
{
    return codeName(finding.code);
}

QString FindingsModel::meaningText(const Finding &finding)
{
    return codeMeaning(finding.code);
}

Family FindingsModel::family(const Finding &finding)
{
    return finding.code ? finding.code->family : Family::Sspi;
}

QString FindingsModel::valueText(const Finding &finding)
{
    return FamilyFormat::qualifiedValue(family(finding), finding.value);
}

QString FindingsModel::describe(const Finding &finding)
{
    return QCoreApplication::translate("FindingsModel", "%1 (%2): %3")
        .arg(symbolText(finding), valueText(finding), meaningText(finding));
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    const Finding *f = index.isValid() ? findingAt(index.row()) : nullptr;
    if (!f)
        return {};
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case LineColumn: return f->line;
        case TextColumn:
            // A message split by a line wrap is shown on one line.
            return f->text.simplified();
        case FormColumn: return findingFormName(f->form);
        case FamilyColumn: return FamilyFormat::name(family(*f));
        case SymbolColumn: return symbolText(*f);
        case MeaningColumn: return meaningText(*f);
        default: return {};
        }
    case Qt::ToolTipRole:
        return tr("%1\nFamily: %2", "a finding's description, then its family")
            .arg(describe(*f), FamilyFormat::name(family(*f)));
    case Qt::DecorationRole:
        if (column == SymbolColumn)
            return severityIcon(f->code ? f->code->severity : Severity::Error);
        return {};
    case Qt::TextAlignmentRole:
        if (column == LineColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case FindingIndexRole: return index.row();
    case OffsetRole: return f->offset;
    case LengthRole: return f->length;
    case LineRole: return f->line;
    case ValueRole: return f->value;
    case SeverityRole: return static_cast<int>(f->code ? f->code->severity : Severity::Error);
    case FormRole: return static_cast<int>(f->form);
    case SymbolRole: return f->code ? f->code->symbolString() : QString();
    case FamilyRole: return static_cast<int>(family(*f));
    case SortRole:
        switch (column) {
        case LineColumn:
            // Offsets order findings on one line by column as well.
            return f->offset;
        case TextColumn: return f->text.simplified().toCaseFolded();
        case FormColumn: return static_cast<int>(f->form);
        case FamilyColumn: return Catalog::identity(family(*f), f->value);
        case SymbolColumn: return symbolText(*f);
        case MeaningColumn: return meaningText(*f).toCaseFolded();
        default: return {};
        }
    default: return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case LineColumn: return tr("Line");
        case TextColumn: return tr("Matched text");
        case FormColumn: return tr("Form");
        case FamilyColumn: return tr("Family");
        case SymbolColumn: return tr("Symbol");
        case MeaningColumn: return tr("Meaning");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case LineColumn: return tr("Line of the log where the code appears");
        case TextColumn: return tr("The text as written in the log");
        case FormColumn: return tr("How the code was written: hexadecimal, decimal, symbol or Windows message");
        case FamilyColumn:
            return tr("The numbering the code belongs to: SSPI, NTSTATUS, Kerberos, TLS alert, Win32 or HRESULT");
        case SymbolColumn: return tr("The name the headers or the RFC give the code");
        case MeaningColumn: return tr("What the code means");
        default: return {};
        }
    }
    return {};
}
