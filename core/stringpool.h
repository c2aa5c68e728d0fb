// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

#include <array>

namespace Broadsheet::Core {

// Hands out one shared copy of each distinct string. A library of 100,000 articles names a few
// dozen categories, sources and banks over and over; Qt's implicit sharing then stores each
// once instead of once per article.
class StringPool final
{
public:
    // Values come in runs and few at a time (the files of one folder share a handful of
    // categories and sources): the last few are compared before the set is searched, which
    // hashes the text.
    QString intern(const QString &text)
    {
        if (text.isEmpty())
            return {};
        if (const QString *recent = findRecent(m_recentStrings, text))
            return *recent;
        const auto found = m_strings.constFind(text);
        const QString shared = found != m_strings.cend() ? *found : *m_strings.insert(text);
        remember(m_recentStrings, m_nextString, shared);
        return shared;
    }

    QStringList intern(const QStringList &list)
    {
        if (const QStringList *recent = findRecent(m_recentLists, list))
            return *recent;
        QStringList shared;
        shared.reserve(list.size());
        for (const QString &item : list)
            shared.append(intern(item));
        remember(m_recentLists, m_nextList, shared);
        return shared;
    }

private:
    static constexpr int recentCount = 16;

    template<typename T> static const T *findRecent(const std::array<T, recentCount> &recent, const T &value)
    {
        for (const T &candidate : recent) {
            if (candidate.size() == value.size() && candidate == value)
                return &candidate;
        }
        return nullptr;
    }
    template<typename T> static void remember(std::array<T, recentCount> &recent, int &next, const T &value)
    {
        recent[size_t(next)] = value;
        next = (next + 1) % recentCount;
    }

    QSet<QString> m_strings;
    std::array<QString, recentCount> m_recentStrings;
    std::array<QStringList, recentCount> m_recentLists;
    int m_nextString = 0;
    int m_nextList = 0;
};

} // namespace Broadsheet::Core
