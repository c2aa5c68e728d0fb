// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/articlelistmodel.h"

using namespace Qt::StringLiterals;

namespace Broadsheet::Core {

ArticleListModel::ArticleListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Article &article = m_articles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return article.title;
        case DateColumn:
            return article.date.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
        case SourceColumn:
            return article.author;
        case CategoryColumn:
            return article.categories.isEmpty() ? QString() : article.categories.constLast();
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TitleColumn:
            return article.path;
        case DateColumn:
            return article.dateOrigin == DateOrigin::FileModified
                ? tr("No usable date in the article; this is the file's modification time.")
                : QVariant();
        case CategoryColumn:
            return article.categories.join(u" › "_s);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case DateColumn:
            return article.date.toMSecsSinceEpoch();
        case CategoryColumn:
            return article.categories.join(u'\u001f');
        default:
            return data(index, Qt::DisplayRole);
        }
    case PathRole:
        return article.path;
    case DateRole:
        return article.date;
    case HeadImageRole:
        return article.displayImage();
    case CategoriesRole:
        return article.categories;
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case DateColumn:
        return tr("Date");
    case SourceColumn:
        return tr("Source");
    case CategoryColumn:
        return tr("Category");
    }
    return {};
}

void ArticleListModel::addArticles(const QList<Article> &articles)
{
    QList<Article> fresh;
    QHash<QString, qsizetype> freshIndex; // a path twice in one batch is still one row
    fresh.reserve(articles.size());
    for (const Article &article : articles) {
        const int row = m_rowOfPath.value(article.path, -1);
        if (row < 0) {
            const auto seen = freshIndex.constFind(article.path);
            if (seen != freshIndex.cend()) {
                fresh[*seen] = article;
            } else {
                freshIndex.insert(article.path, fresh.size());
                fresh.append(article);
            }
            continue;
        }
        m_articles[row] = article;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_articles.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (Article &article : fresh) {
        m_rowOfPath.insert(article.path, int(m_articles.size()));
        m_articles.append(std::move(article));
    }
    endInsertRows();
}

void ArticleListModel::clear()
{
    beginResetModel();
    m_articles.clear();
    m_rowOfPath.clear();
    endResetModel();
}

} // namespace Broadsheet::Core
