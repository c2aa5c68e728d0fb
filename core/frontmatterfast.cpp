// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/frontmatterfast.h"

#include <string_view>

namespace Broadsheet::Core::FrontMatterFast {

namespace {

using Kind = Node::Kind;

// Far longer than any real key; YAML itself limits implicit keys to 1024 characters.
constexpr qsizetype maxKeyLength = 200;

// Refuses characters that yaml-cpp might read as something other than text (line breaks of its
// own, a BOM, controls) or that the round trip through UTF-8 on its path would change (lone
// surrogates). A tab is refused too: it counts as blank in some places of YAML and not others.
bool hasOnlyPlainCharacters(QStringView block)
{
    const QChar *data = block.data();
    const qsizetype size = block.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = data[i].unicode();
        // Text, and the CJK characters most front matter is made of, first.
        if ((c >= 0x20 && c < 0x7f) || c == u'\n' || (c >= 0x3000 && c < 0xd800))
            continue;
        if (c == u'\r') {
            if (i + 1 < size && data[i + 1] == u'\n')
                continue;
            return false;
        }
        if (c < 0xa0) // C0 controls, DEL and C1 controls, with NEL (a line break in YAML 1.1)
            return false;
        if (c == 0x2028 || c == 0x2029 || c == 0xfeff || c == 0xfffe || c == 0xffff)
            return false;
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 < size && QChar::isLowSurrogate(data[i + 1].unicode())) {
                ++i;
                continue;
            }
            return false;
        }
        if (QChar::isLowSurrogate(c))
            return false;
    }
    return true;
}

QStringView trimSpaces(QStringView text)
{
    // Only U+0020: QStringView::trimmed() would also take U+3000 and friends, which YAML keeps.
    qsizetype start = 0;
    qsizetype end = text.size();
    while (start < end && text[start] == u' ')
        ++start;
    while (end > start && text[end - 1] == u' ')
        --end;
    return text.sliced(start, end - start);
}

// yaml-cpp's nulls (null.cpp): a plain scalar spelled so becomes a null node, not text.
bool isNullWord(QStringView text)
{
    switch (text.size()) {
    case 0:
        return true;
    case 1:
        return text.front() == u'~';
    case 4:
        return text == u"null" || text == u"Null" || text == u"NULL";
    default:
        return false;
    }
}

// Whether trimmed, non-empty `text` is a one-line plain scalar that means exactly its characters.
bool isSafePlain(QStringView text)
{
    // Indicators that start something other than text: flow collections, anchors, tags, block
    // scalars, quotes, reserved characters. `-`, `?` and `:` do so only before a space, but
    // values rarely start with them, so they are refused outright.
    // A std::u16string_view: its find() is a loop the compiler sees, not a call.
    static constexpr std::u16string_view indicators = u"-?:,[]{}#&*!|>'\"%@`";
    if (indicators.find(text.front().unicode()) != indicators.npos || text.back() == u':')
        return false;
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        // ": " would make this a key of a nested mapping, " #" starts a comment.
        if ((text[i] == u':' && text[i + 1] == u' ') || (text[i] == u' ' && text[i + 1] == u'#'))
            return false;
    }
    return true;
}

// A key as people write them: words, numbers, `_`, `-`, `.` and inner spaces.
bool isSafeKey(QStringView key)
{
    if (key.isEmpty() || key.size() > maxKeyLength || key.back() == u' ')
        return false;
    if (!key.front().isLetterOrNumber() && key.front() != u'_')
        return false;
    for (const QChar c : key) {
        if (!c.isLetterOrNumber() && c != u'_' && c != u'-' && c != u'.' && c != u' ')
            return false;
    }
    return !isNullWord(key); // a null key is not a scalar to yaml-cpp: FrontMatterParser skips it
}

// Reads what follows `key:` or `-` on a line; nullopt when it is outside the subset.
std::optional<Node> readValue(QStringView rest, int line)
{
    Node node;
    node.line = line;
    rest = trimSpaces(rest);
    if (rest.isEmpty())
        return node;

    if (rest.front() == u'\'') {
        // The only escape in single quotes is a doubled quote: 'it''s'.
        const qsizetype closing = rest.indexOf(u'\'', 1);
        if (closing == rest.size() - 1) {
            node.setScalar(rest.sliced(1, closing - 1)); // no doubled quote inside
            return node;
        }
        QString value;
        value.reserve(rest.size() - 2);
        qsizetype from = 1;
        for (;;) {
            const qsizetype quote = rest.indexOf(u'\'', from);
            if (quote < 0)
                return std::nullopt; // continues on the next line
            value.append(rest.sliced(from, quote - from));
            if (quote + 1 < rest.size() && rest[quote + 1] == u'\'') {
                value.append(u'\'');
                from = quote + 2;
                continue;
            }
            if (quote + 1 != rest.size())
                return std::nullopt; // text or a comment after the closing quote
            break;
        }
        node.setScalar(std::move(value));
        return node;
    }
    if (rest.front() == u'"') {
        // Without backslashes, a double-quoted scalar on one line means what it says.
        if (rest.indexOf(u'"', 1) != rest.size() - 1 || rest.contains(u'\\'))
            return std::nullopt;
        node.setScalar(rest.sliced(1, rest.size() - 2));
        return node;
    }
    if (!isSafePlain(rest))
        return std::nullopt;
    // Numbers and booleans too: yaml-cpp keeps them as written until asked to convert.
    if (!isNullWord(rest))
        node.setScalar(rest);
    return node;
}

} // namespace

std::optional<Entries> read(QStringView block)
{
    if (!hasOnlyPlainCharacters(block))
        return std::nullopt;

    Entries entries;
    qsizetype openList = -1; // the entry of a `key:` with nothing after it, which `-` lines fill
    qsizetype listIndent = -1;
    int lineNumber = 0;
    for (qsizetype from = 0; from < block.size(); ++lineNumber) {
        qsizetype end = block.indexOf(u'\n', from);
        if (end < 0)
            end = block.size();
        QStringView line = block.sliced(from, end - from);
        from = end + 1;
        if (line.endsWith(u'\r'))
            line.chop(1);

        qsizetype indent = 0;
        while (indent < line.size() && line[indent] == u' ')
            ++indent;
        // Blank lines and comments mean nothing here: no scalar of the subset spans lines.
        if (indent == line.size() || line[indent] == u'#')
            continue;

        if (line[indent] == u'-' && (indent + 1 == line.size() || line[indent + 1] == u' ')) {
            // Items of one list line up; others would be nested lists or errors.
            if (openList < 0 || (listIndent >= 0 && indent != listIndent))
                return std::nullopt;
            std::optional<Node> item = readValue(line.sliced(indent + 1), lineNumber);
            if (!item)
                return std::nullopt;
            Node &list = entries[openList].second;
            if (list.kind != Kind::Sequence) {
                list.kind = Kind::Sequence;
                list.line = lineNumber;
                listIndent = indent;
            }
            list.items.push_back(std::move(*item));
            continue;
        }

        // Anything else indented continues a scalar or nests a mapping.
        if (indent > 0)
            return std::nullopt;
        openList = -1;
        listIndent = -1;
        const qsizetype colon = line.indexOf(u':');
        if (colon < 0 || (colon + 1 < line.size() && line[colon + 1] != u' '))
            return std::nullopt;
        const QStringView key = line.first(colon);
        const QStringView rest = line.sliced(colon + 1);
        if (!isSafeKey(key))
            return std::nullopt;
        std::optional<Node> value = readValue(rest, lineNumber);
        if (!value)
            return std::nullopt;

        Node keyNode;
        keyNode.setScalar(key);
        keyNode.line = lineNumber;
        // `key: ~` is a null that no list may follow; `key:` may be the head of one.
        const bool mayOpenList = trimSpaces(rest).isEmpty();
        entries.append({std::move(keyNode), std::move(*value)});
        if (mayOpenList)
            openList = entries.size() - 1;
    }
    return entries;
}

} // namespace Broadsheet::Core::FrontMatterFast
