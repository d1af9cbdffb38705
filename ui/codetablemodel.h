// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include "familyformat.h"
#include "statuscode.h"

#include "readonlytablemodel.h"
#include <QIcon>

#include <utility>
#include <vector>

namespace sspilens {
class Catalog;
}

/// The catalog as a read-only table: one row per entry, in catalog order (family, then value). A
/// code is identified by (family, value): Kerberos 0x18 and Win32 24 are different rows.
class CodeTableModel : public ReadOnlyTableModel
{
    Q_OBJECT

public:
    enum Column { FamilyColumn, ValueColumn, SymbolColumn, SeverityColumn, CategoryColumn, MeaningColumn, ColumnCount };

    enum Role {
        CodeRole = Qt::UserRole + 1, ///< const sspilens::StatusCode * (see codeAt())
        ValueRole,                   ///< quint32, the value alone (see IdentityRole)
        SeverityRole,                ///< int(sspilens::Severity)
        CategoryRole,                ///< int(sspilens::Category)
        PackagesRole,                ///< int(sspilens::Packages)
        SymbolRole,                  ///< the symbol, never translated
        SortRole,                    ///< what the proxy sorts by in each column
        FamilyRole,                  ///< int(sspilens::Family)
        IdentityRole,                ///< quint64 Catalog::identity(family, value): sorts by family, then value
    };

    explicit CodeTableModel(QObject *parent = nullptr);
    CodeTableModel(const sspilens::Catalog &catalog, QObject *parent);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The entry in @p row, or nullptr when out of range.
    const sspilens::StatusCode *codeAt(int row) const;
    /// The row of @p code, or -1.
    int rowOf(const sspilens::StatusCode *code) const;
    /// The row of the entry (@p family, @p value), or -1.
    int rowOf(sspilens::Family family, quint32 value) const;
    /// Reads the entry back from an index of this model or of any proxy above it.
    static const sspilens::StatusCode *codeFromIndex(const QModelIndex &index);

    /// A small round icon for a severity (cross, "i" or tick), drawn so it stays legible on light
    /// and dark palettes alike.
    static QIcon severityIcon(sspilens::Severity severity);

    /// `SEC_E_... (0x...): meaning` (`KDC_ERR_PREAUTH_FAILED (Kerberos 0x18): meaning`), the line
    /// Ctrl+C puts on the clipboard.
    static QString copyLine(const sspilens::StatusCode &code);
    /// The entry as a Markdown section (heading, values, texts, next steps, related codes).
    static QString markdown(const sspilens::StatusCode &code);

    /// A code's related codes: those of its own family, and the others grouped by family (in
    /// family order): the same failure as another layer reports it.
    struct RelatedGroups {
        std::vector<const sspilens::RelatedCode *> sameFamily;
        std::vector<std::pair<sspilens::Family, std::vector<const sspilens::RelatedCode *>>> otherFamilies;
    };
    static RelatedGroups relatedGroups(const sspilens::StatusCode &code);
    /// What a wrapper (E_FAIL, 0x80131904, ...) is, in one sentence after "Only a wrapper:".
    static QString wrapperNote();

private:
    std::vector<const sspilens::StatusCode *> m_codes;
};
