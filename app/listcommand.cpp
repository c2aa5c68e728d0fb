// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `broadsheet list [--json] FOLDER…`: the library as the window would list it, newest first.
#include "app/commandline.h"
#include "core/library.h"
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
        {u"mentions"_s, QJsonArray::fromStringList(article.mentions)},
    };
    return object;
}

} // namespace

int CommandLine::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print every article found in the folders, newest first, "
                                        "with its metadata. Problems go to standard error."));
    parser.addHelpOption();
    parser.addOption({u"json"_s, tr("Print a JSON array instead of tab-separated lines.")});
    parser.addOption({u"mention"_s,
                      tr("Only articles that mention this bank or company: a name, an alias or a stock "
                         "code (工商银行, 工行, 601398, 00939.HK)."),
                      tr("CODE_OR_NAME")});
    parser.addOption({u"assume-zone"_s, tr("Read dates written without a time zone in ZONE."), tr("ZONE")});
    parser.addPositionalArgument(u"list"_s, tr("The command."));
    parser.addPositionalArgument(tr("folders"), tr("Folders of articles."), tr("FOLDER…"));
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return Success;
    }
    const QStringList folders = parser.positionalArguments().mid(1);
    if (folders.isEmpty())
        return usage(tr("list: name at least one folder."));
    const std::optional<Core::DateParser> dates = Core::Settings::dateParser(parser.value(u"assume-zone"_s));
    if (!dates)
        return usage(tr("Unknown time zone: %1").arg(parser.value(u"assume-zone"_s)));

    // A name that is not in the dictionary is a usage error, told before any folder is read.
    QString mention;
    if (parser.isSet(u"mention"_s)) {
        const std::optional<QString> name = mentionNamed(parser.value(u"mention"_s));
        if (!name)
            return usage(tr("No bank or company in the dictionary is called or coded “%1”.")
                             .arg(parser.value(u"mention"_s)));
        mention = *name;
    }

    Core::Library library;
    library.setDateParser(*dates);
    library.open(folders);
    library.waitForScan();

    QList<Core::Article> articles = library.articles()->articles();
    if (!mention.isEmpty())
        articles.removeIf(
            [&mention](const Core::Article &article) { return !article.mentions.contains(mention); });
    std::stable_sort(articles.begin(), articles.end(), [](const Core::Article &a, const Core::Article &b) {
        return a.date != b.date ? a.date > b.date : a.path < b.path;
    });

    QTextStream out(stdout);
    if (parser.isSet(u"json"_s)) {
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
