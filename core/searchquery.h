// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Broadsheet::Core {

// A search as the user typed it: words and "quoted phrases", all of which must be found.
//
// Chinese terms match as a substring scan would (see SearchTokenizer); Latin words match
// case-insensitively, and a word typed without quotes also matches words it begins (bank:
// banks, banking), so results make sense while typing. Quotes make a phrase and an exact word.
class SearchQuery final
{
public:
    explicit SearchQuery(const QString &text = {});

    bool isEmpty() const { return m_terms.isEmpty(); }
    QString text() const { return m_text; }
    // The terms as typed, without quotes: what the reading view highlights.
    QStringList terms() const { return m_terms; }
    // An FTS5 MATCH expression for the `broadsheet` tokenizer's table (IndexDatabase), for
    // every term but single Chinese characters; empty when there is none.
    QString ftsExpression() const { return m_expression; }
    // The same for single Chinese characters, for the table of characters (IndexDatabase keeps
    // one: found there by a plain lookup, they need no prefix search); empty when there is none.
    QString characterExpression() const { return m_characters; }

private:
    QString m_text;
    QStringList m_terms;
    QString m_expression;
    QString m_characters;
};

} // namespace Broadsheet::Core
