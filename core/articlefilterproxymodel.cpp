// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/articlefilterproxymodel.h"

#include "core/articlelistmodel.h"

namespace Broadsheet::Core {

namespace {

// When more rows than this change from shown to hidden or back, the proxy is rebuilt in one
// layout change (filter and sort again, O(n log n)) instead of being patched interval by
// interval, O(n) each. With 100,000 articles sorted by date, showing the read half again took
// 4 s patched and 0.09 s rebuilt; sorted by title (locale-aware), a rebuild takes 0.5 s.
constexpr int RebuildThreshold = 100;

} // namespace

ArticleFilterProxyModel::ArticleFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ArticleListModel::SortRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
    sort(ArticleListModel::DateColumn, Qt::DescendingOrder);
}

void ArticleFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    disconnect(m_dataChangedConnection);
    m_articles = qobject_cast<const ArticleListModel *>(sourceModel);
    // Connected before the base class connects its own handler, so that this one runs first.
    if (sourceModel) {
        m_dataChangedConnection = connect(sourceModel, &QAbstractItemModel::dataChanged, this,
                                          &ArticleFilterProxyModel::beforeSourceDataChanged);
    }
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void ArticleFilterProxyModel::setCategoryFilter(const QStringList &path)
{
    if (path == m_category)
        return;
    m_category = path;
    refilter();
}

void ArticleFilterProxyModel::setDateFilter(const QDate &first, const QDate &last)
{
    if (first == m_first && last == m_last)
        return;
    m_first = first;
    m_last = last;
    refilter();
}

void ArticleFilterProxyModel::setMentionFilter(const QString &name)
{
    if (name == m_mention)
        return;
    m_mention = name;
    refilter();
}

void ArticleFilterProxyModel::setSearchResults(std::optional<QSet<qint64>> indexIds)
{
    if (indexIds == m_searchResults)
        return;
    m_searchResults = std::move(indexIds);
    refilter();
}

void ArticleFilterProxyModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status)
        return;
    m_status = filter;
    refilter();
}

void ArticleFilterProxyModel::clearFilters()
{
    m_category.clear();
    m_mention.clear();
    m_first = {};
    m_last = {};
    m_searchResults.reset();
    m_status = StatusFilter::All;
    refilter();
}

void ArticleFilterProxyModel::refilter()
{
    const int rows = m_articles ? m_articles->rowCount() : 0;
    if (visibilityChanges(0, rows - 1, RebuildThreshold) > RebuildThreshold)
        invalidate();
    else
        invalidateRowsFilter();
}

// How many source rows in [first, last] the filter now shows where the proxy hides them or the
// other way round, counting up to just past `limit`.
int ArticleFilterProxyModel::visibilityChanges(int first, int last, int limit) const
{
    if (!m_articles)
        return 0;
    int changes = 0;
    for (int row = first; row <= last && changes <= limit; ++row) {
        const bool shown = mapFromSource(m_articles->index(row, 0)).isValid();
        if (shown != filterAcceptsRow(row, {}))
            ++changes;
    }
    return changes;
}

void ArticleFilterProxyModel::beforeSourceDataChanged(const QModelIndex &topLeft,
                                                      const QModelIndex &bottomRight, const QList<int> &)
{
    // The base class handles the change after this. Rebuilt here from the changed data, it
    // finds every row already where it belongs; patched, it would pay per interval.
    if (topLeft.parent().isValid() || bottomRight.row() - topLeft.row() < RebuildThreshold)
        return;
    if (visibilityChanges(topLeft.row(), bottomRight.row(), RebuildThreshold) > RebuildThreshold)
        invalidate();
}

bool ArticleFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_articles && left.column() == ArticleListModel::DateColumn
        && sortRole() == ArticleListModel::SortRole)
        return m_articles->dateKey(left.row()) < m_articles->dateKey(right.row());
    return QSortFilterProxyModel::lessThan(left, right);
}

bool ArticleFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (!m_articles)
        return true;
    const Article &article = m_articles->article(sourceRow);

    // The cheapest tests first: this runs for every row whenever a filter changes.
    if ((m_status == StatusFilter::Unread && article.read)
        || (m_status == StatusFilter::Starred && !article.starred))
        return false;
    if (m_searchResults && !m_searchResults->contains(article.indexId))
        return false;

    if (!m_category.isEmpty()) {
        const bool wantsUncategorized = m_category.size() == 1 && m_category.constFirst().isEmpty();
        if (wantsUncategorized) {
            if (!article.categories.isEmpty())
                return false;
        } else {
            if (article.categories.size() < m_category.size())
                return false;
            for (qsizetype i = 0; i < m_category.size(); ++i) {
                if (article.categories.at(i) != m_category.at(i))
                    return false;
            }
        }
    }
    if (!m_mention.isEmpty() && !article.mentions.contains(m_mention))
        return false;
    if (m_first.isValid() || m_last.isValid()) {
        const QDate day = m_articles->localDate(sourceRow);
        if ((m_first.isValid() && day < m_first) || (m_last.isValid() && day > m_last))
            return false;
    }
    return true;
}

} // namespace Broadsheet::Core
