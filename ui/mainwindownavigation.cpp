// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Reading from the keyboard: next and previous article, Space through the article and on to the
// next one, Enter into the article, Esc back to the list, Ctrl+F to find.
#include "core/library.h"
#include "ui/articlelistview.h"
#include "ui/findbar.h"
#include "ui/mainwindow.h"
#include "ui/readerview.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QWebEnginePage>

namespace Broadsheet::Ui {

void MainWindow::moveInList(int delta)
{
    QAbstractItemModel *model = m_list->model();
    if (model->rowCount() == 0)
        return;
    const int current = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
    const int row = std::clamp(current + delta, 0, model->rowCount() - 1);
    if (row == current)
        return;
    const QModelIndex index = model->index(row, 0);
    m_list->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_list->scrollTo(index);
}

void MainWindow::pageDownOrNextArticle()
{
    // The page's scroll position and size are known without script: at the end of an article,
    // Space goes on to the next one, as in a mail or feed reader.
    QWebEnginePage *page = m_reader->page();
    const qreal bottom = page->scrollPosition().y() + m_reader->height() / m_reader->zoomFactor();
    if (bottom >= page->contentsSize().height() - 2) {
        moveInList(+1);
        return;
    }
    QWidget *target = m_reader->focusProxy() ? m_reader->focusProxy() : m_reader;
    QKeyEvent press(QEvent::KeyPress, Qt::Key_PageDown, Qt::NoModifier);
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_PageDown, Qt::NoModifier);
    QApplication::sendEvent(target, &press);
    QApplication::sendEvent(target, &release);
}

void MainWindow::escape()
{
    // One key, the most useful thing first: stop a scan, close the find bar, back to the list.
    // Only a scan the status bar shows (opening, reloading): the quiet refreshes of watched
    // folders, one of which follows every opening, are not the user's to stop with Esc.
    if (m_actions.cancelScan->isEnabled()) {
        m_library->cancel();
        return;
    }
    if (m_findBar->isVisible()) {
        m_findBar->dismiss();
        return;
    }
    m_list->setFocus();
}

} // namespace Broadsheet::Ui
