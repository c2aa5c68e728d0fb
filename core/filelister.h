// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/problem.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Broadsheet::Core {

// An article file found on disk, with what tells whether it changed since it was indexed.
struct ListedFile {
    QString path; // absolute
    qint64 size = 0; // -1: not asked (FileLister::Details::NameOnly)
    qint64 modified = 0; // ms since the epoch; -1: not asked
};

// Lists the article files below folders (see ArticleReader::isArticleFileName), recursively.
// Symbolic links to folders are not followed (real archives have loops); hidden folders (.git)
// are skipped; a folder inside another listed folder is listed once; a file reached twice
// through links is listed once.
//
// Files are handed over in small chunks as they are found, one call at a time: a caller
// comparing 100,000 files with an index keeps only those that changed, not a list of every path.
// The folders inside a listed folder are walked on the global thread pool, so `found` may be
// called from its threads (never two calls at once, and all before list() returns).
class FileLister final
{
public:
    using Found = std::function<void(ListedFile &&file)>;

    enum class Details {
        SizeAndTime,
        // Files found by name may come without their size and time (-1): a caller that opens every
        // file anyway asks the open file, which costs less than asking by name here.
        NameOnly,
    };

    // Returns the folders that could not be listed.
    static QList<Problem> list(const QStringList &folders, const std::atomic_bool &cancelled,
                               const Found &found, Details details = Details::SizeAndTime);
};

} // namespace Broadsheet::Core
