// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Reading state: articles become read when opened, can be marked read or unread and starred,
// and the list can show all, unread or starred articles (View › Show).
#include "core/library.h"
#include "ui/articlelistview.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>

namespace Broadsheet::Ui {

using Core::ArticleListModel;
using StatusFilter = Core::ArticleFilterProxyModel::StatusFilter;

namespace {

// More articles than this are marked read only after asking: it cannot be undone in one step.
constexpr int markAllConfirmationThreshold = 100;

} // namespace

void MainWindow::connectReading()
{
    connect(m_list, &ArticleListView::currentArticleChanged, this, &MainWindow::openArticle);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, &MainWindow::showListMenu);
    // The actions' texts follow the selection: "Mark as Unread" when it is all read.
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateReadingActions);
    connect(m_library->filteredArticles(), &QAbstractItemModel::dataChanged, this,
            &MainWindow::updateReadingActions);
    updateReadingActions();
}

// Opening an article marks it read. In the Unread view, though, the proxy would drop the row at
// once: the list would jump under the reader and the selection move to a neighbour, which would
// then be opened and marked in turn. So there the article is only held as read (drawn so by the
// list) and marked when the selection moves on, the view changes, another library opens or the
// window closes: the row then leaves the list above or below the one being read.
void MainWindow::openArticle(const QString &path)
{
    if (path == m_heldRead)
        return;
    releaseHeldRead();
    const ArticleListModel *articles = m_library->articles();
    const int row = articles->rowOfPath(path);
    if (row < 0 || articles->article(row).read)
        return;
    if (m_library->filteredArticles()->statusFilter() == StatusFilter::Unread) {
        m_heldRead = path;
        m_list->setHeldAsRead(path);
        updateReadingActions();
    } else {
        m_library->setRead({row}, true);
    }
}

void MainWindow::releaseHeldRead()
{
    if (m_heldRead.isEmpty())
        return;
    const int row = m_library->articles()->rowOfPath(std::exchange(m_heldRead, {}));
    m_list->setHeldAsRead({});
    if (row >= 0)
        m_library->setRead({row}, true);
}

QList<int> MainWindow::selectedSourceRows() const
{
    const auto *filter = m_library->filteredArticles();
    QList<int> rows;
    const QModelIndexList selected = m_list->selectionModel()->selectedRows();
    rows.reserve(selected.size());
    for (const QModelIndex &index : selected)
        rows.append(filter->mapToSource(index).row());
    if (rows.isEmpty() && m_list->currentIndex().isValid())
        rows.append(filter->mapToSource(m_list->currentIndex()).row());
    return rows;
}

bool MainWindow::isShownAsRead(int sourceRow) const
{
    const Core::Article &article = m_library->articles()->article(sourceRow);
    return article.read || article.path == m_heldRead;
}

void MainWindow::toggleRead()
{
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty())
        return;
    const bool allRead =
        std::all_of(rows.cbegin(), rows.cend(), [this](int row) { return isShownAsRead(row); });
    if (allRead) {
        // The held article stays unread: no longer marked when the reader moves on.
        if (!m_heldRead.isEmpty() && rows.contains(m_library->articles()->rowOfPath(m_heldRead))) {
            m_heldRead.clear();
            m_list->setHeldAsRead({});
        }
        m_library->setRead(rows, false);
    } else {
        QList<int> unread;
        for (const int row : rows) {
            if (!isShownAsRead(row))
                unread.append(row);
        }
        m_library->setRead(unread, true);
    }
    updateReadingActions();
}

void MainWindow::toggleStar()
{
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty())
        return;
    const ArticleListModel *articles = m_library->articles();
    const bool allStarred = std::all_of(rows.cbegin(), rows.cend(),
                                        [articles](int row) { return articles->article(row).starred; });
    // In the Starred view an article whose star goes leaves the list at once: the user asked.
    m_library->setStarred(rows, !allStarred);
    updateReadingActions();
}

void MainWindow::markAllRead()
{
    const auto *filter = m_library->filteredArticles();
    QList<int> rows;
    for (int row = 0, count = filter->rowCount(); row < count; ++row) {
        const int source = filter->mapToSource(filter->index(row, 0)).row();
        if (!m_library->articles()->article(source).read)
            rows.append(source);
    }
    if (rows.isEmpty())
        return;
    if (rows.size() > markAllConfirmationThreshold) {
        const auto answer = QMessageBox::question(
            this, tr("Mark All as Read"),
            tr("Mark the %Ln unread articles in the list as read?", nullptr, int(rows.size())),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_heldRead.clear();
    m_list->setHeldAsRead({});
    m_library->setRead(rows, true);
    updateReadingActions();
}

void MainWindow::setStatusFilter(StatusFilter filter)
{
    for (QAction *action : m_actions.show->actions()) {
        if (action->data().toInt() == int(filter))
            action->setChecked(true);
    }
    m_library->filteredArticles()->setStatusFilter(filter);
    // Only the Unread view holds an article back; in the others marking it cannot hide it.
    if (filter != StatusFilter::Unread)
        releaseHeldRead();
}

void MainWindow::updateReadingActions()
{
    const QList<int> rows = selectedSourceRows();
    const bool allRead = !rows.isEmpty()
        && std::all_of(rows.cbegin(), rows.cend(), [this](int row) { return isShownAsRead(row); });
    const ArticleListModel *articles = m_library->articles();
    const bool allStarred = !rows.isEmpty() && std::all_of(rows.cbegin(), rows.cend(), [articles](int row) {
        return articles->article(row).starred;
    });
    m_actions.toggleRead->setText(allRead ? tr("Mark as &Unread") : tr("Mark as &Read"));
    m_actions.toggleStar->setText(allStarred ? tr("Un&star") : tr("&Star"));
    m_actions.toggleRead->setEnabled(!rows.isEmpty());
    m_actions.toggleStar->setEnabled(!rows.isEmpty());
}

void MainWindow::showListMenu(const QPoint &position)
{
    if (!m_list->indexAt(position).isValid())
        return;
    updateReadingActions();
    QMenu menu(this);
    menu.addActions({m_actions.toggleRead, m_actions.toggleStar});
    menu.addSeparator();
    menu.addAction(m_actions.markAllRead);
    menu.addSeparator();
    menu.addActions({m_actions.viewSource, m_actions.exportSelection});
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

} // namespace Broadsheet::Ui
