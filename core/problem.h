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
};

} // namespace Broadsheet::Core
