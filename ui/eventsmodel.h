// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include "findingsmodel.h"

#include "readonlytablemodel.h"

#include <QList>
#include <QSortFilterProxyModel>

#include <memory>
#include <vector>

namespace sspilens {
struct EventRecord;
}

/// The events of the last scan that carry a code, one row each in order of appearance: time, event
/// ID and its short name, computer, account, the codes (symbol and value as the family writes it)
/// and their meanings. Built from the findings' events (Finding::event); read-only; sort it with a
/// QSortFilterProxyModel on SortRole (EventsFilterProxy adds "failures only").
class EventsModel : public ReadOnlyTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, EventColumn, ComputerColumn, AccountColumn, CodesColumn, MeaningColumn, ColumnCount };

    enum Role {
        FirstFindingRole = Qt::UserRole + 1, ///< int: the event's first finding (index into the findings)
        FindingIndexesRole,                  ///< QList<int>: every finding of the event, in order
        EventIdRole,                         ///< quint32: the event ID (0 when not known)
        FailureRole,                         ///< bool: one of its codes is an error (or unknown)
        SortRole,                            ///< what the proxy sorts by in each column
    };

    /// One event and the codes found in it.
    struct Row {
        std::shared_ptr<const sspilens::EventRecord> event;
        QList<int> findings; ///< indexes into the findings, in order
        /// The distinct codes, in order of appearance: one finding of each.
        QList<int> codeFindings;
        bool failure = false;
    };

    explicit EventsModel(QObject *parent = nullptr);

    /// Replaces every row (a model reset) with the events of @p findings that carry a code.
    void setFindings(FindingList findings);
    const FindingList &findings() const { return m_findings; }
    const Row *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "4625 · An account failed to log on" (our short name when the event is known), "4625", or
    /// the provider when there is no ID.
    static QString eventTitle(const sspilens::EventRecord &event);
    /// The event as lines of "Name: value": its header (time, ID, provider, computer) then its fields.
    /// Used when the text the event was read from is not at hand; @p valueStarts receives, for
    /// each field in order, where its value starts in the text returned.
    static QString fieldsText(const sspilens::EventRecord &event, std::vector<qint64> *valueStarts = nullptr);

private:
    QString codesText(const Row &row) const;
    QString meaningsText(const Row &row) const;

    FindingList m_findings;
    std::vector<Row> m_rows;
};

/// Sorts the events (on EventsModel::SortRole) and, when asked, keeps only failures.
class EventsFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EventsFilterProxy(QObject *parent = nullptr);

    /// Only events whose codes include an error.
    void setFailuresOnly(bool failuresOnly);
    bool failuresOnly() const { return m_failuresOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_failuresOnly = false;
};
