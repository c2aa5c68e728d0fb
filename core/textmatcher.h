// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QStringView>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace Broadsheet::Core {

// Finds every occurrence of a fixed set of strings in one pass over a text (Aho–Corasick),
// comparing UTF-16 code units exactly. Built once, then immutable and safe to share between
// threads. Matching costs one table look-up per character of text for the characters no
// pattern starts with, which is most of a Chinese article, plus a binary search per step
// inside a pattern.
class TextMatcher final
{
public:
    TextMatcher() = default;
    // Pattern i is patterns[i]; empty and repeated patterns are never reported (for a repeated
    // one, only its first index is).
    explicit TextMatcher(const QStringList &patterns);

    // Calls visit(start, pattern) for every occurrence, overlapping ones included, in order of
    // the position where the occurrence ends (shorter first at the same end).
    template<typename Visit> void forEachMatch(QStringView text, Visit &&visit) const;

    qsizetype patternLength(int pattern) const { return m_patternLength[size_t(pattern)]; }
    bool isEmpty() const { return m_rootChild.empty(); }

private:
    int child(int node, char16_t c) const;

    // The root's children by character: most characters of a text end up here.
    std::vector<std::int32_t> m_rootChild;
    // Nodes 1… (0 is the root); children of node n are m_childChar/m_childNode[m_childBegin[n] …
    // m_childBegin[n + 1]), sorted by character.
    std::vector<std::int32_t> m_childBegin;
    std::vector<char16_t> m_childChar;
    std::vector<std::int32_t> m_childNode;
    std::vector<std::int32_t> m_fail;
    std::vector<std::int32_t> m_pattern; // the pattern ending at a node, or -1
    std::vector<std::int32_t> m_nextOutput; // the nearest node on the failure chain with a pattern
    std::vector<std::int32_t> m_depth;
    std::vector<qsizetype> m_patternLength;
};

inline int TextMatcher::child(int node, char16_t c) const
{
    auto first = m_childChar.begin() + m_childBegin[size_t(node)];
    const auto last = m_childChar.begin() + m_childBegin[size_t(node) + 1];
    first = std::lower_bound(first, last, c);
    return first != last && *first == c ? m_childNode[size_t(first - m_childChar.begin())] : 0;
}

template<typename Visit> void TextMatcher::forEachMatch(QStringView text, Visit &&visit) const
{
    if (m_rootChild.empty())
        return;
    const char16_t *chars = text.utf16();
    int node = 0;
    for (qsizetype i = 0, size = text.size(); i < size; ++i) {
        const char16_t c = chars[i];
        for (;;) {
            if (node == 0) {
                node = m_rootChild[c];
                break;
            }
            if (const int next = child(node, c)) {
                node = next;
                break;
            }
            node = m_fail[size_t(node)];
        }
        if (node == 0)
            continue;
        for (int out = m_pattern[size_t(node)] >= 0 ? node : m_nextOutput[size_t(node)]; out != 0;
             out = m_nextOutput[size_t(out)])
            visit(i + 1 - m_depth[size_t(out)], int(m_pattern[size_t(out)]));
    }
}

} // namespace Broadsheet::Core
