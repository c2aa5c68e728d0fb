// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Broadsheet::Core {

// A bank or company an article talks about, as MentionExtractor found it.
struct Mention {
    enum class Kind { Bank, Company };
    Kind kind = Kind::Company;
    QString name; // canonical short name: 工商银行
    QString fullName; // 中国工商银行股份有限公司 (may be empty)
    QString aShare; // "sh601398" / "sz000001" / "bj…", empty when none
    QString hShare; // "01398" (5 digits), empty when none
    int count = 0; // occurrences in the text (at least 1 when found only in markup)
    QList<QPair<qsizetype, qsizetype>> occurrences; // (offset, length) into the text given to extract()
    QStringList surfaces; // the distinct strings matched in the text (工商银行, 工行, 601398.SH …)

    friend bool operator==(const Mention &, const Mention &) = default;
};

// One row of the mention dictionary (resources/dictionary/README.md documents the CSV).
struct DictionaryEntry {
    Mention::Kind kind = Mention::Kind::Company;
    QString name;
    QString fullName;
    QStringList aliases; // without the CSV's ~ - + markers
    QString aShare; // "sh601398", normalised
    QString hShare; // "01398", normalised
    QString english;

    // How the name and aliases may match in running text; everything not listed here matches
    // anywhere (subject to the extractor's rules for generic words). The CSV writes these as
    // markers on an alias; company names shorter than three characters are context-only unless
    // marked "+".
    QStringList listOnly; // "~兴业": only as an item of a list next to a mention of the same kind
    QStringList contextOnly; // "-陆家嘴": only next to the entry's code, or as Sina's link text

    friend bool operator==(const DictionaryEntry &, const DictionaryEntry &) = default;
};

} // namespace Broadsheet::Core
