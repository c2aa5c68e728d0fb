// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/problem.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Broadsheet::Core {

class IndexDatabase;
class SearchQuery;

// What the index remembers of a file, to tell whether it changed.
struct IndexedFile {
    qint64 id = 0;
    qint64 size = 0;
    qint64 modified = 0; // ms since the epoch
};

// A file as the scanner read it, to be stored.
struct ScannedFile {
    Article article; // path, fileSize and fileModified are always set
    bool ok = false; // false: not an article (problems say why); only the row is kept
    QList<Problem> problems;
};

// An article's text for the full-text table, and what was found in it.
// Made on the reading threads, ready for SQLite: the thread that writes the index, the one
// thing that cannot run on both cores, only hands it over.
struct IndexedText {
    qint64 id = 0;
    QByteArray text; // UTF-8: the title and the visible text
    QByteArray characters; // UTF-8: each CJK character of `text` once, for the characters table
    QStringList mentions;
    bool textIndexed = false; // only the mentions are wanted (the dictionary changed)

    // With `text` and `characters` made of `plain`.
    static IndexedText of(qint64 id, const QString &plain);
};

// An article whose full text or mentions the index still needs.
struct PendingText {
    qint64 id = 0;
    QString path;
    bool textIndexed = false;
};

// Reads and writes a library's index (see IndexDatabase for the file itself). All calls run
// on the thread that opened the database.
class IndexStore final
{
public:
    explicit IndexStore(IndexDatabase &database);

    QString lastError() const { return m_error; }

    // The files the index knows, by path; false on an SQL error (see lastError()). Articles()
    // delivers the readable ones already, so a caller that kept them asks for the others only.
    enum class Files { All, Unreadable };
    bool files(QHash<QString, IndexedFile> &files, Files which = Files::All);

    // Every readable article with its reading state and every stored problem, `batchSize`
    // articles at a time. `deliver` returns false to stop.
    std::optional<int> articleCount(); // readable articles in the index
    using Deliver = std::function<bool(QList<Article> &&articles, QList<Problem> &&problems)>;
    bool articles(qsizetype batchSize, const Deliver &deliver);
    // The same articles from the index's snapshot (ListSnapshot), with their reading state: one
    // file instead of every row. nullopt when there is no snapshot of the index as it is now.
    std::optional<QList<Article>> snapshotArticles();
    // Every stored problem; false on an SQL error.
    bool problems(QList<Problem> &problems);
    // Saves a snapshot of the articles as they are now, unless the one there is current. A
    // snapshot that cannot be saved is only logged: it is a cache.
    void updateSnapshot();
    // Counts the transactions that changed the articles (see IndexDatabase); nullopt on an
    // SQL error.
    std::optional<qint64> generation();

    // Reserves `count` ids for new articles and returns the first: ids are never reused (see
    // IndexDatabase), and another Broadsheet using the same index gets other ones.
    std::optional<qint64> reserveIds(qint64 count);
    // Sets read and starred on articles the user has a reading state for.
    bool applyReadingState(QList<ScannedFile> &files);
    // Replaces the rows of these files. Articles keep the indexId they were given
    // (reserveIds()), so they can be shown before they are stored; 0 lets the index choose.
    bool store(QList<ScannedFile> &files);
    bool remove(const QStringList &paths);

    // Articles whose full text is not in the index yet, or whose mentions must be found again.
    std::optional<QList<PendingText>> unindexed();

    // What the index was made with: the zone of dates without one and the mention dictionary.
    // When the zone changed every file is read again; when the dictionary did, every mention.
    bool useSettings(const QString &zone, const QString &dictionary);
    bool storeTexts(const QList<IndexedText> &texts);

    // Index ids of the articles that match, ascending. Ids of rows that no longer exist may be
    // among them: callers keep the ids they know. nullopt on an error.
    std::optional<QList<qint64>> search(const SearchQuery &query);

    // Rows of the full-text table left behind by changed and deleted files are dropped and
    // their articles queued again once they outnumber a third of the library.
    bool compactIfNeeded();

    static QString joinList(const QStringList &list);
    static QStringList splitList(const QString &joined);

private:
    bool addStale(qint64 rows);
    // In every transaction that changes what a snapshot holds: moves the generation on.
    bool countChange();
    bool fail(const QString &what, const QString &error);

    IndexDatabase &m_database;
    QString m_error;
    int m_stateRows = -1; // how many articles have a reading state; -1: not counted yet
};

} // namespace Broadsheet::Core
