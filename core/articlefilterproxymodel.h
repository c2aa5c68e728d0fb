// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QPointer>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace Broadsheet::Core {

class ArticleListModel;

// The article list as the window shows it: sorted (newest first unless the user picks another
// column) and narrowed to the category or the dates selected in the navigation pane, to the
// results of a search and to unread or starred articles; a row is shown when it passes every
// filter. Sits on an ArticleListModel.
//
// Filters follow the rows as they change: an article marked read while only unread ones are
// shown leaves the list at once, by these rules. Keeping the open article in view until the
// reader moves on is the window's business.
//
// A change that shows or hides a few rows is signalled row by row; one that shows or hides
// many (a new filter, "mark all read" under the unread filter) is one layout change, because
// QSortFilterProxyModel's row-by-row update costs O(rows) per interval of sorted rows.
class ArticleFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleFilterProxyModel)

public:
    enum class StatusFilter { All, Unread, Starred };

    explicit ArticleFilterProxyModel(QObject *parent = nullptr);

    // Filtering and sorting by date need an ArticleListModel; other models show unfiltered.
    void setSourceModel(QAbstractItemModel *sourceModel) override;

    // Articles whose category path starts with `path`. An empty path shows every category;
    // a single empty key shows the articles without categories (see CategoryTreeModel).
    void setCategoryFilter(const QStringList &path);
    QStringList categoryFilter() const { return m_category; }

    // Articles dated from `first` to `last` inclusive, by their local date; invalid dates: all.
    void setDateFilter(const QDate &first, const QDate &last);

    // Articles that mention a bank or company, by its canonical name; empty: all.
    void setMentionFilter(const QString &name);
    QString mentionFilter() const { return m_mention; }

    // Articles whose Article::indexId is in the set (what a search of the library index
    // returns); std::nullopt: no search, all. An empty set shows nothing: nothing was found.
    void setSearchResults(std::optional<QSet<qint64>> indexIds);
    bool isSearchActive() const { return m_searchResults.has_value(); }

    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_status; }

    // Shows every article again: category, dates, mention, search and status.
    void clearFilters();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    int visibilityChanges(int first, int last, int limit) const;
    void beforeSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                 const QList<int> &roles);

    QPointer<const ArticleListModel> m_articles; // null when the source is another model or gone
    QMetaObject::Connection m_dataChangedConnection;
    QStringList m_category;
    QDate m_first;
    QDate m_last;
    QString m_mention;
    std::optional<QSet<qint64>> m_searchResults;
    StatusFilter m_status = StatusFilter::All;
};

} // namespace Broadsheet::Core
