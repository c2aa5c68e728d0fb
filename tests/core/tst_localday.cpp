// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/localday.h"

#include <QRandomGenerator>
#include <QTest>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace Broadsheet::Core;

// localDay() must give the day toLocalTime() gives, also around daylight-saving switches,
// which Asia/Shanghai (the zone the other tests run in) does not have.
class TestLocalDay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Before the first call: the zone is read once per thread.
        qputenv("TZ", "Europe/Berlin");
        tzset();
    }

    void aroundDaylightSavingSwitches()
    {
        // Every ten minutes over the days of both switches of 2021, and the days around them.
        for (const QString &day : {u"2021-03-27T00:00:00Z"_s, u"2021-10-30T00:00:00Z"_s}) {
            const QDateTime start = QDateTime::fromString(day, Qt::ISODate);
            for (qint64 minutes = 0; minutes < 3 * 24 * 60; minutes += 10) {
                const QDateTime instant = start.addSecs(minutes * 60);
                QCOMPARE(localDay(instant), instant.toLocalTime().date());
            }
        }
    }

    void anyInstantOfManyYears()
    {
        QRandomGenerator random(20261128);
        for (int i = 0; i < 20000; ++i) {
            // 1990 to 2040, in any order: the remembered offsets are looked up, not recomputed.
            const qint64 msecs = 631152000000LL + qint64(random.bounded(1577836800.0)) * 1000;
            const QDateTime instant = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
            QCOMPARE(localDay(instant), instant.toLocalTime().date());
        }
        QVERIFY(!localDay(QDateTime()).isValid());
    }
};

QTEST_GUILESS_MAIN(TestLocalDay)
#include "tst_localday.moc"
