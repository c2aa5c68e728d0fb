// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/namelist.h"

#include <QHash>
#include <QMutex>

#include <array>
#include <atomic>

namespace Broadsheet::Core {

namespace {

// Names live in chunks that are never moved or freed while the program runs, so a reader
// holding an id reaches its name without a lock. 16,384 chunks of 4,096: 67 million names.
constexpr int chunkBits = 12;
constexpr NameList::Id chunkSize = 1U << chunkBits;
constexpr NameList::Id maxChunks = 1U << 14;

struct Table {
    QMutex mutex;
    QHash<QString, NameList::Id> ids;
    NameList::Id count = 0;
    std::array<std::atomic<QString *>, maxChunks> chunks {};

    ~Table()
    {
        for (std::atomic<QString *> &chunk : chunks)
            delete[] chunk.load();
    }
};

Table &table()
{
    static Table names;
    return names;
}

} // namespace

NameList::NameList(const QStringList &names)
{
    m_ids.reserve(names.size());
    for (const QString &name : names)
        m_ids.append(idOf(name));
}

NameList::NameList(std::initializer_list<QString> names)
    : NameList(QStringList(names))
{ }

NameList::Id NameList::idOf(const QString &name)
{
    Table &names = table();
    const QMutexLocker lock(&names.mutex);
    const auto found = names.ids.constFind(name);
    if (found != names.ids.cend())
        return *found;
    const Id id = names.count;
    Q_ASSERT(id / chunkSize < maxChunks);
    QString *chunk = names.chunks[id >> chunkBits].load(std::memory_order_relaxed);
    if (!chunk) {
        chunk = new QString[chunkSize];
        names.chunks[id >> chunkBits].store(chunk, std::memory_order_release);
    }
    chunk[id & (chunkSize - 1)] = name;
    names.ids.insert(name, id);
    ++names.count;
    return id;
}

const QString &NameList::nameOf(Id id)
{
    return table().chunks[id >> chunkBits].load(std::memory_order_acquire)[id & (chunkSize - 1)];
}

bool NameList::contains(const QString &name) const
{
    for (const Id id : m_ids) {
        if (nameOf(id) == name)
            return true;
    }
    return false;
}

QStringList NameList::toStringList() const
{
    QStringList names;
    names.reserve(m_ids.size());
    for (const Id id : m_ids)
        names.append(nameOf(id));
    return names;
}

} // namespace Broadsheet::Core
