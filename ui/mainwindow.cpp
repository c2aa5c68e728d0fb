// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "core/library.h"
#include "core/settings.h"
#include "ui/articlelistview.h"
#include "ui/findbar.h"
#include "ui/logging.h"
#include "ui/mentionsdock.h"
#include "ui/navigationpane.h"
#include "ui/problemsdock.h"
#include "ui/readerview.h"
#include "ui/scanstatus.h"
#include "ui/searchbox.h"
#include "ui/theme.h"
#include "ui/uisettings.h"

#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Broadsheet::Ui {

namespace {
const auto libraryKey = u"library/folders"_s;
const auto geometryKey = u"window/geometry"_s;
const auto stateKey = u"window/state"_s;
const auto mainSplitterKey = u"window/mainSplitter"_s;
const auto readingSplitterKey = u"window/readingSplitter"_s;
const auto navigationSplitterKey = u"window/navigationSplitter"_s;
const auto listHeaderKey = u"window/articleListHeader"_s;
const auto zoomKey = u"reader/zoom"_s;
const auto thumbnailsKey = u"list/thumbnails"_s;
const auto showKey = u"list/show"_s; // "all", "unread" or "starred"

using StatusFilter = Core::ArticleFilterProxyModel::StatusFilter;

QString statusFilterName(StatusFilter filter)
{
    switch (filter) {
    case StatusFilter::Unread:
        return u"unread"_s;
    case StatusFilter::Starred:
        return u"starred"_s;
    case StatusFilter::All:
        break;
    }
    return u"all"_s;
}

StatusFilter statusFilterNamed(const QString &name)
{
    if (name == u"unread"_s)
        return StatusFilter::Unread;
    if (name == u"starred"_s)
        return StatusFilter::Starred;
    return StatusFilter::All;
}
} // namespace

MainWindow::MainWindow(Core::Library *library, const QString &sampleLibrary, QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
    , m_sampleLibrary(sampleLibrary)
    , m_navigation(new NavigationPane(library->categories(), library->dates(), library->mentions(), this))
    , m_list(new ArticleListView(this))
    , m_reader(new ReaderView(Core::ImageCache(), this))
    , m_problems(new ProblemsDock(library->problems(), this))
    , m_mentions(new MentionsDock(this))
    , m_scanStatus(new ScanStatus(this))
    , m_searchBox(new SearchBox(this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_readingSplitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(u"mainWindow"_s);
    setAcceptDrops(true);
    m_list->setModel(library->filteredArticles());

    m_readingSplitter->addWidget(m_list);
    // The find bar sits under the article it searches.
    auto *readingArea = new QWidget(this);
    auto *readingLayout = new QVBoxLayout(readingArea);
    readingLayout->setContentsMargins(0, 0, 0, 0);
    readingLayout->setSpacing(0);
    m_findBar = new FindBar(m_reader->page(), readingArea);
    readingLayout->addWidget(m_reader, 1);
    readingLayout->addWidget(m_findBar);
    m_readingSplitter->addWidget(readingArea);
    m_readingSplitter->setStretchFactor(0, 2);
    m_readingSplitter->setStretchFactor(1, 5);
    m_mainSplitter->addWidget(m_navigation);
    m_mainSplitter->addWidget(m_readingSplitter);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 4);
    m_mainSplitter->setChildrenCollapsible(false);
    setCentralWidget(m_mainSplitter);

    addDockWidget(Qt::BottomDockWidgetArea, m_problems);
    m_problems->hide();
    addDockWidget(Qt::RightDockWidgetArea, m_mentions);
    m_mentions->setQuoteProvider(Core::QuoteProvider::byId(Core::Settings::quoteProviderId()));
    statusBar()->addWidget(m_scanStatus, 1);

    createActions();
    createMenus();
    createSearchBar();
    connectSearch();
    connectReading();

    // One navigation filter at a time: each tree's selection replaces the others'. The search
    // and the Unread or Starred view stay: they narrow whatever is picked here.
    connect(m_navigation, &NavigationPane::categorySelected, this,
            [this](const QStringList &path) { setNavigationFilter(path, {}, {}, {}); });
    connect(m_navigation, &NavigationPane::datesSelected, this,
            [this](const QDate &first, const QDate &last) { setNavigationFilter({}, first, last, {}); });
    connect(m_navigation, &NavigationPane::mentionSelected, this,
            [this](const QString &name) { setNavigationFilter({}, {}, {}, name); });
    connect(m_reader, &ReaderView::mentionsChanged, m_mentions, &MentionsDock::setMentions);
    connect(m_mentions, &MentionsDock::mentionPicked, m_reader, &ReaderView::highlightMention);
    connect(m_mentions, &MentionsDock::quoteRequested, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_list, &ArticleListView::currentArticleChanged, m_reader, [this](const QString &path) {
        if (!path.isEmpty() && path != m_reader->currentPath())
            m_reader->showArticle(path);
    });
    connect(m_problems, &ProblemsDock::sourceRequested, this, &MainWindow::showSource);
    // Enter (or a double click) in the list goes into the article.
    connect(m_list, &QAbstractItemView::activated, m_reader, qOverload<>(&QWidget::setFocus));
    connect(m_scanStatus, &ScanStatus::cancelRequested, library, &Core::Library::cancel);
    connect(library, &Core::Library::scanStarted, m_scanStatus, &ScanStatus::scanStarted);
    connect(library, &Core::Library::scanProgress, m_scanStatus, &ScanStatus::scanProgress);
    connect(library, &Core::Library::indexProgress, m_scanStatus, &ScanStatus::indexProgress);
    // Every article is listed: there is something to read while the index is being built.
    connect(library, &Core::Library::listed, this, &MainWindow::selectFirstArticle);
    // Watched folders were refreshed (perhaps with "Indexing…" shown): the count is new.
    connect(library, &Core::Library::contentsChanged, this, [this] {
        m_scanStatus->scanFinished(false, m_library->articles()->rowCount(),
                                   m_library->problems()->rowCount());
    });
    connect(library, &Core::Library::scanFinished, this, &MainWindow::onScanFinished);
    connect(library, &Core::Library::scanStarted, this, [this] {
        m_reader->setMentionExtractor(m_library->mentionExtractor()); // the user's file may have changed
        m_reader->setLibraryFolders(m_library->folders());
        m_actions.cancelScan->setEnabled(true);
        updateTitle();
    });

    m_library->setWatching(UiSettings::watchFolders());
    restoreSettings();
    // Not the search box, the first in the tab order: keys like J and S work from the start.
    m_list->setFocus();
    m_reader->setPageStyle(applyTheme(Core::Settings::pageStyle()));
    m_reader->showMessage(tr("Broadsheet"), tr("Select an article in the list to read it."));
}

void MainWindow::openInitialLibrary(const QStringList &folders)
{
    if (!folders.isEmpty()) {
        openFolders(folders);
        return;
    }
    QStringList last = QSettings().value(libraryKey).toStringList();
    last.removeIf([](const QString &folder) { return !QFileInfo(folder).isDir(); });
    if (!last.isEmpty())
        openFolders(last);
    else
        openSampleLibrary();
}

void MainWindow::openFolders(const QStringList &folders)
{
    if (folders.isEmpty())
        return;
    releaseHeldRead();
    m_library->open(folders);
    QSettings().setValue(libraryKey, m_library->folders());
    m_navigation->showAll();
}

void MainWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Folder of Articles"));
    if (!folder.isEmpty())
        openFolders({folder});
}

void MainWindow::addFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add Folder to Library"));
    if (!folder.isEmpty())
        openFolders(m_library->folders() << folder);
}

void MainWindow::openSampleLibrary()
{
    if (m_sampleLibrary.isEmpty() || !QFileInfo(m_sampleLibrary).isDir()) {
        m_reader->showMessage(
            tr("No library open"),
            tr("Open a folder of articles with File › Open Folder, or drop one on this window."));
        return;
    }
    openFolders({m_sampleLibrary});
}

void MainWindow::onScanFinished(bool cancelled)
{
    // Off by default: nothing touches the network unless the user asked for it.
    if (!cancelled && Core::Settings::autoDownloadImages()) {
        QStringList paths;
        for (const Core::Article &article : m_library->articles()->articles())
            paths.append(article.path);
        startImageDownload(paths, false);
    }
    const int articles = m_library->articles()->rowCount();
    const int problems = m_library->problems()->rowCount();
    m_scanStatus->scanFinished(cancelled, articles, problems);
    m_actions.cancelScan->setEnabled(false);
    if (problems > 0)
        m_problems->show();
    if (articles == 0) {
        m_reader->showMessage(tr("No articles found"),
                              tr("There are no .md, .markdown, .html or .htm files in %1.")
                                  .arg(QLocale().createSeparatedList(m_library->folders())));
    } else {
        selectFirstArticle();
    }
}

void MainWindow::selectFirstArticle()
{
    // Start on the newest article rather than on an empty page.
    if (m_list->currentPath().isEmpty() && m_list->model()->rowCount() > 0)
        m_list->setCurrentIndex(m_list->model()->index(0, 0));
}

void MainWindow::setNavigationFilter(const QStringList &category, const QDate &first, const QDate &last,
                                     const QString &mention)
{
    // The new filter first, the others cleared after: the list never passes through showing
    // every article, a costly rebuild for 100,000 of them. Setting a filter again is a no-op.
    Core::ArticleFilterProxyModel *filter = m_library->filteredArticles();
    if (!category.isEmpty())
        filter->setCategoryFilter(category);
    if (first.isValid() || last.isValid())
        filter->setDateFilter(first, last);
    if (!mention.isEmpty())
        filter->setMentionFilter(mention);
    filter->setCategoryFilter(category);
    filter->setDateFilter(first, last);
    filter->setMentionFilter(mention);
}

void MainWindow::updateTitle()
{
    QStringList names;
    for (const QString &folder : m_library->folders())
        names.append(QFileInfo(folder).fileName());
    setWindowTitle(names.isEmpty() ? tr("Broadsheet")
                                   : tr("%1 — Broadsheet").arg(QLocale().createSeparatedList(names)));
}

QStringList MainWindow::localFolders(const QMimeData *mime)
{
    QStringList folders;
    if (!mime || !mime->hasUrls())
        return folders;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isDir())
            folders.append(url.toLocalFile());
    }
    return folders;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFolders(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList folders = localFolders(event->mimeData());
    if (folders.isEmpty())
        return;
    event->acceptProposedAction();
    openFolders(folders);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_library->cancel();
    releaseHeldRead();
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(mainSplitterKey, m_mainSplitter->saveState());
    settings.setValue(readingSplitterKey, m_readingSplitter->saveState());
    settings.setValue(navigationSplitterKey, m_navigation->splitter()->saveState());
    settings.setValue(listHeaderKey, m_list->header()->saveState());
    settings.setValue(zoomKey, m_reader->zoomFactor());
    settings.setValue(thumbnailsKey, m_list->thumbnailsShown());
    settings.setValue(showKey, statusFilterName(m_library->filteredArticles()->statusFilter()));
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1280, 820);
    if (!restoreState(settings.value(stateKey).toByteArray()))
        resizeDocks({m_mentions}, {330}, Qt::Horizontal);
    if (!m_mainSplitter->restoreState(settings.value(mainSplitterKey).toByteArray()))
        m_mainSplitter->setSizes({260, 1020});
    if (!m_readingSplitter->restoreState(settings.value(readingSplitterKey).toByteArray()))
        m_readingSplitter->setSizes({260, 540});
    m_navigation->splitter()->restoreState(settings.value(navigationSplitterKey).toByteArray());
    m_list->header()->restoreState(settings.value(listHeaderKey).toByteArray());
    m_reader->setZoom(settings.value(zoomKey, 1.0).toReal());
    m_actions.thumbnails->setChecked(settings.value(thumbnailsKey, false).toBool());
    setStatusFilter(statusFilterNamed(settings.value(showKey).toString()));
}

} // namespace Broadsheet::Ui
