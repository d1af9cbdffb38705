// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include "statuscode.h"

#include "readonlytablemodel.h"
#include <QIcon>

#include <vector>

namespace sspilens {
class Catalog;
}

/// The catalog as a read-only table: one row per entry, in catalog order (family, then value).
class CodeTableModel : public ReadOnlyTableModel
{
    Q_OBJECT

public:
    enum Column { ValueColumn, SymbolColumn, SeverityColumn, CategoryColumn, MeaningColumn, ColumnCount };

    enum Role {
        CodeRole = Qt::UserRole + 1, ///< const sspilens::StatusCode * (see codeAt())
        ValueRole,                   ///< quint32, for numeric sorting
        SeverityRole,                ///< int(sspilens::Severity)
        CategoryRole,                ///< int(sspilens::Category)
        PackagesRole,                ///< int(sspilens::Packages)
        SymbolRole,                  ///< the symbol, never translated
        SortRole,                    ///< what the proxy sorts by in each column
    };

    explicit CodeTableModel(QObject *parent = nullptr);
    CodeTableModel(const sspilens::Catalog &catalog, QObject *parent);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The entry in @p row, or nullptr when out of range.
    const sspilens::StatusCode *codeAt(int row) const;
    /// The row of the entry with @p value (SSPI family), or -1.
    int rowOfValue(quint32 value) const;
    /// Reads the entry back from an index of this model or of any proxy above it.
    static const sspilens::StatusCode *codeFromIndex(const QModelIndex &index);

    /// A small round icon for a severity (cross, "i" or tick), drawn so it stays legible on light
    /// and dark palettes alike.
    static QIcon severityIcon(sspilens::Severity severity);

    /// `SEC_E_... (0x...): meaning`, the line Ctrl+C puts on the clipboard.
    static QString copyLine(const sspilens::StatusCode &code);
    /// The entry as a Markdown section (heading, values, texts, next steps, related codes).
    static QString markdown(const sspilens::StatusCode &code);

private:
    std::vector<const sspilens::StatusCode *> m_codes;
};

Q_DECLARE_METATYPE(const sspilens::StatusCode *)
