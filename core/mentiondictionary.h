// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mention.h"
#include "core/textmatcher.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

namespace Broadsheet::Core {

// The banks and companies MentionExtractor looks for: names, aliases and stock codes.
//
// The built-in dictionary is compiled into the core library from resources/dictionary/*.csv
// (resources/dictionary/README.md documents the format and where every fact came from). A
// user's own file in the same format adds entries or overrides built-in ones.
//
// A dictionary is immutable once built; copies share their data, and it is safe to use one
// from any number of threads.
class MentionDictionary final
{
public:
    // How a surface (a name or alias) may match in running text; see DictionaryEntry.
    enum class SurfaceRule { Anywhere, ListOnly, ContextOnly };
    struct Surface {
        QString text;
        int entry = -1; // index into entries()
        SurfaceRule rule = SurfaceRule::Anywhere;
    };

    MentionDictionary(); // an empty dictionary

    // The dictionary compiled into the core library. Built on first use (a few milliseconds).
    static const MentionDictionary &builtin();

    // The built-in dictionary plus the user's file (same CSV format). A missing file is not a
    // problem; a file that cannot be read, a bad header or a broken row is skipped and reported
    // in `problems` (may be null) as "path:line: message", translated.
    //
    // A user row whose name, A-share code or H-share code is that of an existing entry overrides
    // it: its non-empty cells replace the entry's (an aliases cell replaces all aliases). Any
    // other row adds an entry.
    static MentionDictionary withUserFile(const QString &path, QStringList *problems);

    // <AppConfigLocation>/mentions.csv, e.g. ~/.config/Broadsheet/mentions.csv on Linux.
    static QString userFilePath();

    // This dictionary plus the rows of `csv` (the text of a dictionary file), merged as
    // withUserFile() describes; `source` names the file in problems.
    MentionDictionary merged(QStringView csv, const QString &source, QStringList *problems) const;

    const QList<DictionaryEntry> &entries() const;

    // "601398", "sh601398", "SH601398", "601398.SH", "00939.HK", "939.HK", "HK:00939", "hk00939",
    // "00939" (five digits: Hong Kong). Returns nullptr when no entry has the code.
    const DictionaryEntry *findByCode(QStringView code) const;
    // The exact name, full name, alias or English name of an entry; nullptr when none.
    const DictionaryEntry *findByName(QStringView nameOrAlias) const;
    int indexOf(const DictionaryEntry *entry) const;

    // A code in any of the forms findByCode() accepts, as "sh601398" or "hk00939"; empty when
    // it is not a code. Six digits alone go to the exchange their first digits belong to.
    static QString normalizedCode(QStringView code);

    // For MentionExtractor: every surface to look for, pattern i of matcher() being
    // surfaces()[i]. Each surface belongs to one entry: a name beats a full name, which beats
    // an alias, and between equals the later row (so the user's file) wins.
    const QList<Surface> &surfaces() const;
    const TextMatcher &matcher() const;

private:
    struct Data;
    explicit MentionDictionary(std::shared_ptr<const Data> data);
    static MentionDictionary build(QList<DictionaryEntry> entries);

    std::shared_ptr<const Data> d;
};

} // namespace Broadsheet::Core
