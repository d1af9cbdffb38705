// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include "scanner.h"

#include "readonlytablemodel.h"

#include <memory>
#include <vector>

/// The findings of one scan, shared read-only between the panel, its models and the highlighter.
using FindingList = std::shared_ptr<const std::vector<sspilens::Finding>>;

/// Every finding of the last scan, one row each, in document order: line, matched text, form,
/// family, symbol and meaning. Read-only; sort it with a QSortFilterProxyModel on SortRole.
class FindingsModel : public ReadOnlyTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, TextColumn, FormColumn, FamilyColumn, SymbolColumn, MeaningColumn, ColumnCount };

    enum Role {
        FindingIndexRole = Qt::UserRole + 1, ///< int: index into findings() (the source row)
        OffsetRole,                          ///< qint64: UTF-16 offset in the scanned text
        LengthRole,                          ///< qint64: UTF-16 length of the match
        LineRole,                            ///< qint64: 1-based line
        ValueRole,                           ///< quint32: the code's value
        SeverityRole,                        ///< int(sspilens::Severity); Error for an unknown code
        FormRole,                            ///< int(sspilens::FindingForm)
        SymbolRole,                          ///< the symbol, never translated; empty if unknown
        SortRole,                            ///< what the proxy sorts by in each column
        FamilyRole,                          ///< int(sspilens::Family)
    };

    explicit FindingsModel(QObject *parent = nullptr);

    /// Replaces every row (a model reset). @p findings may be null for "nothing scanned".
    void setFindings(FindingList findings);
    const FindingList &findings() const { return m_findings; }
    /// The finding in @p row, or nullptr when out of range.
    const sspilens::Finding *findingAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The symbol of @p finding, or a translated "unknown SSPI code" label.
    static QString symbolText(const sspilens::Finding &finding);
    /// The one-line meaning of @p finding in the current UI language.
    static QString meaningText(const sspilens::Finding &finding);
    /// The family of @p finding (an unknown code is one of the SSPI block).
    static sspilens::Family family(const sspilens::Finding &finding);
    /// The value as its family writes it, the family named where the number alone is ambiguous:
    /// "0x80090325", "Kerberos 0x18", "TLS alert 40".
    static QString valueText(const sspilens::Finding &finding);
    /// "SEC_E_... (0x...): meaning", "KDC_ERR_PREAUTH_FAILED (Kerberos 0x18): meaning" for tooltips
    /// and the status bar.
    static QString describe(const sspilens::Finding &finding);

private:
    FindingList m_findings;
};
