// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/articlefilterproxymodel.h"
#include "core/articlelistmodel.h"
#include "core/categorytreemodel.h"
#include "core/dateparser.h"
#include "core/datetreemodel.h"
#include "core/folderwatcher.h"
#include "core/libraryscanner.h"
#include "core/mentionextractor.h"
#include "core/mentiontreemodel.h"
#include "core/problemlistmodel.h"
#include "core/searchquery.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

namespace Broadsheet::Core {

class IndexDatabase;
class ReadingState;

// The open library: its folders, its index, the models the window and the command line show,
// and the scanner that keeps them up to date. Opening folders replaces what was open.
class Library final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Library)

public:
    explicit Library(QObject *parent = nullptr);
    ~Library() override;

    void open(const QStringList &folders);
    // Checks every file again (size and modification time) and reads what changed.
    void rescan();
    void cancel() { m_scanner.cancel(); }
    bool isScanning() const { return m_scanner.isRunning(); }
    // Block until every article is listed / the full text is indexed too (command line, tests).
    void waitForScan() { m_scanner.waitForListed(); }
    void waitForIndex();
    bool isIndexComplete() const { return m_indexComplete; }

    // Where the index lives: IndexDatabase::defaultIndexPath() unless set (tests, benchmarks);
    // takes effect at the next open().
    void setIndexPath(const QString &path) { m_indexPathOverride = path; }
    void setStatePath(const QString &path) { m_statePath = path; }
    // Whether files that appear, change or disappear are picked up while the library is open.
    void setWatching(bool watching);
    // Whether the full text is indexed after listing (the command line's `list` does not need it).
    void setFullTextIndexing(bool enabled) { m_fullText = enabled; }

    // How dates without a zone are read; takes effect at the next scan.
    void setDateParser(const DateParser &dates) { m_dates = dates; }
    // The dictionary mentions are found with; takes effect at the next scan.
    void setMentionDictionary(const MentionDictionary &dictionary);
    const MentionExtractor &mentionExtractor() const { return m_extractor; }

    // The index ids of the articles that match; nullopt, with `error` set, when the index
    // cannot be searched (not built yet, damaged).
    std::optional<QSet<qint64>> search(const SearchQuery &query, QString *error = nullptr);

    // Reading state of rows of articles(); saved at once.
    void setRead(const QList<int> &rows, bool read);
    void setStarred(const QList<int> &rows, bool starred);

    QStringList folders() const { return m_folders; }
    ArticleListModel *articles() { return &m_articles; }
    ArticleFilterProxyModel *filteredArticles() { return &m_filtered; }
    CategoryTreeModel *categories() { return &m_categories; }
    DateTreeModel *dates() { return &m_dateTree; }
    MentionTreeModel *mentions() { return &m_mentionTree; }
    ProblemListModel *problems() { return &m_problems; }

Q_SIGNALS:
    void scanStarted();
    void scanProgress(int filesDone, int filesTotal);
    // Every article is listed and the category and date trees are complete.
    void listed();
    void indexProgress(int articlesDone, int articlesTotal);
    void scanFinished(bool cancelled);
    // Files changed on disk were picked up (watched folders): a search may have new results.
    void contentsChanged();

private:
    void sortFromNowOn();
    LibraryScanner::Options scanOptions() const;
    void refresh(const QStringList &directories);
    void updateTrees(const ArticleListModel::Changes &changes);
    void countBacklog();
    void addArticles(const QList<Article> &articles, bool newToTheList);
    void removeArticles(const QStringList &paths);
    void addMentions(const QList<QPair<QString, NameList>> &mentions);
    void replaceProblems(const QStringList &paths, const QList<Problem> &problems);
    void onScanFinished(bool cancelled);
    ReadingState *readingState();

    QStringList m_folders;
    QString m_indexPath;
    QString m_indexPathOverride;
    QString m_statePath;
    QString m_dictionaryFingerprint;
    DateParser m_dates;
    MentionExtractor m_extractor;
    bool m_fullText = true;
    bool m_watching = false;
    bool m_indexComplete = false;
    bool m_refreshing = false;
    QElapsedTimer m_openTimer; // for the log: how long listing took
    QStringList m_pendingRefresh;
    ArticleListModel m_articles;
    // New articles listed but not counted in the trees yet: while a library is first listed,
    // the trees are brought up to date a few times a second rather than at every batch.
    QList<QList<Article>> m_backlog;
    QTimer m_backlogTimer;
    QTimer m_lookupTimer; // makes the list's lookups in idle time once it is listed
    ArticleFilterProxyModel m_filtered;
    CategoryTreeModel m_categories;
    DateTreeModel m_dateTree;
    MentionTreeModel m_mentionTree;
    ProblemListModel m_problems;
    FolderWatcher m_watcher;
    std::unique_ptr<IndexDatabase> m_searchDatabase;
    std::unique_ptr<ReadingState> m_readingState;
    LibraryScanner m_scanner; // last: destroyed first, so no result arrives at a dead model
};

} // namespace Broadsheet::Core
