// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <gumbo.h>

#include <QStringView>
#include <QUrl>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

// The sanitizer's allow-list: which elements, attribute values, CSS declarations and URLs an
// article may keep, and how kept text is escaped. Internal to the core library; HtmlSanitizer
// is the public face.
namespace Broadsheet::Core::Html {

// =============================================================================================
// Allow-list.
//
// Element table (anything not listed is dropped with its content):
//   kept:     p div span br hr h1–h6 blockquote pre code em strong b i u s sub sup small mark ul ol
//             li dl dt dd table caption colgroup col thead tbody tfoot tr th td figure figcaption
//             img a abbr cite q time del ins dfn kbd samp var bdi ruby rt rp wbr
//   renamed:  article section nav aside header footer main address hgroup center details
//             summary fieldset legend → div; menu dir → ul; xmp listing plaintext → pre (their
//             text escaped); strike → s; acronym → abbr
//   unwrapped (children kept, tag dropped): font big tt nobr blink marquee multicol spacer
//             label form output data bdo rb rtc html body, and every unknown or custom tag;
//             also <a> without a usable href and <span> left without attributes
//   dropped with content: script style iframe frame frameset object embed applet param
//             noscript noembed noframes template title head meta base link svg math video audio
//             source track canvas map area input button select option optgroup datalist
//             textarea keygen progress meter menuitem isindex bgsound basefont; everything
//             outside the HTML namespace
// =============================================================================================

enum class Treatment { Keep, Unwrap, Drop };

struct ElementRule {
    Treatment treatment;
    GumboTag emitAs = GUMBO_TAG_UNKNOWN;
};

enum class UrlUse { Link, Image };

ElementRule ruleFor(GumboTag tag);
bool isVoid(GumboTag tag);
bool equalsIgnoringCase(std::string_view a, std::string_view b);
std::string_view oneOf(std::string_view value, std::initializer_list<std::string_view> choices);
bool isInteger(std::string_view value, size_t maxDigits, bool allowMinus = false);
void appendEscaped(std::string &out, std::string_view text, bool attribute);
void appendAttribute(std::string &out, std::string_view name, std::string_view value);
std::string sanitizeStyle(std::string_view css);
std::optional<QUrl> safeUrl(std::string_view raw, UrlUse use);
bool isSafeResolvedImage(const QUrl &url);
// A relative image path ("images/a.png"), for the resolver to place; nothing otherwise.
std::optional<QUrl> relativeImagePath(std::string_view raw);

} // namespace Broadsheet::Core::Html
