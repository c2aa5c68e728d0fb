// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/listsnapshot.h"

#include "core/logging.h"
#include "core/stringpool.h"

#include <QFile>
#include <QSaveFile>
#include <QtConcurrent>

#include <cstring>
#include <limits>
#include <numeric>
#include <vector>

namespace Broadsheet::Core {

namespace {

// The layout, all numbers in the machine's own byte order:
//   header:   magic, version, byte-order mark, generation, article count, value count,
//             part count, bytes of articles
//   articles: article count × (id, size, modified, date, date origin, flags, categories,
//             tags and source as value numbers, state key, path, title, link, head image,
//             thumbnail unless it is the head image, mention count, mentions as value numbers),
//             in parts of partSize articles, read in parallel
//   parts:    part count × (articles, bytes)
//   values:   value count × (length, UTF-8 bytes): the categories, tags, sources and names that
//             articles share, numbered from 1 (0 is the empty value)
// The articles come first so that they can be written as they come, a part at a time.
constexpr char magic[8] = {'B', 'S', 'L', 'I', 'S', 'T', '\r', '\n'};
constexpr quint32 version = 2;
constexpr quint32 partSize = 8192;
// Numbers, flags, value numbers, state key length, four text lengths (the thumbnail may be
// left out) and the mention count.
constexpr quint64 minimumArticleBytes = 4 * 8 + 2 + 3 * 4 + 1 + 4 * 4 + 4;
constexpr quint32 byteOrderMark = 0x01020304;
constexpr quint8 thumbnailIsHeadImage = 0x1;
constexpr char listSeparator = '\x1f';

struct Header {
    char magic[8];
    quint32 version;
    quint32 byteOrder;
    qint64 generation;
    quint32 articleCount;
    quint32 valueCount;
    quint32 partCount;
    quint64 articleBytes;
};

template<typename Number> void put(QByteArray &out, Number value)
{
    out.append(reinterpret_cast<const char *>(&value), sizeof value);
}

void putText(QByteArray &out, QByteArrayView text)
{
    put(out, quint32(text.size()));
    out.append(text);
}

// Reads what put() wrote, refusing to go past the end: a damaged file ends the read, never the
// program.
class Cursor
{
public:
    explicit Cursor(QByteArrayView data)
        : m_at(data.data())
        , m_end(data.data() + data.size())
    { }

    bool ok() const { return m_ok; }
    void fail() { m_ok = false; }
    bool atEnd() const { return m_at == m_end; }

    template<typename Number> Number number()
    {
        Number value {};
        if (take(sizeof value))
            std::memcpy(&value, m_at - sizeof value, sizeof value);
        return value;
    }

    QByteArrayView bytes(qsizetype size)
    {
        return take(size) ? QByteArrayView(m_at - size, size) : QByteArrayView();
    }

    QByteArrayView text() { return bytes(number<quint32>()); }

private:
    bool take(qsizetype size)
    {
        if (!m_ok || size < 0 || m_end - m_at < size) {
            m_ok = false;
            return false;
        }
        m_at += size;
        return true;
    }

    const char *m_at;
    const char *m_end;
    bool m_ok = true;
};

std::optional<Header> headerOf(QByteArrayView data)
{
    Header header;
    if (data.size() < qsizetype(sizeof header))
        return std::nullopt;
    std::memcpy(&header, data.data(), sizeof header);
    if (std::memcmp(header.magic, magic, sizeof magic) != 0 || header.version != version
        || header.byteOrder != byteOrderMark)
        return std::nullopt;
    return header;
}

// Where everything is in a snapshot that passed its checks.
struct Layout {
    std::vector<QByteArrayView> values; // [0] is the empty value
    std::vector<std::pair<QByteArrayView, quint32>> parts; // bytes, articles
};

std::optional<Layout> layoutOf(QByteArrayView data, qint64 generation)
{
    const std::optional<Header> header = headerOf(data);
    if (!header || header->generation != generation
        || header->articleBytes > quint64(data.size() - qsizetype(sizeof(Header))))
        return std::nullopt;
    Cursor articles(data.sliced(sizeof(Header), qsizetype(header->articleBytes)));
    Cursor cursor(data.sliced(sizeof(Header) + qsizetype(header->articleBytes)));
    Layout layout;
    quint64 count = 0;
    for (quint32 i = 0; i < header->partCount && cursor.ok(); ++i) {
        const auto partArticles = cursor.number<quint32>();
        const auto bytes = cursor.number<quint64>();
        // A damaged count must not make room for billions of articles: each takes some bytes.
        if (bytes > header->articleBytes || quint64(partArticles) * minimumArticleBytes > bytes)
            return std::nullopt;
        layout.parts.emplace_back(articles.bytes(qsizetype(bytes)), partArticles);
        count += partArticles;
    }
    layout.values.resize(1);
    for (quint32 i = 0; i < header->valueCount && cursor.ok(); ++i)
        layout.values.push_back(cursor.text());
    if (!cursor.ok() || !cursor.atEnd() || !articles.ok() || !articles.atEnd()
        || count != header->articleCount)
        return std::nullopt;
    return layout;
}

// The shared values as one part needs them, each made the first time it is used.
class Values
{
public:
    explicit Values(const std::vector<QByteArrayView> &bytes)
        : m_bytes(bytes)
        , m_values(bytes.size())
    { }

    bool isValid(quint32 ref) const { return ref < m_values.size(); }

    QStringList list(quint32 ref)
    {
        Value &value = m_values[ref];
        if (!value.list) {
            value.list = m_bytes[ref].isEmpty()
                ? QStringList()
                : m_pool.intern(QString::fromUtf8(m_bytes[ref]).split(QChar(u'\u001f')));
        }
        return *value.list;
    }

    QString text(quint32 ref)
    {
        Value &value = m_values[ref];
        if (!value.text)
            value.text = m_pool.intern(QString::fromUtf8(m_bytes[ref]));
        return *value.text;
    }

    NameList::Id name(quint32 ref)
    {
        Value &value = m_values[ref];
        if (!value.name)
            value.name = NameList::idOf(QString::fromUtf8(m_bytes[ref]));
        return *value.name;
    }

private:
    struct Value {
        std::optional<QStringList> list;
        std::optional<QString> text;
        std::optional<NameList::Id> name;
    };
    const std::vector<QByteArrayView> &m_bytes;
    std::vector<Value> m_values;
    StringPool m_pool;
};

// Reads one part's articles into `out`, which has room for them.
bool parsePart(const Layout &layout, QByteArrayView data, quint32 count,
               const ListSnapshot::ReadingStates &states, Article *out)
{
    Cursor cursor(data);
    Values values(layout.values);
    const auto ref = [&cursor, &values] {
        const quint32 number = cursor.number<quint32>();
        if (!values.isValid(number))
            cursor.fail();
        return cursor.ok() ? number : 0;
    };

    for (quint32 i = 0; i < count && cursor.ok(); ++i) {
        Article &article = out[i];
        article.indexId = cursor.number<qint64>();
        article.fileSize = cursor.number<qint64>();
        article.fileModified = QDateTime::fromMSecsSinceEpoch(cursor.number<qint64>(), Qt::UTC);
        article.date = QDateTime::fromMSecsSinceEpoch(cursor.number<qint64>(), Qt::UTC);
        article.dateOrigin =
            cursor.number<quint8>() == 0 ? DateOrigin::FrontMatter : DateOrigin::FileModified;
        const quint8 flags = cursor.number<quint8>();
        article.categories = values.list(ref());
        article.tags = values.list(ref());
        article.author = values.text(ref());
        const QByteArrayView stateKey = cursor.bytes(cursor.number<quint8>());
        article.path = QString::fromUtf8(cursor.text());
        article.title = QString::fromUtf8(cursor.text());
        article.link = QString::fromUtf8(cursor.text());
        article.headImage = QString::fromUtf8(cursor.text());
        article.thumbnail =
            (flags & thumbnailIsHeadImage) ? article.headImage : QString::fromUtf8(cursor.text());
        const quint32 mentions = cursor.number<quint32>();
        for (quint32 m = 0; m < mentions && cursor.ok(); ++m)
            article.mentions.append(values.name(ref()));
        if (!states.isEmpty()) {
            const auto state = states.constFind(QByteArray::fromRawData(stateKey.data(), stateKey.size()));
            if (state != states.cend()) {
                article.read = state->read;
                article.starred = state->starred;
            }
        }
    }
    return cursor.ok() && cursor.atEnd();
}

std::optional<QList<Article>> parse(QByteArrayView data, qint64 generation,
                                    const ListSnapshot::ReadingStates &states)
{
    const std::optional<Layout> layout = layoutOf(data, generation);
    if (!layout)
        return std::nullopt;
    // The parts on every core, each into its own rows of one list: making 100,000 articles'
    // strings is most of a reopen.
    struct Task {
        QByteArrayView data;
        quint32 count;
        Article *out;
    };
    QList<Article> articles(
        std::accumulate(layout->parts.cbegin(), layout->parts.cend(), qsizetype(0),
                        [](qsizetype sum, const auto &part) { return sum + part.second; }));
    std::vector<Task> tasks;
    Article *out = articles.data();
    for (const auto &[data, count] : layout->parts) {
        tasks.push_back({data, count, out});
        out += count;
    }
    std::atomic_bool ok = true;
    QtConcurrent::blockingMap(tasks, [&](const Task &task) {
        if (!parsePart(*layout, task.data, task.count, states, task.out))
            ok = false;
    });
    return ok ? std::optional(std::move(articles)) : std::nullopt;
}

} // namespace

ListSnapshot::Writer::Writer(const QString &path)
    : m_file(path)
{
    // Room for the header, written last.
    m_ok =
        m_file.open(QIODevice::WriteOnly) && m_file.write(QByteArray(sizeof(Header), '\0')) == sizeof(Header);
}

ListSnapshot::Writer::~Writer() = default;

quint32 ListSnapshot::Writer::valueRef(QByteArrayView value)
{
    if (value.isEmpty())
        return 0;
    const QByteArray key = value.toByteArray();
    const auto found = m_valueRefs.constFind(key);
    if (found != m_valueRefs.cend())
        return *found;
    putText(m_values, value);
    m_valueRefs.insert(key, ++m_valueCount);
    return m_valueCount;
}

void ListSnapshot::Writer::add(const Row &row)
{
    const bool sameImage = row.thumbnail == row.headImage;
    put(m_part, row.id);
    put(m_part, row.size);
    put(m_part, row.modified);
    put(m_part, row.date);
    put(m_part, quint8(row.dateOrigin == DateOrigin::FrontMatter ? 0 : 1));
    put(m_part, quint8(sameImage ? thumbnailIsHeadImage : 0));
    put(m_part, valueRef(row.categories));
    put(m_part, valueRef(row.tags));
    put(m_part, valueRef(row.author));
    const QByteArrayView key = row.stateKey.first(std::min<qsizetype>(row.stateKey.size(), 255));
    put(m_part, quint8(key.size()));
    m_part.append(key);
    putText(m_part, row.path);
    putText(m_part, row.title);
    putText(m_part, row.link);
    putText(m_part, row.headImage);
    if (!sameImage)
        putText(m_part, row.thumbnail);
    QList<quint32> names;
    for (qsizetype start = 0; !row.mentions.isEmpty() && start <= row.mentions.size();) {
        qsizetype end = row.mentions.indexOf(listSeparator, start);
        if (end < 0)
            end = row.mentions.size();
        if (end > start)
            names.append(valueRef(row.mentions.sliced(start, end - start)));
        start = end + 1;
    }
    put(m_part, quint32(names.size()));
    for (const quint32 name : std::as_const(names))
        put(m_part, name);
    ++m_count;
    if (m_count % partSize == 0)
        writePart();
}

void ListSnapshot::Writer::writePart()
{
    if (m_count == m_written)
        return;
    m_ok = m_ok && m_file.write(m_part) == m_part.size();
    put(m_partTable, quint32(m_count - m_written));
    put(m_partTable, quint64(m_part.size()));
    m_articleBytes += quint64(m_part.size());
    m_written = m_count;
    ++m_partCount;
    m_part.clear();
}

bool ListSnapshot::Writer::finish(qint64 generation, QString *error)
{
    writePart();
    Header header {};
    std::memcpy(header.magic, magic, sizeof magic);
    header.version = version;
    header.byteOrder = byteOrderMark;
    header.generation = generation;
    header.articleCount = quint32(m_count);
    header.valueCount = m_valueCount;
    header.partCount = m_partCount;
    header.articleBytes = m_articleBytes;
    const bool saved = m_ok && m_file.write(m_partTable) == m_partTable.size()
        && m_file.write(m_values) == m_values.size() && m_file.seek(0)
        && m_file.write(reinterpret_cast<const char *>(&header), sizeof header) == qint64(sizeof header)
        && m_file.commit();
    if (!saved && error)
        *error = m_file.errorString();
    return saved;
}

std::optional<qint64> ListSnapshot::generationOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const std::optional<Header> header = headerOf(file.read(sizeof(Header)));
    return header ? std::optional<qint64>(header->generation) : std::nullopt;
}

std::optional<QList<Article>> ListSnapshot::read(const QString &path, qint64 generation,
                                                 const ReadingStates &states)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > std::numeric_limits<qsizetype>::max())
        return std::nullopt;
    // Mapped rather than read: the file is gone from the process's memory once parsed.
    if (const uchar *mapped = file.map(0, file.size())) {
        std::optional<QList<Article>> articles =
            parse(QByteArrayView(reinterpret_cast<const char *>(mapped), file.size()), generation, states);
        file.unmap(const_cast<uchar *>(mapped));
        if (!articles)
            qCInfo(lcIndex) << "the list snapshot" << path << "is stale or damaged; not used";
        return articles;
    }
    return parse(file.readAll(), generation, states);
}

} // namespace Broadsheet::Core
