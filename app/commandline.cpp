// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"

#include "core/mentiondictionary.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Broadsheet::App {

namespace {
const QStringList commands {u"list"_s, u"search"_s, u"show"_s, u"mentions"_s, u"export"_s, u"fetch-images"_s};
}

bool CommandLine::isCommand(const QStringList &arguments)
{
    if (arguments.size() > 1 && commands.contains(arguments.at(1)))
        return true;
    // --help and --version must work where there is no display, so never start the window.
    for (const QString &argument : arguments.mid(1)) {
        if (argument == u"--help"_s || argument == u"-h"_s || argument == u"--version"_s
            || argument == u"-v"_s || argument == u"--help-all"_s) {
            return true;
        }
    }
    return false;
}

bool CommandLine::isExport(const QStringList &arguments)
{
    return arguments.size() > 1 && arguments.at(1) == u"export"_s;
}

void CommandLine::addWindowOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Broadsheet: an offline reader for archives of Chinese financial news.\n\n"
           "Without a command, opens the window on the given folders (or the last library).\n"
           "Commands:\n"
           "  list [--json] [filters] FOLDER…   print every article with its metadata\n"
           "  search [--json] [filters] QUERY FOLDER…   the articles whose title or text has QUERY\n"
           "  show --html FILE        print the page the reading view shows for FILE\n"
           "  mentions [--json] FILE|FOLDER…   the banks and companies each article mentions\n"
           "  export --pdf FILE | --html FOLDER [filters] FOLDER…   articles to PDF or HTML\n"
           "  fetch-images [--category C] FOLDER…   download images for offline reading\n"
           "Run `broadsheet COMMAND --help` for a command's options.\n\n"
           "Exit status: 0 when all is well, 1 when some files had problems, 2 for usage errors."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"assume-zone"_s,
                      tr("Read dates written without a time zone in ZONE (an IANA name such as "
                         "Asia/Shanghai, the default)."),
                      tr("ZONE")});
    parser.addPositionalArgument(tr("folders"), tr("Folders of articles to open."), tr("[FOLDER…]"));
}

int CommandLine::usage(const QString &message)
{
    QTextStream(stderr) << message << u'\n' << tr("Run `broadsheet --help` for usage.") << u'\n';
    return UsageError;
}

// "path:line: message", as compilers write it, so editors and scripts can jump to the line.
void CommandLine::printProblems(const QList<Core::Problem> &problems)
{
    QTextStream err(stderr);
    for (const Core::Problem &problem : problems) {
        err << problem.path;
        if (problem.line > 0)
            err << u':' << problem.line;
        err << u": "_s << problem.message << u'\n';
    }
}

QStringList CommandLine::categoryPath(const QString &written)
{
    QStringList parts;
    for (const QString &part : written.split(QRegularExpression(u"\\s*(›|/)\\s*"_s), Qt::SkipEmptyParts))
        parts << part.trimmed();
    return parts;
}

bool CommandLine::inCategory(const Core::Article &article, const QStringList &path)
{
    return article.categories.size() >= path.size() && article.categories.mid(0, path.size()) == path;
}

std::optional<QString> CommandLine::mentionNamed(const QString &wanted)
{
    const Core::MentionDictionary dictionary =
        Core::MentionDictionary::withUserFile(Core::MentionDictionary::userFilePath(), nullptr);
    const Core::DictionaryEntry *entry = dictionary.findByCode(wanted);
    if (!entry)
        entry = dictionary.findByName(wanted);
    if (!entry)
        return std::nullopt;
    return entry->name;
}

int CommandLine::run(const QStringList &arguments)
{
    if (arguments.size() > 1 && arguments.at(1) == u"list"_s)
        return list(arguments);
    if (arguments.size() > 1 && arguments.at(1) == u"search"_s)
        return search(arguments);
    if (arguments.size() > 1 && arguments.at(1) == u"show"_s)
        return show(arguments);
    if (arguments.size() > 1 && arguments.at(1) == u"mentions"_s)
        return mentions(arguments);
    if (arguments.size() > 1 && arguments.at(1) == u"fetch-images"_s)
        return fetchImages(arguments);
    if (isExport(arguments)) {
#ifdef BROADSHEET_WITH_UI
        return exportArticles(arguments);
#else
        return usage(tr("This build of Broadsheet has no WebEngine, so it cannot export."));
#endif
    }

    QCommandLineParser parser;
    addWindowOptions(parser);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(u"version"_s)) {
        QTextStream(stdout) << QCoreApplication::applicationName() << u' '
                            << QCoreApplication::applicationVersion() << u'\n';
        return Success;
    }
    QTextStream(stdout) << parser.helpText();
    return Success;
}

} // namespace Broadsheet::App
