// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace Broadsheet::Core {

// A short list of names from a small vocabulary: the banks and companies an article mentions
// (a few thousand names across 100,000 articles). Each name is stored once, in a table the
// whole process shares, and a list holds 4-byte ids: eight names take about 50 bytes instead
// of a QStringList's 210, which is 16 MB in a library of 100,000 articles.
//
// Lists can be made and read on any thread. Reading takes no lock: a name, once in the table,
// never moves or changes, and a list only holds ids that were added before it was made.
class NameList final
{
public:
    using Id = quint32;

    NameList() = default;
    // Converts, as assigning a QStringList to a QStringList member did.
    NameList(const QStringList &names); // NOLINT(google-explicit-constructor)
    NameList(std::initializer_list<QString> names);

    // The id of a name, added to the table if it is new (takes a lock: cache it for many).
    static Id idOf(const QString &name);

    qsizetype size() const { return m_ids.size(); }
    bool isEmpty() const { return m_ids.isEmpty(); }
    const QString &at(qsizetype i) const { return nameOf(m_ids.at(i)); }
    const QList<Id> &ids() const { return m_ids; }
    // The name of an id; the string stays where it is for the life of the process.
    static const QString &nameOf(Id id);
    bool contains(const QString &name) const;
    QStringList toStringList() const;
    void reserve(qsizetype size) { m_ids.reserve(size); }
    void append(const QString &name) { m_ids.append(idOf(name)); }
    void append(Id id) { m_ids.append(id); }

    class const_iterator
    {
    public:
        explicit const_iterator(QList<Id>::const_iterator at)
            : m_at(at)
        { }
        const QString &operator*() const { return nameOf(*m_at); }
        const_iterator &operator++()
        {
            ++m_at;
            return *this;
        }
        bool operator==(const const_iterator &other) const = default;

    private:
        QList<Id>::const_iterator m_at;
    };
    const_iterator begin() const { return const_iterator(m_ids.cbegin()); }
    const_iterator end() const { return const_iterator(m_ids.cend()); }

    friend bool operator==(const NameList &a, const NameList &b) { return a.m_ids == b.m_ids; }

private:
    QList<Id> m_ids;
};

} // namespace Broadsheet::Core

Q_DECLARE_TYPEINFO(Broadsheet::Core::NameList, Q_RELOCATABLE_TYPE);
