// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "codefilterproxy.h"

#include "codetablemodel.h"

using namespace sspilens;

namespace {
quint32 bit(int position)
{
    return 1u << position;
}

void setBit(quint32 &mask, int position, bool on)
{
    if (on)
        mask |= bit(position);
    else
        mask &= ~bit(position);
}
} // namespace

CodeFilterProxy::CodeFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CodeTableModel::SortRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void CodeFilterProxy::setSearchText(const QString &text)
{
    if (text == m_query.text())
        return;
    m_query = SearchQuery(text);
    refilter();
}

bool CodeFilterProxy::familyEnabled(Family family) const
{
    return m_families & bit(static_cast<int>(family));
}

void CodeFilterProxy::setFamilyEnabled(Family family, bool on)
{
    if (familyEnabled(family) == on)
        return;
    setBit(m_families, static_cast<int>(family), on);
    refilter();
}

bool CodeFilterProxy::severityEnabled(Severity severity) const
{
    return m_severities & bit(static_cast<int>(severity));
}

void CodeFilterProxy::setSeverityEnabled(Severity severity, bool on)
{
    if (severityEnabled(severity) == on)
        return;
    setBit(m_severities, static_cast<int>(severity), on);
    refilter();
}

bool CodeFilterProxy::categoryEnabled(Category category) const
{
    return m_categories & bit(static_cast<int>(category));
}

void CodeFilterProxy::setCategoryEnabled(Category category, bool on)
{
    if (categoryEnabled(category) == on)
        return;
    setBit(m_categories, static_cast<int>(category), on);
    refilter();
}

bool CodeFilterProxy::packageEnabled(Package package) const
{
    return (m_packages & package) != 0;
}

void CodeFilterProxy::setPackageEnabled(Package package, bool on)
{
    if (packageEnabled(package) == on)
        return;
    if (on)
        m_packages = static_cast<Packages>(m_packages | package);
    else
        m_packages = static_cast<Packages>(m_packages & ~package);
    refilter();
}

bool CodeFilterProxy::hasActiveFilters() const
{
    return m_families != 0 || m_severities != 0 || m_categories != 0 || m_packages != NoPackage;
}

void CodeFilterProxy::clearFilters()
{
    if (!hasActiveFilters())
        return;
    m_families = 0;
    m_severities = 0;
    m_categories = 0;
    m_packages = NoPackage;
    refilter();
}

void CodeFilterProxy::retranslate()
{
    // The search matches translated texts and the meaning column sorts by them.
    m_query = SearchQuery(m_query.text());
    invalidate();
    emit filterChanged();
}

bool CodeFilterProxy::accepts(const StatusCode &code) const
{
    if (m_families && !(m_families & bit(static_cast<int>(code.family))))
        return false;
    if (m_severities && !(m_severities & bit(static_cast<int>(code.severity))))
        return false;
    if (m_categories && !(m_categories & bit(static_cast<int>(code.category))))
        return false;
    if (m_packages && !(m_packages & code.packages))
        return false;
    return m_query.isEmpty() || m_query.matches(code);
}

bool CodeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const StatusCode *code = CodeTableModel::codeFromIndex(index);
    return code && accepts(*code);
}

bool CodeFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    const quint64 lIdentity = left.data(CodeTableModel::IdentityRole).toULongLong();
    const quint64 rIdentity = right.data(CodeTableModel::IdentityRole).toULongLong();

    int order = 0;
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString) {
        order = l.toString().localeAwareCompare(r.toString());
    } else if (l.typeId() == QMetaType::ULongLong && r.typeId() == QMetaType::ULongLong) {
        const quint64 a = l.toULongLong();
        const quint64 b = r.toULongLong();
        order = a < b ? -1 : (a > b ? 1 : 0);
    } else {
        const int a = l.toInt();
        const int b = r.toInt();
        order = a < b ? -1 : (a > b ? 1 : 0);
    }
    // Equal keys fall back to family and value so that the order is stable and predictable.
    if (order == 0)
        return lIdentity < rIdentity;
    return order < 0;
}

void CodeFilterProxy::refilter()
{
    invalidateRowsFilter();
    emit filterChanged();
}
