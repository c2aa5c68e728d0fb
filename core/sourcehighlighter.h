// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Broadsheet::Core {

// A page showing an article file as it is on disk: front matter and body, with line numbers.
struct SourcePage {
    QString html; // a complete document for the locked-down view
    bool highlighted = false; // false: plain text, and `note` says why
    QString note;
    int lineCount = 0;
};

// Highlights article files with KSyntaxHighlighting.
//
// Debian 12 has no Qt 6 build of the library (KF6 needs Qt 6.5), and a Qt 5 library cannot be
// loaded into this process, so the engine runs as its own command-line tool,
// `kate-syntax-highlighter` (package libkf5syntaxhighlighting-tools), fed the decoded text on
// standard input. Its output is not trusted either: only <span style> tags with plain colour and
// font declarations are kept, everything else is escaped. Line N carries the anchor #LN.
//
// Blocking (it waits for the tool, at most a few seconds): call it off the GUI thread. The file
// is only read.
class SourceHighlighter final
{
    Q_DECLARE_TR_FUNCTIONS(SourceHighlighter)

public:
    enum class Theme { Light, Dark };

    // The tool's path, or empty when it is not installed.
    static QString findCommand();
    // The KSyntaxHighlighting definition for a file: Markdown (which knows YAML front matter)
    // or HTML.
    static QString syntaxFor(const QString &path);

    static SourcePage render(const QString &path, Theme theme, const QString &command = findCommand());
};

} // namespace Broadsheet::Core
