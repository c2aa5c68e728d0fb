// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Searching the library from the toolbar. The index answers in milliseconds, so the search runs
// on the GUI thread once typing pauses; its results narrow the list together with the category,
// dates or mention picked in the navigation pane and the Unread or Starred view (the proxy shows
// the articles that pass every filter).
#include "core/library.h"
#include "core/searchquery.h"
#include "ui/articlelistview.h"
#include "ui/logging.h"
#include "ui/mainwindow.h"
#include "ui/readerview.h"
#include "ui/searchbox.h"

#include <QShortcut>
#include <QStatusBar>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace Broadsheet::Ui {

void MainWindow::createSearchBar()
{
    QToolBar *bar = addToolBar(tr("Search"));
    bar->setObjectName(u"searchToolBar"_s); // saveState() knows toolbars by name
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->addWidget(m_searchBox);
    // "/" searches from the list, as in less, vim and many web apps; anywhere else it may be
    // something typed.
    auto *slash = new QShortcut(QKeySequence(Qt::Key_Slash), m_list);
    slash->setContext(Qt::WidgetShortcut);
    connect(slash, &QShortcut::activated, m_searchBox, &SearchBox::focusField);
}

void MainWindow::connectSearch()
{
    connect(m_searchBox, &SearchBox::searchRequested, this, &MainWindow::runSearch);
    connect(m_searchBox, &SearchBox::leaveRequested, m_list, qOverload<>(&QWidget::setFocus));
    // The index grows while a library is read, and watched folders change it later: the same
    // words may find more. Index ids of another library mean nothing, hence scanStarted too.
    for (const auto signal :
         {&Core::Library::scanStarted, &Core::Library::listed, &Core::Library::contentsChanged})
        connect(m_library, signal, this, &MainWindow::runSearch);
    connect(m_library, &Core::Library::scanFinished, this, &MainWindow::runSearch);
    QAbstractItemModel *list = m_library->filteredArticles();
    connect(list, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateSearchStatus);
    connect(list, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateSearchStatus);
    connect(list, &QAbstractItemModel::modelReset, this, &MainWindow::updateSearchStatus);
    connect(list, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateSearchStatus);
}

void MainWindow::runSearch()
{
    Core::ArticleFilterProxyModel *filter = m_library->filteredArticles();
    const Core::SearchQuery query(m_searchBox->text());
    m_searchError.clear();
    if (query.isEmpty()) {
        filter->setSearchResults(std::nullopt);
        m_reader->setSearchTerms({});
        updateSearchStatus();
        return;
    }
    QString error;
    std::optional<QSet<qint64>> ids = m_library->search(query, &error);
    if (!ids) {
        // Before the index is first built there is nothing to search yet; the search runs
        // again when it is. A failure after that is worth telling, though never in a box.
        qCWarning(lcWindow) << "search failed:" << error;
        if (m_library->isIndexComplete()) {
            m_searchError = error;
            statusBar()->showMessage(tr("Search failed: %1").arg(error), 10000);
        }
        ids = QSet<qint64>();
    }
    filter->setSearchResults(std::move(ids));
    m_reader->setSearchTerms(query.terms());
    updateSearchStatus();
}

void MainWindow::updateSearchStatus()
{
    const Core::ArticleFilterProxyModel *filter = m_library->filteredArticles();
    if (!filter->isSearchActive()) {
        m_searchBox->setStatus({});
        return;
    }
    if (!m_searchError.isEmpty()) {
        m_searchBox->setStatus(tr("Search unavailable"), m_searchError);
        return;
    }
    // Without an English translation, "%Ln article(s)" would show as it is written.
    const int count = filter->rowCount();
    const QString found = count == 1 ? tr("1 article") : tr("%Ln articles", nullptr, count);
    if (m_library->isIndexComplete())
        m_searchBox->setStatus(found);
    else if (m_library->isScanning())
        m_searchBox->setStatus(tr("%1 · Still indexing: results may be incomplete").arg(found));
    else
        m_searchBox->setStatus(tr("%1 · Indexing was stopped: results may be incomplete").arg(found),
                               tr("Reload the library (File › Reload Library) to finish indexing it."));
}

} // namespace Broadsheet::Ui
