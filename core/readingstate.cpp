// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/readingstate.h"

#include "core/indexdatabase.h"
#include "core/logging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Broadsheet::Core {

ReadingState::ReadingState(const QString &statePath)
    // The state file is attached to a connection like the scanner's; an index in memory is
    // all that connection needs besides.
    : m_database(std::make_unique<IndexDatabase>(QString(), statePath))
{ }

ReadingState::~ReadingState() = default;

bool ReadingState::isOpen() const
{
    return m_database->isOpen();
}

QByteArray ReadingState::keyOf(const Article &article)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(article.title.toUtf8());
    hash.addData(QByteArrayView("\x1f"));
    hash.addData(QByteArray::number(article.date.toMSecsSinceEpoch()));
    hash.addData(QByteArrayView("\x1f"));
    hash.addData(article.author.toUtf8());
    return hash.result().left(16);
}

bool ReadingState::setRead(const QList<Article> &articles, bool read)
{
    return write(articles, "read", read);
}

bool ReadingState::setStarred(const QList<Article> &articles, bool starred)
{
    return write(articles, "starred", starred);
}

bool ReadingState::write(const QList<Article> &articles, const char *column, bool value)
{
    if (!isOpen() || articles.isEmpty())
        return isOpen();
    QSqlDatabase db = m_database->database();
    const QString name = QString::fromLatin1(column);
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO state.reading (key, %1, changed) VALUES (?, ?, ?)"
                  " ON CONFLICT(key) DO UPDATE SET %1 = excluded.%1, changed = excluded.changed"_s.arg(name));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    db.transaction();
    for (const Article &article : articles) {
        query.addBindValue(keyOf(article));
        query.addBindValue(value ? 1 : 0);
        query.addBindValue(now);
        if (!query.exec()) {
            qCWarning(lcIndex) << "cannot save reading state:" << query.lastError().text();
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

} // namespace Broadsheet::Core
