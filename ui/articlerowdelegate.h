// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Broadsheet::Ui {

// Draws a row of the article list with its reading state: unread articles in bold in every
// column, a star before the title of starred ones. The state comes from the model's roles
// (ArticleListModel::ReadRole, StarredRole), so no proxy model is needed in between.
//
// An article the window has opened but not yet marked read (see MainWindow::openArticle)
// is drawn as read when the view is an ArticleListView that says so.
class ArticleRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleRowDelegate)

public:
    explicit ArticleRowDelegate(QObject *parent = nullptr);

    static QString starPrefix();

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Broadsheet::Ui
