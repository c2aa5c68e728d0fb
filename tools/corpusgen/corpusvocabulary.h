// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace Broadsheet::Tools {

// The tables the synthetic corpus is made from. Plain data, UTF-8, no Qt strings, so that
// generating 100,000 articles never converts between encodings.

enum class EntityKind { Bank, Company };

struct Entity {
    const char *name; // as news text writes it: 工商银行
    const char *aCode; // Sina's form, sh601398 / sz002142; empty when listed in Hong Kong only
    const char *hCode; // 01398; empty when there is no H share
    const char *slug; // ASCII, for file names
    EntityKind kind;
};

// How a source lays out its article bodies.
enum class Style {
    Sina, // <p cms-style="font-L">　　…</p>, stock markup, QR block and 责任编辑 tail
    Telegram, // Cailian: <p>【标题】财联社X月X日电，…</p>
    Paragraphs, // plain <p> paragraphs, sometimes plain text
    Forum, // Xueqiu posts: mostly Markdown, cashtags $招商银行(SH600036)$
    Announcement, // exchange filings: 证券代码 header, 特此公告, signature
};

struct Source {
    const char *key; // ASCII, first part of file names and the top folder
    const char *name; // the `author` value
    const char *imageBase; // head images live under this address (never fetched)
    Style style;
};

struct Category {
    const char *path; // levels separated by '|'
    int source; // index into sources()
    int weight; // relative frequency
};

enum class Subject { None, Bank, Company, PolicyBank };

struct TitleTemplate {
    const char *text; // placeholders as in sentences()
    const char *slug; // ASCII topic for file names
    Subject subject; // which entity the article is about
};

// Debian 12 ships Qt 6.4, which has no QSpan: a pointer and a count it is.
template<typename T> struct Table {
    const T *data;
    int size;
    const T &operator[](int i) const { return data[i]; }
};

Table<Entity> entities();
Table<Source> sources();
Table<Category> categories();
Table<TitleTemplate> titles();

// Sentences with placeholders in braces:
//   {B} {C}       a bank / a listed non-bank (Sina markup or a cashtag on first mention)
//   {BC} {CC}     the same followed by a stock code in one of the forms news uses
//   {PB}          a policy bank          {R}   a province or city
//   {PER}         an unnamed speaker     {Y} {M} {D} {Q} the article's year, month, day, quarter
//   {P} {P2}      percentages (0.5–35, 0.2–5)   {BP} basis points   {N} an amount
//   {RATE} {TERM} {MULT} {DIV} {PRICE} {SHARE} {K}   rates, terms, ratios, counts
Table<const char *> sentences();
Table<const char *> regions();
Table<const char *> speakers();
Table<const char *> editors();
Table<const char *> markdownHeadings();

// Sina's boilerplate after the last paragraph, up to the editor's name; see the real sample.
QByteArrayView sinaTailHead();
QByteArrayView sinaTailFoot();

} // namespace Broadsheet::Tools
