// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/indexstore.h"

#include "core/indexdatabase.h"
#include "core/listsnapshot.h"
#include "core/logging.h"
#include "core/readingstate.h"
#include "core/searchquery.h"
#include "core/searchtokenizer.h"
#include "core/sqlitestatement.h"
#include "core/stringpool.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Broadsheet::Core {

namespace {

constexpr QChar listSeparator = u'\u001f';

// A column whose values repeat from row to row (categories, source, mentions): each distinct
// value is split and made a string once, and rows share it. Rows come in the order files were
// found, folder by folder, so most rows repeat the row before.
template<typename Value> class RepeatedColumn
{
public:
    template<typename Make> Value value(QByteArrayView raw, Make make)
    {
        if (m_valid && raw == QByteArrayView(m_last))
            return m_lastValue;
        m_last = raw.toByteArray();
        const auto found = m_values.constFind(m_last);
        m_lastValue =
            found != m_values.cend() ? *found : *m_values.insert(m_last, make(QString::fromUtf8(raw)));
        m_valid = true;
        return m_lastValue;
    }

private:
    bool m_valid = false;
    QByteArray m_last;
    Value m_lastValue;
    QHash<QByteArray, Value> m_values;
};

// The names in a list column (mentions: a different set in nearly every article, from a few
// hundred names), each looked up in NameList's table once. A 64-bit FNV-1a hash of the bytes
// finds it: cheaper than hashing a QString, and the bytes are compared, so a collision only
// costs a lookup.
class NameTable
{
public:
    NameList split(QByteArrayView joined)
    {
        NameList names;
        qsizetype start = 0;
        while (start <= joined.size()) {
            qsizetype end = joined.indexOf('\x1f', start);
            if (end < 0)
                end = joined.size();
            names.append(name(joined.sliced(start, end - start)));
            start = end + 1;
        }
        return names;
    }

private:
    NameList::Id name(QByteArrayView bytes)
    {
        quint64 hash = 14695981039346656037ULL;
        for (const char c : bytes)
            hash = (hash ^ quint8(c)) * 1099511628211ULL;
        auto found = m_names.find(hash);
        if (found != m_names.end() && QByteArrayView(found->first) == bytes)
            return found->second;
        const NameList::Id id = NameList::idOf(QString::fromUtf8(bytes));
        if (found == m_names.end())
            m_names.insert(hash, {bytes.toByteArray(), id});
        return id;
    }

    QHash<quint64, QPair<QByteArray, NameList::Id>> m_names;
};

} // namespace

IndexStore::IndexStore(IndexDatabase &database)
    : m_database(database)
{ }

QString IndexStore::joinList(const QStringList &list)
{
    return list.join(listSeparator);
}

QStringList IndexStore::splitList(const QString &joined)
{
    return joined.isEmpty() ? QStringList() : joined.split(listSeparator);
}

bool IndexStore::fail(const QString &what, const QString &error)
{
    m_error = error;
    qCWarning(lcIndex).noquote() << what << error;
    return false;
}

bool IndexStore::files(QHash<QString, IndexedFile> &files, Files which)
{
    SqliteStatement query(m_database.database(),
                          which == Files::All ? "SELECT path, id, size, mtime FROM article"
                                              : "SELECT path, id, size, mtime FROM article WHERE ok = 0");
    while (query.next())
        files.insert(query.text(0), {query.integer(1), query.integer(2), query.integer(3)});
    return query.ok() || fail(u"listing files"_s, query.error());
}

std::optional<int> IndexStore::articleCount()
{
    SqliteStatement query(m_database.database(), "SELECT count(*) FROM article WHERE ok = 1");
    if (!query.next()) {
        fail(u"counting articles"_s, query.error());
        return std::nullopt;
    }
    return int(query.integer(0));
}

bool IndexStore::problems(QList<Problem> &problems)
{
    SqliteStatement query(m_database.database(),
                          "SELECT a.path, p.line, p.severity, p.message FROM problem p"
                          " JOIN article a ON a.id = p.article ORDER BY p.rowid");
    while (query.next())
        problems.append(
            {query.text(0), int(query.integer(1)), query.text(3), Problem::Severity(query.integer(2))});
    return query.ok() || fail(u"reading problems"_s, query.error());
}

std::optional<qint64> IndexStore::generation()
{
    SqliteStatement query(m_database.database(), "SELECT value FROM meta WHERE key = 'generation'");
    if (query.next())
        return query.integer(0);
    fail(u"reading the generation"_s, query.ok() ? u"no generation"_s : query.error());
    return std::nullopt;
}

std::optional<QList<Article>> IndexStore::snapshotArticles()
{
    const QString path = m_database.snapshotPath();
    if (path.isEmpty())
        return std::nullopt;
    const std::optional<qint64> current = generation();
    if (!current || ListSnapshot::generationOf(path) != current)
        return std::nullopt;
    ListSnapshot::ReadingStates states;
    SqliteStatement query(m_database.database(), "SELECT key, read, starred FROM state.reading");
    while (query.next())
        states.insert(query.raw(0).toByteArray(), {query.integer(1) != 0, query.integer(2) != 0});
    if (!query.ok()) {
        fail(u"reading the reading state"_s, query.error());
        return std::nullopt;
    }
    return ListSnapshot::read(path, *current, states);
}

void IndexStore::updateSnapshot()
{
    const QString path = m_database.snapshotPath();
    if (path.isEmpty())
        return;
    QSqlDatabase db = m_database.database();
    // The generation and the rows in one read transaction: another Broadsheet may be writing.
    if (!db.transaction()) {
        qCWarning(lcIndex) << "no list snapshot:" << db.lastError().text();
        return;
    }
    const auto done = qScopeGuard([&db] { db.commit(); });
    const std::optional<qint64> current = generation();
    if (!current || ListSnapshot::generationOf(path) == current)
        return;
    SqliteStatement query(db,
                          "SELECT id, path, size, mtime, title, categories, tags, author, link, headimg,"
                          " thumbnail, date, dateorigin, mentions, statekey FROM article WHERE ok = 1"
                          // Newest first, as the list shows them: sorting a list that is in
                          // order already is quick. Articles of one instant stay in the order
                          // articles() gives them.
                          " ORDER BY date DESC, id");
    ListSnapshot::Writer writer(path);
    while (query.next()) {
        writer.add({query.integer(0), query.integer(2), query.integer(3), query.integer(11),
                    DateOrigin(query.integer(12)), query.raw(1), query.raw(4), query.raw(5), query.raw(6),
                    query.raw(7), query.raw(8), query.raw(9), query.raw(10), query.raw(13), query.raw(14)});
    }
    QString error = query.error();
    if (query.ok() && writer.finish(*current, &error))
        qCInfo(lcIndex) << "list snapshot of" << writer.count() << "articles saved";
    else
        qCWarning(lcIndex) << "no list snapshot:" << error;
}

bool IndexStore::articles(qsizetype batchSize, const Deliver &deliver)
{
    QSqlDatabase db = m_database.database();
    QList<Problem> problems;
    if (!this->problems(problems))
        return false;

    SqliteStatement query(db,
                          "SELECT a.id, a.path, a.size, a.mtime, a.title, a.categories, a.tags, a.author,"
                          " a.link, a.headimg, a.thumbnail, a.date, a.dateorigin,"
                          " a.mentions, r.read, r.starred"
                          " FROM article a LEFT JOIN state.reading r ON r.key = a.statekey"
                          " WHERE a.ok = 1 ORDER BY a.id");
    // Categories, sources, banks and extra keys repeat across thousands of articles.
    StringPool pool;
    RepeatedColumn<QStringList> categories;
    RepeatedColumn<QStringList> tags;
    NameTable names;
    RepeatedColumn<QString> authors;
    const auto list = [&pool](const QString &joined) {
        return pool.intern(splitList(joined));
    };
    QList<Article> batch;
    batch.reserve(batchSize);
    while (query.next()) {
        Article article;
        article.indexId = query.integer(0);
        article.path = query.text(1);
        article.fileSize = query.integer(2);
        article.fileModified = QDateTime::fromMSecsSinceEpoch(query.integer(3), Qt::UTC);
        article.title = query.text(4);
        article.categories = categories.value(query.raw(5), list);
        if (!query.isNull(6))
            article.tags = tags.value(query.raw(6), list);
        article.author = authors.value(query.raw(7), [](const QString &text) { return text; });
        article.link = query.text(8);
        article.headImage = query.text(9);
        article.thumbnail = query.raw(10) == query.raw(9) ? article.headImage : query.text(10);
        // In UTC: an instant, shown in local time everywhere; keeping the zone's offset would
        // cost an allocation per article.
        article.date = QDateTime::fromMSecsSinceEpoch(query.integer(11), Qt::UTC);
        article.dateOrigin = DateOrigin(query.integer(12));
        if (!query.isNull(13) && !query.raw(13).isEmpty())
            article.mentions = names.split(query.raw(13));
        article.read = query.integer(14) != 0;
        article.starred = query.integer(15) != 0;
        batch.append(std::move(article));
        if (batch.size() >= batchSize) {
            if (!deliver(std::exchange(batch, {}), std::exchange(problems, {})))
                return true;
            batch.reserve(batchSize);
        }
    }
    if (!query.ok())
        return fail(u"reading articles"_s, query.error());
    if (!batch.isEmpty() || !problems.isEmpty())
        deliver(std::move(batch), std::move(problems));
    return true;
}

bool IndexStore::store(QList<ScannedFile> &files)
{
    if (files.isEmpty())
        return true;
    QSqlDatabase db = m_database.database();
    if (!db.transaction())
        return fail(u"starting a transaction"_s, db.lastError().text());
    SqliteStatement remove(db, "DELETE FROM article WHERE path = ?");
    SqliteStatement insert(
        db,
        "INSERT INTO article (id, path, size, mtime, ok, statekey, title, categories, tags,"
        " author, link, headimg, thumbnail, date, dateorigin)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    SqliteStatement problem(db, "INSERT INTO problem (article, line, severity, message) VALUES (?, ?, ?, ?)");
    sqlite3 *handle = SqliteStatement::handleOf(db);

    qint64 replaced = 0;
    const auto abort = [&](const SqliteStatement &failed) {
        db.rollback();
        return fail(u"storing articles"_s, failed.error());
    };
    for (ScannedFile &file : files) {
        Article &article = file.article;
        // Also for a file this run found new: another Broadsheet may have stored it meanwhile.
        remove.bind(1, article.path);
        if (!remove.exec())
            return abort(remove);
        replaced += sqlite3_changes(handle);

        if (article.indexId > 0)
            insert.bind(1, article.indexId);
        else
            insert.bindNull(1);
        insert.bind(2, article.path);
        insert.bind(3, article.fileSize);
        insert.bind(4, article.fileModified.toMSecsSinceEpoch());
        insert.bind(5, qint64(file.ok ? 1 : 0));
        insert.bind(6, file.ok ? ReadingState::keyOf(article) : QByteArray());
        insert.bind(7, article.title);
        insert.bind(8, joinList(article.categories));
        insert.bind(9, joinList(article.tags));
        insert.bind(10, article.author);
        insert.bind(11, article.link);
        insert.bind(12, article.headImage);
        insert.bind(13, article.thumbnail);
        insert.bind(14, article.date.toMSecsSinceEpoch());
        insert.bind(15, qint64(article.dateOrigin));
        if (!insert.exec())
            return abort(insert);
        article.indexId = sqlite3_last_insert_rowid(handle);

        for (const Problem &found : std::as_const(file.problems)) {
            problem.bind(1, article.indexId);
            problem.bind(2, qint64(found.line));
            problem.bind(3, qint64(found.severity));
            problem.bind(4, found.message);
            if (!problem.exec())
                return abort(problem);
        }
    }
    if (!addStale(replaced) || !countChange()) {
        db.rollback();
        return false;
    }
    return db.commit() || fail(u"storing articles"_s, db.lastError().text());
}

std::optional<qint64> IndexStore::reserveIds(qint64 count)
{
    QSqlDatabase db = m_database.database();
    if (!db.transaction()) {
        fail(u"reserving ids"_s, db.lastError().text());
        return std::nullopt;
    }
    // The update comes first: it takes the write lock, so two processes cannot read one value.
    QSqlQuery query(db);
    const QString highest = u"(SELECT coalesce(max(id), 0) FROM article)"_s;
    bool ok = query.exec(
        u"UPDATE sqlite_sequence SET seq = max(seq, %1) + %2 WHERE name = 'article'"_s.arg(highest).arg(
            count));
    if (ok && query.numRowsAffected() == 0)
        ok = query.exec(
            u"INSERT INTO sqlite_sequence (name, seq) VALUES ('article', %1 + %2)"_s.arg(highest).arg(count));
    ok = ok && query.exec(u"SELECT seq FROM sqlite_sequence WHERE name = 'article'"_s) && query.next();
    const qint64 last = ok ? query.value(0).toLongLong() : 0;
    query.finish();
    if (!ok || !db.commit()) {
        const QString error = query.lastError().isValid() ? query.lastError().text() : db.lastError().text();
        db.rollback();
        fail(u"reserving ids"_s, error);
        return std::nullopt;
    }
    return last - count + 1;
}

bool IndexStore::applyReadingState(QList<ScannedFile> &files)
{
    QSqlDatabase db = m_database.database();
    if (m_stateRows < 0) {
        QSqlQuery count(db);
        if (!count.exec(u"SELECT count(*) FROM state.reading"_s) || !count.next())
            return fail(u"reading the reading state"_s, count.lastError().text());
        m_stateRows = count.value(0).toInt();
    }
    if (m_stateRows == 0)
        return true; // a first start: nothing was read or starred yet
    QSqlQuery state(db);
    state.prepare(u"SELECT read, starred FROM state.reading WHERE key = ?"_s);
    for (ScannedFile &file : files) {
        if (!file.ok)
            continue;
        state.addBindValue(ReadingState::keyOf(file.article));
        if (!state.exec())
            return fail(u"reading the reading state"_s, state.lastError().text());
        if (state.next()) {
            file.article.read = state.value(0).toBool();
            file.article.starred = state.value(1).toBool();
        }
        state.finish();
    }
    return true;
}

bool IndexStore::remove(const QStringList &paths)
{
    if (paths.isEmpty())
        return true;
    QSqlDatabase db = m_database.database();
    if (!db.transaction())
        return fail(u"starting a transaction"_s, db.lastError().text());
    QSqlQuery remove(db);
    remove.prepare(u"DELETE FROM article WHERE path = ?"_s);
    for (const QString &path : paths) {
        remove.addBindValue(path);
        if (!remove.exec()) {
            db.rollback();
            return fail(u"removing articles"_s, remove.lastError().text());
        }
    }
    if (!addStale(paths.size()) || !countChange()) {
        db.rollback();
        return false;
    }
    return db.commit() || fail(u"removing articles"_s, db.lastError().text());
}

std::optional<QList<PendingText>> IndexStore::unindexed()
{
    SqliteStatement query(m_database.database(),
                          "SELECT id, path, indexed FROM article"
                          " WHERE ok = 1 AND (indexed = 0 OR mentions IS NULL) ORDER BY id");
    QList<PendingText> pending;
    while (query.next())
        pending.append({query.integer(0), query.text(1), query.integer(2) != 0});
    if (!query.ok()) {
        fail(u"listing unindexed articles"_s, query.error());
        return std::nullopt;
    }
    return pending;
}

bool IndexStore::useSettings(const QString &zone, const QString &dictionary)
{
    QSqlDatabase db = m_database.database();
    QString storedZone;
    QString storedDictionary;
    {
        SqliteStatement query(db, "SELECT key, value FROM meta WHERE key IN ('zone', 'dictionary')");
        while (query.next())
            (query.text(0) == u"zone"_s ? storedZone : storedDictionary) = query.text(1);
        if (!query.ok())
            return fail(u"reading the index settings"_s, query.error());
    }
    if (storedZone == zone && storedDictionary == dictionary)
        return true;
    if (!db.transaction())
        return fail(u"starting a transaction"_s, db.lastError().text());
    QSqlQuery query(db);
    bool done = true;
    if (!storedZone.isEmpty() && storedZone != zone) {
        // Dates without a zone mean other instants now: every file is read again.
        qCInfo(lcIndex) << "dates are read in" << zone << "instead of" << storedZone << "; reindexing";
        done = query.exec(u"DELETE FROM article"_s)
            && query.exec(u"INSERT INTO fulltext (fulltext) VALUES ('delete-all')"_s)
            && query.exec(u"INSERT INTO characters (characters) VALUES ('delete-all')"_s)
            && query.exec(u"DELETE FROM meta WHERE key = 'stale'"_s);
    } else if (!storedDictionary.isEmpty() && storedDictionary != dictionary) {
        qCInfo(lcIndex) << "the mention dictionary changed; finding mentions again";
        done = query.exec(u"UPDATE article SET mentions = NULL WHERE ok = 1"_s);
    }
    SqliteStatement store(db, "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)");
    store.bind(1, u"zone"_s);
    store.bindText(2, zone);
    done = done && store.exec();
    store.bind(1, u"dictionary"_s);
    store.bindText(2, dictionary);
    done = done && store.exec();
    if (!done) {
        db.rollback();
        return fail(u"changing the index settings"_s, query.lastError().text());
    }
    if (!countChange()) {
        db.rollback();
        return false;
    }
    return db.commit() || fail(u"changing the index settings"_s, db.lastError().text());
}

IndexedText IndexedText::of(qint64 id, const QString &plain)
{
    IndexedText indexed;
    indexed.id = id;
    indexed.text = plain.toUtf8();
    indexed.text.squeeze(); // toUtf8() keeps room for three bytes a character
    // What the characters table's tokenizer keeps of the whole text, and gives back unchanged.
    SearchTokenizer::characters(std::string_view(indexed.text.constData(), size_t(indexed.text.size())),
                                [&indexed](std::string_view character, int, int) {
                                    indexed.characters.append(character.data(), qsizetype(character.size()));
                                    return true;
                                });
    indexed.characters.squeeze();
    return indexed;
}

bool IndexStore::storeTexts(const QList<IndexedText> &texts)
{
    if (texts.isEmpty())
        return true;
    QSqlDatabase db = m_database.database();
    if (!db.transaction())
        return fail(u"starting a transaction"_s, db.lastError().text());
    SqliteStatement insert(db, "INSERT INTO fulltext (rowid, text) VALUES (?, ?)");
    SqliteStatement characters(db, "INSERT INTO characters (rowid, text) VALUES (?, ?)");
    SqliteStatement update(db, "UPDATE article SET mentions = ?, indexed = 1 WHERE id = ?");
    for (const IndexedText &text : texts) {
        bool stored = true;
        if (!text.textIndexed) {
            insert.bind(1, text.id);
            insert.bindUtf8(2, text.text);
            characters.bind(1, text.id);
            characters.bindUtf8(2, text.characters);
            stored = insert.exec() && characters.exec();
        }
        // An empty list is stored as '' (NULL means "not found yet").
        update.bindText(1, joinList(text.mentions));
        update.bind(2, text.id);
        if (!stored || !update.exec()) {
            const QString error = !insert.ok() ? insert.error()
                : !characters.ok()             ? characters.error()
                                               : update.error();
            db.rollback();
            return fail(u"storing full text"_s, error);
        }
    }
    if (!countChange()) { // the mentions changed
        db.rollback();
        return false;
    }
    return db.commit() || fail(u"storing full text"_s, db.lastError().text());
}

std::optional<QList<qint64>> IndexStore::search(const SearchQuery &search)
{
    QList<qint64> ids;
    if (search.isEmpty())
        return ids;
    // Single characters from their own table, everything else from the full text; an article
    // must match both.
    QByteArray sql;
    if (!search.ftsExpression().isEmpty())
        sql = "SELECT rowid FROM fulltext WHERE fulltext MATCH ?";
    if (!search.characterExpression().isEmpty())
        sql += QByteArray(sql.isEmpty() ? "" : " INTERSECT ")
            + "SELECT rowid FROM characters WHERE characters MATCH ?";
    SqliteStatement query(m_database.database(), sql.constData());
    int parameter = 0;
    if (!search.ftsExpression().isEmpty())
        query.bind(++parameter, search.ftsExpression());
    if (!search.characterExpression().isEmpty())
        query.bind(++parameter, search.characterExpression());
    while (query.next())
        ids.append(query.integer(0));
    if (!query.ok()) {
        fail(u"searching"_s, query.error());
        return std::nullopt;
    }
    return ids;
}

bool IndexStore::countChange()
{
    SqliteStatement count(m_database.database(),
                          "UPDATE meta SET value = value + 1 WHERE key = 'generation'");
    return count.exec() || fail(u"counting a change"_s, count.error());
}

bool IndexStore::addStale(qint64 rows)
{
    if (rows <= 0)
        return true;
    QSqlQuery query(m_database.database());
    query.prepare(u"INSERT INTO meta (key, value) VALUES ('stale', ?)"
                  " ON CONFLICT(key) DO UPDATE SET value = value + excluded.value"_s);
    query.addBindValue(rows);
    return query.exec() || fail(u"counting stale rows"_s, query.lastError().text());
}

bool IndexStore::compactIfNeeded()
{
    QSqlDatabase db = m_database.database();
    QSqlQuery query(db);
    if (!query.exec(u"SELECT (SELECT coalesce(max(value), 0) FROM meta WHERE key = 'stale'),"
                    " (SELECT count(*) FROM article)"_s)
        || !query.next())
        return fail(u"checking stale rows"_s, query.lastError().text());
    const qint64 stale = query.value(0).toLongLong();
    const qint64 live = query.value(1).toLongLong();
    query.finish();
    if (stale < 1000 || stale * 3 < live)
        return true;
    qCInfo(lcIndex) << "compacting the full-text table:" << stale << "stale rows," << live << "articles";
    // A contentless table cannot delete single rows without their text; starting it over and
    // indexing every article again is what is left.
    if (!db.transaction())
        return fail(u"starting a transaction"_s, db.lastError().text());
    const bool done = query.exec(u"INSERT INTO fulltext (fulltext) VALUES ('delete-all')"_s)
        && query.exec(u"INSERT INTO characters (characters) VALUES ('delete-all')"_s)
        && query.exec(u"UPDATE article SET indexed = 0 WHERE ok = 1"_s)
        && query.exec(u"DELETE FROM meta WHERE key = 'stale'"_s);
    if (!done) {
        db.rollback();
        return fail(u"compacting"_s, query.lastError().text());
    }
    return db.commit() || fail(u"compacting"_s, db.lastError().text());
}

} // namespace Broadsheet::Core
