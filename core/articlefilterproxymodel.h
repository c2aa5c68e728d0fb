// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace Broadsheet::Core {

// The article list as the window shows it: sorted (newest first unless the user picks another
// column) and narrowed to the category or the dates selected in the navigation pane.
// Sits on an ArticleListModel.
class ArticleFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleFilterProxyModel)

public:
    explicit ArticleFilterProxyModel(QObject *parent = nullptr);

    // Articles whose category path starts with `path`. An empty path shows every category;
    // a single empty key shows the articles without categories (see CategoryTreeModel).
    void setCategoryFilter(const QStringList &path);
    QStringList categoryFilter() const { return m_category; }

    // Articles dated from `first` to `last` inclusive, by their local date; invalid dates: all.
    void setDateFilter(const QDate &first, const QDate &last);

    // Articles that mention a bank or company, by its canonical name; empty: all.
    void setMentionFilter(const QString &name);
    QString mentionFilter() const { return m_mention; }

    void clearFilters();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_category;
    QDate m_first;
    QDate m_last;
    QString m_mention;
};

} // namespace Broadsheet::Core
