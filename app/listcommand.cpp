// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `broadsheet list [--json] [filters] FOLDER…`: the library as the window would list it, newest
// first; `broadsheet search [--json] [filters] QUERY FOLDER…`: the same, narrowed by a search.
#include "app/articleselection.h"
#include "app/commandline.h"
#include "core/library.h"
#include "core/searchquery.h"
#include "core/settings.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Broadsheet::App {

namespace {

// ISO 8601 with the offset written out, in the local zone: what a person and a script both read.
QString isoDate(const QDateTime &date)
{
    const QDateTime local = date.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

QJsonObject toJson(const Core::Article &article)
{
    QJsonObject object {
        {u"path"_s, article.path},
        {u"title"_s, article.title},
        {u"date"_s, isoDate(article.date)},
        {u"dateFromFile"_s, article.dateOrigin == Core::DateOrigin::FileModified},
        {u"categories"_s, QJsonArray::fromStringList(article.categories)},
        {u"tags"_s, QJsonArray::fromStringList(article.tags)},
        {u"author"_s, article.author},
        {u"headImage"_s, article.displayImage()},
        {u"link"_s, article.link},
        {u"mentions"_s, QJsonArray::fromStringList(article.mentions.toStringList())},
        {u"read"_s, article.read},
        {u"starred"_s, article.starred},
    };
    return object;
}

} // namespace

int CommandLine::list(const QStringList &arguments)
{
    return listOrSearch(arguments, false);
}

int CommandLine::search(const QStringList &arguments)
{
    return listOrSearch(arguments, true);
}

int CommandLine::listOrSearch(const QStringList &arguments, bool search)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        search ? tr("Print the articles whose title or text contains every word of QUERY, newest first, "
                    "as the window's search box finds them: Chinese words of any length as written, "
                    "Latin words in any case (and words they begin), \"quoted phrases\" in order. "
                    "The library is indexed first if it has to be. Problems go to standard error.")
               : tr("Print every article found in the folders, newest first, "
                    "with its metadata. Problems go to standard error."));
    parser.addHelpOption();
    parser.addOption({u"json"_s, tr("Print a JSON array instead of tab-separated lines.")});
    ArticleSelection::addOptions(
        parser, search ? ArticleSelection::All & ~ArticleSelection::Search : ArticleSelection::All);
    parser.addOption({u"assume-zone"_s, tr("Read dates written without a time zone in ZONE."), tr("ZONE")});
    parser.addPositionalArgument(search ? u"search"_s : u"list"_s, tr("The command."));
    if (search)
        parser.addPositionalArgument(tr("query"), tr("The words to look for."), tr("QUERY"));
    parser.addPositionalArgument(tr("folders"), tr("Folders of articles."), tr("FOLDER…"));
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return Success;
    }
    const QStringList folders = parser.positionalArguments().mid(search ? 2 : 1);
    if (search && parser.positionalArguments().size() < 2)
        return usage(tr("search: say what to look for, then name at least one folder."));
    if (folders.isEmpty())
        return usage(search ? tr("search: name at least one folder.")
                            : tr("list: name at least one folder."));
    const std::optional<Core::DateParser> dates = Core::Settings::dateParser(parser.value(u"assume-zone"_s));
    if (!dates)
        return usage(tr("Unknown time zone: %1").arg(parser.value(u"assume-zone"_s)));

    // A filter that cannot work is a usage error, told before any folder is read.
    ArticleSelection selection;
    if (search) {
        const QString query = parser.positionalArguments().at(1);
        if (Core::SearchQuery(query).isEmpty())
            return usage(tr("search: “%1” has no word to look for.").arg(query));
        selection.setSearch(query);
    }
    if (const QString error = selection.read(parser); !error.isEmpty())
        return usage(error);

    const bool json = parser.isSet(u"json"_s);
    Core::Library library;
    library.setDateParser(*dates);
    library.open(folders);
    // Mentions (in the JSON and the --mention filter) and search need the full text indexed;
    // a plain listing does not wait for it.
    if (json || selection.needsFullText())
        library.waitForIndex();
    else
        library.waitForScan();

    QList<Core::Article> articles;
    QString error;
    if (!selection.select(library, articles, &error)) {
        QTextStream(stderr) << tr("The library index cannot be searched: %1").arg(error) << u'\n';
        return FilesHadProblems;
    }
    std::stable_sort(articles.begin(), articles.end(), [](const Core::Article &a, const Core::Article &b) {
        return a.date != b.date ? a.date > b.date : a.path < b.path;
    });

    QTextStream out(stdout);
    if (json) {
        QJsonArray array;
        for (const Core::Article &article : std::as_const(articles))
            array.append(toJson(article));
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const Core::Article &article : std::as_const(articles)) {
            out << isoDate(article.date) << u'\t' << article.title << u'\t'
                << article.categories.join(u" › "_s) << u'\t' << article.author << u'\t' << article.path
                << u'\t' << article.displayImage() << u'\n';
        }
    }
    out.flush();

    const QList<Core::Problem> &problems = library.problems()->problems();
    printProblems(problems);
    return problems.isEmpty() ? Success : FilesHadProblems;
}

} // namespace Broadsheet::App
