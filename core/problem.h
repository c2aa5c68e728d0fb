// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Broadsheet::Core {

// Something wrong with one file of the library, phrased for the person who owns the archive.
struct Problem {
    enum class Severity {
        Warning, // the article was imported with what could be recovered
        Error, // the file was skipped
    };

    QString path;
    int line = 0; // 1-based; 0 when the problem is not tied to a line
    QString message;
    Severity severity = Severity::Warning;

    friend bool operator==(const Problem &, const Problem &) = default;

    // A problem from a message written "path:line: text" or "path: text", as compilers and the
    // mention dictionary write them; the path is taken from `path` when the message starts with it.
    static Problem fromLocatedMessage(const QString &path, const QString &message, Severity severity)
    {
        Problem problem {path, 0, message, severity};
        if (!message.startsWith(path + u':'))
            return problem;
        QStringView rest = QStringView(message).sliced(path.size() + 1);
        qsizetype digits = 0;
        while (digits < rest.size() && rest[digits].isDigit())
            ++digits;
        if (digits > 0 && digits < rest.size() && rest[digits] == u':') {
            problem.line = rest.first(digits).toInt();
            rest = rest.sliced(digits + 1);
        }
        problem.message = rest.trimmed().toString();
        return problem;
    }
};

} // namespace Broadsheet::Core
