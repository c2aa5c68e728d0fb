// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/articlefilterproxymodel.h"
#include "net/imagedownloader.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QSplitter;

namespace Broadsheet::Core {
class Library;
}

namespace Broadsheet::Ui {

class ArticleListView;
class FindBar;
class PdfExporter;
class MentionsDock;
class NavigationPane;
class ProblemsDock;
class ReaderView;
class ScanStatus;
class SearchBox;
class SourceWindow;

// The main window: navigation on the left, the article list above the reading view, the
// import problems in a dock, the search in the toolbar. It wires widgets to the library's
// models and remembers its layout; the menus and their actions are set up in
// mainwindowactions.cpp, the search in mainwindowsearch.cpp, the reading state (read,
// starred, the Unread view) in mainwindowreading.cpp.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `sampleLibrary` is the bundled library, opened when there is nothing else to open.
    MainWindow(Core::Library *library, const QString &sampleLibrary, QWidget *parent = nullptr);

    // Opens `folders`, or the last library when empty, or the sample library when there is
    // no last library.
    void openInitialLibrary(const QStringList &folders);
    void openFolders(const QStringList &folders);

    ReaderView *readerView() const { return m_reader; }
    MentionsDock *mentionsDock() const { return m_mentions; }
    ArticleListView *articleList() const { return m_list; }
    SourceWindow *sourceWindow() const { return m_source; }
    SearchBox *searchBox() const { return m_searchBox; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createSearchBar();
    void connectSearch();
    void connectReading();
    void setNavigationFilter(const QStringList &category, const QDate &first, const QDate &last,
                             const QString &mention);
    void chooseFolder();
    void addFolder();
    void openSampleLibrary();
    void showAbout();
    void showPreferences();
    void showSource(const QString &path, int line);
    void exportSelection();
    void downloadImages();
    void startImageDownload(const QStringList &paths, bool reportWhenDone);
    void onImagesDownloaded(const Net::ImageDownloader::Summary &summary);
    void moveInList(int delta);
    void pageDownOrNextArticle();
    void escape();
    void onExportFinished(bool ok, const QString &error);
    QStringList selectedPathsOldestFirst() const;
    void onScanFinished(bool cancelled);
    void selectFirstArticle();

    // Search (mainwindowsearch.cpp).
    void runSearch();
    void updateSearchStatus();

    // Reading state (mainwindowreading.cpp).
    void openArticle(const QString &path);
    void releaseHeldRead();
    QList<int> selectedSourceRows() const;
    bool isShownAsRead(int sourceRow) const;
    void toggleRead();
    void toggleStar();
    void markAllRead();
    void setStatusFilter(Core::ArticleFilterProxyModel::StatusFilter filter);
    void updateReadingActions();
    void showListMenu(const QPoint &position);
    void updateTitle();
    void saveSettings() const;
    void restoreSettings();
    static QStringList localFolders(const QMimeData *mime);

    Core::Library *m_library = nullptr;
    QString m_sampleLibrary;
    NavigationPane *m_navigation = nullptr;
    ArticleListView *m_list = nullptr;
    ReaderView *m_reader = nullptr;
    FindBar *m_findBar = nullptr;
    ProblemsDock *m_problems = nullptr;
    MentionsDock *m_mentions = nullptr;
    ScanStatus *m_scanStatus = nullptr;
    SearchBox *m_searchBox = nullptr;
    // The article open in the Unread view, shown as read but not marked yet (see openArticle()).
    QString m_heldRead;
    QString m_searchError; // why the last search failed, when it did
    SourceWindow *m_source = nullptr; // created when first asked for
    PdfExporter *m_exporter = nullptr; // likewise
    bool m_exportCancelled = false;
    Net::ImageDownloader *m_downloader = nullptr; // created when first asked for
    bool m_reportImageDownload = true;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_readingSplitter = nullptr;

    struct Actions {
        QAction *openFolder = nullptr;
        QAction *addFolder = nullptr;
        QAction *exportSelection = nullptr;
        QAction *downloadImages = nullptr;
        QAction *openSample = nullptr;
        QAction *reload = nullptr;
        QAction *cancelScan = nullptr;
        QAction *quit = nullptr;
        QAction *preferences = nullptr;
        QAction *showAll = nullptr;
        QAction *thumbnails = nullptr;
        QAction *search = nullptr;
        QAction *toggleRead = nullptr;
        QAction *toggleStar = nullptr;
        QAction *markAllRead = nullptr;
        QActionGroup *show = nullptr;
        QAction *showEverything = nullptr;
        QAction *showUnread = nullptr;
        QAction *showStarred = nullptr;
        QAction *nextArticle = nullptr;
        QAction *previousArticle = nullptr;
        QAction *pageDown = nullptr;
        QAction *find = nullptr;
        QAction *back = nullptr;
        QAction *viewSource = nullptr;
        QAction *zoomIn = nullptr;
        QAction *zoomOut = nullptr;
        QAction *zoomReset = nullptr;
        QAction *about = nullptr;
    } m_actions;
};

} // namespace Broadsheet::Ui
