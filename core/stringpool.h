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
    QString intern(const QString &text)
    {
        if (text.isEmpty())
            return {};
        const auto found = m_strings.constFind(text);
        if (found != m_strings.cend())
            return *found;
        m_strings.insert(text);
        return text;
    }

    QStringList intern(const QStringList &list)
    {
        QStringList shared;
        shared.reserve(list.size());
        for (const QString &item : list)
            shared.append(intern(item));
        return shared;
    }

private:
    QSet<QString> m_strings;
};

} // namespace Broadsheet::Core
