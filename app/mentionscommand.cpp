// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `broadsheet mentions [--json] FILE|FOLDER…`: the banks and companies each article mentions.
#include "app/commandline.h"
#include "core/articlepage.h"
#include "core/articlereader.h"
#include "core/mentionextractor.h"
#include "core/settings.h"

#include <QCommandLineParser>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Broadsheet::App {

namespace {

QStringList articleFiles(const QStringList &paths, QList<Core::Problem> &problems)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isFile()) {
            files.append(info.absoluteFilePath());
        } else if (info.isDir()) {
            QStringList found;
            QDirIterator it(info.absoluteFilePath(), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (Core::ArticleReader::isArticleFileName(it.fileName()))
                    found.append(file);
            }
            found.sort();
            files.append(found);
        } else {
            problems.append(
                {path, 0, CommandLine::tr("No such file or folder."), Core::Problem::Severity::Error});
        }
    }
    return files;
}

QString codesOf(const Core::Mention &mention)
{
    QStringList codes;
    if (!mention.aShare.isEmpty())
        codes.append(mention.aShare);
    if (!mention.hShare.isEmpty())
        codes.append(mention.hShare + u".HK"_s);
    return codes.join(u' ');
}

QJsonObject toJson(const Core::Mention &mention)
{
    QJsonArray occurrences;
    for (const auto &[offset, length] : mention.occurrences)
        occurrences.append(QJsonArray {qint64(offset), qint64(length)});
    return {
        {u"kind"_s, mention.kind == Core::Mention::Kind::Bank ? u"bank"_s : u"company"_s},
        {u"name"_s, mention.name},
        {u"fullName"_s, mention.fullName},
        {u"aShare"_s, mention.aShare},
        {u"hShare"_s, mention.hShare},
        {u"count"_s, mention.count},
        {u"occurrences"_s, occurrences},
        {u"surfaces"_s, QJsonArray::fromStringList(mention.surfaces)},
    };
}

} // namespace

int CommandLine::mentions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print the banks and listed companies each article mentions, with their stock codes and how "
           "often they occur. Offsets in --json count characters of the article's text as the reading "
           "view shows it."));
    parser.addHelpOption();
    parser.addOption({u"json"_s, tr("Print JSON instead of text.")});
    parser.addPositionalArgument(u"mentions"_s, tr("The command."));
    parser.addPositionalArgument(tr("paths"), tr("Article files or folders of articles."),
                                 tr("FILE|FOLDER…"));
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return Success;
    }
    const QStringList paths = parser.positionalArguments().mid(1);
    if (paths.isEmpty())
        return usage(tr("mentions: name at least one file or folder."));

    QList<Core::Problem> problems;
    QStringList dictionaryProblems;
    const Core::MentionExtractor extractor(
        Core::MentionDictionary::withUserFile(Core::MentionDictionary::userFilePath(), &dictionaryProblems));
    for (const QString &problem : std::as_const(dictionaryProblems))
        problems.append(Core::Problem::fromLocatedMessage(Core::MentionDictionary::userFilePath(), problem,
                                                          Core::Problem::Severity::Warning));
    const Core::ArticleReader reader(Core::Settings::dateParser().value_or(Core::DateParser()));

    QTextStream out(stdout);
    QJsonArray articles;
    for (const QString &path : articleFiles(paths, problems)) {
        const Core::ArticleFile file = reader.read(path);
        problems.append(file.problems);
        if (!file.ok)
            continue;
        // The same text the reading view marks, so offsets point at what a reader sees.
        const Core::ArticlePage::Body body = Core::ArticlePage::prepare(file, {}, &extractor);
        if (parser.isSet(u"json"_s)) {
            QJsonArray mentions;
            for (const Core::Mention &mention : body.mentions)
                mentions.append(toJson(mention));
            articles.append(
                QJsonObject {{u"path"_s, path}, {u"title"_s, file.article.title}, {u"mentions"_s, mentions}});
            continue;
        }
        out << path << u'\n';
        for (const Core::Mention &mention : body.mentions) {
            out << u'\t' << (mention.kind == Core::Mention::Kind::Bank ? tr("bank") : tr("company")) << u'\t'
                << mention.name << u'\t' << codesOf(mention) << u'\t' << mention.count << u'\n';
        }
    }
    if (parser.isSet(u"json"_s))
        out << QString::fromUtf8(QJsonDocument(articles).toJson(QJsonDocument::Indented));
    out.flush();
    printProblems(problems);
    return problems.isEmpty() ? Success : FilesHadProblems;
}

} // namespace Broadsheet::App
