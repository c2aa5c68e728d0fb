// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/articlerowdelegate.h"

#include "core/articlelistmodel.h"
#include "ui/articlelistview.h"

using namespace Qt::StringLiterals;

namespace Broadsheet::Ui {

using Core::ArticleListModel;

ArticleRowDelegate::ArticleRowDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QString ArticleRowDelegate::starPrefix()
{
    return u"★ "_s;
}

void ArticleRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    bool read = index.data(ArticleListModel::ReadRole).toBool();
    if (!read) {
        const auto *view = qobject_cast<const ArticleListView *>(option->widget);
        read = view && !view->heldAsRead().isEmpty()
            && index.data(ArticleListModel::PathRole).toString() == view->heldAsRead();
    }
    if (!read)
        option->font.setBold(true);
    // A character rather than an icon: it takes the text's colour, so it reads on a selected
    // row and in the dark theme alike, and it is elided with the title, never over it.
    if (index.column() == ArticleListModel::TitleColumn && index.data(ArticleListModel::StarredRole).toBool())
        option->text.prepend(starPrefix());
}

} // namespace Broadsheet::Ui
