// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Broadsheet::Ui {

// Draws a node of a navigation tree (CountTreeModel) with its unread articles, as mail readers
// do for folders: in bold while it has any, with their number after the label once some are
// read ("宏观 (3)" next to a count of 13). The count column keeps the total. A long label is
// shortened, never the number, so it stays in view in a narrow pane. Bold and the palette's
// own colours keep it readable in light and dark themes alike.
//
// "Unread / total" in the count column was tried first: with 100,000 articles it took most of
// the pane's width from every label.
class UnreadCountDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnreadCountDelegate)

public:
    explicit UnreadCountDelegate(QObject *parent = nullptr);

    // What follows the label of a node with `unread` unread articles.
    static QString unreadSuffix(int unread, const QLocale &locale);

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Broadsheet::Ui
