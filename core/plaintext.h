// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringView>

namespace Broadsheet::Core {

// The text of an HTML fragment, and the way back from text offsets to the markup.
//
// Both functions read markup the same way, in one linear pass and without a parser: tags and
// comments are dropped, the contents of <script>, <style>, <template>, <noscript>, <iframe>
// and <textarea> too; entities are decoded; block elements (p, div, li, h1 … tr) and <br>
// become line breaks and table cells a space; runs of HTML white space become one space
// (kept as written inside <pre>), none at the start or end of a line. A '<' that does not start a
// tag is text, so Markdown and plain text pass through with their entities decoded.
class PlainText final
{
public:
    // Fast enough for import time on raw bodies of 100,000 articles.
    static QString fromHtml(QStringView html);

    // Wraps each [offset, offset + length) range of fromHtml(html)'s text in
    // <mark class="bs-mention">…</mark> inside `sanitizedHtml`, which must be sanitized HTML
    // (well-formed, escaped). A range never splits a tag or an entity: one crossing an element
    // boundary or a line break is split into one <mark> per piece of text. Ranges may be given
    // in any order and may overlap; ranges outside the text are ignored.
    static QString highlight(QStringView sanitizedHtml, const QList<QPair<qsizetype, qsizetype>> &ranges);
};

} // namespace Broadsheet::Core
