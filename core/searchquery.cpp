// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/searchquery.h"

#include "core/searchtokenizer.h"

using namespace Qt::StringLiterals;

namespace Broadsheet::Core {

namespace {

struct Term {
    QString text;
    bool quoted = false;
};

QList<Term> split(const QString &text)
{
    QList<Term> terms;
    QString current;
    bool quoted = false;
    const auto flush = [&] {
        if (!current.trimmed().isEmpty())
            terms.append({quoted ? current : current.trimmed(), quoted});
        current.clear();
    };
    for (const QChar c : text) {
        // Straight and typographic quotes both make phrases: input methods type the latter.
        if (c == u'"' || c == u'\u201C' || c == u'\u201D') {
            flush();
            quoted = !quoted;
        } else if (!quoted && c.isSpace()) {
            flush();
        } else {
            current.append(c);
        }
    }
    flush();
    return terms;
}

} // namespace

SearchQuery::SearchQuery(const QString &text)
    : m_text(text)
{
    QStringList phrases;
    QStringList characters;
    for (const Term &term : split(text)) {
        if (SearchTokenizer::tokens(term.text, SearchTokenizer::Mode::Query).isEmpty())
            continue; // punctuation only: nothing the index could match
        m_terms.append(term.text);
        const QString trimmed = term.text.trimmed();
        const QList<uint> codePoints = trimmed.toUcs4();
        if (codePoints.size() == 1 && SearchTokenizer::isCjk(codePoints.constFirst())) {
            characters.append(u'"' + trimmed + u'"');
            continue;
        }
        QString phrase = u'"' + QString(term.text).replace(u'"', u"\"\""_s) + u'"';
        // The last token is a prefix when the term ends in Chinese (a lone character after
        // Latin, 股 in A股, must match the pairs it begins; a pair is a whole token, so the star
        // changes nothing for it) and when an unquoted term ends in a word that may still be
        // being typed.
        const char32_t last = codePoints.constLast();
        if (SearchTokenizer::isCjk(last) || (!term.quoted && SearchTokenizer::isWordCharacter(last)))
            phrase += u'*';
        phrases.append(phrase);
    }
    m_expression = phrases.join(u' ');
    m_characters = characters.join(u' ');
}

} // namespace Broadsheet::Core
