// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Broadsheet::Core::Html {

// =============================================================================================
// Nesting limit, applied to the UTF-8 input before gumbo sees it.
//
// Gumbo 0.10.1 scans its stack of open elements on nearly every start tag: 10,000 nested
// <div>s take seconds to parse and 40,000 close to a minute. Unclosed formatting elements
// (<b x=1>, <b x=2>, …) are re-opened in every later paragraph, so the tree grows
// quadratically. A linear scan below models the parser's stack and removes the tags that would
// nest deeper than kMaxNesting (Blink's parser stops at 512 too), or open more than
// kMaxOpenFormatting formatting elements; text always stays.
//
// The model may overestimate the depth (costing structure in absurd documents) but must not
// underestimate it, or a crafted file could make gumbo quadratic again. So it never honours
// "/>", counts start tags even inside comments and raw text, ignores end tags there, lets
// comments and scripts end as late as any parser could end them, and only pops elements where
// the HTML parser certainly pops them too. Safety does not depend on any of this: the result
// still goes through gumbo and the allow-list.
// =============================================================================================
// The serializer keeps to the same limits, so what it writes parses back the same way.
inline constexpr qsizetype kMaxNesting = 512;
inline constexpr qsizetype kMaxOpenFormatting = 16;

QByteArray limitNesting(const QByteArray &html);

} // namespace Broadsheet::Core::Html
