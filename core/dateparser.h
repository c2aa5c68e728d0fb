// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace Broadsheet::Core {

// Parses the dates found in article front matter:
//  - RFC 2822, as RSS writes it: "Thu, 10 Feb 2022 09:43:08 GMT", "10 Feb 2022 09:43:08 +0800"
//    (Qt's own parser; the weekday is ignored, since feeds get it wrong, and GMT/UT/UTC/Z and the
//    unambiguous North American zone names are understood; "CST" is not: China or Chicago?);
//  - ISO 8601 with or without an offset: "2022-02-10T09:43:08+08:00", "2022-02-10T09:43:08.123Z";
//  - "2021-04-11 00:30:33", "2021/04/11 00:30", "2021-04-11" (date only: midnight), as Hexo writes
//    them, and YAML timestamps ("2001-12-14 21:59:43.10 -5").
// Quotes and spaces around the text are ignored. A date without a zone is read in the assumed
// zone (by default China Standard Time, Asia/Shanghai, where these feeds are published; a user
// setting can change it). Never uses the system's time zone. Thread-safe.
class DateParser final
{
public:
    // An invalid zone is replaced by defaultZone().
    explicit DateParser(const QTimeZone &assumedZone = defaultZone());

    // The parsed date, or nothing when the text is not a date or is absurd (see isPlausible).
    std::optional<QDateTime> parse(const QString &text) const;

    // The same without the plausibility check, so that a caller can tell "not a date" from
    // "a date no article can have" when it explains why a date was refused.
    std::optional<QDateTime> parseUnchecked(const QString &text) const;

    // False for dates no news article can have: before 1980 (1970 is what a zero Unix time
    // prints), or more than two days after `now`.
    static bool isPlausible(const QDateTime &date, const QDateTime &now = QDateTime::currentDateTimeUtc());

    QTimeZone assumedZone() const { return m_zone; }

    // Asia/Shanghai, or a fixed UTC+8 when the system has no time zone database.
    static QTimeZone defaultZone();

    // The reference reader: like parseUnchecked(), but every text goes through the regular
    // expressions and Qt's RFC 2822 parser. parseUnchecked() reads the shapes feeds write
    // most ("2022-02-10T17:43:08+08:00", "2021-04-11 00:30:33", "Thu, 10 Feb 2022 09:43:08
    // GMT") by hand, many times faster; tests check that both agree.
    std::optional<QDateTime> parseWithPatterns(const QString &text) const;

private:
    std::optional<QDateTime> parseIso(const QString &text) const;
    std::optional<QDateTime> parseRfc2822(const QString &text) const;
    QDateTime inAssumedZone(QDate date, QTime time) const;

    QTimeZone m_zone;
    // A span of time (ms since the epoch, UTC) around the parser's creation in which the
    // assumed zone's offset does not change: since 1991 for China. Wall times well inside it
    // are converted with this offset, without asking the zone.
    qint64 m_steadyFrom = 0;
    qint64 m_steadyTo = 0;
    int m_steadyOffset = 0; // seconds east of UTC
};

} // namespace Broadsheet::Core
