// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/htmltags.h"

namespace Broadsheet::Core::Html {

bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isHtmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

TagKind kindOf(GumboTag tag)
{
    // Tag tables read best as tables.
    // clang-format off
    switch (tag) {
    case GUMBO_TAG_AREA: case GUMBO_TAG_BASE: case GUMBO_TAG_BASEFONT: case GUMBO_TAG_BGSOUND:
    case GUMBO_TAG_BR: case GUMBO_TAG_EMBED: case GUMBO_TAG_FRAME: case GUMBO_TAG_HR:
    case GUMBO_TAG_IMAGE: case GUMBO_TAG_IMG: case GUMBO_TAG_INPUT: case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_LINK: case GUMBO_TAG_MENUITEM: case GUMBO_TAG_META: case GUMBO_TAG_PARAM:
    case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK: case GUMBO_TAG_WBR: case GUMBO_TAG_ISINDEX:
    case GUMBO_TAG_OPTION: case GUMBO_TAG_OPTGROUP: case GUMBO_TAG_RB: case GUMBO_TAG_RT:
    case GUMBO_TAG_RTC: case GUMBO_TAG_RP: case GUMBO_TAG_HTML: case GUMBO_TAG_HEAD:
    case GUMBO_TAG_BODY:
        return TagKind::Void; // no end tag, or one the parser closes on the next sibling
    case GUMBO_TAG_A: case GUMBO_TAG_B: case GUMBO_TAG_BIG: case GUMBO_TAG_CODE:
    case GUMBO_TAG_EM: case GUMBO_TAG_FONT: case GUMBO_TAG_I: case GUMBO_TAG_NOBR:
    case GUMBO_TAG_S: case GUMBO_TAG_SMALL: case GUMBO_TAG_STRIKE: case GUMBO_TAG_STRONG:
    case GUMBO_TAG_TT: case GUMBO_TAG_U:
        return TagKind::Formatting;
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_TITLE:
    case GUMBO_TAG_XMP: case GUMBO_TAG_IFRAME: case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_NOSCRIPT:
        return TagKind::RawText;
    case GUMBO_TAG_PLAINTEXT:
        return TagKind::Plaintext;
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_TR: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_CAPTION: case GUMBO_TAG_COLGROUP:
    case GUMBO_TAG_COL:
        return TagKind::TablePart;
    default:
        return TagKind::Normal;
    }
    // clang-format on
}

// Start tags that end an open <p> ("close a p element" in the tree builder).
bool closesParagraph(GumboTag tag)
{
    // clang-format off
    switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIR: case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU: case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_UL: case GUMBO_TAG_H1:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_PRE: case GUMBO_TAG_LISTING: case GUMBO_TAG_FORM: case GUMBO_TAG_LI:
    case GUMBO_TAG_DD: case GUMBO_TAG_DT:
        return true;
    default:
        return false;
    }
    // clang-format on
}

bool isHeading(GumboTag tag)
{
    return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6;
}

// "Has an element in scope" stops at these (td, th and caption are never on the model's
// stack; the table below them is).
bool isScopeBoundary(GumboTag tag)
{
    // clang-format off
    switch (tag) {
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_OBJECT: case GUMBO_TAG_APPLET:
    case GUMBO_TAG_MARQUEE: case GUMBO_TAG_HTML: case GUMBO_TAG_MI: case GUMBO_TAG_MO:
    case GUMBO_TAG_MN: case GUMBO_TAG_MS: case GUMBO_TAG_MTEXT: case GUMBO_TAG_ANNOTATION_XML:
    case GUMBO_TAG_FOREIGNOBJECT: case GUMBO_TAG_DESC: case GUMBO_TAG_TITLE:
        return true;
    default:
        return false;
    }
    // clang-format on
}

// The spec's "special" category, which stops the search for the element an unknown end tag,
// <li> or <dd> closes. Erring towards "special" only makes the model pop less.
bool isSpecial(GumboTag tag)
{
    // clang-format off
    switch (tag) {
    case GUMBO_TAG_UNKNOWN: case GUMBO_TAG_SPAN: case GUMBO_TAG_SUB: case GUMBO_TAG_SUP:
    case GUMBO_TAG_MARK: case GUMBO_TAG_ABBR: case GUMBO_TAG_CITE: case GUMBO_TAG_Q:
    case GUMBO_TAG_TIME: case GUMBO_TAG_DEL: case GUMBO_TAG_INS: case GUMBO_TAG_DFN:
    case GUMBO_TAG_KBD: case GUMBO_TAG_SAMP: case GUMBO_TAG_VAR: case GUMBO_TAG_BDI:
    case GUMBO_TAG_BDO: case GUMBO_TAG_RUBY: case GUMBO_TAG_LABEL: case GUMBO_TAG_OUTPUT:
    case GUMBO_TAG_DATA: case GUMBO_TAG_BLINK: case GUMBO_TAG_ACRONYM: case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
        return false;
    default:
        return true;
    }
    // clang-format on
}

} // namespace Broadsheet::Core::Html
