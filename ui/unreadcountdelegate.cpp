// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/unreadcountdelegate.h"

#include "core/counttreemodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QToolTip>

namespace Broadsheet::Ui {

using Core::CountTreeModel;

UnreadCountDelegate::UnreadCountDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QString UnreadCountDelegate::unreadSuffix(int unread, const QLocale &locale)
{
    return tr(" (%1)", "after a navigation node: its unread articles").arg(locale.toString(unread));
}

void UnreadCountDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int unread = index.data(CountTreeModel::UnreadRole).toInt();
    if (unread <= 0)
        return;
    option->font.setBold(true);
    // All unread: bold says it, and the count column says how many. The number would only take
    // room from the label, the more so in a library just opened, where every node is unread.
    if (index.column() != CountTreeModel::LabelColumn
        || unread >= index.data(CountTreeModel::CountRole).toInt())
        return;
    // The label is shortened, never the number: "中国农业发… (12)". Written like the count
    // column's numbers (the view's locale, which leaves out group separators).
    const QString suffix = unreadSuffix(unread, option->locale);
    const QFontMetrics metrics(option->font);
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    const int margins = 2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option->widget) + 1);
    const int room = option->rect.width() - margins - metrics.horizontalAdvance(suffix);
    option->text =
        (room > 0 ? metrics.elidedText(option->text, Qt::ElideRight, room) : option->text) + suffix;
}

bool UnreadCountDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    // The number in brackets needs saying once what it is, unless the model has its own words
    // for the node (a mention group counts banks, not articles).
    if (event->type() == QEvent::ToolTip && index.data(Qt::ToolTipRole).toString().isEmpty()) {
        const QLocale locale;
        const int unread = index.data(CountTreeModel::UnreadRole).toInt();
        const int total = index.data(CountTreeModel::CountRole).toInt();
        QToolTip::showText(
            event->globalPos(),
            tr("Unread: %1 · Articles: %2").arg(locale.toString(unread), locale.toString(total)), view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace Broadsheet::Ui
