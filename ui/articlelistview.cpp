// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/articlelistview.h"

#include "core/articlelistmodel.h"
#include "ui/articlerowdelegate.h"
#include "ui/thumbnaildelegate.h"

#include <QHeaderView>

namespace Broadsheet::Ui {

using Core::ArticleListModel;

ArticleListView::ArticleListView(QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("articleList"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTextElideMode(Qt::ElideRight);
    header()->setStretchLastSection(false);
    header()->setSectionsMovable(true);
    m_rows = new ArticleRowDelegate(this);
    setItemDelegate(m_rows);
}

void ArticleListView::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    header()->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    header()->resizeSection(ArticleListModel::DateColumn,
                            fontMetrics().horizontalAdvance(QStringLiteral("2022-02-10 09:43")) + 24);
    header()->resizeSection(ArticleListModel::SourceColumn, fontMetrics().averageCharWidth() * 14);
    header()->resizeSection(ArticleListModel::CategoryColumn, fontMetrics().averageCharWidth() * 22);
    sortByColumn(ArticleListModel::DateColumn, Qt::DescendingOrder);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                Q_EMIT currentArticleChanged(current.data(ArticleListModel::PathRole).toString());
            });
}

void ArticleListView::setThumbnailsShown(bool shown)
{
    if (shown == thumbnailsShown())
        return;
    if (shown) {
        m_thumbnails = new ThumbnailDelegate(Core::ImageCache(), this);
        setItemDelegateForColumn(ArticleListModel::TitleColumn, m_thumbnails);
    } else {
        setItemDelegateForColumn(ArticleListModel::TitleColumn, nullptr);
        delete m_thumbnails;
        m_thumbnails = nullptr;
    }
    // Rows share one height (uniformRowHeights, for 100,000 rows): lay them out again.
    doItemsLayout();
    viewport()->update();
}

void ArticleListView::setHeldAsRead(const QString &path)
{
    if (path == m_heldAsRead)
        return;
    m_heldAsRead = path;
    viewport()->update();
}

QString ArticleListView::currentPath() const
{
    return currentIndex().data(ArticleListModel::PathRole).toString();
}

} // namespace Broadsheet::Ui
