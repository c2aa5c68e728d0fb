// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/nestinglimiter.h"

#include "core/htmltags.h"
#include "core/logging.h"

#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace Broadsheet::Core::Html {

namespace {

constexpr qsizetype kMaxSearch = 128; // bounds the stack walk per tag, keeping the scan linear

class NestingLimiter final
{
public:
    explicit NestingLimiter(const QByteArray &html)
        : m_html(html)
        , m_s(html.constData())
        , m_n(html.size())
    { }

    QByteArray run();

private:
    enum class TableState : quint8 { None, Row, Cell, Caption };
    struct Open {
        quint64 key;
        GumboTag tag;
        bool removed;
        TableState table = TableState::None; // for <table> entries
        size_t formattingMark = 0; // for <table>: formatting opened before it
    };
    struct Formatting {
        GumboTag tag;
        bool removed;
        bool closed;
    };

    qsizetype skipPast(qsizetype from, char c) const
    {
        const void *hit = from < m_n ? std::memchr(m_s + from, c, size_t(m_n - from)) : nullptr;
        return hit ? static_cast<const char *>(hit) - m_s + 1 : m_n;
    }
    qsizetype find(std::string_view needle, qsizetype from) const
    {
        const size_t hit = std::string_view(m_s, size_t(m_n)).find(needle, size_t(from));
        return hit == std::string_view::npos ? m_n : qsizetype(hit);
    }
    qsizetype findEndTag(std::string_view name, qsizetype from) const;
    qsizetype scriptEnd(qsizetype from) const;
    qsizetype tagEnd(qsizetype i) const;
    qsizetype readName(qsizetype i, GumboTag &tag, quint64 &key);
    void removeRange(qsizetype from, qsizetype to);
    // A table costs four levels: the parser adds tbody, tr and td below it.
    qsizetype depth() const { return qsizetype(m_stack.size()) + 3 * m_openTables + m_openFormatting; }

    void startTag(qsizetype lt, qsizetype end, GumboTag tag, quint64 key);
    void endTag(qsizetype lt, qsizetype end, GumboTag tag, quint64 key);
    void push(qsizetype lt, qsizetype end, GumboTag tag, quint64 key);
    void pushFormatting(qsizetype lt, qsizetype end, GumboTag tag);
    // Index of the nearest entry matching `match` above any entry `stop` accepts, or -1.
    template<typename Match, typename Stop> qsizetype search(Match match, Stop stop) const;
    void popTo(qsizetype index); // pops the entry at index and everything above it
    void closeElement(qsizetype index, qsizetype lt, qsizetype end);
    qsizetype nearestTable() const;
    void closeTableContent(qsizetype table);
    void rollBackFormatting(size_t mark); // closes what was opened since mark
    void closeParagraph();

    const QByteArray &m_html;
    const char *m_s;
    qsizetype m_n;
    QByteArray m_out;
    qsizetype m_copied = 0;
    qsizetype m_regionEnd = -1; // inside a comment or raw text until here: end tags ignored
    int m_removedTags = 0;
    std::string m_name;
    std::vector<Open> m_stack;
    std::unordered_map<quint64, qsizetype> m_openCount;
    std::vector<Formatting> m_formatting; // in order of opening
    std::unordered_map<int, std::vector<size_t>> m_fmtByTag; // open ones, innermost last
    qsizetype m_openFormatting = 0;
    qsizetype m_openForeign = 0; // <svg> and <math> entries on the stack
    qsizetype m_openTables = 0;
};

QByteArray NestingLimiter::run()
{
    qsizetype i = 0;
    while (i < m_n) {
        i = skipPast(i, '<') - 1;
        if (i + 1 >= m_n)
            break;
        const bool inRegion = i < m_regionEnd;
        const char next = m_s[i + 1];
        if (next == '/' && i + 2 < m_n && isAsciiAlpha(m_s[i + 2])) {
            GumboTag tag;
            quint64 key;
            const qsizetype end = tagEnd(readName(i + 2, tag, key));
            if (!inRegion)
                endTag(i, end, tag, key);
            i = end;
        } else if (isAsciiAlpha(next)) {
            GumboTag tag;
            quint64 key;
            const qsizetype end = tagEnd(readName(i + 1, tag, key));
            if (inRegion) {
                // Maybe text, maybe a real tag the model cannot see: count it, pop nothing.
                const TagKind kind = kindOf(tag);
                if (kind == TagKind::Formatting)
                    pushFormatting(i, end, tag);
                else if (kind != TagKind::Void)
                    push(i, end, tag, key);
            } else {
                startTag(i, end, tag, key);
            }
            i = end;
        } else if (inRegion) {
            ++i;
        } else if (next == '!' && std::string_view(m_s + i, size_t(m_n - i)).starts_with("<!--")) {
            // The first "-->" ends every comment; "--!>" or "<!-->" may end it earlier.
            m_regionEnd = find("-->", i + 4);
            i += 4;
        } else if (next == '!' && std::string_view(m_s + i, size_t(m_n - i)).starts_with("<![CDATA[")) {
            m_regionEnd = find("]]>", i + 9); // foreign content ends CDATA there, HTML at '>'
            i += 9;
        } else if (next == '!' || next == '?' || next == '/') {
            i = skipPast(i + 2, '>'); // bogus comments end at the first '>' in every state
        } else {
            ++i;
        }
    }
    if (m_copied == 0)
        return m_html;
    m_out.append(m_s + m_copied, m_n - m_copied);
    qCDebug(lcSanitizer) << "nesting too deep: removed" << m_removedTags << "tags";
    return m_out;
}

// From just after a tag name to just after the tag's '>', as the tokenizer reads attributes.
qsizetype NestingLimiter::tagEnd(qsizetype i) const
{
    enum { BeforeName, Name, AfterName, BeforeValue } state = BeforeName;
    while (i < m_n) {
        const char c = m_s[i];
        if (state == BeforeValue) {
            if (c == '"' || c == '\'') {
                i = skipPast(i + 1, c);
                state = BeforeName;
                continue;
            }
            if (c == '>')
                return i + 1;
            if (!isHtmlSpace(c)) {
                while (i < m_n && !isHtmlSpace(m_s[i]) && m_s[i] != '>')
                    ++i;
                state = BeforeName;
                continue;
            }
        } else if (c == '>') {
            return i + 1;
        } else if (c == '/') {
            state = BeforeName;
        } else if (c == '=' && state != BeforeName) {
            state = BeforeValue;
        } else if (isHtmlSpace(c)) {
            state = state == Name ? AfterName : state;
        } else {
            state = Name;
        }
        ++i;
    }
    return m_n;
}

// Known names map to gumbo's enum; custom elements get a hash of their lower-case name.
qsizetype NestingLimiter::readName(qsizetype i, GumboTag &tag, quint64 &key)
{
    const qsizetype start = i;
    while (i < m_n && !isHtmlSpace(m_s[i]) && m_s[i] != '/' && m_s[i] != '>')
        ++i;
    tag = gumbo_tagn_enum(m_s + start, unsigned(i - start));
    if (tag != GUMBO_TAG_UNKNOWN) {
        key = quint64(tag);
        return i;
    }
    m_name.assign(m_s + start, size_t(i - start));
    for (char &c : m_name)
        c = asciiLower(c);
    key = quint64(std::hash<std::string> {}(m_name)) | (quint64(1) << 63);
    return i;
}

qsizetype NestingLimiter::findEndTag(std::string_view name, qsizetype from) const
{
    for (qsizetype i = skipPast(from, '<'); i < m_n; i = skipPast(i, '<')) {
        const qsizetype after = i + 1 + qsizetype(name.size());
        if (m_s[i] != '/' || after > m_n)
            continue;
        bool same = true;
        for (size_t j = 0; j < name.size() && same; ++j)
            same = asciiLower(m_s[i + 1 + qsizetype(j)]) == name[j];
        if (same && (after == m_n || isHtmlSpace(m_s[after]) || m_s[after] == '/' || m_s[after] == '>'))
            return i - 1;
    }
    return m_n;
}

// A script may run past "</script>" when that sits inside "<!-- … -->" (the tokenizer's
// double-escaped state), so take the first "</script" outside such a span. Each search
// starts where the previous one stopped, and "<!--" is only looked for before the candidate
// end, so a page of many scripts is still scanned once.
qsizetype NestingLimiter::scriptEnd(qsizetype from) const
{
    qsizetype close = findEndTag("script", from);
    while (from < close) {
        const size_t open = std::string_view(m_s + from, size_t(close - from)).find("<!--");
        if (open == std::string_view::npos)
            return close;
        from = find("-->", from + qsizetype(open) + 4);
        if (from > close)
            close = findEndTag("script", from);
    }
    return close;
}

void NestingLimiter::removeRange(qsizetype from, qsizetype to)
{
    m_out.append(m_s + m_copied, from - m_copied);
    m_copied = to;
    ++m_removedTags;
}

template<typename Match, typename Stop> qsizetype NestingLimiter::search(Match match, Stop stop) const
{
    const qsizetype last = qsizetype(m_stack.size()) - 1;
    for (qsizetype k = last; k >= 0 && last - k < kMaxSearch; --k) {
        if (match(m_stack[size_t(k)]))
            return k;
        if (stop(m_stack[size_t(k)]))
            return -1;
    }
    return -1;
}

void NestingLimiter::popTo(qsizetype index)
{
    while (qsizetype(m_stack.size()) > index) {
        const Open &open = m_stack.back();
        if (open.table == TableState::Cell || open.table == TableState::Caption)
            rollBackFormatting(open.formattingMark);
        --m_openCount[open.key];
        if (open.tag == GUMBO_TAG_SVG || open.tag == GUMBO_TAG_MATH)
            --m_openForeign;
        if (open.tag == GUMBO_TAG_TABLE)
            --m_openTables;
        m_stack.pop_back();
    }
}

void NestingLimiter::closeElement(qsizetype index, qsizetype lt, qsizetype end)
{
    if (index < 0)
        return;
    if (m_stack[size_t(index)].removed)
        removeRange(lt, end);
    popTo(index);
}

qsizetype NestingLimiter::nearestTable() const
{
    return search([](const Open &o) { return o.tag == GUMBO_TAG_TABLE; },
                  [](const Open &o) { return o.tag == GUMBO_TAG_TEMPLATE; });
}

void NestingLimiter::rollBackFormatting(size_t mark)
{
    for (size_t f = mark; f < m_formatting.size(); ++f) {
        if (!m_formatting[f].closed) {
            m_formatting[f].closed = true;
            m_fmtByTag[m_formatting[f].tag].pop_back(); // the innermost of its name: opened after mark
            --m_openFormatting;
        }
    }
    // Indices of open entries never change, so the marks kept in table entries stay valid.
    while (!m_formatting.empty() && m_formatting.back().closed)
        m_formatting.pop_back();
}

void NestingLimiter::closeTableContent(qsizetype table)
{
    popTo(table + 1);
    Open &entry = m_stack[size_t(table)];
    if (entry.table == TableState::Cell || entry.table == TableState::Caption)
        rollBackFormatting(entry.formattingMark);
}

void NestingLimiter::closeParagraph()
{
    const qsizetype p =
        search([](const Open &o) { return o.tag == GUMBO_TAG_P; },
               [](const Open &o) { return isScopeBoundary(o.tag) || o.tag == GUMBO_TAG_BUTTON; });
    if (p >= 0)
        popTo(p);
}

void NestingLimiter::push(qsizetype lt, qsizetype end, GumboTag tag, quint64 key)
{
    const bool remove = depth() >= kMaxNesting;
    if (remove)
        removeRange(lt, end);
    m_stack.push_back({key, tag, remove});
    ++m_openCount[key];
    if (tag == GUMBO_TAG_SVG || tag == GUMBO_TAG_MATH)
        ++m_openForeign;
    if (tag == GUMBO_TAG_TABLE)
        ++m_openTables;
}

void NestingLimiter::pushFormatting(qsizetype lt, qsizetype end, GumboTag tag)
{
    const bool remove = depth() >= kMaxNesting || m_openFormatting >= kMaxOpenFormatting;
    if (remove)
        removeRange(lt, end);
    m_fmtByTag[tag].push_back(m_formatting.size());
    m_formatting.push_back({tag, remove, false});
    ++m_openFormatting;
}

void NestingLimiter::startTag(qsizetype lt, qsizetype end, GumboTag tag, quint64 key)
{
    const bool foreign = m_openForeign > 0;
    switch (kindOf(tag)) {
    case TagKind::Void:
        return;
    case TagKind::Plaintext:
        m_regionEnd = m_n;
        return;
    case TagKind::RawText:
        m_regionEnd =
            tag == GUMBO_TAG_SCRIPT ? scriptEnd(end) : findEndTag(gumbo_normalized_tagname(tag), end);
        return;
    case TagKind::Formatting: {
        auto &open = m_fmtByTag[tag];
        // A new <a> or <nobr> first closes the one still open (the adoption agency).
        if ((tag == GUMBO_TAG_A || tag == GUMBO_TAG_NOBR) && !open.empty() && !foreign) {
            m_formatting[open.back()].closed = true;
            open.pop_back();
            --m_openFormatting;
            rollBackFormatting(m_formatting.size());
        }
        pushFormatting(lt, end, tag);
        return;
    }
    case TagKind::TablePart: {
        // Rows, cells and captions outside a table are ignored. Inside one they clear what is
        // open above the table; cells and captions also end the formatting opened in them.
        const qsizetype table = foreign ? -1 : nearestTable();
        if (table < 0)
            return;
        Open &entry = m_stack[size_t(table)];
        closeTableContent(table);
        entry.table = (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) ? TableState::Cell
            : tag == GUMBO_TAG_TR                                  ? TableState::Row
            : tag == GUMBO_TAG_CAPTION                             ? TableState::Caption
                                                                   : TableState::None;
        entry.formattingMark = m_formatting.size();
        return;
    }
    case TagKind::Normal:
        break;
    }
    if (!foreign && closesParagraph(tag)) {
        if (tag == GUMBO_TAG_LI || tag == GUMBO_TAG_DD || tag == GUMBO_TAG_DT) {
            const bool li = tag == GUMBO_TAG_LI;
            const qsizetype item = search(
                [li](const Open &o) {
                    return li ? o.tag == GUMBO_TAG_LI : (o.tag == GUMBO_TAG_DD || o.tag == GUMBO_TAG_DT);
                },
                [](const Open &o) {
                    return isSpecial(o.tag) && o.tag != GUMBO_TAG_ADDRESS && o.tag != GUMBO_TAG_DIV
                        && o.tag != GUMBO_TAG_P;
                });
            if (item >= 0)
                popTo(item);
        }
        closeParagraph();
        if (isHeading(tag) && !m_stack.empty() && isHeading(m_stack.back().tag))
            popTo(qsizetype(m_stack.size()) - 1);
    }
    push(lt, end, tag, key);
}

void NestingLimiter::endTag(qsizetype lt, qsizetype end, GumboTag tag, quint64 key)
{
    const bool foreign = m_openForeign > 0;
    switch (kindOf(tag)) {
    case TagKind::Void:
    case TagKind::RawText:
    case TagKind::Plaintext:
        return;
    case TagKind::Formatting: {
        auto &open = m_fmtByTag[tag];
        if (open.empty())
            return;
        Formatting &closing = m_formatting[open.back()];
        if (closing.removed)
            removeRange(lt, end);
        closing.closed = true;
        open.pop_back();
        --m_openFormatting;
        rollBackFormatting(m_formatting.size());
        return;
    }
    case TagKind::TablePart: {
        const qsizetype table = foreign ? -1 : nearestTable();
        if (table < 0)
            return;
        Open &entry = m_stack[size_t(table)];
        const bool cell = tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH;
        const bool closes = cell       ? entry.table == TableState::Cell
            : tag == GUMBO_TAG_CAPTION ? entry.table == TableState::Caption
            : tag == GUMBO_TAG_COL || tag == GUMBO_TAG_COLGROUP
            ? false
            : (entry.table == TableState::Row || entry.table == TableState::Cell);
        if (closes) {
            closeTableContent(table);
            entry.table = cell ? TableState::Row : TableState::None;
        }
        return;
    }
    case TagKind::Normal:
        break;
    }
    if (m_openCount[key] == 0 && !isHeading(tag))
        return;
    if (tag == GUMBO_TAG_FORM) {
        // </form> removes the form alone; what is open inside it stays open.
        const qsizetype form = search([](const Open &o) { return o.tag == GUMBO_TAG_FORM; },
                                      [](const Open &o) { return isScopeBoundary(o.tag); });
        if (form >= 0) {
            if (m_stack[size_t(form)].removed)
                removeRange(lt, end);
            --m_openCount[key];
            m_stack.erase(m_stack.begin() + form);
        }
        return;
    }
    const bool special = tag != GUMBO_TAG_UNKNOWN && isSpecial(tag);
    const qsizetype index =
        search([tag, key](const Open &o) { return isHeading(tag) ? isHeading(o.tag) : o.key == key; },
               [special, tag](const Open &o) {
                   if (!special)
                       return isSpecial(o.tag);
                   return isScopeBoundary(o.tag) || (tag == GUMBO_TAG_P && o.tag == GUMBO_TAG_BUTTON)
                       || (tag == GUMBO_TAG_LI && (o.tag == GUMBO_TAG_OL || o.tag == GUMBO_TAG_UL));
               });
    closeElement(index, lt, end);
}

} // namespace

QByteArray limitNesting(const QByteArray &html)
{
    return NestingLimiter(html).run();
}

} // namespace Broadsheet::Core::Html
