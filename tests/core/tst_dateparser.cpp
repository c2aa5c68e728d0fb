// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dateparser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Broadsheet::Core;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(const QString &iso)
{
    QDateTime date = QDateTime::fromString(iso, Qt::ISODateWithMs);
    Q_ASSERT(date.isValid() && date.timeSpec() == Qt::UTC);
    return date;
}

} // namespace

class TestDateParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void garbageIsRefused_data();
    void garbageIsRefused();
    void assumedZone_data();
    void assumedZone();
    void defaultZoneIsChinaStandardTime();
    void invalidZoneFallsBackToDefault();
    void isPlausible_data();
    void isPlausible();
    void implausibleDatesAreParsedOnlyUnchecked_data();
    void implausibleDatesAreParsedOnlyUnchecked();
    void handReadDatesAgreeWithThePatterns_data();
    void handReadDatesAgreeWithThePatterns();
};

void TestDateParser::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // in UTC

    // RFC 2822, as RSS feeds write it.
    QTest::newRow("rfc2822 GMT, as in the Sina sample")
        << u"Thu, 10 Feb 2022 09:43:08 GMT"_s << utc(u"2022-02-10T09:43:08Z"_s);
    QTest::newRow("rfc2822 +0800") << u"Thu, 10 Feb 2022 17:43:08 +0800"_s << utc(u"2022-02-10T09:43:08Z"_s);
    QTest::newRow("rfc2822 -0500") << u"Thu, 10 Feb 2022 04:43:08 -0500"_s << utc(u"2022-02-10T09:43:08Z"_s);
    QTest::newRow("rfc2822 without weekday")
        << u"10 Feb 2022 09:43:08 GMT"_s << utc(u"2022-02-10T09:43:08Z"_s);
    QTest::newRow("rfc2822 with a wrong weekday")
        << u"Mon, 10 Feb 2022 09:43:08 GMT"_s << utc(u"2022-02-10T09:43:08Z"_s);
    QTest::newRow("rfc2822 UT") << u"Thu, 10 Feb 2022 09:43:08 UT"_s << utc(u"2022-02-10T09:43:08Z"_s);
    QTest::newRow("rfc2822 UTC") << u"Thu, 10 Feb 2022 09:43:08 UTC"_s << utc(u"2022-02-10T09:43:08Z"_s);
    QTest::newRow("rfc2822 EST") << u"Thu, 10 Feb 2022 04:43:08 EST"_s << utc(u"2022-02-10T09:43:08Z"_s);
    QTest::newRow("rfc2822 without seconds")
        << u"Thu, 10 Feb 2022 09:43 +0000"_s << utc(u"2022-02-10T09:43:00Z"_s);
    QTest::newRow("rfc2822 without zone: China time")
        << u"Thu, 10 Feb 2022 17:43:08"_s << utc(u"2022-02-10T09:43:08Z"_s);

    // ISO 8601.
    QTest::newRow("iso Z") << u"2022-02-10T09:43:08Z"_s << utc(u"2022-02-10T09:43:08Z"_s);
    QTest::newRow("iso +08:00") << u"2022-02-10T17:43:08+08:00"_s << utc(u"2022-02-10T09:43:08Z"_s);
    QTest::newRow("iso +0800") << u"2022-02-10T17:43:08+0800"_s << utc(u"2022-02-10T09:43:08Z"_s);
    QTest::newRow("iso -03:30") << u"2022-02-10T06:13:08-03:30"_s << utc(u"2022-02-10T09:43:08Z"_s);
    QTest::newRow("iso milliseconds Z")
        << u"2022-02-10T09:43:08.123Z"_s << utc(u"2022-02-10T09:43:08.123Z"_s);
    QTest::newRow("iso milliseconds +08:00")
        << u"2022-02-10T17:43:08.500+08:00"_s << utc(u"2022-02-10T09:43:08.500Z"_s);
    QTest::newRow("iso microseconds, truncated to ms")
        << u"2022-02-10T09:43:08.123456Z"_s << utc(u"2022-02-10T09:43:08.123Z"_s);
    QTest::newRow("iso without zone: China time")
        << u"2022-02-10T17:43:08"_s << utc(u"2022-02-10T09:43:08Z"_s);

    // As Hexo and hand-written front matter have them; no zone means China time.
    QTest::newRow("hexo date and time") << u"2021-04-11 00:30:33"_s << utc(u"2021-04-10T16:30:33Z"_s);
    QTest::newRow("slashes, no seconds") << u"2021/04/11 00:30"_s << utc(u"2021-04-10T16:30:00Z"_s);
    QTest::newRow("date only: midnight") << u"2021-04-11"_s << utc(u"2021-04-10T16:00:00Z"_s);
    QTest::newRow("single-digit month and day") << u"2021-4-1 8:05"_s << utc(u"2021-04-01T00:05:00Z"_s);
    QTest::newRow("yaml timestamp with spaced zone")
        << u"2001-12-14 21:59:43.10 -5"_s << utc(u"2001-12-15T02:59:43.100Z"_s);
    QTest::newRow("space then Z") << u"2021-04-11 00:30:33 Z"_s << utc(u"2021-04-11T00:30:33Z"_s);

    // Quotes and spaces that survive from YAML or hand editing.
    QTest::newRow("single quotes") << u"'2021-04-11 00:30:33'"_s << utc(u"2021-04-10T16:30:33Z"_s);
    QTest::newRow("double quotes and spaces")
        << u"  \"Thu, 10 Feb 2022 09:43:08 GMT\" "_s << utc(u"2022-02-10T09:43:08Z"_s);
}

void TestDateParser::parse()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);

    const auto date = DateParser().parse(text);
    QVERIFY(date.has_value());
    QCOMPARE(date->toUTC(), expected);
}

void TestDateParser::garbageIsRefused_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << u"   "_s;
    QTest::newRow("empty quotes") << u"''"_s;
    QTest::newRow("words") << u"yesterday"_s;
    QTest::newRow("chinese date") << u"2月10日"_s;
    QTest::newRow("unix time") << u"1644486188"_s;
    QTest::newRow("month 13") << u"2021-13-01"_s;
    QTest::newRow("30 February") << u"2021-02-30"_s;
    QTest::newRow("hour 25") << u"2021-04-11 25:00"_s;
    QTest::newRow("minute 61") << u"2021-04-11 10:61"_s;
    QTest::newRow("offset beyond 14 hours") << u"2021-04-11T10:00:00+15:00"_s;
    QTest::newRow("trailing words") << u"2021-04-11T10:00:00Z tomorrow"_s;
    QTest::newRow("rfc2822 day 32") << u"Thu, 32 Feb 2022 09:43:08 GMT"_s;
    QTest::newRow("rfc2822 unknown month") << u"10 Foo 2022 09:43:08 GMT"_s;
    // China or Chicago? Guessing would misplace the article by 14 hours.
    QTest::newRow("rfc2822 ambiguous CST") << u"Thu, 10 Feb 2022 09:43:08 CST"_s;
}

void TestDateParser::garbageIsRefused()
{
    QFETCH(QString, text);
    QVERIFY(!DateParser().parseUnchecked(text).has_value());
    QVERIFY(!DateParser().parse(text).has_value());
}

void TestDateParser::assumedZone_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");

    const QString hexo = u"2021-04-11 00:30:33"_s;
    QTest::newRow("Shanghai") << u"Asia/Shanghai"_s << hexo << utc(u"2021-04-10T16:30:33Z"_s);
    QTest::newRow("UTC") << u"UTC"_s << hexo << utc(u"2021-04-11T00:30:33Z"_s);
    QTest::newRow("New York, daylight time")
        << u"America/New_York"_s << hexo << utc(u"2021-04-11T04:30:33Z"_s);
    QTest::newRow("New York, standard time, date only")
        << u"America/New_York"_s << u"2022-01-15"_s << utc(u"2022-01-15T05:00:00Z"_s);
    QTest::newRow("New York, rfc2822 without zone")
        << u"America/New_York"_s << u"Thu, 10 Feb 2022 04:43:08"_s << utc(u"2022-02-10T09:43:08Z"_s);
    // 02:30 never happened in New York that night; read with the offset before the jump.
    QTest::newRow("New York, time skipped by daylight saving")
        << u"America/New_York"_s << u"2021-03-14 02:30"_s << utc(u"2021-03-14T07:30:00Z"_s);
    QTest::newRow("an explicit offset wins over the assumed zone")
        << u"America/New_York"_s << u"2021-04-11T00:30:33+08:00"_s << utc(u"2021-04-10T16:30:33Z"_s);
    QTest::newRow("GMT wins over the assumed zone")
        << u"Asia/Shanghai"_s << u"Thu, 10 Feb 2022 09:43:08 GMT"_s << utc(u"2022-02-10T09:43:08Z"_s);
}

void TestDateParser::assumedZone()
{
    QFETCH(QString, zone);
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);

    const QTimeZone timeZone(zone.toLatin1());
    if (!timeZone.isValid())
        QSKIP("this system has no time zone database");
    const DateParser parser(timeZone);
    QCOMPARE(parser.assumedZone(), timeZone);
    const auto date = parser.parse(text);
    QVERIFY(date.has_value());
    QCOMPARE(date->toUTC(), expected);
}

void TestDateParser::defaultZoneIsChinaStandardTime()
{
    const QTimeZone zone = DateParser::defaultZone();
    QVERIFY(zone.isValid());
    QCOMPARE(zone.offsetFromUtc(utc(u"2022-07-01T00:00:00Z"_s)), 8 * 3600);
    QCOMPARE(zone.offsetFromUtc(utc(u"2022-01-01T00:00:00Z"_s)), 8 * 3600);
    QCOMPARE(DateParser().assumedZone(), zone);
}

void TestDateParser::invalidZoneFallsBackToDefault()
{
    const DateParser parser {QTimeZone("Nowhere/Atlantis")};
    QCOMPARE(parser.assumedZone(), DateParser::defaultZone());
    QCOMPARE(parser.parse(u"2021-04-11"_s)->toUTC(), utc(u"2021-04-10T16:00:00Z"_s));
}

void TestDateParser::isPlausible_data()
{
    QTest::addColumn<QDateTime>("date");
    QTest::addColumn<bool>("plausible");

    QTest::newRow("zero unix time") << utc(u"1970-01-01T00:00:00Z"_s) << false;
    QTest::newRow("just before 1980") << utc(u"1979-12-31T23:59:59Z"_s) << false;
    QTest::newRow("1980") << utc(u"1980-01-01T00:00:00Z"_s) << true;
    QTest::newRow("the sample's date") << utc(u"2022-02-10T09:43:08Z"_s) << true;
    QTest::newRow("now") << utc(u"2024-06-01T12:00:00Z"_s) << true;
    QTest::newRow("tomorrow: time zones, clock skew") << utc(u"2024-06-02T12:00:00Z"_s) << true;
    QTest::newRow("two days ahead") << utc(u"2024-06-03T12:00:00Z"_s) << true;
    QTest::newRow("more than two days ahead") << utc(u"2024-06-03T12:00:01Z"_s) << false;
    QTest::newRow("year 2099") << utc(u"2099-01-01T00:00:00Z"_s) << false;
    QTest::newRow("invalid") << QDateTime() << false;
}

void TestDateParser::isPlausible()
{
    QFETCH(QDateTime, date);
    QFETCH(bool, plausible);
    QCOMPARE(DateParser::isPlausible(date, utc(u"2024-06-01T12:00:00Z"_s)), plausible);
}

void TestDateParser::implausibleDatesAreParsedOnlyUnchecked_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("1970, date only") << u"1970-01-01"_s << utc(u"1969-12-31T16:00:00Z"_s);
    QTest::newRow("zero unix time, rfc2822")
        << u"Thu, 01 Jan 1970 00:00:00 GMT"_s << utc(u"1970-01-01T00:00:00Z"_s);
    QTest::newRow("far future") << u"2099-01-01T00:00:00Z"_s << utc(u"2099-01-01T00:00:00Z"_s);
}

void TestDateParser::implausibleDatesAreParsedOnlyUnchecked()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);

    const DateParser parser;
    QVERIFY(!parser.parse(text).has_value());
    const auto unchecked = parser.parseUnchecked(text);
    QVERIFY(unchecked.has_value());
    QCOMPARE(unchecked->toUTC(), expected);
}

QTEST_GUILESS_MAIN(TestDateParser)
#include "tst_dateparser.moc"

void TestDateParser::handReadDatesAgreeWithThePatterns_data()
{
    QTest::addColumn<QString>("zone");
    QTest::newRow("Shanghai") << u"Asia/Shanghai"_s;
    QTest::newRow("New York") << u"America/New_York"_s; // changes twice a year
    QTest::newRow("Berlin") << u"Europe/Berlin"_s;
    QTest::newRow("UTC+8, a fixed offset") << u"UTC+08:00"_s;
}

// parseUnchecked() reads common shapes by hand; whatever it makes of a text must be what the
// regular expressions and Qt's RFC 2822 parser make of it: the same instant and offset, or
// nothing. The texts mix common shapes with near misses: impossible days, stray spaces, other
// zones, daylight-saving gaps and overlaps around now (where the hand reading takes a shortcut).
void TestDateParser::handReadDatesAgreeWithThePatterns()
{
    QFETCH(QString, zone);
    const QTimeZone timeZone(zone.toLatin1());
    if (!timeZone.isValid())
        QSKIP("this system has no time zone database");
    const DateParser parser(timeZone);

    QRandomGenerator random(20261128);
    const auto pick = [&random](std::initializer_list<QString> choices) {
        return *(choices.begin() + random.bounded(int(choices.size())));
    };
    const int year = QDate::currentDate().year();
    const QString thisYear = QString::number(year);
    const QString nextYear = QString::number(year + 1);
    int understood = 0;
    for (int i = 0; i < 40000; ++i) {
        QString text;
        if (random.bounded(2) == 0) {
            text = pick({u"1969"_s, u"1980"_s, u"1991"_s, u"2021"_s, thisYear, thisYear, nextYear, u"2099"_s,
                         u"20211"_s, u"221"_s})
                + pick({u"-"_s, u"-"_s, u"/"_s, u"."_s})
                + pick({u"0"_s, u"1"_s, u"03"_s, u"3"_s, u"10"_s, u"10"_s, u"11"_s, u"12"_s, u"13"_s,
                        u"003"_s})
                + pick({u"-"_s, u"-"_s, u"/"_s})
                + pick({u"0"_s, u"1"_s, u"01"_s, u"24"_s, u"25"_s, u"26"_s, u"27"_s, u"28"_s, u"29"_s,
                        u"30"_s, u"31"_s, u"32"_s});
            if (random.bounded(5) != 0) {
                text += pick({u"T"_s, u"t"_s, u" "_s, u"  "_s, u"\t"_s, QString()})
                    + pick({u"0"_s, u"00"_s, u"1"_s, u"01"_s, u"02"_s, u"2"_s, u"03"_s, u"12"_s, u"23"_s,
                            u"24"_s, u"123"_s})
                    + u':' + pick({u"00"_s, u"30"_s, u"59"_s, u"60"_s, u"5"_s})
                    + pick({QString(), u":00"_s, u":08"_s, u":59"_s, u":60"_s, u":5"_s})
                    + pick({QString(), QString(), u".1"_s, u".12"_s, u".123"_s, u".123456"_s, u",5"_s,
                            u"."_s});
            }
            text += pick({QString(), QString(), u" "_s})
                + pick({QString(), QString(), u"Z"_s, u"z"_s, u"UTC"_s, u"GMT"_s, u"+08:00"_s, u"+0800"_s,
                        u"+8"_s, u"-5"_s, u"-03:30"_s, u"+14:00"_s, u"+15:00"_s, u"+123"_s, u"+800"_s,
                        u"+08:0"_s, u"CST"_s, u"utc"_s});
        } else {
            text = pick({QString(), QString(), u"Thu, "_s, u"Mon,"_s, u"Sat,  "_s, u"thu, "_s, u"Thu ,"_s})
                + pick({u"1"_s, u"01"_s, u"10"_s, u"25"_s, u"28"_s, u"29"_s, u"31"_s, u"32"_s, u"001"_s})
                + u' '
                + pick({u"Jan"_s, u"Feb"_s, u"Mar"_s, u"Oct"_s, u"Nov"_s, u"Dec"_s, u"feb"_s, u"FEB"_s,
                        u"Foo"_s})
                + u' ' + pick({u"1970"_s, u"2022"_s, thisYear, nextYear, u"22"_s}) + u' '
                + pick({u"09:43:08"_s, u"02:30:00"_s, u"02:30"_s, u"00:00"_s, u"9:43:08"_s, u"24:00:00"_s,
                        u"23:59:60"_s})
                + pick({QString(), u" GMT"_s, u" UT"_s, u" UTC"_s, u" Z"_s, u" EST"_s, u" CST"_s, u" +0800"_s,
                        u" -0500"_s, u" +1200"_s, u" +1400"_s, u" +1500"_s, u" +0860"_s, u" gmt"_s,
                        u"  GMT"_s});
        }
        text += pick({QString(), QString(), QString(), u" "_s, u"x"_s, u"\n"_s});

        const std::optional<QDateTime> fast = parser.parseUnchecked(text);
        const std::optional<QDateTime> reference = parser.parseWithPatterns(text);
        QVERIFY2(fast.has_value() == reference.has_value(), qPrintable(text));
        if (!fast)
            continue;
        ++understood;
        QVERIFY2(fast->toMSecsSinceEpoch() == reference->toMSecsSinceEpoch(), qPrintable(text));
        QVERIFY2(fast->offsetFromUtc() == reference->offsetFromUtc(), qPrintable(text));
    }
    QVERIFY2(understood > 4000, qPrintable(QString::number(understood))); // not all near misses
}
