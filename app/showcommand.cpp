// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `broadsheet show --html FILE`: the exact document the reading view renders for FILE.
#include "app/commandline.h"
#include "core/articlepage.h"
#include "core/articlereader.h"
#include "core/settings.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Broadsheet::App {

int CommandLine::show(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print the HTML page the reading view shows for an article."));
    parser.addHelpOption();
    parser.addOption({u"html"_s, tr("Print the page as HTML (the only format so far).")});
    parser.addOption({u"assume-zone"_s, tr("Read dates written without a time zone in ZONE."), tr("ZONE")});
    parser.addPositionalArgument(u"show"_s, tr("The command."));
    parser.addPositionalArgument(tr("file"), tr("An article file."), tr("FILE"));
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return Success;
    }
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 1)
        return usage(tr("show: name exactly one article file."));
    if (!parser.isSet(u"html"_s))
        return usage(tr("show: say which format to print: --html."));
    const std::optional<Core::DateParser> dates = Core::Settings::dateParser(parser.value(u"assume-zone"_s));
    if (!dates)
        return usage(tr("Unknown time zone: %1").arg(parser.value(u"assume-zone"_s)));

    const Core::ArticleFile file = Core::ArticleReader(*dates).read(files.constFirst());
    printProblems(file.problems);
    if (!file.ok)
        return FilesHadProblems;
    QTextStream(stdout) << Core::ArticlePage::render(file,
                                                     Core::ArticlePage::cachedImages(Core::ImageCache()));
    return file.problems.isEmpty() ? Success : FilesHadProblems;
}

} // namespace Broadsheet::App
