// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/indexdatabase.h"

#include "core/fulltexttokenizer.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Broadsheet::Core {

namespace {

// "BSHT": tells our index from any other SQLite file that happens to sit at the same path.
constexpr int applicationId = 0x42534854;

QString translate(const char *text)
{
    return QCoreApplication::translate("Broadsheet::Core::IndexDatabase", text);
}

bool run(QSqlQuery &query, const QString &statement, QString *why = nullptr)
{
    if (query.exec(statement))
        return true;
    qCWarning(lcIndex).noquote() << statement << query.lastError().text();
    if (why)
        *why = query.lastError().text();
    return false;
}

int intPragma(QSqlQuery &query, const QString &pragma, bool *ok)
{
    *ok = query.exec(u"PRAGMA "_s + pragma) && query.next();
    const int value = *ok ? query.value(0).toInt() : 0;
    query.finish(); // an unfinished statement holds a read transaction open
    return value;
}

// SQLITE_CORRUPT and SQLITE_NOTADB: the file itself is bad, not the moment.
bool isDamagedError(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 11 || code == 26;
}

} // namespace

IndexDatabase::IndexDatabase(const QString &indexPath, const QString &statePath, Mode mode)
    : m_indexPath(indexPath)
    , m_statePath(statePath)
    , m_mode(mode)
{
    static std::atomic_int counter = 0;
    m_connection = u"broadsheet-index-"_s + QString::number(++counter);

    QString why;
    if (open(&why)) {
        m_open = true;
        return;
    }
    close();
    // Only a file that is not a usable index is replaced: a busy or unreadable one may be in use
    // by another Broadsheet, or come back.
    if (m_indexPath.isEmpty() || m_mode == Mode::Search || !m_replace) {
        m_error = why;
        return;
    }
    if (m_outdated) {
        // Made by another version of Broadsheet: an index is a cache, remade without a word.
        qCInfo(lcIndex) << "replacing an index of another version" << m_indexPath;
        startOver({});
        return;
    }
    qCWarning(lcIndex) << "replacing unusable index" << m_indexPath << why;
    startOver(translate("The library index “%1” could not be used (%2), so a new one is being made.")
                  .arg(QDir::toNativeSeparators(m_indexPath), why));
}

IndexDatabase::~IndexDatabase()
{
    close();
}

QSqlDatabase IndexDatabase::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool IndexDatabase::isDamaged()
{
    if (!m_open)
        return false;
    QSqlQuery query(database());
    if (!query.exec(u"PRAGMA quick_check"_s))
        return isDamagedError(query.lastError());
    if (!query.next() || query.value(0).toString() != u"ok"_s)
        return true;
    query.finish();
    for (const QString &table : {u"fulltext"_s, u"characters"_s}) {
        if (!query.exec(u"INSERT INTO %1 (%1) VALUES ('integrity-check')"_s.arg(table))
            && isDamagedError(query.lastError()))
            return true;
    }
    return false;
}

bool IndexDatabase::rebuild(const QString &reason)
{
    close();
    return startOver(translate("The library index “%1” was damaged (%2), so a new one is being made.")
                         .arg(QDir::toNativeSeparators(m_indexPath), reason));
}

bool IndexDatabase::startOver(const QString &recovery)
{
    if (!m_indexPath.isEmpty())
        removeFiles(m_indexPath);
    m_recovery = recovery;
    QString why;
    m_open = open(&why);
    if (!m_open) {
        m_error = why;
        close();
    }
    return m_open;
}

bool IndexDatabase::open(QString *why)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    if (!db.isValid()) {
        *why = translate("Qt's SQLite driver is missing");
        return false;
    }
    if (m_mode == Mode::Search && !m_indexPath.isEmpty() && !QFileInfo::exists(m_indexPath)) {
        *why = translate("the library has not been indexed yet");
        return false;
    }
    if (!m_indexPath.isEmpty() && !QDir().mkpath(QFileInfo(m_indexPath).absolutePath())) {
        *why = translate("its folder cannot be created");
        return false;
    }
    db.setDatabaseName(m_indexPath.isEmpty() ? u":memory:"_s : m_indexPath);
    // The window and the command line may use one index at the same time: wait for each other.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open()) {
        *why = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    bool ok = false;
    // The schema first: another Broadsheet may be making the tables right now, and they, the
    // id and the version appear together when it commits. Read in the other order, the id
    // could be from before and the tables from after.
    const int tables = intPragma(query, u"schema_version"_s, &ok);
    const int id = ok ? intPragma(query, u"application_id"_s, &ok) : 0;
    const int version = ok ? intPragma(query, u"user_version"_s, &ok) : 0;
    m_replace = false;
    m_outdated = false;
    if (!ok) {
        // "file is not a database" and friends: a foreign or damaged file.
        *why = query.lastError().text();
        m_replace = isDamagedError(query.lastError());
        return false;
    }
    if (tables != 0 && (id != applicationId || version != schemaVersion)) {
        *why = id != applicationId ? translate("it is not a Broadsheet index")
                                   : translate("it was made by another version of Broadsheet");
        m_replace = true;
        m_outdated = id == applicationId;
        return false;
    }
    // WAL: readers (the search box) never wait for the writer (the scanner); NORMAL is still
    // crash-safe in WAL mode, it may only lose the last transactions on a power cut.
    if (!run(query, u"PRAGMA journal_mode=WAL"_s, why) || !run(query, u"PRAGMA synchronous=NORMAL"_s, why)
        || !run(query, u"PRAGMA foreign_keys=ON"_s, why))
        return false;
    if (!registerFullTextTokenizer(db)) {
        *why = translate("SQLite's full-text search (FTS5) is not available");
        return false;
    }
    const bool fresh = tables == 0;
    if (fresh && m_mode == Mode::Search) {
        *why = translate("the library has not been indexed yet");
        return false;
    }
    if (fresh && !createSchema(why))
        return false;
    // Reading the table once finds a damaged header or schema now rather than halfway through.
    if (!run(query, u"SELECT count(*) FROM article"_s, why)) {
        m_replace = isDamagedError(query.lastError());
        return false;
    }
    query.finish();
    if (m_mode == Mode::Search)
        return true;
    if (!attachState()) {
        *why = translate("the reading state cannot be opened");
        return false;
    }
    return true;
}

bool IndexDatabase::createSchema(QString *why)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    const QStringList statements = {
        // A row per file found, including the ones that could not be read (ok = 0), so an
        // unchanged broken file is not read again at every start. Lists are joined with U+001F.
        u"CREATE TABLE article ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT," // never reused: the full-text rowid
        " path TEXT NOT NULL UNIQUE,"
        " size INTEGER NOT NULL,"
        " mtime INTEGER NOT NULL," // ms since the epoch
        " ok INTEGER NOT NULL,"
        " statekey BLOB,"
        " title TEXT, categories TEXT, tags TEXT, author TEXT, link TEXT, headimg TEXT,"
        " thumbnail TEXT, date INTEGER, dateorigin INTEGER," // date: ms since the epoch
        " mentions TEXT," // NULL until the full text is indexed
        " indexed INTEGER NOT NULL DEFAULT 0)"_s,
        u"CREATE INDEX article_unindexed ON article(id) WHERE indexed = 0 AND ok = 1"_s,
        u"CREATE TABLE problem ("
        " article INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
        " line INTEGER NOT NULL, severity INTEGER NOT NULL, message TEXT NOT NULL)"_s,
        u"CREATE INDEX problem_article ON problem(article)"_s,
        u"CREATE TABLE meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID"_s,
        // Counts the transactions that change the article table (IndexStore): a copy of the
        // articles taken at one generation (ListSnapshot) is current while the count has not
        // moved. It starts at a random number, so a snapshot left from an index that was thrown
        // away never matches a new one.
        u"INSERT INTO meta (key, value) VALUES ('generation', abs(random() / 2))"_s,
        // Contentless: the text is in the files, the index keeps only the tokens. Rows of
        // articles that changed or went away stay behind, unreachable (ids are never reused),
        // until IndexStore compacts the table.
        u"CREATE VIRTUAL TABLE fulltext USING fts5(text, content='', columnsize=0,"
        " tokenize='broadsheet')"_s,
        // Single characters, the commonest Chinese queries, are looked up here rather than as
        // a prefix of every pair in `fulltext`: one term, no positions (detail=none), each
        // character once per article. A prefix index on `fulltext` would do the same at twice
        // the size.
        u"CREATE VIRTUAL TABLE characters USING fts5(text, content='', columnsize=0, detail=none,"
        " tokenize='broadsheet_characters')"_s,
        u"PRAGMA application_id=%1"_s.arg(applicationId),
        u"PRAGMA user_version=%1"_s.arg(schemaVersion),
    };
    // Two Broadsheets may open a new library at once: the first to hold the write lock makes
    // the tables, the other finds them made.
    if (!run(query, u"BEGIN IMMEDIATE"_s, why))
        return false;
    bool ok = false;
    const int tables = intPragma(query, u"schema_version"_s, &ok);
    if (ok && tables != 0)
        return run(query, u"COMMIT"_s, why); // made by the other one meanwhile
    for (const QString &statement : statements) {
        if (!run(query, statement, why)) {
            run(query, u"ROLLBACK"_s);
            return false;
        }
    }
    return run(query, u"COMMIT"_s, why);
}

bool IndexDatabase::attachState()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    const auto attach = [&] {
        if (m_statePath.isEmpty()) {
            if (!run(query, u"ATTACH DATABASE ':memory:' AS state"_s))
                return false;
        } else {
            QDir().mkpath(QFileInfo(m_statePath).absolutePath());
            query.prepare(u"ATTACH DATABASE ? AS state"_s);
            query.addBindValue(m_statePath);
            if (!query.exec())
                return false;
            bool ok = false;
            intPragma(query, u"state.schema_version"_s, &ok);
            if (!ok || !run(query, u"PRAGMA state.journal_mode=WAL"_s))
                return false;
        }
        return run(query,
                   u"CREATE TABLE IF NOT EXISTS state.reading ("
                   " key BLOB PRIMARY KEY, read INTEGER NOT NULL DEFAULT 0,"
                   " starred INTEGER NOT NULL DEFAULT 0, changed INTEGER) WITHOUT ROWID"_s)
            && run(query, u"SELECT count(*) FROM state.reading"_s) && (query.finish(), true);
    };
    if (attach())
        return true;
    // The reading state is the user's: only a file SQLite calls damaged is set aside.
    if (m_statePath.isEmpty() || !isDamagedError(query.lastError()))
        return false;
    // The reading state is the user's: a damaged file is kept aside, not deleted.
    run(query, u"DETACH DATABASE state"_s);
    const QString aside =
        m_statePath + u".damaged-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMddHHmmss"_s);
    QFile::rename(m_statePath, aside);
    QFile::remove(m_statePath + u"-wal"_s);
    QFile::remove(m_statePath + u"-shm"_s);
    qCWarning(lcIndex) << "reading state unusable, kept as" << aside;
    m_recovery += (m_recovery.isEmpty() ? QString() : u" "_s)
        + translate("The reading state could not be read and was kept as “%1”; articles start unread.")
              .arg(QDir::toNativeSeparators(aside));
    return attach();
}

void IndexDatabase::close()
{
    {
        QSqlDatabase db = database();
        if (db.isValid())
            db.close();
    }
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::removeDatabase(m_connection);
}

void IndexDatabase::removeFiles(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s, snapshotSuffix()})
        QFile::remove(path + suffix);
}

QString IndexDatabase::defaultIndexPath(const QStringList &folders)
{
    QStringList sorted = folders;
    sorted.sort();
    const QByteArray id =
        QCryptographicHash::hash(sorted.join(u'\n').toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/index/"_s
        + QString::fromLatin1(id) + u".sqlite"_s;
}

QString IndexDatabase::defaultStatePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/reading-state.sqlite"_s;
}

} // namespace Broadsheet::Core
