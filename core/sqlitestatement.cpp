// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sqlitestatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace Broadsheet::Core {

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &database)
{
    const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::SqliteStatement(const QSqlDatabase &database, const char *sql)
    : m_handle(handleOf(database))
{
    if (!m_handle) {
        m_error = QStringLiteral("not an SQLite connection");
        return;
    }
    if (sqlite3_prepare_v2(m_handle, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
        fail();
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

bool SqliteStatement::fail()
{
    m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
    return false;
}

void SqliteStatement::bind(int index, const QString &text)
{
    if (text.isEmpty())
        sqlite3_bind_null(m_statement, index);
    else {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
}

void SqliteStatement::bindText(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData() ? utf8.constData() : "", int(utf8.size()),
                      SQLITE_TRANSIENT);
}

void SqliteStatement::bindUtf8(int index, const QByteArray &text)
{
    if (text.isEmpty())
        sqlite3_bind_null(m_statement, index);
    else
        sqlite3_bind_text(m_statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int index, const QByteArray &blob)
{
    if (blob.isEmpty())
        sqlite3_bind_null(m_statement, index);
    else
        sqlite3_bind_blob(m_statement, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

bool SqliteStatement::next()
{
    if (!m_statement)
        return false;
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE)
        fail();
    return false;
}

bool SqliteStatement::exec()
{
    if (!m_statement)
        return false;
    const int result = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    return (result == SQLITE_DONE || result == SQLITE_ROW) || fail();
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
}

QString SqliteStatement::text(int column) const
{
    // UTF-8 as stored; Qt's conversion is faster than SQLite's to UTF-16.
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArrayView SqliteStatement::raw(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

} // namespace Broadsheet::Core
