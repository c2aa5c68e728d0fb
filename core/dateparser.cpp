// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dateparser.h"

#include "core/logging.h"

#include <QRegularExpression>

namespace Broadsheet::Core {

using namespace Qt::StringLiterals;

namespace {

// Compiled now, during the thread-safe initialisation of a function-local static, so that
// matching from several reader threads later only reads it.
QRegularExpression compiled(const QString &pattern,
                            QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption)
{
    QRegularExpression expression(pattern, options);
    expression.optimize();
    return expression;
}

// Date, then optionally a time (after `T` or spaces), then optionally a zone (after optional
// spaces, as YAML timestamps allow: "2001-12-14 21:59:43.10 -5").
const QRegularExpression &isoPattern()
{
    static const QRegularExpression pattern =
        compiled(uR"(^(\d{4})[-/](\d{1,2})[-/](\d{1,2}))"
                 uR"((?:(?:[Tt]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?)"
                 uR"(\s*(?:([Zz]|UTC|GMT)|([+-])(\d{1,2})(?::?(\d{2}))?)?$)"_s);
    return pattern;
}

// RFC 2822 §4.3 zone names Qt does not understand. "CST" is left out on purpose: Chinese
// sites write it for China Standard Time (+0800), RFC 822 means US Central (-0600).
const QRegularExpression &namedZonePattern()
{
    static const QRegularExpression pattern = compiled(uR"(\s+(GMT|UT|UTC|Z|EST|EDT|CDT|MST|MDT|PST|PDT)$)"_s,
                                                       QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

QString numericZone(const QString &name)
{
    static const QHash<QString, QString> zones = {
        {u"GMT"_s, u"+0000"_s}, {u"UT"_s, u"+0000"_s},  {u"UTC"_s, u"+0000"_s}, {u"Z"_s, u"+0000"_s},
        {u"EST"_s, u"-0500"_s}, {u"EDT"_s, u"-0400"_s}, {u"CDT"_s, u"-0500"_s}, {u"MST"_s, u"-0700"_s},
        {u"MDT"_s, u"-0600"_s}, {u"PST"_s, u"-0800"_s}, {u"PDT"_s, u"-0700"_s},
    };
    return zones.value(name.toUpper());
}

QString unquoted(const QString &text)
{
    QString result = text.trimmed();
    while (result.size() >= 2
           && ((result.front() == u'"' && result.back() == u'"')
               || (result.front() == u'\'' && result.back() == u'\''))) {
        result = result.sliced(1, result.size() - 2).trimmed();
    }
    return result;
}

} // namespace

DateParser::DateParser(const QTimeZone &assumedZone)
    : m_zone(assumedZone.isValid() ? assumedZone : defaultZone())
{ }

QTimeZone DateParser::defaultZone()
{
    static const QTimeZone zone = [] {
        QTimeZone shanghai("Asia/Shanghai");
        if (shanghai.isValid())
            return shanghai;
        // Without tzdata (minimal containers) the fixed offset is still right: China has
        // had no daylight saving time since 1991.
        qCWarning(lcReader) << "no time zone database entry for Asia/Shanghai; using UTC+8";
        return QTimeZone(8 * 3600);
    }();
    return zone;
}

std::optional<QDateTime> DateParser::parse(const QString &text) const
{
    auto date = parseUnchecked(text);
    if (date && !isPlausible(*date))
        return std::nullopt;
    return date;
}

std::optional<QDateTime> DateParser::parseUnchecked(const QString &text) const
{
    const QString cleaned = unquoted(text);
    if (cleaned.isEmpty())
        return std::nullopt;
    if (auto date = parseIso(cleaned))
        return date;
    return parseRfc2822(cleaned);
}

bool DateParser::isPlausible(const QDateTime &date, const QDateTime &now)
{
    static const QDateTime earliest(QDate(1980, 1, 1), QTime(0, 0), QTimeZone::utc());
    return date.isValid() && date >= earliest && date <= now.addDays(2);
}

std::optional<QDateTime> DateParser::parseIso(const QString &text) const
{
    const QRegularExpressionMatch match = isoPattern().match(text);
    if (!match.hasMatch())
        return std::nullopt;

    // Views, not copies: a library's worth of dates is read when it is first opened.
    const auto number = [&match](int group) {
        return match.capturedView(group).toInt();
    };
    const QDate date(number(1), number(2), number(3));
    int milliseconds = 0;
    if (const QStringView fraction = match.capturedView(7); !fraction.isEmpty())
        milliseconds = fraction.left(3).toInt()
            * (fraction.size() == 1       ? 100
                   : fraction.size() == 2 ? 10
                                          : 1);
    const QTime time =
        match.hasCaptured(4) ? QTime(number(4), number(5), number(6), milliseconds) : QTime(0, 0);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;

    if (match.hasCaptured(8))
        return QDateTime(date, time, QTimeZone::utc());
    if (match.hasCaptured(9)) {
        const int hours = number(10);
        const int minutes = number(11);
        if (hours > 14 || minutes > 59)
            return std::nullopt;
        const int sign = match.capturedView(9) == u"-" ? -1 : 1;
        // An offset, not a QTimeZone made of it: the same instant and offset, without a zone
        // object (and its name) made for every article.
        return QDateTime(date, time, Qt::OffsetFromUTC, sign * (hours * 3600 + minutes * 60));
    }
    return inAssumedZone(date, time);
}

std::optional<QDateTime> DateParser::parseRfc2822(const QString &text) const
{
    // Qt refuses a date whose weekday does not match, and feeds do get it wrong; the weekday
    // adds nothing, so it goes.
    static const QRegularExpression weekday = compiled(uR"(^[A-Za-z]{3},\s*)"_s);
    static const QRegularExpression numericOffset = compiled(uR"(\s[+-]\d{4}$)"_s);
    QString normalized = text;
    normalized.remove(weekday);
    if (const QRegularExpressionMatch zone = namedZonePattern().match(normalized); zone.hasMatch())
        normalized = normalized.left(zone.capturedStart()) + u' ' + numericZone(zone.captured(1));

    const QDateTime date = QDateTime::fromString(normalized, Qt::RFC2822Date);
    if (!date.isValid())
        return std::nullopt;
    // Without a zone Qt reads the time as UTC; our rule is the assumed zone.
    if (!numericOffset.match(normalized).hasMatch())
        return inAssumedZone(date.date(), date.time());
    return date;
}

QDateTime DateParser::inAssumedZone(QDate date, QTime time) const
{
    QDateTime result(date, time, m_zone);
    if (!result.isValid()) {
        // A wall time skipped by a daylight-saving jump (02:30 on a spring-forward night):
        // read it with the offset in force just before the jump, as a clock that was not
        // changed would show it.
        const QDateTime asUtc(date, time, QTimeZone::utc());
        result = asUtc.addSecs(-m_zone.offsetFromUtc(asUtc.addDays(-1))).toTimeZone(m_zone);
    }
    return result;
}

} // namespace Broadsheet::Core
