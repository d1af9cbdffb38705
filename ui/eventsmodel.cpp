// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "eventsmodel.h"

#include "catalog.h"
#include "codetablemodel.h"
#include "eventcatalog.h"
#include "events.h"
#include "familyformat.h"
#include "report.h"

#include <QHash>

using namespace sspilens;

namespace {

bool isFailure(const Finding &finding)
{
    return !finding.code || finding.code->severity == Severity::Error;
}

} // namespace

EventsModel::EventsModel(QObject *parent) : ReadOnlyTableModel(parent)
{}

void EventsModel::setFindings(FindingList findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    m_rows.clear();
    if (m_findings) {
        QHash<const EventRecord *, size_t> rowOf;
        for (size_t i = 0; i < m_findings->size(); ++i) {
            const Finding &f = (*m_findings)[i];
            if (!f.event)
                continue;
            auto it = rowOf.constFind(f.event.get());
            if (it == rowOf.constEnd()) {
                it = rowOf.insert(f.event.get(), m_rows.size());
                m_rows.push_back({f.event, {}, {}, false});
            }
            Row &row = m_rows[it.value()];
            const int index = static_cast<int>(i);
            row.findings.append(index);
            row.failure = row.failure || isFailure(f);
            const quint64 identity = Catalog::identity(FindingsModel::family(f), f.value);
            const bool known = std::any_of(row.codeFindings.cbegin(), row.codeFindings.cend(), [&](int other) {
                const Finding &o = (*m_findings)[static_cast<size_t>(other)];
                return Catalog::identity(FindingsModel::family(o), o.value) == identity;
            });
            if (!known)
                row.codeFindings.append(index);
        }
    }
    endResetModel();
}

const EventsModel::Row *EventsModel::rowAt(int row) const
{
    if (row < 0 || static_cast<size_t>(row) >= m_rows.size())
        return nullptr;
    return &m_rows[static_cast<size_t>(row)];
}

int EventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventsModel::eventTitle(const EventRecord &event)
{
    if (event.eventId == 0)
        return event.provider;
    const KnownEvent *known = EventCatalog::find(event);
    if (!known)
        return QString::number(event.eventId);
    return tr("%1 · %2", "an event ID, then its short name").arg(QString::number(event.eventId), trEvents(known->name));
}

QString EventsModel::fieldsText(const EventRecord &event, std::vector<qint64> *valueStarts)
{
    QString text;
    const auto add = [&text](const QString &name, const QString &value) {
        if (value.isEmpty())
            return qint64(-1);
        text += name + QStringLiteral(": ");
        const qint64 start = text.size();
        text += value + QLatin1Char('\n');
        return start;
    };
    add(tr("Time"), event.time);
    add(tr("Event ID"), event.eventId ? QString::number(event.eventId) : QString());
    add(tr("Source"), event.provider);
    add(tr("Log"), event.channel);
    add(tr("Computer"), event.computer);
    add(tr("Record"), event.record ? QString::number(event.record) : QString());
    if (valueStarts)
        valueStarts->clear();
    // Field names are the event's own (its XML's): never translated.
    for (const EventField &field : event.fields) {
        const qint64 start = add(field.name, field.value);
        if (valueStarts)
            valueStarts->push_back(start);
    }
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text;
}

QString EventsModel::codesText(const Row &row) const
{
    QStringList codes;
    for (const int i : row.codeFindings) {
        const Finding &f = (*m_findings)[static_cast<size_t>(i)];
        codes.append(tr("%1 (%2)", "a code's symbol, then its value")
                         .arg(FindingsModel::symbolText(f), FamilyFormat::value(FindingsModel::family(f), f.value)));
    }
    return FamilyFormat::joinList(codes);
}

QString EventsModel::meaningsText(const Row &row) const
{
    QStringList meanings;
    for (const int i : row.codeFindings)
        meanings.append(FindingsModel::meaningText((*m_findings)[static_cast<size_t>(i)]));
    return meanings.join(QStringLiteral(" · "));
}

QVariant EventsModel::data(const QModelIndex &index, int role) const
{
    const Row *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row || !m_findings)
        return {};
    const EventRecord &event = *row->event;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TimeColumn: return event.time;
        case EventColumn: return eventTitle(event);
        case ComputerColumn: return event.computer;
        case AccountColumn: return event.account();
        case CodesColumn: return codesText(*row);
        case MeaningColumn: return meaningsText(*row);
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case EventColumn: {
            const KnownEvent *known = EventCatalog::find(event);
            QString tip = tr("Event %1 from %2", "an event ID, then its provider")
                              .arg(QString::number(event.eventId),
                                   event.provider.isEmpty() ? QStringLiteral("?") : event.provider);
            if (known)
                tip += QStringLiteral("\n\n") + trEvents(known->howToRead);
            return tip;
        }
        case CodesColumn:
        case MeaningColumn: {
            QStringList lines;
            for (const int i : row->codeFindings)
                lines.append(FindingsModel::describe((*m_findings)[static_cast<size_t>(i)]));
            return lines.join(QLatin1Char('\n'));
        }
        default: return {};
        }
    case Qt::DecorationRole:
        if (column == CodesColumn) {
            const Finding &f = (*m_findings)[static_cast<size_t>(row->codeFindings.constFirst())];
            return CodeTableModel::severityIcon(row->failure ? Severity::Error
                                                             : (f.code ? f.code->severity : Severity::Error));
        }
        return {};
    case FirstFindingRole: return row->findings.constFirst();
    case FindingIndexesRole: return QVariant::fromValue(row->findings);
    case EventIdRole: return event.eventId;
    case FailureRole: return row->failure;
    case SortRole:
        switch (column) {
        case TimeColumn: return event.time;
        case EventColumn: return event.eventId;
        case ComputerColumn: return event.computer.toCaseFolded();
        case AccountColumn: return event.account().toCaseFolded();
        case CodesColumn: return codesText(*row);
        case MeaningColumn: return meaningsText(*row).toCaseFolded();
        default: return {};
        }
    default: return {};
    }
}

QVariant EventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TimeColumn: return tr("Time");
        case EventColumn: return tr("Event");
        case ComputerColumn: return tr("Computer");
        case AccountColumn: return tr("Account");
        case CodesColumn: return tr("Codes");
        case MeaningColumn: return tr("Meaning");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TimeColumn: return tr("When the event was logged, as the log writes it");
        case EventColumn: return tr("The event ID and what the event is about");
        case AccountColumn: return tr("The account the event is about");
        case CodesColumn: return tr("The status codes the event carries, each with its value");
        default: return {};
        }
    }
    return {};
}

// ------------------------------------------------------------------------------------------------

EventsFilterProxy::EventsFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(EventsModel::SortRole);
}

void EventsFilterProxy::setFailuresOnly(bool failuresOnly)
{
    if (failuresOnly == m_failuresOnly)
        return;
    m_failuresOnly = failuresOnly;
    invalidateRowsFilter();
}

bool EventsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_failuresOnly)
        return true;
    return sourceModel()->index(sourceRow, 0, sourceParent).data(EventsModel::FailureRole).toBool();
}
