// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/textmatcher.h"

#include <algorithm>
#include <utility>

namespace Broadsheet::Core {

TextMatcher::TextMatcher(const QStringList &patterns)
{
    // A plain trie first, children as unsorted lists; it is flattened below.
    std::vector<std::vector<std::pair<char16_t, std::int32_t>>> children(1);
    std::vector<std::int32_t> pattern(1, -1);
    std::vector<std::int32_t> depth(1, 0);
    m_patternLength.reserve(size_t(patterns.size()));
    for (int p = 0; p < patterns.size(); ++p) {
        const QString &text = patterns.at(p);
        m_patternLength.push_back(text.size());
        if (text.isEmpty())
            continue;
        std::int32_t node = 0;
        for (const QChar qc : text) {
            const char16_t c = qc.unicode();
            auto &list = children[size_t(node)];
            const auto found =
                std::find_if(list.begin(), list.end(), [c](const auto &e) { return e.first == c; });
            if (found != list.end()) {
                node = found->second;
                continue;
            }
            const auto created = std::int32_t(children.size());
            list.emplace_back(c, created);
            children.emplace_back();
            pattern.push_back(-1);
            depth.push_back(depth[size_t(node)] + 1);
            node = created;
        }
        if (pattern[size_t(node)] < 0)
            pattern[size_t(node)] = p;
    }

    const size_t count = children.size();
    m_rootChild.assign(0x10000, 0);
    for (const auto &[c, node] : children[0])
        m_rootChild[c] = node;
    m_childBegin.assign(count + 1, 0);
    for (size_t n = 0; n < count; ++n) {
        auto &list = children[n];
        std::sort(list.begin(), list.end());
        m_childBegin[n + 1] = m_childBegin[n] + std::int32_t(n == 0 ? 0 : list.size());
        if (n == 0)
            continue; // the root uses m_rootChild
        for (const auto &[c, node] : list) {
            m_childChar.push_back(c);
            m_childNode.push_back(node);
        }
    }
    m_pattern = std::move(pattern);
    m_depth = std::move(depth);

    // Failure links, breadth first: a node's link is the longest proper suffix of its string
    // that is also in the trie.
    m_fail.assign(count, 0);
    m_nextOutput.assign(count, 0);
    std::vector<std::int32_t> queue;
    queue.reserve(count);
    for (const auto &entry : children[0])
        queue.push_back(entry.second);
    for (size_t head = 0; head < queue.size(); ++head) {
        const std::int32_t node = queue[head];
        for (const auto &[c, next] : children[size_t(node)]) {
            int fallback = m_fail[size_t(node)];
            int target = 0;
            for (;;) {
                if (fallback == 0) {
                    target = m_rootChild[c];
                    break;
                }
                if (const int found = child(fallback, c)) {
                    target = found;
                    break;
                }
                fallback = m_fail[size_t(fallback)];
            }
            m_fail[size_t(next)] = target;
            m_nextOutput[size_t(next)] =
                m_pattern[size_t(target)] >= 0 ? target : m_nextOutput[size_t(target)];
            queue.push_back(next);
        }
    }
}

} // namespace Broadsheet::Core
