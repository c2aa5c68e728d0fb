// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace Broadsheet::Core {

// Hands out one shared copy of each distinct string. A library of 100,000 articles names a few
// dozen categories, sources and banks over and over; Qt's implicit sharing then stores each
// once instead of once per article.
class StringPool final
{
public:
    // Values come in runs (the files of one folder share their category and source): the last
    // one is compared before the set is searched, which hashes the text.
    QString intern(const QString &text)
    {
        if (text.isEmpty())
            return {};
        if (text == m_lastString)
            return m_lastString;
        const auto found = m_strings.constFind(text);
        if (found != m_strings.cend())
            return m_lastString = *found;
        m_strings.insert(text);
        return m_lastString = text;
    }

    QStringList intern(const QStringList &list)
    {
        if (list == m_lastList)
            return m_lastList;
        QStringList shared;
        shared.reserve(list.size());
        for (const QString &item : list)
            shared.append(intern(item));
        return m_lastList = shared;
    }

private:
    QSet<QString> m_strings;
    QString m_lastString;
    QStringList m_lastList;
};

} // namespace Broadsheet::Core
