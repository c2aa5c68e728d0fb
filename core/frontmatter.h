// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Broadsheet::Core {

// The front matter of an article file, split from its body and read.
struct FrontMatter {
    enum class Status {
        Parsed, // a `---` block was found and read
        Missing, // the file does not start with a `---` block: everything is body
        Broken, // a `---` block was found but could not be read (see `error`); body is still set,
                // every metadata field is empty
    };

    Status status = Status::Missing;
    QString title;
    QStringList categories; // a list, a single string, or nested lists, flattened in order
    QStringList tags;
    QString author;
    QString date; // as written; DateParser reads it
    QString headImage; // `headimg`
    QString thumbnail;
    QString link; // `link`, else `source`
    // Every other key, in file order: scalars as written (numbers and booleans too, `~` as ""),
    // lists as their items joined with ", " (nested lists flattened); mappings are left out.
    QList<QPair<QString, QString>> extra;

    QString body; // everything after the closing `---`
    int bodyLine = 1; // 1-based line of the file where the body starts
    int dateLine = 0; // 1-based line of the `date` value; 0 when there is none

    QString error; // with Status::Broken: what is wrong, for a person
    int errorLine = 0; // with Status::Broken: 1-based line in the file
};

// Splits and parses YAML front matter. The block may follow blank lines (the
// sample from Sina starts with one); a BOM is skipped if TextDecoder left one. The block ends
// at a `---` line, or `...` (YAML's end-of-document marker). Lines may end in CRLF.
// Known keys (title, categories, …) are matched case-insensitively; the first one wins.
//
// Broken, with the body set to everything after the opening `---`, when the block never
// closes. Broken, with the body after the closing line, when the block is not YAML, is not a
// mapping, is larger than maxBlockSize, or expands (YAML aliases, nesting) to more than a
// front matter can reasonably hold: a "billion laughs" block is refused quickly.
// Flat front matter (`key: value` lines with plain or quoted one-line scalars, and block lists of
// them) is read by a small reader of its own, many times faster; everything else by yaml-cpp.
// The results are the same, to the line numbers.
// Never throws. Thread-safe.
class FrontMatterParser final
{
public:
    static constexpr qsizetype maxBlockSize = 64 * 1024; // in characters; real ones are < 1 KB

    static FrontMatter parse(QStringView text);

    // The reference parser: like parse(), but every block is read by yaml-cpp. Tests check the
    // fast reader against it; the app has no use for it.
    static FrontMatter parseWithYamlCpp(QStringView text);

    // Whether parse() reads the front matter of `text` (a whole file, as for parse()) with its
    // fast reader, without yaml-cpp. False when there is none, or it is not flat.
    static bool isFlat(QStringView text);
};

} // namespace Broadsheet::Core
