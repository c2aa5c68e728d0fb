// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/namelist.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Broadsheet::Core {

// Where an article's date came from. Articles whose front matter has no usable date are
// still placed in the date tree, by the file's modification time, and say so.
enum class DateOrigin {
    FrontMatter,
    FileModified,
};

// The metadata of one article file. The list model holds thousands of these, so the body is
// never kept here: it is read from disk again when the article is opened.
struct Article {
    QString path; // absolute path of the file
    QString title;
    QStringList categories; // a path from the top: 金融 › 新浪财经 › 新浪财经－国內
    QStringList tags;
    QString author; // the source as the feed names it (新浪财经, 财联社 …)
    QString link; // `link` or `source` key: the original web address
    QString headImage; // `headimg`, as written (usually a remote URL)
    QString thumbnail; // `thumbnail`, as written
    QDateTime date; // always valid: falls back to the file's modification time
    DateOrigin dateOrigin = DateOrigin::FrontMatter;
    // Other scalar front-matter keys, in file order. Only in articles read from their file
    // (ArticleFile): the library's lists leave them out, to keep 100,000 articles small.
    QList<QPair<QString, QString>> extra;
    NameList mentions; // canonical names of the banks and companies the body mentions
    qint64 fileSize = 0;
    QDateTime fileModified;

    // Set by the library index (LibraryIndex); 0 for an article that is not in an index.
    qint64 indexId = 0;
    // Reading state, kept by ReadingState under stateKey(), so it survives a reindex and
    // follows a file that is moved or renamed.
    bool read = false;
    bool starred = false;

    // The head image an article page shows: `headimg`, else `thumbnail`.
    QString displayImage() const { return headImage.isEmpty() ? thumbnail : headImage; }
};

} // namespace Broadsheet::Core

// Every member moves by its bytes: a QList of 100,000 articles then grows in place instead of
// holding the old and the new copy at once.
Q_DECLARE_TYPEINFO(Broadsheet::Core::Article, Q_RELOCATABLE_TYPE);
