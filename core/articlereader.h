// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/dateparser.h"
#include "core/problem.h"

#include <QList>
#include <QString>

namespace Broadsheet::Core {

// One article file, read and understood.
struct ArticleFile {
    bool ok = false; // false: the file was skipped; `problems` says why
    Article article; // metadata, with everything that could be recovered
    QString body; // the raw body (HTML, Markdown or plain text), decoded
    int bodyLine = 1; // where the body starts in the file, for messages and the source view
    QString encoding; // as TextDecoder found it
    bool frontMatterParsed = false; // a `---` block was found, closed and read
    QList<Problem> problems;
};

// Reads one article file: size check, decoding, front matter, dates, recovery.
//
// What is recovered from a file that is not a proper article (ok, with one Problem::Warning):
//  - no front matter: title from the first <title>, <h1>–<h3> or Markdown `#`–`###` heading
//    within the first 64 KB of the body, else the file name without its extension; the date
//    is the file's modification time;
//  - broken front matter (invalid YAML, never closed, too large, an alias bomb): the same, with
//    Problem::line naming the file line to fix;
//  - valid front matter without a title: the title as above;
//  - missing, unparsable or absurd date: the file's modification time (DateOrigin::FileModified),
//    with Problem::line at the `date:` value when there is one;
//  - bytes that could not be decoded: shown as U+FFFD (see TextDecoder).
// Entities in the title and author (`A &amp; B`, `&#8220;`) are decoded, as feeds escape them.
// Skipped with a Problem::Error (ok is false): unreadable, not a regular file, empty or blank,
// binary, or larger than maxFileSize. Messages are translatable English sentences; the file's
// path is in Problem::path, not in the message.
// Never writes to the file or its folder. Thread-safe: call from any thread.
class ArticleReader final
{
public:
    static constexpr qint64 maxFileSize = 16 * 1024 * 1024; // real articles are a few KB

    explicit ArticleReader(const DateParser &dates = DateParser())
        : m_dates(dates)
    { }

    ArticleFile read(const QString &path) const;

    // The same metadata and problems as read(), decoding only the front matter when it can:
    // the body is then empty or incomplete. For listing a library quickly: the caller has just
    // listed the file and passes its modification time and size if it knows them (no stat
    // then; a file that changes meanwhile is what the listing saw, until it is listed again).
    // Without them, they are asked of the open file.
    ArticleFile readMetadata(const QString &path, const QDateTime &modified = {}, qint64 size = -1) const;

    // The same, for bytes already in memory (tests, and files read elsewhere).
    ArticleFile parse(const QString &path, const QByteArray &bytes, const QDateTime &fileModified) const;

    static bool isArticleFileName(const QString &fileName); // .md .markdown .html .htm

private:
    DateParser m_dates;
};

} // namespace Broadsheet::Core
