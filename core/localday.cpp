// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/localday.h"

#include <QHash>
#include <QTimeZone>

namespace Broadsheet::Core {

namespace {

constexpr qint64 hour = 3600 * 1000;
constexpr qint64 day = 24 * hour;
constexpr qint64 julianDayOfEpoch = 2440588; // 1970-01-01

qint64 floorDivide(qint64 value, qint64 divisor)
{
    return value / divisor - ((value % divisor) < 0 ? 1 : 0);
}

int localOffsetMs(qint64 msecs)
{
    // The system zone's rules, read once per thread: toLocalTime() asks the C library, which
    // checks /etc/localtime again at every call.
    thread_local const QTimeZone zone = QTimeZone::systemTimeZone();
    return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC)) * 1000;
}

} // namespace

QDate localDay(const QDateTime &instant)
{
    if (!instant.isValid())
        return {};
    const qint64 msecs = instant.toMSecsSinceEpoch();
    // Remembered per day of UTC time: a library spans a few thousand days, and asking the zone
    // costs about a microsecond. A day in which the offset changes (a daylight-saving switch)
    // is not remembered; its instants are looked up one by one. Per thread, so no lock.
    const qint64 bucket = floorDivide(msecs, day);
    thread_local QHash<qint64, int> offsets;
    int offset = 0;
    const auto found = offsets.constFind(bucket);
    if (found != offsets.cend()) {
        offset = *found;
    } else {
        offset = localOffsetMs(bucket * day);
        if (offset != localOffsetMs(bucket * day + day - 1)) {
            offset = localOffsetMs(msecs);
        } else {
            if (offsets.size() > 100000)
                offsets.clear();
            offsets.insert(bucket, offset);
        }
    }
    return QDate::fromJulianDay(floorDivide(msecs + offset, day) + julianDayOfEpoch);
}

} // namespace Broadsheet::Core
