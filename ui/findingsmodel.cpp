// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "findingsmodel.h"

#include "catalog.h"
#include "codetablemodel.h"
#include "familyformat.h"
#include "report.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>

using namespace sspilens;

namespace {

// Drawing the icon for every painted cell would be wasteful; there are only three.
int clampCount(qsizetype n)
{
    return static_cast<int>(std::min<qsizetype>(n, INT_MAX));
}

QIcon severityIcon(Severity severity)
{
    static const QIcon icons[] = {CodeTableModel::severityIcon(Severity::Success),
                                  CodeTableModel::severityIcon(Severity::Informational),
                                  CodeTableModel::severityIcon(Severity::Error)};
    return icons[static_cast<int>(severity)];
}

} // namespace

Occurrences Occurrences::build(const std::vector<Finding> &findings)
{
    Occurrences result;
    const size_t n = findings.size();
    result.next.assign(n, -1);
    result.of.assign(n, -1);
    // Findings come in offset order, so those of one line or one event are together: only the
    // codes of the current place need remembering.
    struct Open {
        quint64 identity = 0;
        int occurrence = 0;
        int last = 0;
    };
    std::vector<Open> open;
    const EventRecord *placeEvent = nullptr;
    qint64 placeLine = -1;
    for (size_t i = 0; i < n; ++i) {
        const Finding &f = findings[i];
        const EventRecord *event = f.event.get();
        const qint64 line = event ? -1 : f.line;
        if (event != placeEvent || line != placeLine) {
            open.clear();
            placeEvent = event;
            placeLine = line;
        }
        const quint64 identity = Catalog::identity(FindingsModel::family(f), f.value);
        const int index = static_cast<int>(i);
        const auto same =
            std::find_if(open.begin(), open.end(), [identity](const Open &o) { return o.identity == identity; });
        if (same != open.end()) {
            result.next[static_cast<size_t>(same->last)] = index;
            result.of[i] = same->occurrence;
            same->last = index;
            continue;
        }
        const int occurrence = static_cast<int>(result.first.size());
        result.first.push_back(index);
        result.of[i] = occurrence;
        open.push_back({identity, occurrence, index});
    }
    return result;
}

QList<int> Occurrences::findings(int occurrence) const
{
    QList<int> list;
    if (occurrence < 0 || occurrence >= count())
        return list;
    for (int i = first[static_cast<size_t>(occurrence)]; i >= 0; i = next[static_cast<size_t>(i)])
        list.append(i);
    return list;
}

FindingsModel::FindingsModel(QObject *parent) : ReadOnlyTableModel(parent)
{}

void FindingsModel::setFindings(FindingList findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    m_occurrences = m_findings ? Occurrences::build(*m_findings) : Occurrences();
    endResetModel();
}

const Finding *FindingsModel::findingAt(int row) const
{
    if (!m_findings || row < 0 || row >= m_occurrences.count())
        return nullptr;
    return &(*m_findings)[static_cast<size_t>(m_occurrences.first[static_cast<size_t>(row)])];
}

int FindingsModel::rowOfFinding(int index) const
{
    if (index < 0 || static_cast<size_t>(index) >= m_occurrences.of.size())
        return -1;
    return m_occurrences.of[static_cast<size_t>(index)];
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_findings)
        return 0;
    return m_occurrences.count();
}

QString FindingsModel::formsText(int row) const
{
    QList<FindingForm> forms;
    for (const int i : m_occurrences.findings(row)) {
        const FindingForm form = (*m_findings)[static_cast<size_t>(i)].form;
        if (!forms.contains(form))
            forms.append(form);
    }
    QStringList names;
    for (const FindingForm form : forms)
        names.append(findingFormName(form));
    return FamilyFormat::joinList(names);
}

QString FindingsModel::textsText(int row) const
{
    QStringList texts;
    for (const int i : m_occurrences.findings(row))
        texts.append((*m_findings)[static_cast<size_t>(i)].text.simplified());
    // Not the list separator: the texts themselves are full of commas.
    return texts.join(QStringLiteral(" · "));
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
            return textsText(index.row());
        case FormColumn: return formsText(index.row());
        case FamilyColumn: return FamilyFormat::name(family(*f));
        case SymbolColumn: return symbolText(*f);
        case MeaningColumn: return meaningText(*f);
        default: return {};
        }
    case Qt::ToolTipRole: {
        QString written = describe(*f);
        const QList<int> all = m_occurrences.findings(index.row());
        written +=
            QLatin1Char('\n') + tr("Written %n way(s) here:", "then one line per written form", clampCount(all.size()));
        for (const int i : all) {
            const Finding &form = (*m_findings)[static_cast<size_t>(i)];
            written += QLatin1Char('\n')
                       + tr("%1: %2 (line %3, column %4)", "a written form: its kind, the text, where it is")
                             .arg(findingFormName(form.form), form.text.simplified(), QString::number(form.line),
                                  QString::number(form.column));
        }
        return tr("%1\nFamily: %2", "a finding's description, then its family")
            .arg(written, FamilyFormat::name(family(*f)));
    }
    case Qt::DecorationRole:
        if (column == SymbolColumn)
            return severityIcon(f->code ? f->code->severity : Severity::Error);
        return {};
    case Qt::TextAlignmentRole:
        if (column == LineColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case FindingIndexRole: return m_occurrences.first[static_cast<size_t>(index.row())];
    case FindingIndexesRole: return QVariant::fromValue(m_occurrences.findings(index.row()));
    case FormCountRole: return clampCount(m_occurrences.findings(index.row()).size());
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
        case TextColumn: return textsText(index.row()).toCaseFolded();
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
        case TextColumn:
            return tr("The text as written in the log, every way the code is written in this line or event");
        case FormColumn:
            return tr("How the code was written: hexadecimal, decimal, symbol or Windows message (each form "
                      "written in this line or event)");
        case FamilyColumn:
            return tr("The numbering the code belongs to: SSPI, NTSTATUS, Kerberos, TLS alert, Win32 or HRESULT");
        case SymbolColumn: return tr("The name the headers or the RFC give the code");
        case MeaningColumn: return tr("What the code means");
        default: return {};
        }
    }
    return {};
}
