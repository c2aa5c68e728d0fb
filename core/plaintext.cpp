// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plaintext.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace Broadsheet::Core {

namespace {

enum class Effect { None, Block, Pre, Cell, LineBreak, SkipContent };

bool isAsciiAlpha(char16_t c)
{
    return (c | 0x20) >= u'a' && (c | 0x20) <= u'z';
}

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isHtmlSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// What an element does to the text. Names are looked up lowercased in a sorted table, with
// no allocation: fromHtml() meets millions of tags at import time.
Effect effectOf(QStringView name)
{
    static constexpr std::string_view blocks[] = {
        "address", "article", "aside", "blockquote", "body",     "caption",    "center", "dd",      "details",
        "dialog",  "div",     "dl",    "dt",         "fieldset", "figcaption", "figure", "footer",  "form",
        "h1",      "h2",      "h3",    "h4",         "h5",       "h6",         "header", "hgroup",  "hr",
        "html",    "legend",  "li",    "main",       "nav",      "ol",         "p",      "section", "summary",
        "table",   "tbody",   "tfoot", "thead",      "tr",       "ul",
    };
    static constexpr std::string_view skipped[] = {
        "iframe", "noscript", "script", "style", "template", "textarea", "title",
    };
    static_assert(std::is_sorted(std::begin(blocks), std::end(blocks)));
    static_assert(std::is_sorted(std::begin(skipped), std::end(skipped)));
    std::array<char, 12> buffer {};
    if (name.size() >= qsizetype(buffer.size()))
        return Effect::None;
    for (qsizetype i = 0; i < name.size(); ++i)
        buffer[size_t(i)] = char(name[i].unicode() | (isAsciiAlpha(name[i].unicode()) ? 0x20 : 0));
    const std::string_view key(buffer.data(), size_t(name.size()));
    if (key == "br")
        return Effect::LineBreak;
    if (key == "pre")
        return Effect::Pre;
    if (key == "td" || key == "th")
        return Effect::Cell;
    if (std::binary_search(std::begin(skipped), std::end(skipped), key))
        return Effect::SkipContent;
    return std::binary_search(std::begin(blocks), std::end(blocks), key) ? Effect::Block : Effect::None;
}

// The named entities seen in archives; anything else stays as written.
char32_t namedEntity(QStringView name)
{
    static constexpr std::pair<std::u16string_view, char32_t> table[] = {
        {u"amp", U'&'},       {u"apos", U'\''},    {u"bull", U'•'},        {u"cent", U'¢'},
        {u"copy", U'©'},      {u"deg", U'°'},      {u"divide", U'÷'},      {u"emsp", U'\u2003'},
        {u"ensp", U'\u2002'}, {u"euro", U'€'},     {u"gt", U'>'},          {u"hellip", U'…'},
        {u"laquo", U'«'},     {u"ldquo", U'“'},    {u"lsquo", U'‘'},       {u"lt", U'<'},
        {u"mdash", U'—'},     {u"middot", U'·'},   {u"nbsp", U'\u00a0'},   {u"ndash", U'–'},
        {u"permil", U'‰'},    {u"plusmn", U'±'},   {u"pound", U'£'},       {u"quot", U'"'},
        {u"raquo", U'»'},     {u"rdquo", U'”'},    {u"reg", U'®'},         {u"rsquo", U'’'},
        {u"sect", U'§'},      {u"shy", U'\u00ad'}, {u"thinsp", U'\u2009'}, {u"times", U'×'},
        {u"trade", U'™'},     {u"yen", U'¥'},
    };
    static_assert(std::is_sorted(std::begin(table), std::end(table)));
    const std::u16string_view key(name.utf16(), size_t(name.size()));
    const auto found =
        std::lower_bound(std::begin(table), std::end(table), key,
                         [](const auto &entry, std::u16string_view k) { return entry.first < k; });
    return found != std::end(table) && found->first == key ? found->second : 0;
}

// Decodes the entity at html[at] == '&'; returns its end, or `at` when it is not one.
qsizetype decodeEntity(QStringView html, qsizetype at, char32_t *decoded)
{
    const qsizetype size = html.size();
    qsizetype i = at + 1;
    if (i < size && html[i] == u'#') {
        const bool hex = i + 1 < size && (html[i + 1] == u'x' || html[i + 1] == u'X');
        i += hex ? 2 : 1;
        const qsizetype digits = i;
        char32_t value = 0;
        for (; i < size && i - digits < 8; ++i) {
            const char16_t c = html[i].unicode();
            const int digit = isAsciiDigit(c)                  ? c - u'0'
                : hex && isAsciiAlpha(c) && (c | 0x20) <= u'f' ? (c | 0x20) - u'a' + 10
                                                               : -1;
            if (digit < 0)
                break;
            value = value * (hex ? 16 : 10) + char32_t(digit);
        }
        if (i == digits)
            return at;
        // Not NUL, not a lone surrogate, not beyond Unicode: those become U+FFFD, as in HTML5.
        *decoded = value == 0 || value > 0x10FFFF || QChar::isSurrogate(value) ? U'\ufffd' : value;
        return i < size && html[i] == u';' ? i + 1 : i;
    }
    const qsizetype name = i;
    while (i < size && i - name <= 8 && (isAsciiAlpha(html[i].unicode()) || isAsciiDigit(html[i].unicode())))
        ++i;
    if (i >= size || html[i] != u';' || i == name)
        return at;
    *decoded = namedEntity(html.sliced(name, i - name));
    return *decoded ? i + 1 : at;
}

// One pass over markup, telling a sink about each character of text (with the span of
// markup it came from; an empty span for the line breaks and spaces the walker adds) and each
// piece of markup. fromHtml() and highlight() share it, so their offsets always agree.
template<typename Sink> class Walker
{
public:
    Walker(QStringView html, Sink &sink)
        : m_html(html)
        , m_sink(sink)
    { }

    void run()
    {
        const qsizetype size = m_html.size();
        qsizetype i = 0;
        while (i < size) {
            const char16_t c = m_html[i].unicode();
            if (c == u'<' && i + 1 < size) {
                const qsizetype end = markup(i);
                if (end > i) {
                    i = end;
                    continue;
                }
            }
            if (c == u'&') {
                char32_t decoded = 0;
                const qsizetype end = decodeEntity(m_html, i, &decoded);
                if (end > i) {
                    if (QChar::requiresSurrogates(decoded)) {
                        text(QChar::highSurrogate(decoded), i, end);
                        text(QChar::lowSurrogate(decoded), i, end);
                    } else {
                        text(char16_t(decoded), i, end);
                    }
                    i = end;
                    continue;
                }
            }
            text(c, i, i + 1);
            ++i;
        }
    }

private:
    void text(char16_t c, qsizetype start, qsizetype end)
    {
        if (m_preDepth == 0 && isHtmlSpace(c)) {
            if (m_spaceStart < 0)
                m_spaceStart = start;
            m_spaceEnd = end;
            return;
        }
        if (m_pendingBreak) {
            m_pendingBreak = false;
            if (!m_atLineStart)
                emitUnit(u'\n', start, start);
            m_spaceStart = -1;
        }
        if (m_spaceStart >= 0) {
            if (!m_atLineStart)
                emitUnit(u' ', m_spaceStart, m_spaceEnd);
            m_spaceStart = -1;
        }
        emitUnit(c, start, end);
    }

    void emitUnit(char16_t c, qsizetype start, qsizetype end)
    {
        m_sink.unit(c, start, end);
        m_atLineStart = c == u'\n';
    }

    // Handles the markup starting at html[at] == '<'; returns its end, or `at` when the '<' is text.
    qsizetype markup(qsizetype at)
    {
        const qsizetype size = m_html.size();
        const char16_t next = m_html[at + 1].unicode();
        qsizetype end = at;
        if (next == u'!' || next == u'?') {
            const QStringView rest = m_html.sliced(at);
            if (rest.startsWith(u"<!-->") || rest.startsWith(u"<!--->")) {
                end = at + (rest[4] == u'>' ? 5 : 6); // empty comments, as HTML5 reads them
            } else {
                const bool comment = rest.startsWith(u"<!--");
                const qsizetype close =
                    comment ? m_html.indexOf(u"-->", at + 4) : m_html.indexOf(u'>', at + 2);
                end = close < 0 ? size : close + (comment ? 3 : 1);
            }
            m_sink.markup(at, end);
            return end;
        }
        const bool closing = next == u'/';
        const qsizetype nameStart = at + (closing ? 2 : 1);
        if (nameStart >= size || !isAsciiAlpha(m_html[nameStart].unicode()))
            return at;
        qsizetype nameEnd = nameStart;
        while (nameEnd < size && !isHtmlSpace(m_html[nameEnd].unicode()) && m_html[nameEnd] != u'/'
               && m_html[nameEnd] != u'>')
            ++nameEnd;
        end = tagEnd(nameEnd);
        const Effect effect = effectOf(m_html.sliced(nameStart, nameEnd - nameStart));
        if (effect == Effect::SkipContent && !closing)
            end = rawTextEnd(end, m_html.sliced(nameStart, nameEnd - nameStart));
        m_sink.markup(at, end);
        switch (effect) {
        case Effect::Pre:
            m_preDepth = std::max(0, m_preDepth + (closing ? -1 : 1));
            [[fallthrough]];
        case Effect::Block:
            m_pendingBreak = true;
            break;
        case Effect::Cell:
            if (m_spaceStart < 0)
                m_spaceStart = m_spaceEnd = end;
            break;
        case Effect::LineBreak:
            m_pendingBreak = false;
            m_spaceStart = -1;
            emitUnit(u'\n', end, end);
            break;
        case Effect::None:
        case Effect::SkipContent:
            break;
        }
        return end;
    }

    // The end of a tag whose name ends at `from`: the first '>' outside a quoted attribute value.
    qsizetype tagEnd(qsizetype from) const
    {
        bool afterEquals = false;
        for (qsizetype i = from, size = m_html.size(); i < size; ++i) {
            const QChar c = m_html[i];
            if (c == u'>')
                return i + 1;
            if (c == u'=') {
                afterEquals = true;
            } else if (afterEquals && (c == u'"' || c == u'\'')) {
                const qsizetype close = m_html.indexOf(c, i + 1);
                if (close < 0)
                    return m_html.size();
                i = close;
                afterEquals = false;
            } else if (!isHtmlSpace(c.unicode())) {
                afterEquals = false;
            }
        }
        return m_html.size();
    }

    // After <script> and the like: the end of the matching end tag, or of the input.
    qsizetype rawTextEnd(qsizetype from, QStringView name) const
    {
        for (qsizetype i = m_html.indexOf(u"</", from); i >= 0; i = m_html.indexOf(u"</", i + 2)) {
            const QStringView candidate = m_html.sliced(i + 2);
            if (candidate.startsWith(name, Qt::CaseInsensitive)
                && (candidate.size() == name.size() || !isAsciiAlpha(candidate[name.size()].unicode())))
                return tagEnd(i + 2 + name.size());
        }
        return m_html.size();
    }

    QStringView m_html;
    Sink &m_sink;
    bool m_atLineStart = true;
    bool m_pendingBreak = false;
    qsizetype m_spaceStart = -1; // a run of white space not written yet
    qsizetype m_spaceEnd = -1;
    int m_preDepth = 0;
};

struct TextSink {
    char16_t *out;
    qsizetype size = 0;
    void unit(char16_t c, qsizetype, qsizetype) { out[size++] = c; }
    void markup(qsizetype, qsizetype) { }
};

struct HighlightSink {
    QStringView html;
    std::vector<std::pair<qsizetype, qsizetype>> ranges; // sorted, merged [start, end)
    QString out;
    qsizetype copied = 0; // html[0, copied) is in `out`
    qsizetype offset = 0; // of the next unit in the text
    size_t range = 0;
    bool inMark = false;

    void copyTo(qsizetype position)
    {
        if (position > copied) {
            out += html.sliced(copied, position - copied);
            copied = position;
        }
    }
    bool wanted(qsizetype at)
    {
        while (range < ranges.size() && ranges[range].second <= at)
            ++range;
        return range < ranges.size() && ranges[range].first <= at;
    }
    void unit(char16_t, qsizetype start, qsizetype end)
    {
        const bool want = wanted(offset++);
        // Added line breaks and spaces have no markup of their own; a mark was closed at the tag.
        if (start == end || start < copied)
            return;
        copyTo(start);
        if (want != inMark) {
            out += want ? u"<mark class=\"bs-mention\">"_s : u"</mark>"_s;
            inMark = want;
        }
        copyTo(end);
    }
    void markup(qsizetype start, qsizetype end)
    {
        if (inMark) {
            out += u"</mark>"_s;
            inMark = false;
        }
        copyTo(start);
        copyTo(end);
    }
};

} // namespace

QString PlainText::fromHtml(QStringView html)
{
    // The text is never longer than the markup: an entity, a tag or a run of spaces gives at
    // most two characters for at least two, so one allocation is enough.
    QString text(html.size() + 1, Qt::Uninitialized);
    TextSink sink {reinterpret_cast<char16_t *>(text.data())};
    Walker<TextSink> walker(html, sink);
    walker.run();
    text.truncate(sink.size);
    return text;
}

QString PlainText::highlight(QStringView sanitizedHtml, const QList<QPair<qsizetype, qsizetype>> &ranges)
{
    HighlightSink sink {sanitizedHtml, {}, {}};
    for (const auto &[offset, length] : ranges) {
        if (offset >= 0 && length > 0)
            sink.ranges.emplace_back(offset, offset + length);
    }
    std::sort(sink.ranges.begin(), sink.ranges.end());
    std::vector<std::pair<qsizetype, qsizetype>> merged;
    for (const auto &r : sink.ranges) {
        if (!merged.empty() && r.first <= merged.back().second)
            merged.back().second = std::max(merged.back().second, r.second);
        else
            merged.push_back(r);
    }
    sink.ranges = std::move(merged);
    sink.out.reserve(sanitizedHtml.size() + qsizetype(sink.ranges.size()) * 32);
    Walker<HighlightSink> walker(sanitizedHtml, sink);
    walker.run();
    if (sink.inMark)
        sink.out += u"</mark>"_s;
    sink.copyTo(sanitizedHtml.size());
    return sink.out;
}

} // namespace Broadsheet::Core
