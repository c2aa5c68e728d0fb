// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/problem.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace Broadsheet::App {

// `broadsheet list|show …`, `--help` and `--version`: everything that runs without a window
// (and without a display). It uses the same core code as the window.
//
// Exit status: 0 when all is well, 1 when some files had problems, 2 for usage errors.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode { Success = 0, FilesHadProblems = 1, UsageError = 2 };

    // True when `arguments` ask for a command rather than the window.
    static bool isCommand(const QStringList &arguments);
    static int run(const QStringList &arguments);

    // The window's own options: `broadsheet [--assume-zone ZONE] [FOLDER…]`.
    static void addWindowOptions(QCommandLineParser &parser);

    // `export` runs WebEngine, so main() must create a QApplication for it (see isExport()).
    static bool isExport(const QStringList &arguments);
    static int exportArticles(const QStringList &arguments);

    // "金融 › 新浪财经" or "金融/新浪财经" as a category path, and whether an article is in it
    // or below it (the --category filter).
    static QStringList categoryPath(const QString &written);
    static bool inCategory(const Core::Article &article, const QStringList &path);
    // The canonical name of the bank or company `wanted` names (a name, an alias or a stock code),
    // by the built-in dictionary and the user's; nothing when none does (the --mention filter).
    static std::optional<QString> mentionNamed(const QString &wanted);

private:
    static int list(const QStringList &arguments);
    static int search(const QStringList &arguments);
    static int listOrSearch(const QStringList &arguments, bool search);
    static int show(const QStringList &arguments);
    static int mentions(const QStringList &arguments);
    static int usage(const QString &message);
    static int fetchImages(const QStringList &arguments);
    static void printProblems(const QList<Core::Problem> &problems);
};

} // namespace Broadsheet::App
