// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace Broadsheet::Core {
class Library;
}

namespace Broadsheet::App {

// The filters the commands share, as the window's navigation pane and search box apply them:
// --category, --from, --to, --mention, --search and --unread.
class ArticleSelection final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum Filter {
        Category = 0x1,
        Dates = 0x2,
        Mention = 0x4,
        Search = 0x8,
        Unread = 0x10,
        All = 0x1f,
    };

    static void addOptions(QCommandLineParser &parser, int filters);
    // Reads the options given; returns a usage error, empty when they are fine.
    QString read(const QCommandLineParser &parser);
    void setSearch(const QString &query) { m_search = query; }

    // Whether the articles' mentions or full text are needed (the index must be complete).
    bool needsFullText() const { return !m_mention.isEmpty() || !m_search.isEmpty(); }

    // The library's articles that pass every filter, in no particular order; false with `error`
    // set when the search could not run.
    bool select(Core::Library &library, QList<Core::Article> &articles, QString *error) const;

private:
    QStringList m_category;
    QDate m_from;
    QDate m_to;
    QString m_mention;
    QString m_search;
    bool m_unread = false;
};

} // namespace Broadsheet::App
