// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/datetreemodel.h"

#include "core/localday.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Broadsheet::Core {

DateTreeModel::DateTreeModel(QObject *parent)
    : CountTreeModel(KeyOrder::Descending, QString(), parent)
{ }

QStringList DateTreeModel::pathFor(const Article &article)
{
    const QDate day = localDay(article.date);
    // News is dense in time: one key list per day, shared by its articles (per thread).
    thread_local QHash<qint64, QStringList> paths;
    const auto found = paths.constFind(day.toJulianDay());
    if (found != paths.cend())
        return *found;
    QStringList path {QString::number(day.year()).rightJustified(4, u'0'),
                      QString::number(day.month()).rightJustified(2, u'0'),
                      QString::number(day.day()).rightJustified(2, u'0')};
    if (paths.size() > 100000)
        paths.clear();
    paths.insert(day.toJulianDay(), path);
    return path;
}

QPair<QDate, QDate> DateTreeModel::dateRange(const QStringList &path)
{
    if (path.isEmpty() || path.size() > 3)
        return {};
    const int year = path.value(0).toInt();
    switch (path.size()) {
    case 1:
        return {QDate(year, 1, 1), QDate(year, 12, 31)};
    case 2: {
        const QDate first(year, path.at(1).toInt(), 1);
        return {first, first.addMonths(1).addDays(-1)};
    }
    default: {
        const QDate day(year, path.at(1).toInt(), path.at(2).toInt());
        return {day, day};
    }
    }
}

QString DateTreeModel::labelFor(const QStringList &path) const
{
    const QLocale locale;
    const QPair<QDate, QDate> range = dateRange(path);
    switch (path.size()) {
    case 1:
        return path.constFirst();
    case 2:
        return locale.standaloneMonthName(range.first.month());
    default:
        // "10 Thu" / "10日 周四": the day and its weekday, since news follows the working week.
        return tr("%1 %2", "day of month, weekday")
            .arg(range.first.day())
            .arg(locale.dayName(range.first.dayOfWeek(), QLocale::ShortFormat));
    }
}

QString DateTreeModel::headerLabel() const
{
    return tr("Date");
}

} // namespace Broadsheet::Core
