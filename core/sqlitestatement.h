// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;
class QSqlDatabase;

namespace Broadsheet::Core {

// A prepared SQLite statement on a QSQLITE connection's own handle, for the index's bulk work:
// QSqlQuery wraps every value in a QVariant, which costs more than SQLite itself when 100,000
// rows go in or out. Errors are kept in error() and reported by the caller.
class SqliteStatement final
{
    Q_DISABLE_COPY_MOVE(SqliteStatement)

public:
    SqliteStatement(const QSqlDatabase &database, const char *sql);
    ~SqliteStatement();

    bool isValid() const { return m_statement != nullptr; }
    QString error() const { return m_error; }

    // Binding, 1-based as SQLite counts. Empty strings are bound as NULL.
    void bind(int index, const QString &text);
    void bindText(int index, const QString &text); // an empty string stays one, not NULL
    void bind(int index, const QByteArray &blob);
    void bindUtf8(int index, const QByteArray &text); // as text, already UTF-8
    void bind(int index, qint64 value);
    void bindNull(int index);

    // One step: true while there is a row to read; false at the end or on an error (see ok()).
    bool next();
    // Runs a statement that returns no rows, then resets it for the next bindings.
    bool exec();
    bool ok() const { return m_error.isEmpty(); }
    void reset();

    QString text(int column) const;
    QByteArrayView raw(int column) const; // the UTF-8 bytes, valid until the next step
    qint64 integer(int column) const;
    bool isNull(int column) const;

    static sqlite3 *handleOf(const QSqlDatabase &database);

private:
    bool fail();

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

} // namespace Broadsheet::Core
