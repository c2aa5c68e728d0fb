// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/articlefilterproxymodel.h"

#include "core/articlelistmodel.h"

namespace Broadsheet::Core {

ArticleFilterProxyModel::ArticleFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ArticleListModel::SortRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
    sort(ArticleListModel::DateColumn, Qt::DescendingOrder);
}

void ArticleFilterProxyModel::setCategoryFilter(const QStringList &path)
{
    if (path == m_category)
        return;
    m_category = path;
    invalidateRowsFilter();
}

void ArticleFilterProxyModel::setDateFilter(const QDate &first, const QDate &last)
{
    if (first == m_first && last == m_last)
        return;
    m_first = first;
    m_last = last;
    invalidateRowsFilter();
}

void ArticleFilterProxyModel::setMentionFilter(const QString &name)
{
    if (name == m_mention)
        return;
    m_mention = name;
    invalidateRowsFilter();
}

void ArticleFilterProxyModel::clearFilters()
{
    m_category.clear();
    m_mention.clear();
    m_first = {};
    m_last = {};
    invalidateRowsFilter();
}

bool ArticleFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const auto *articles = qobject_cast<const ArticleListModel *>(sourceModel());
    if (!articles)
        return true;
    const Article &article = articles->article(sourceRow);

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
        const QDate day = article.date.toLocalTime().date();
        if ((m_first.isValid() && day < m_first) || (m_last.isValid() && day > m_last))
            return false;
    }
    return true;
}

} // namespace Broadsheet::Core
