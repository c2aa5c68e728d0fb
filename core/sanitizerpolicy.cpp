// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sanitizerpolicy.h"

#include "core/htmltags.h"

using namespace Qt::StringLiterals;

namespace Broadsheet::Core::Html {

namespace {

bool isLength(std::string_view v)
{
    if (v == "0")
        return true;
    if (v.starts_with('-'))
        v.remove_prefix(1);
    size_t digits = 0;
    while (digits < v.size() && ((v[digits] >= '0' && v[digits] <= '9') || v[digits] == '.'))
        ++digits;
    if (digits == 0 || digits > 6)
        return false;
    return !oneOf(v.substr(digits), {"em", "rem", "px", "pt", "ex", "ch", "%"}).empty();
}

bool isAllowedDeclaration(std::string_view property, std::string_view value)
{
    if (property == "text-align")
        return !oneOf(value, {"left", "right", "center", "justify", "start", "end"}).empty();
    if (property == "font-style")
        return !oneOf(value, {"normal", "italic", "oblique"}).empty();
    if (property == "font-weight") {
        return !oneOf(value,
                      {"normal", "bold", "bolder", "lighter", "100", "200", "300", "400", "500", "600", "700",
                       "800", "900"})
                    .empty();
    }
    if (property == "text-indent")
        return isLength(value);
    if (property == "text-decoration") {
        size_t start = 0;
        for (size_t space = 0; start <= value.size(); start = space + 1) {
            space = std::min(value.find(' ', start), value.size());
            if (oneOf(value.substr(start, space - start), {"none", "underline", "overline", "line-through"})
                    .empty())
                return false;
        }
        return true;
    }
    return false;
}

bool isRasterDataUrl(QStringView url)
{
    // data:[<mime>][;params],<data> — only the mime type before the first ';' or ',' counts.
    const qsizetype comma = url.indexOf(u',');
    if (comma < 0 || !url.startsWith(u"data:"_s, Qt::CaseInsensitive))
        return false;
    QStringView mime = url.sliced(5, comma - 5);
    mime = mime.first(mime.indexOf(u';') < 0 ? mime.size() : mime.indexOf(u';')).trimmed();
    for (QLatin1StringView raster :
         {"image/png"_L1, "image/jpeg"_L1, "image/jpg"_L1, "image/gif"_L1, "image/webp"_L1, "image/bmp"_L1}) {
        if (mime.compare(raster, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

ElementRule ruleFor(GumboTag tag)
{
    // clang-format off
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SPAN: case GUMBO_TAG_BR: case GUMBO_TAG_HR:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_CODE:
    case GUMBO_TAG_EM: case GUMBO_TAG_STRONG: case GUMBO_TAG_B: case GUMBO_TAG_I: case GUMBO_TAG_U:
    case GUMBO_TAG_S: case GUMBO_TAG_SUB: case GUMBO_TAG_SUP: case GUMBO_TAG_SMALL:
    case GUMBO_TAG_MARK: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_LI: case GUMBO_TAG_DL:
    case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_TABLE: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_COLGROUP: case GUMBO_TAG_COL: case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_TH: case GUMBO_TAG_TD:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_IMG: case GUMBO_TAG_A:
    case GUMBO_TAG_ABBR: case GUMBO_TAG_CITE: case GUMBO_TAG_Q: case GUMBO_TAG_TIME:
    case GUMBO_TAG_DEL: case GUMBO_TAG_INS: case GUMBO_TAG_DFN: case GUMBO_TAG_KBD:
    case GUMBO_TAG_SAMP: case GUMBO_TAG_VAR: case GUMBO_TAG_BDI: case GUMBO_TAG_RUBY:
    case GUMBO_TAG_RT: case GUMBO_TAG_RP: case GUMBO_TAG_WBR:
        return {Treatment::Keep, tag};
    case GUMBO_TAG_ARTICLE: case GUMBO_TAG_SECTION: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_MAIN: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_HGROUP: case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_LEGEND:
        return {Treatment::Keep, GUMBO_TAG_DIV}; // keeps the line breaks a block gave its text
    case GUMBO_TAG_MENU: case GUMBO_TAG_DIR:
        return {Treatment::Keep, GUMBO_TAG_UL};
    case GUMBO_TAG_XMP: case GUMBO_TAG_LISTING: case GUMBO_TAG_PLAINTEXT:
        return {Treatment::Keep, GUMBO_TAG_PRE};
    case GUMBO_TAG_STRIKE:
        return {Treatment::Keep, GUMBO_TAG_S};
    case GUMBO_TAG_ACRONYM:
        return {Treatment::Keep, GUMBO_TAG_ABBR};
    case GUMBO_TAG_FONT: case GUMBO_TAG_BIG: case GUMBO_TAG_TT: case GUMBO_TAG_NOBR:
    case GUMBO_TAG_BLINK: case GUMBO_TAG_MARQUEE: case GUMBO_TAG_MULTICOL: case GUMBO_TAG_SPACER:
    case GUMBO_TAG_LABEL: case GUMBO_TAG_FORM: case GUMBO_TAG_OUTPUT: case GUMBO_TAG_DATA:
    case GUMBO_TAG_BDO: case GUMBO_TAG_RB: case GUMBO_TAG_RTC: case GUMBO_TAG_HTML:
    case GUMBO_TAG_BODY: case GUMBO_TAG_UNKNOWN:
        return {Treatment::Unwrap};
    default:
        return {Treatment::Drop};
    }
    // clang-format on
}

bool isVoid(GumboTag tag)
{
    return tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR || tag == GUMBO_TAG_IMG || tag == GUMBO_TAG_WBR
        || tag == GUMBO_TAG_COL;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (asciiLower(a[i]) != b[i])
            return false;
    }
    return true;
}

// `value` as one of the lower-case `choices`, or empty.
std::string_view oneOf(std::string_view value, std::initializer_list<std::string_view> choices)
{
    for (std::string_view choice : choices) {
        if (equalsIgnoringCase(value, choice))
            return choice;
    }
    return {};
}

bool isInteger(std::string_view value, size_t maxDigits, bool allowMinus)
{
    if (allowMinus && value.starts_with('-'))
        value.remove_prefix(1);
    if (value.empty() || value.size() > maxDigits)
        return false;
    for (char c : value) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// Escapes markup characters. Control characters (which a parser of our output would turn into
// U+FFFD or, for CR, into LF) are dropped, and a CR from "&#13;" is written as a reference, so
// that the output parses back to exactly the text we wrote.
void appendEscaped(std::string &out, std::string_view text, bool attribute)
{
    size_t start = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::string_view replacement;
        size_t length = 1;
        if (c == '&') {
            replacement = "&amp;";
        } else if (c == '<') {
            replacement = "&lt;";
        } else if (c == '>') {
            replacement = "&gt;";
        } else if (c == '"' && attribute) {
            replacement = "&quot;";
        } else if (c == '\r') {
            replacement = "&#13;";
        } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\f') || c == 0x7f) {
            replacement = "";
        } else if (c == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xa0) {
            length = 2; // U+0080–U+009F
        } else {
            continue;
        }
        out.append(text.substr(start, i - start));
        out.append(replacement);
        i += length - 1;
        start = i + 1;
    }
    out.append(text.substr(start));
}

void appendAttribute(std::string &out, std::string_view name, std::string_view value)
{
    out += ' ';
    out += name;
    out += "=\"";
    appendEscaped(out, value, true);
    out += '"';
}

// ---- CSS: a handful of typographic declarations, rebuilt from keywords and lengths only. A
// value may hold letters, digits, '.', '%', '-' and spaces: no url(, expression(, escapes,
// comments, at-rules or quotes can pass, whatever the property.

std::string sanitizeStyle(std::string_view css)
{
    std::string result;
    for (size_t start = 0; start < css.size();) {
        const size_t end = std::min(css.find(';', start), css.size());
        const std::string_view declaration = css.substr(start, end - start);
        start = end + 1;
        const size_t colon = declaration.find(':');
        if (colon == std::string_view::npos)
            continue;
        std::string property, value;
        bool valid = true;
        for (char c : declaration.substr(0, colon)) {
            if (!isHtmlSpace(c))
                property += asciiLower(c);
        }
        for (char c : declaration.substr(colon + 1)) {
            const bool allowed =
                isAsciiAlpha(c) || (c >= '0' && c <= '9') || c == '.' || c == '%' || c == '-';
            if (isHtmlSpace(c)) {
                if (!value.empty() && value.back() != ' ')
                    value += ' ';
            } else if (allowed) {
                value += asciiLower(c);
            } else {
                valid = false;
            }
        }
        if (!value.empty() && value.back() == ' ')
            value.pop_back();
        if (!valid || !isAllowedDeclaration(property, value))
            continue;
        result += result.empty() ? "" : "; ";
        result += property + ": " + value;
    }
    return result;
}

// ---- URLs

// The URL an attribute may keep, or nothing. Gumbo has already decoded entities
// ("&#106;avascript:"); like a browser's URL parser, tabs and newlines anywhere and control
// characters or spaces at the ends are ignored ("java\tscript:", " javascript:").
std::optional<QUrl> safeUrl(std::string_view raw, UrlUse use)
{
    QString text = QString::fromUtf8(raw.data(), qsizetype(raw.size()));
    text.removeIf([](QChar c) { return c == u'\t' || c == u'\n' || c == u'\r'; });
    QStringView s(text);
    while (!s.isEmpty() && (s.front().unicode() <= 0x20 || s.front().isSpace()))
        s = s.sliced(1);
    while (!s.isEmpty() && (s.back().unicode() <= 0x20 || s.back().isSpace()))
        s.chop(1);
    // The article has no base URL: "//host/x" means https, other relative URLs mean nothing.
    const QString absolute = s.startsWith(u"//"_s) ? u"https:"_s + s : s.toString();
    const qsizetype colon = absolute.indexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    const QStringView scheme = QStringView(absolute).first(colon);
    for (QChar c : scheme) {
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != u'+' && c != u'-' && c != u'.')
            return std::nullopt;
    }
    const bool web = scheme.compare("http"_L1, Qt::CaseInsensitive) == 0
        || scheme.compare("https"_L1, Qt::CaseInsensitive) == 0;
    const bool mail = use == UrlUse::Link && scheme.compare("mailto"_L1, Qt::CaseInsensitive) == 0;
    const bool data = use == UrlUse::Image && scheme.compare("data"_L1, Qt::CaseInsensitive) == 0;
    if (!web && !mail && !(data && isRasterDataUrl(absolute)))
        return std::nullopt;
    QUrl url(absolute);
    if (!url.isValid() || (web && url.host().isEmpty()) || (mail && url.path().isEmpty()))
        return std::nullopt;
    return url;
}

std::optional<QUrl> relativeImagePath(std::string_view raw)
{
    QString text = QString::fromUtf8(raw.data(), qsizetype(raw.size())).trimmed();
    // A path next to the article ("images/a.png", "./a.png", "../img/a.png"); never a scheme,
    // an absolute path (its root is the site's, unknown here) or a Windows path.
    if (text.isEmpty() || text.startsWith(u'/') || text.contains(u'\\') || text.contains(QChar(0)))
        return std::nullopt;
    const qsizetype colon = text.indexOf(u':');
    const qsizetype slash = text.indexOf(u'/');
    if (colon >= 0 && (slash < 0 || colon < slash))
        return std::nullopt;
    const QUrl url(text, QUrl::TolerantMode);
    if (!url.isValid() || !url.isRelative() || !url.host().isEmpty() || url.path().isEmpty())
        return std::nullopt;
    return url;
}

// The resolver is ours, but a cache bug must not turn into script.
bool isSafeResolvedImage(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == "data"_L1)
        return isRasterDataUrl(url.toString(QUrl::FullyEncoded));
    return url.isValid() && scheme != "javascript"_L1 && scheme != "vbscript"_L1;
}

} // namespace Broadsheet::Core::Html
