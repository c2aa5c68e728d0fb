// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library.h"

#include "core/indexdatabase.h"
#include "core/indexstore.h"
#include "core/logging.h"
#include "core/readingstate.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Broadsheet::Core {

Library::Library(QObject *parent)
    : QObject(parent)
    , m_statePath(IndexDatabase::defaultStatePath())
    , m_mentionTree(m_extractor.dictionary())
{
    m_filtered.setSourceModel(&m_articles);
    m_backlogTimer.setSingleShot(true);
    m_backlogTimer.setInterval(200);
    connect(&m_backlogTimer, &QTimer::timeout, this, &Library::countBacklog);
    m_lookupTimer.setInterval(0);
    connect(&m_lookupTimer, &QTimer::timeout, this, [this] {
        // A few milliseconds at a time, so that the window stays responsive.
        if (!m_articles.indexAhead(8192))
            m_lookupTimer.stop();
    });
    connect(&m_scanner, &LibraryScanner::articlesFound, this, &Library::addArticles);
    connect(&m_scanner, &LibraryScanner::articlesLoaded, this,
            [this](const QList<Article> &articles) { updateTrees(m_articles.fill(articles)); });
    connect(&m_scanner, &LibraryScanner::articlesRemoved, this, &Library::removeArticles);
    connect(&m_scanner, &LibraryScanner::mentionsFound, this, &Library::addMentions);
    connect(&m_scanner, &LibraryScanner::problemsFound, this, &Library::replaceProblems);
    connect(&m_scanner, &LibraryScanner::progressChanged, this, [this](int done, int total) {
        if (!m_refreshing)
            Q_EMIT scanProgress(done, total);
    });
    connect(&m_scanner, &LibraryScanner::listed, this, [this] {
        countBacklog();
        sortFromNowOn();
        m_lookupTimer.start();
        if (m_refreshing)
            return;
        qCInfo(lcLibrary) << "listed" << m_articles.rowCount() << "articles in" << m_openTimer.elapsed()
                          << "ms";
        Q_EMIT listed();
    });
    // What the index holds is the list as it was: shown sorted at once, while the files are
    // checked against it. The few that changed are then placed one by one.
    connect(&m_scanner, &LibraryScanner::loaded, this, [this] {
        sortFromNowOn();
        m_lookupTimer.start();
    });
    connect(&m_scanner, &LibraryScanner::articlesExpected, this, [this](int count) {
        // Only worth it for many: a reserve of a few more rows copies all the others. A sorted
        // proxy places every new row by itself, one insertion each: for a library of 100,000
        // articles arriving in batches that is seconds of work on the GUI thread. While many
        // rows arrive, they go to the end; the list is sorted once, when they are all there.
        if (count > 1000) {
            m_articles.reserve(m_articles.rowCount() + count);
            m_filtered.setDynamicSortFilter(false);
        }
    });
    connect(&m_scanner, &LibraryScanner::indexProgress, this, &Library::indexProgress);
    connect(&m_scanner, &LibraryScanner::finished, this, &Library::onScanFinished);
    connect(&m_watcher, &FolderWatcher::directoriesChanged, this, &Library::refresh);
    // Files changed between the scan's listing and the watch being set up are caught by one
    // more look at every folder (cheap: sizes and times, after the scan).
    connect(&m_watcher, &FolderWatcher::ready, this, [this] { refresh(m_folders); });
    connect(&m_watcher, &FolderWatcher::watchFailed, this, [this](const QString &message) {
        m_problems.addProblems({{m_folders.value(0), 0, message, Problem::Severity::Warning}});
    });
}

Library::~Library()
{
    m_scanner.cancel();
    m_scanner.waitForFinished();
}

LibraryScanner::Options Library::scanOptions() const
{
    return {m_folders, m_indexPath, m_statePath, m_dates, m_extractor, m_dictionaryFingerprint, m_fullText};
}

void Library::open(const QStringList &folders)
{
    QStringList absolute;
    for (const QString &folder : folders) {
        const QString path = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
        if (!absolute.contains(path))
            absolute.append(path);
    }
    m_scanner.cancel();
    m_folders = absolute;
    m_indexPath =
        m_indexPathOverride.isEmpty() ? IndexDatabase::defaultIndexPath(m_folders) : m_indexPathOverride;
    m_searchDatabase.reset();
    m_pendingRefresh.clear();
    m_indexComplete = false;
    m_refreshing = false;
    // The user's additions to the dictionary are read again at every open: editing the file
    // and reloading the library is how they take effect.
    QStringList dictionaryProblems;
    {
        // The built-in dictionary changes with the program, the user's with their file.
        QCryptographicHash hash(QCryptographicHash::Sha1);
        hash.addData(QCoreApplication::applicationVersion().toUtf8());
        QFile user(MentionDictionary::userFilePath());
        if (user.open(QIODevice::ReadOnly))
            hash.addData(user.readAll());
        m_dictionaryFingerprint = QString::fromLatin1(hash.result().toHex());
    }
    setMentionDictionary(
        MentionDictionary::withUserFile(MentionDictionary::userFilePath(), &dictionaryProblems));
    m_articles.clear();
    m_backlog.clear();
    m_backlogTimer.stop();
    m_categories.clear();
    m_dateTree.clear();
    m_mentionTree.clear();
    m_problems.clear();
    for (const QString &problem : std::as_const(dictionaryProblems))
        m_problems.addProblems({Problem::fromLocatedMessage(MentionDictionary::userFilePath(), problem,
                                                            Problem::Severity::Warning)});
    qCInfo(lcLibrary) << "opening" << m_folders << "index" << m_indexPath;
    m_openTimer.start();
    if (m_watching)
        m_watcher.setRoots(m_folders);
    Q_EMIT scanStarted();
    m_scanner.start(scanOptions());
}

void Library::rescan()
{
    if (m_folders.isEmpty())
        return;
    m_refreshing = false;
    m_pendingRefresh.clear();
    Q_EMIT scanStarted();
    m_scanner.refresh(scanOptions(), m_folders);
}

void Library::setWatching(bool watching)
{
    m_watching = watching;
    m_watcher.setRoots(watching ? m_folders : QStringList());
}

void Library::refresh(const QStringList &directories)
{
    if (m_scanner.isRunning()) {
        // One run at a time: what changed meanwhile is looked at when this one ends.
        for (const QString &directory : directories) {
            if (!m_pendingRefresh.contains(directory))
                m_pendingRefresh.append(directory);
        }
        return;
    }
    qCDebug(lcLibrary) << "refreshing" << directories;
    m_refreshing = true;
    m_scanner.refresh(scanOptions(), directories);
}

void Library::onScanFinished(bool cancelled)
{
    countBacklog();
    sortFromNowOn(); // a cancelled scan never said listed()
    const bool wasRefresh = m_refreshing;
    m_refreshing = false;
    m_indexComplete = !cancelled && m_fullText;
    // The scanner may have replaced the index file: search through a new connection.
    m_searchDatabase.reset();
    if (wasRefresh)
        Q_EMIT contentsChanged();
    else
        Q_EMIT scanFinished(cancelled);
    if (!m_pendingRefresh.isEmpty() && !cancelled)
        refresh(std::exchange(m_pendingRefresh, {}));
}

void Library::sortFromNowOn()
{
    // Turning it on sorts every row, even when it was on already.
    if (!m_filtered.dynamicSortFilter())
        m_filtered.setDynamicSortFilter(true);
}

void Library::waitForIndex()
{
    m_scanner.waitForFinished();
}

void Library::countBacklog()
{
    m_backlogTimer.stop();
    if (m_backlog.isEmpty())
        return;
    const QList<QList<Article>> lists = std::exchange(m_backlog, {});
    m_categories.addArticles(lists);
    m_dateTree.addArticles(lists);
    m_mentionTree.addArticles(lists);
}

void Library::updateTrees(const ArticleListModel::Changes &changes)
{
    countBacklog(); // first: what follows may take some of them away again
    // One update per tree: an article that moved keeps its node (and the selection in it) when
    // another article is still counted there.
    m_categories.updateArticles(changes.before, changes.after);
    m_dateTree.updateArticles(changes.before, changes.after);
    m_mentionTree.updateArticles(changes.before, changes.after);
}

void Library::addArticles(const QList<Article> &articles, bool newToTheList)
{
    if (!newToTheList) {
        updateTrees(m_articles.addArticles(articles));
        return;
    }
    // The list holds only what this run delivered: open() emptied it.
    m_articles.appendNew(articles);
    m_backlog.append(articles);
    if (!m_backlogTimer.isActive())
        m_backlogTimer.start();
}

void Library::removeArticles(const QStringList &paths)
{
    m_problems.removeProblemsOf(paths);
    updateTrees(m_articles.removeArticles(paths));
}

void Library::addMentions(const QList<QPair<QString, NameList>> &mentions)
{
    countBacklog();
    const ArticleListModel::Changes changes = m_articles.setMentions(mentions);
    m_mentionTree.updateArticles(changes.before, changes.after);
}

void Library::replaceProblems(const QStringList &paths, const QList<Problem> &problems)
{
    m_problems.removeProblemsOf(paths);
    m_problems.addProblems(problems);
}

void Library::setMentionDictionary(const MentionDictionary &dictionary)
{
    countBacklog();
    m_extractor = MentionExtractor(dictionary);
    m_mentionTree.setDictionary(dictionary);
}

std::optional<QSet<qint64>> Library::search(const SearchQuery &query, QString *error)
{
    if (query.isEmpty())
        return QSet<qint64>();
    if (!m_searchDatabase || !m_searchDatabase->isOpen())
        m_searchDatabase =
            std::make_unique<IndexDatabase>(m_indexPath, QString(), IndexDatabase::Mode::Search);
    if (!m_searchDatabase->isOpen()) {
        if (error)
            *error = m_searchDatabase->error();
        return std::nullopt;
    }
    IndexStore store(*m_searchDatabase);
    const std::optional<QList<qint64>> ids = store.search(query);
    if (!ids) {
        if (error)
            *error = store.lastError();
        m_searchDatabase.reset();
        return std::nullopt;
    }
    return QSet<qint64>(ids->cbegin(), ids->cend());
}

ReadingState *Library::readingState()
{
    if (!m_readingState)
        m_readingState = std::make_unique<ReadingState>(m_statePath);
    return m_readingState.get();
}

void Library::setRead(const QList<int> &rows, bool read)
{
    countBacklog();
    const ArticleListModel::Changes changes = m_articles.setRead(rows, read);
    if (changes.before.isEmpty())
        return;
    if (!readingState()->setRead(changes.before, read))
        qCWarning(lcLibrary) << "the reading state could not be saved";
    m_categories.setRead(changes.before, read);
    m_dateTree.setRead(changes.before, read);
    m_mentionTree.setRead(changes.before, read);
}

void Library::setStarred(const QList<int> &rows, bool starred)
{
    QList<Article> changing;
    for (const int row : rows) {
        if (row >= 0 && row < m_articles.rowCount() && m_articles.article(row).starred != starred)
            changing.append(m_articles.article(row));
    }
    if (changing.isEmpty())
        return;
    if (!readingState()->setStarred(changing, starred))
        qCWarning(lcLibrary) << "the reading state could not be saved";
    for (const int row : rows)
        m_articles.setStarred(row, starred);
}

} // namespace Broadsheet::Core
