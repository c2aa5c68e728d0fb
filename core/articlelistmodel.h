// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Broadsheet::Core {

// The articles of the library, one row each, in the order they were found. Sorting and
// filtering are ArticleFilterProxyModel's job. Rows hold metadata only (see Article).
class ArticleListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleListModel)

public:
    enum Column { TitleColumn, DateColumn, SourceColumn, CategoryColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, // QString: absolute file path
        SortRole, // a value that sorts the column as a person expects
        DateRole, // QDateTime
        CategoriesRole, // QStringList: the category path
        HeadImageRole, // QString: the head image as written (headimg, else thumbnail)
    };

    explicit ArticleListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Adds articles; an article whose path is already listed replaces the old row.
    void addArticles(const QList<Article> &articles);
    void clear();

    const Article &article(int row) const { return m_articles.at(row); }
    int rowOfPath(const QString &path) const { return m_rowOfPath.value(path, -1); }
    const QList<Article> &articles() const { return m_articles; }

private:
    QList<Article> m_articles;
    QHash<QString, int> m_rowOfPath;
};

} // namespace Broadsheet::Core
