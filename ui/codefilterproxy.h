// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include "lookup.h"
#include "statuscode.h"

#include <QSortFilterProxyModel>

/// Filters the code table by search text AND family AND severity AND category AND security package, and
/// sorts each column by its natural order (numbers numerically, text by the current locale).
///
/// Inside one group the checked items are alternatives (Kerberos OR NTLM); an empty group does not
/// filter. The search text follows sspilens::SearchQuery, the same rule lookup uses.
class CodeFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CodeFilterProxy(QObject *parent = nullptr);

    QString searchText() const { return m_query.text(); }
    void setSearchText(const QString &text);

    bool familyEnabled(sspilens::Family family) const;
    void setFamilyEnabled(sspilens::Family family, bool on);
    bool severityEnabled(sspilens::Severity severity) const;
    void setSeverityEnabled(sspilens::Severity severity, bool on);
    bool categoryEnabled(sspilens::Category category) const;
    void setCategoryEnabled(sspilens::Category category, bool on);
    bool packageEnabled(sspilens::Package package) const;
    void setPackageEnabled(sspilens::Package package, bool on);

    /// True when any family, severity, category or package box is checked (the search text not
    /// counted).
    bool hasActiveFilters() const;
    /// Unchecks every family, severity, category and package filter; leaves the search text alone.
    void clearFilters();

    /// Filters and sorts again; call after the UI language changed (texts and their order did).
    void retranslate();

    /// Does @p code pass the search and every filter?
    bool accepts(const sspilens::StatusCode &code) const;

signals:
    /// Emitted after the set of accepted rows may have changed (search or any filter).
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    sspilens::SearchQuery m_query;
    quint32 m_families = 0;   ///< bit (1 << int(Family))
    quint32 m_severities = 0; ///< bit (1 << int(Severity))
    quint32 m_categories = 0; ///< bit (1 << int(Category))
    sspilens::Packages m_packages = sspilens::NoPackage;
};
