// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Broadsheet::Core {

// One connection to a library's index, opened on the calling thread and closed with the object
// (Qt's SQL connections belong to the thread that made them).
//
// The index is an SQLite file in the cache location — never in a library folder — one per set
// of library folders, in WAL mode so the window can search while the scanner writes. It holds
// what can be rebuilt from the files: metadata, problems, mentions and the full-text table
// (see SearchTokenizer). Reading state is the user's own data, so it lives in a separate file in
// the data location (ReadingState), attached to this connection as `state`.
//
// Opening never fails for a bad file: a file that is not SQLite, belongs to another program or
// an older format, or is damaged is replaced by a new, empty index, and recovery() says why.
class IndexDatabase final
{
    Q_DISABLE_COPY_MOVE(IndexDatabase)

public:
    // Also the tokenizer's: a change there needs a new index. 5: the generation count.
    static constexpr int schemaVersion = 5;

    enum class Mode {
        Maintain, // creates, repairs and rebuilds: the scanner
        Search, // uses an index that exists, never changes or replaces it; no reading state
    };

    // `indexPath` empty: an index in memory, for this connection only.
    explicit IndexDatabase(const QString &indexPath, const QString &statePath = defaultStatePath(),
                           Mode mode = Mode::Maintain);
    ~IndexDatabase();

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; } // when !isOpen(): why, for a person
    // Non-empty when the file found was unusable (damaged, or not an index) and a new index was
    // made in its place; an index of another version is remade quietly.
    QString recovery() const { return m_recovery; }

    QSqlDatabase database() const;
    QString path() const { return m_indexPath; }
    // The index's articles in one file beside it, for a quick reopen (see ListSnapshot); empty
    // for an index in memory.
    QString snapshotPath() const
    {
        return m_indexPath.isEmpty() ? QString() : m_indexPath + snapshotSuffix();
    }

    // After an error: whether the file itself is damaged (SQLite's quick check and FTS5's
    // integrity checks), rather than busy or full.
    bool isDamaged();
    // Throws the index away and starts a new one (after an error that says it is damaged).
    bool rebuild(const QString &reason);

    // Where the index of `folders` lives (the same set in any order is the same index).
    static QString defaultIndexPath(const QStringList &folders);
    static QString defaultStatePath();
    static QString snapshotSuffix() { return QStringLiteral(".list"); }

private:
    bool open(QString *why);
    // Removes the index file and opens a new one; `recovery` says why, for the user.
    bool startOver(const QString &recovery);
    bool createSchema(QString *why);
    bool attachState();
    void close();
    static void removeFiles(const QString &path);

    QString m_connection;
    QString m_indexPath;
    QString m_statePath;
    QString m_error;
    QString m_recovery;
    Mode m_mode = Mode::Maintain;
    bool m_open = false;
    bool m_replace = false; // the last open() failed for a file that is not a usable index
    bool m_outdated = false; // … because another version of Broadsheet made it
};

} // namespace Broadsheet::Core
