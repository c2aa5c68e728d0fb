// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSaveFile>
#include <QString>

#include <optional>

namespace Broadsheet::Core {

// The articles an index lists, copied into one file beside it, so that opening a library again
// reads one file instead of stepping through 100,000 rows of SQLite (several times faster). It
// is a cache and nothing else: stamped with the index's generation (IndexStore::generation()),
// it is used only while the index has not changed since, and a snapshot that is missing,
// stale, truncated or garbled is simply not used (the rows are read from the index). Reading
// state is not in it: it is looked up in the reading-state table at each read.
//
// The file is written and read by the same machine, so numbers are stored as they are in
// memory; a byte-order mark in the header refuses a file from a machine that differs.
class ListSnapshot final
{
public:
    // One article as the index stores it: UTF-8 text, lists joined with U+001F.
    struct Row {
        qint64 id = 0;
        qint64 size = 0;
        qint64 modified = 0; // ms since the epoch
        qint64 date = 0; // ms since the epoch
        DateOrigin dateOrigin = DateOrigin::FrontMatter;
        QByteArrayView path;
        QByteArrayView title;
        QByteArrayView categories;
        QByteArrayView tags;
        QByteArrayView author;
        QByteArrayView link;
        QByteArrayView headImage;
        QByteArrayView thumbnail;
        QByteArrayView mentions;
        QByteArrayView stateKey; // ReadingState::keyOf()
    };

    // Writes rows as they come, a part at a time, into a file that appears only when
    // finished (a reader never sees half a file).
    class Writer final
    {
        Q_DISABLE_COPY_MOVE(Writer)

    public:
        explicit Writer(const QString &path);
        ~Writer(); // without finish(): no file
        void add(const Row &row);
        qsizetype count() const { return m_count; }
        bool finish(qint64 generation, QString *error);

    private:
        quint32 valueRef(QByteArrayView value);
        void writePart();

        QSaveFile m_file;
        bool m_ok = false;
        QByteArray m_part; // articles not written yet
        QByteArray m_partTable;
        quint32 m_partCount = 0;
        qsizetype m_written = 0; // articles already in the file
        quint64 m_articleBytes = 0;
        QByteArray m_values;
        QHash<QByteArray, quint32> m_valueRefs; // categories, tags, sources and names repeat
        quint32 m_valueCount = 0;
        qsizetype m_count = 0;
    };

    struct ReadingFlags {
        bool read = false;
        bool starred = false;
    };
    using ReadingStates = QHash<QByteArray, ReadingFlags>; // by ReadingState::keyOf()

    // The generation the snapshot at `path` was taken at; nullopt when there is no usable one.
    static std::optional<qint64> generationOf(const QString &path);
    // The articles of the snapshot at `path` when it was taken at `generation`, with their
    // reading state from `states`; nullopt when the file is missing, stale or damaged.
    static std::optional<QList<Article>> read(const QString &path, qint64 generation,
                                              const ReadingStates &states);
};

} // namespace Broadsheet::Core
