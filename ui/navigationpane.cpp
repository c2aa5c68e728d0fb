// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/navigationpane.h"

#include "core/categorytreemodel.h"
#include "core/datetreemodel.h"
#include "core/mentiontreemodel.h"
#include "ui/unreadcountdelegate.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace Broadsheet::Ui {

namespace {

QTreeView *makeTree(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setUniformRowHeights(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAllColumnsShowFocus(true);
    view->setItemDelegate(new UnreadCountDelegate(view));
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(Core::CountTreeModel::LabelColumn, QHeaderView::Stretch);
    view->header()->setSectionResizeMode(Core::CountTreeModel::CountColumn, QHeaderView::ResizeToContents);
    return view;
}

} // namespace

NavigationPane::NavigationPane(Core::CategoryTreeModel *categories, Core::DateTreeModel *dates,
                               Core::MentionTreeModel *mentions, QWidget *parent)
    : QWidget(parent)
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    m_categoryView = makeTree(categories, QStringLiteral("categoryTree"), m_splitter);
    m_dateView = makeTree(dates, QStringLiteral("dateTree"), m_splitter);
    m_mentionView = makeTree(mentions, QStringLiteral("mentionTree"), m_splitter);
    m_splitter->addWidget(m_categoryView);
    m_splitter->addWidget(m_dateView);
    m_splitter->addWidget(m_mentionView);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_categoryView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &NavigationPane::onCategoryChanged);
    connect(m_dateView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &NavigationPane::onDateChanged);
    connect(m_mentionView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &NavigationPane::onMentionChanged);
    // Two groups only (banks, companies): always open.
    connect(mentions, &QAbstractItemModel::rowsInserted, m_mentionView,
            [this](const QModelIndex &parent, int first, int last) {
                if (parent.isValid())
                    return;
                for (int row = first; row <= last; ++row)
                    m_mentionView->expand(m_mentionView->model()->index(row, 0));
            });
    // The top levels are few (a handful of sources, a decade of years): open them.
    connect(categories, &QAbstractItemModel::rowsInserted, m_categoryView,
            [this](const QModelIndex &parent, int first, int last) {
                if (parent.isValid())
                    return;
                for (int row = first; row <= last; ++row)
                    m_categoryView->expand(m_categoryView->model()->index(row, 0));
            });
}

void NavigationPane::clearOthers(QTreeView *keep)
{
    for (QTreeView *view : {m_categoryView, m_dateView, m_mentionView}) {
        if (view != keep)
            view->selectionModel()->clear();
    }
}

void NavigationPane::showAll()
{
    clearOthers(m_categoryView);
    const QModelIndex all = m_categoryView->model()->index(0, 0);
    m_categoryView->selectionModel()->setCurrentIndex(
        all, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    Q_EMIT categorySelected({});
}

void NavigationPane::onCategoryChanged()
{
    const QModelIndex current = m_categoryView->currentIndex();
    if (!current.isValid())
        return;
    clearOthers(m_categoryView);
    Q_EMIT categorySelected(current.data(Core::CountTreeModel::PathRole).toStringList());
}

void NavigationPane::onDateChanged()
{
    const QModelIndex current = m_dateView->currentIndex();
    if (!current.isValid())
        return;
    clearOthers(m_dateView);
    const auto range =
        Core::DateTreeModel::dateRange(current.data(Core::CountTreeModel::PathRole).toStringList());
    Q_EMIT datesSelected(range.first, range.second);
}

void NavigationPane::onMentionChanged()
{
    const QModelIndex current = m_mentionView->currentIndex();
    if (!current.isValid())
        return;
    clearOthers(m_mentionView);
    Q_EMIT mentionSelected(
        Core::MentionTreeModel::mentionOf(current.data(Core::CountTreeModel::PathRole).toStringList()));
}

} // namespace Broadsheet::Ui
