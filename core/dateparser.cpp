// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dateparser.h"

#include "core/logging.h"

#include <QRegularExpression>

#include <limits>

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

// A date and time as the common shapes write them, read by hand.
struct Fields {
    int year = 0;
    int month = 0;
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int millisecond = 0;
    std::optional<int> offset; // seconds east of UTC; none: the assumed zone
};

// Reads the common shapes of ISO 8601 and RFC 2822 dates, the way parseIso() and
// parseRfc2822() would read them; nullopt for anything else, and for what those would refuse
// (they then say so themselves).
class Scanner
{
public:
    explicit Scanner(QStringView text)
        : m_text(text)
    { }

    std::optional<Fields> iso()
    {
        Fields fields;
        if (!number(fields.year, 4, 4) || !separator() || !number(fields.month, 1, 2) || !separator()
            || !number(fields.day, 1, 2))
            return std::nullopt;
        if (atEnd())
            return fields;
        if (peek() == u'T' || peek() == u't')
            ++m_at;
        else if (!spaces())
            return std::nullopt;
        if (!number(fields.hour, 1, 2) || !take(u':') || !number(fields.minute, 2, 2))
            return std::nullopt;
        if (take(u':')) {
            if (!number(fields.second, 2, 2))
                return std::nullopt;
            if (take(u'.') || take(u',')) {
                const qsizetype start = m_at;
                int digits = 0;
                while (!atEnd() && isDigit(peek())) {
                    if (digits < 3)
                        fields.millisecond = fields.millisecond * 10 + (peek().unicode() - u'0');
                    ++digits;
                    ++m_at;
                }
                if (m_at == start)
                    return std::nullopt;
                fields.millisecond *= digits == 1 ? 100 : digits == 2 ? 10 : 1;
            }
        }
        spaces();
        if (atEnd())
            return fields;
        if (take(u'Z') || take(u'z') || word(u"UTC") || word(u"GMT")) {
            fields.offset = 0;
        } else if (!atEnd() && (peek() == u'+' || peek() == u'-')) {
            const int sign = peek() == u'-' ? -1 : 1;
            ++m_at;
            // As the pattern reads them: "+08:00", "+0800", "+8", "-5".
            int hours = 0;
            int minutes = 0;
            if (!digits(hours, 1, 2))
                return std::nullopt;
            take(u':');
            if (!atEnd() && !number(minutes, 2, 2))
                return std::nullopt;
            if (hours > 14 || minutes > 59)
                return std::nullopt;
            fields.offset = sign * (hours * 3600 + minutes * 60);
        } else {
            return std::nullopt;
        }
        return atEnd() ? std::optional(fields) : std::nullopt;
    }

    // "Thu, 10 Feb 2022 09:43:08 GMT": one space between the parts, an English month, and
    // GMT, UT, UTC, Z, a numeric offset of at most 12 hours or no zone.
    std::optional<Fields> rfc2822()
    {
        Fields fields;
        if (m_text.size() > 4 && isLetter(m_text[0]) && isLetter(m_text[1]) && isLetter(m_text[2])
            && m_text[3] == u',') {
            m_at = 4;
            spaces();
        }
        static constexpr char16_t months[12][4] = {u"Jan", u"Feb", u"Mar", u"Apr", u"May", u"Jun",
                                                   u"Jul", u"Aug", u"Sep", u"Oct", u"Nov", u"Dec"};
        if (!number(fields.day, 1, 2) || !take(u' '))
            return std::nullopt;
        for (int month = 0; month < 12 && fields.month == 0; ++month) {
            if (word(months[month]))
                fields.month = month + 1;
        }
        if (fields.month == 0 || !take(u' ') || !number(fields.year, 4, 4) || !take(u' ')
            || !number(fields.hour, 2, 2) || !take(u':') || !number(fields.minute, 2, 2))
            return std::nullopt;
        if (take(u':') && !number(fields.second, 2, 2))
            return std::nullopt;
        if (atEnd())
            return fields;
        if (!take(u' '))
            return std::nullopt;
        if (word(u"GMT") || word(u"UTC") || word(u"UT") || word(u"Z")) {
            fields.offset = 0;
        } else if (!atEnd() && (peek() == u'+' || peek() == u'-')) {
            const int sign = peek() == u'-' ? -1 : 1;
            ++m_at;
            int hours = 0;
            int minutes = 0;
            if (!digits(hours, 2, 2) || !number(minutes, 2, 2) || hours > 12 || minutes > 59)
                return std::nullopt;
            fields.offset = sign * (hours * 3600 + minutes * 60);
        }
        return atEnd() ? std::optional(fields) : std::nullopt;
    }

private:
    static bool isDigit(QChar c) { return c >= u'0' && c <= u'9'; }
    static bool isLetter(QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); }
    bool atEnd() const { return m_at == m_text.size(); }
    QChar peek() const { return m_text[m_at]; }
    bool take(QChar c)
    {
        if (atEnd() || peek() != c)
            return false;
        ++m_at;
        return true;
    }
    bool word(QStringView word)
    {
        if (!m_text.sliced(m_at).startsWith(word))
            return false;
        m_at += word.size();
        return true;
    }
    bool separator() { return take(u'-') || take(u'/'); }
    bool spaces()
    {
        const qsizetype start = m_at;
        while (take(u' ')) { }
        return m_at > start;
    }
    // Up to `most` digits, at least `fewest`.
    bool digits(int &value, int fewest, int most)
    {
        value = 0;
        int count = 0;
        while (count < most && !atEnd() && isDigit(peek())) {
            value = value * 10 + (peek().unicode() - u'0');
            ++count;
            ++m_at;
        }
        return count >= fewest;
    }
    // The same, with no digit after them.
    bool number(int &value, int fewest, int most)
    {
        return digits(value, fewest, most) && (atEnd() || !isDigit(peek()));
    }

    QStringView m_text;
    qsizetype m_at = 0;
};

constexpr qint64 msPerDay = 24 * 3600 * 1000;

} // namespace

DateParser::DateParser(const QTimeZone &assumedZone)
    : m_zone(assumedZone.isValid() ? assumedZone : defaultZone())
{
    // Around now, where nearly every article's date is. Zones without transitions (fixed
    // offsets) are steady for ever; a zone that cannot say gets no steady span.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_steadyOffset = m_zone.offsetFromUtc(now);
    if (m_zone.hasTransitions()) {
        const QTimeZone::OffsetData before = m_zone.previousTransition(now);
        const QTimeZone::OffsetData after = m_zone.nextTransition(now);
        m_steadyFrom = before.atUtc.isValid() ? before.atUtc.toMSecsSinceEpoch()
                                              : std::numeric_limits<qint64>::min() / 2;
        m_steadyTo =
            after.atUtc.isValid() ? after.atUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max() / 2;
    } else if (!m_zone.hasDaylightTime()) {
        m_steadyFrom = std::numeric_limits<qint64>::min() / 2;
        m_steadyTo = std::numeric_limits<qint64>::max() / 2;
    }
}

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
    std::optional<Fields> fields = Scanner(text).iso();
    if (!fields)
        fields = Scanner(text).rfc2822();
    if (fields) {
        const QDate date(fields->year, fields->month, fields->day);
        const QTime time(fields->hour, fields->minute, fields->second, fields->millisecond);
        // An impossible date or time (30 February) is refused by the reference, which says so.
        if (date.isValid() && time.isValid()) {
            if (fields->offset)
                return QDateTime(date, time, Qt::OffsetFromUTC, *fields->offset);
            return inAssumedZone(date, time);
        }
    }
    return parseWithPatterns(text);
}

std::optional<QDateTime> DateParser::parseWithPatterns(const QString &text) const
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
    // A wall time read with the steady offset is the instant it names when that instant lies
    // a day inside the steady span: no other offset of the zone (they differ by less than a
    // day) can then reach the same wall time.
    const qint64 utc = QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch() - qint64(m_steadyOffset) * 1000;
    if (utc >= m_steadyFrom + msPerDay && utc < m_steadyTo - msPerDay)
        return QDateTime::fromMSecsSinceEpoch(utc, Qt::OffsetFromUTC, m_steadyOffset);
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
