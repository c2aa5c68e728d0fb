// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gumbo.h>

// What the HTML5 parsing algorithm says about tags, for the sanitizer's own passes over the
// markup (the nesting limiter and the serializer). Internal to the core library.
namespace Broadsheet::Core::Html {

enum class TagKind { Normal, Void, Formatting, RawText, Plaintext, TablePart };

bool isAsciiAlpha(char c);
bool isHtmlSpace(char c);
char asciiLower(char c);
TagKind kindOf(GumboTag tag);
bool closesParagraph(GumboTag tag); // a start tag that closes an open <p>
bool isHeading(GumboTag tag);
bool isScopeBoundary(GumboTag tag); // "has an element in scope" stops here
bool isSpecial(GumboTag tag); // the parser's "special" category

} // namespace Broadsheet::Core::Html
