// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include "scanner.h"

#include "readonlytablemodel.h"

#include <QList>

#include <memory>
#include <vector>

/// The findings of one scan, shared read-only between the panel, its models and the highlighter.
using FindingList = std::shared_ptr<const std::vector<sspilens::Finding>>;

/// The findings grouped into occurrences: a code written several ways in one place
/// ("SEC_E_UNTRUSTED_ROOT (0x80090325) - The certificate chain ...") occurs once. The place is the
/// event for a finding inside one, else the line. Pure computation: may run on a worker thread.
struct Occurrences {
    std::vector<int> first; ///< per occurrence, in order of appearance: its first finding
    std::vector<int> next;  ///< per finding: the next finding of its occurrence, or -1
    std::vector<int> of;    ///< per finding: its occurrence

    static Occurrences build(const std::vector<sspilens::Finding> &findings);
    int count() const { return static_cast<int>(first.size()); }
    /// The findings of occurrence @p occurrence, in order.
    QList<int> findings(int occurrence) const;
};

/// The findings of the last scan, one row per occurrence (one code in one line or event), in
/// document order: line, the texts and forms it is written in, family, symbol and meaning.
/// Read-only; sort it with a QSortFilterProxyModel on SortRole.
class FindingsModel : public ReadOnlyTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, TextColumn, FormColumn, FamilyColumn, SymbolColumn, MeaningColumn, ColumnCount };

    enum Role {
        FindingIndexRole = Qt::UserRole + 1, ///< int: index into findings() of the row's first finding
        OffsetRole,                          ///< qint64: UTF-16 offset in the scanned text
        LengthRole,                          ///< qint64: UTF-16 length of the match
        LineRole,                            ///< qint64: 1-based line
        ValueRole,                           ///< quint32: the code's value
        SeverityRole,                        ///< int(sspilens::Severity); Error for an unknown code
        FormRole,                            ///< int(sspilens::FindingForm)
        SymbolRole,                          ///< the symbol, never translated; empty if unknown
        SortRole,                            ///< what the proxy sorts by in each column
        FamilyRole,                          ///< int(sspilens::Family)
        FindingIndexesRole,                  ///< QList<int>: every finding of the row, in order
        FormCountRole,                       ///< int: how many findings (written forms) the row has
    };

    explicit FindingsModel(QObject *parent = nullptr);

    /// Replaces every row (a model reset). @p findings may be null for "nothing scanned".
    void setFindings(FindingList findings);
    const FindingList &findings() const { return m_findings; }
    /// The first finding of @p row, or nullptr when out of range.
    const sspilens::Finding *findingAt(int row) const;
    /// The row that lists finding @p index, or -1.
    int rowOfFinding(int index) const;
    const Occurrences &occurrences() const { return m_occurrences; }

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
    QString formsText(int row) const;
    QString textsText(int row) const;

    FindingList m_findings;
    Occurrences m_occurrences;
};
