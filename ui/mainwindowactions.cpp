// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The menus of the main window, kept apart from its layout and wiring.
#include "core/library.h"
#include "core/settings.h"
#include "ui/aboutdialog.h"
#include "ui/articlelistview.h"
#include "ui/findbar.h"
#include "ui/mainwindow.h"
#include "ui/mentionsdock.h"
#include "ui/navigationpane.h"
#include "ui/preferencesdialog.h"
#include "ui/problemsdock.h"
#include "ui/readerview.h"
#include "ui/searchbox.h"
#include "ui/sourcewindow.h"
#include "ui/theme.h"
#include "ui/uisettings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenuBar>

using namespace Qt::StringLiterals;

namespace Broadsheet::Ui {

namespace {

QAction *makeAction(const QString &text, const QKeySequence &shortcut, QObject *parent)
{
    auto *action = new QAction(text, parent);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    return action;
}

} // namespace

void MainWindow::createActions()
{
    Actions &a = m_actions;
    a.openFolder = makeAction(tr("&Open Folder…"), QKeySequence::Open, this);
    a.openFolder->setStatusTip(tr("Open a folder of articles as the library"));
    connect(a.openFolder, &QAction::triggered, this, &MainWindow::chooseFolder);

    a.addFolder = makeAction(tr("&Add Folder…"), QKeySequence(tr("Ctrl+Shift+O")), this);
    a.addFolder->setStatusTip(tr("Add another folder of articles to the library"));
    connect(a.addFolder, &QAction::triggered, this, &MainWindow::addFolder);

    a.openSample = makeAction(tr("Open &Sample Library"), {}, this);
    connect(a.openSample, &QAction::triggered, this, &MainWindow::openSampleLibrary);

    a.exportSelection = makeAction(tr("&Export Selected Articles…"), QKeySequence(tr("Ctrl+E")), this);
    a.exportSelection->setStatusTip(tr("Export the selected articles to PDF or HTML"));
    connect(a.exportSelection, &QAction::triggered, this, &MainWindow::exportSelection);

    a.downloadImages = makeAction(tr("Download &Images for Offline Reading…"), {}, this);
    a.downloadImages->setStatusTip(
        tr("Fetch the images of the selected articles, or of every article listed"));
    connect(a.downloadImages, &QAction::triggered, this, &MainWindow::downloadImages);

    a.reload = makeAction(tr("&Reload Library"), QKeySequence::Refresh, this);
    a.reload->setStatusTip(tr("Read the library's folders again"));
    connect(a.reload, &QAction::triggered, m_library, &Core::Library::rescan);

    // Esc stops a scan through back (below): two actions may not share a shortcut.
    a.cancelScan = makeAction(tr("&Stop Reading"), {}, this);
    a.cancelScan->setEnabled(false);
    connect(a.cancelScan, &QAction::triggered, m_library, &Core::Library::cancel);

    a.quit = makeAction(tr("&Quit"), QKeySequence::Quit, this);
    a.quit->setMenuRole(QAction::QuitRole);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);

    a.preferences = makeAction(tr("&Preferences…"), QKeySequence::Preferences, this);
    a.preferences->setMenuRole(QAction::PreferencesRole);
    connect(a.preferences, &QAction::triggered, this, &MainWindow::showPreferences);

    a.nextArticle = makeAction(tr("&Next Article"), QKeySequence(Qt::Key_J), this);
    a.nextArticle->setShortcuts({QKeySequence(Qt::Key_J), QKeySequence(Qt::Key_N)});
    connect(a.nextArticle, &QAction::triggered, this, [this] { moveInList(+1); });
    a.previousArticle = makeAction(tr("&Previous Article"), QKeySequence(Qt::Key_K), this);
    a.previousArticle->setShortcuts({QKeySequence(Qt::Key_K), QKeySequence(Qt::Key_P)});
    connect(a.previousArticle, &QAction::triggered, this, [this] { moveInList(-1); });
    a.pageDown = makeAction(tr("Page &Down or Next Article"), QKeySequence(Qt::Key_Space), this);
    connect(a.pageDown, &QAction::triggered, this, &MainWindow::pageDownOrNextArticle);
    a.find = makeAction(tr("&Find in Article…"), QKeySequence::Find, this);
    connect(a.find, &QAction::triggered, m_findBar, &FindBar::open);
    a.back = makeAction(tr("&Back to the List"), QKeySequence(Qt::Key_Escape), this);
    a.back->setStatusTip(tr("Stop reading the library, close the find bar, or go back to the list"));
    connect(a.back, &QAction::triggered, this, &MainWindow::escape);

    a.thumbnails = makeAction(tr("Show &Thumbnails"), {}, this);
    a.thumbnails->setCheckable(true);
    a.thumbnails->setStatusTip(tr("Show the downloaded head image of each article in the list"));
    connect(a.thumbnails, &QAction::toggled, m_list, &ArticleListView::setThumbnailsShown);

    a.showAll = makeAction(tr("Show &All Articles"), QKeySequence(tr("Ctrl+Shift+A")), this);
    connect(a.showAll, &QAction::triggered, m_navigation, &NavigationPane::showAll);

    // "/" also searches, from the list only (see createSearchBar()): in a text it is a character.
    a.search = makeAction(tr("&Search Library…"), QKeySequence(tr("Ctrl+K")), this);
    a.search->setObjectName(u"searchAction"_s);
    a.search->setStatusTip(tr("Find articles by words in their titles and text"));
    connect(a.search, &QAction::triggered, m_searchBox, &SearchBox::focusField);

    // Single keys, as in mail and feed readers; a text field takes them as typing first.
    a.toggleRead = makeAction(tr("Mark as &Read"), QKeySequence(Qt::Key_M), this);
    a.toggleRead->setObjectName(u"toggleReadAction"_s);
    a.toggleRead->setStatusTip(tr("Mark the selected articles as read, or as unread when they are"));
    connect(a.toggleRead, &QAction::triggered, this, &MainWindow::toggleRead);
    a.toggleStar = makeAction(tr("&Star"), QKeySequence(Qt::Key_S), this);
    a.toggleStar->setObjectName(u"toggleStarAction"_s);
    a.toggleStar->setStatusTip(tr("Star the selected articles, or take their star away"));
    connect(a.toggleStar, &QAction::triggered, this, &MainWindow::toggleStar);
    a.markAllRead = makeAction(tr("Mark &All as Read"), QKeySequence(tr("Ctrl+Shift+M")), this);
    a.markAllRead->setObjectName(u"markAllReadAction"_s);
    a.markAllRead->setStatusTip(tr("Mark every article in the list as read"));
    connect(a.markAllRead, &QAction::triggered, this, &MainWindow::markAllRead);

    using StatusFilter = Core::ArticleFilterProxyModel::StatusFilter;
    a.show = new QActionGroup(this);
    a.show->setExclusive(true);
    const auto addShow = [this, &a](const QString &text, StatusFilter filter) {
        QAction *action = a.show->addAction(text);
        action->setCheckable(true);
        action->setData(int(filter));
        connect(action, &QAction::triggered, this, [this, filter] { setStatusFilter(filter); });
        return action;
    };
    a.showEverything = addShow(tr("&All", "View › Show"), StatusFilter::All);
    a.showUnread = addShow(tr("&Unread", "View › Show"), StatusFilter::Unread);
    a.showStarred = addShow(tr("&Starred", "View › Show"), StatusFilter::Starred);
    a.showEverything->setChecked(true);
    a.showEverything->setObjectName(u"showAllStatusAction"_s);
    a.showUnread->setObjectName(u"showUnreadAction"_s);
    a.showStarred->setObjectName(u"showStarredAction"_s);

    a.viewSource = makeAction(tr("&Source"), QKeySequence(tr("Ctrl+U")), this);
    a.viewSource->setStatusTip(tr("Show the article's file as it is on disk, front matter included"));
    connect(a.viewSource, &QAction::triggered, this, [this] {
        if (const QString path = m_list->currentPath(); !path.isEmpty())
            showSource(path, 0);
    });

    // Ctrl+= as well as Ctrl++: on most keyboards "+" needs Shift.
    a.zoomIn = makeAction(tr("Zoom &In"), QKeySequence::ZoomIn, this);
    a.zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(tr("Ctrl+="))});
    connect(a.zoomIn, &QAction::triggered, this, [this] { m_reader->setZoom(m_reader->zoomFactor() + 0.1); });
    a.zoomOut = makeAction(tr("Zoom &Out"), QKeySequence::ZoomOut, this);
    connect(a.zoomOut, &QAction::triggered, this,
            [this] { m_reader->setZoom(m_reader->zoomFactor() - 0.1); });
    a.zoomReset = makeAction(tr("&Actual Size"), QKeySequence(tr("Ctrl+0")), this);
    connect(a.zoomReset, &QAction::triggered, this, [this] { m_reader->setZoom(1.0); });

    a.about = makeAction(tr("&About Broadsheet"), {}, this);
    a.about->setMenuRole(QAction::AboutRole);
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    const Actions &a = m_actions;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({a.openFolder, a.addFolder, a.openSample});
    file->addSeparator();
    file->addAction(a.exportSelection);
    file->addAction(a.downloadImages);
    file->addSeparator();
    file->addActions({a.reload, a.cancelScan});
    file->addSeparator();
    file->addAction(a.quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({a.search, a.find});
    edit->addSeparator();
    edit->addAction(a.preferences);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addActions({a.nextArticle, a.previousArticle, a.pageDown});
    go->addSeparator();
    go->addAction(a.back);

    QMenu *article = menuBar()->addMenu(tr("&Article"));
    article->addActions({a.toggleRead, a.toggleStar});
    article->addSeparator();
    article->addAction(a.markAllRead);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(a.showAll);
    QMenu *show = view->addMenu(tr("S&how"));
    show->addActions(a.show->actions());
    view->addAction(a.thumbnails);
    view->addSeparator();
    view->addActions({a.zoomIn, a.zoomOut, a.zoomReset});
    view->addSeparator();
    view->addAction(a.viewSource);
    view->addSeparator();
    QAction *mentions = m_mentions->toggleViewAction();
    mentions->setText(tr("&Mentions"));
    view->addAction(mentions);
    QAction *problems = m_problems->toggleViewAction();
    problems->setText(tr("Import &Problems"));
    view->addAction(problems);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(a.about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Core::Settings::setQuoteProviderId(dialog.quoteProviderId());
    Core::Settings::setPageStyle(dialog.pageStyle());
    Core::Settings::setImageCacheLimitMB(dialog.imageCacheLimitMB());
    Core::Settings::setAutoDownloadImages(dialog.autoDownloadImages());
    UiSettings::setWatchFolders(dialog.watchFolders());
    m_library->setWatching(dialog.watchFolders());
    m_reader->setPageStyle(applyTheme(dialog.pageStyle()));
    m_mentions->setQuoteProvider(Core::QuoteProvider::byId(dialog.quoteProviderId()));
    if (dialog.assumedTimeZone() == Core::Settings::assumedTimeZone())
        return;
    Core::Settings::setAssumedTimeZone(dialog.assumedTimeZone());
    const Core::DateParser dates = Core::Settings::dateParser().value_or(Core::DateParser());
    m_library->setDateParser(dates);
    m_reader->setDateParser(dates);
    m_library->rescan();
}

void MainWindow::showSource(const QString &path, int line)
{
    if (!m_source)
        m_source = new SourceWindow(this);
    m_source->showFile(path, line);
    m_source->show();
    m_source->raise();
    m_source->activateWindow();
}

void MainWindow::showAbout()
{
    AboutDialog(this).exec();
}

} // namespace Broadsheet::Ui
