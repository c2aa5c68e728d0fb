// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace Broadsheet::Core {

class IndexDatabase;

// Which articles were read and which are starred: the user's own data, in the data location
// (IndexDatabase::defaultStatePath()), apart from the rebuildable index.
//
// An article is known by keyOf(): its title, date and source, not its path, so the state
// survives a reindex and follows a file that is moved or renamed. (Two copies of one article
// share their state, which is what a reader expects of duplicates.)
class ReadingState final
{
    Q_DISABLE_COPY_MOVE(ReadingState)

public:
    // Opens the state file on the calling thread; use one ReadingState per thread.
    explicit ReadingState(const QString &statePath);
    ~ReadingState();

    bool isOpen() const;

    static QByteArray keyOf(const Article &article);

    bool setRead(const QList<Article> &articles, bool read);
    bool setStarred(const QList<Article> &articles, bool starred);

private:
    bool write(const QList<Article> &articles, const char *column, bool value);

    std::unique_ptr<IndexDatabase> m_database;
};

} // namespace Broadsheet::Core
