// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include "findingsmodel.h"
#include "report.h"

#include "readonlytablemodel.h"

#include <vector>

/// The findings grouped by code, that is by (family, value) (core's ReportSummary): symbol,
/// family, value, occurrences (see Occurrences), first and last line, category and meaning, one row
/// per code in order of first appearance. Read-only; sort it with a QSortFilterProxyModel on SortRole.
class SummaryModel : public ReadOnlyTableModel
{
    Q_OBJECT

public:
    enum Column {
        SymbolColumn,
        FamilyColumn,
        ValueColumn,
        CountColumn,
        FirstLineColumn,
        LastLineColumn,
        CategoryColumn,
        MeaningColumn,
        ColumnCount
    };

    enum Role {
        ValueRole = Qt::UserRole + 1, ///< quint32
        CountRole,                    ///< qint64: occurrences (one per line or event)
        FirstLineRole,                ///< qint64
        LastLineRole,                 ///< qint64
        FirstFindingRole,             ///< int: index of the first finding of this code
        SeverityRole,                 ///< int(sspilens::Severity); Error for an unknown code
        CategoryRole,                 ///< int(sspilens::Category); -1 for an unknown code
        SymbolRole,                   ///< the symbol, never translated; empty if unknown
        SortRole,                     ///< what the proxy sorts by in each column
        FamilyRole,                   ///< int(sspilens::Family)
    };

    /// One code: the summary entry and where its first finding is.
    struct Row {
        sspilens::SummaryEntry entry;
        int firstFinding = -1;
    };

    /// Groups @p findings with core's ReportSummary (@p file names the source in locations).
    /// Pure computation: may run on a worker thread.
    static std::vector<Row> buildRows(const std::vector<sspilens::Finding> &findings, const QString &file = {});

    explicit SummaryModel(QObject *parent = nullptr);

    /// Replaces every row (a model reset).
    void setRows(std::vector<Row> rows);
    const std::vector<Row> &rows() const { return m_rows; }
    /// The row in @p row, or nullptr when out of range.
    const Row *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Row> m_rows;
};
