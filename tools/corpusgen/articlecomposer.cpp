// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/corpusgen/articlecomposer.h"

#include <cstring>
#include <iterator>

using namespace Qt::StringLiterals;

namespace Broadsheet::Tools {

namespace {

constexpr int kFirstYear = 2015;
constexpr int kLastYear = 2024;
constexpr int kShanghaiOffset = 8 * 3600; // China has kept UTC+8 without DST since 1991

const char *const kWeekdays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
const char *const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char *const kQuarters[] = {"一", "二", "三", "四"};
const char *const kTerms[] = {"3", "5", "10"}; // years: the usual bond maturities

struct PolicyBank {
    const char *name;
    const char *slug;
};
// Unlisted, so they never carry stock markup or codes.
const PolicyBank kPolicyBanks[] = {
    {"国家开发银行", "cdb"}, {"中国进出口银行", "cexim"}, {"中国农业发展银行", "adbc"}};

void appendNumber(QByteArray &out, qint64 value, int width = 0)
{
    char digits[24];
    int n = 0;
    do {
        digits[n++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0);
    for (int i = n; i < width; ++i)
        out += '0';
    while (n > 0)
        out += digits[--n];
}

void appendIsoDate(QByteArray &out, QDate date)
{
    appendNumber(out, date.year(), 4);
    out += '-';
    appendNumber(out, date.month(), 2);
    out += '-';
    appendNumber(out, date.day(), 2);
}

void appendTime(QByteArray &out, int seconds)
{
    appendNumber(out, seconds / 3600, 2);
    out += ':';
    appendNumber(out, seconds / 60 % 60, 2);
    out += ':';
    appendNumber(out, seconds % 60, 2);
}

} // namespace

ArticleComposer::ArticleComposer(QRandomGenerator &rng)
    : m_rng(rng)
{
    const auto cats = categories();
    for (int i = 0; i < cats.size; ++i)
        m_categoryWeightSum += cats[i].weight;
}

ArticleComposer::Facts ArticleComposer::compose(qint64 index, qint64 targetSize, QByteArray &out)
{
    m_current = Current {};
    Facts facts;

    const auto cats = categories();
    int ticket = int(m_rng.bounded(m_categoryWeightSum));
    int categoryIndex = 0;
    while (ticket >= cats[categoryIndex].weight)
        ticket -= cats[categoryIndex++].weight;
    const Category &category = cats[categoryIndex];
    m_current.source = &sources()[category.source];
    m_current.style = m_current.source->style;
    m_current.hongKong = std::strstr(category.path, "港股") != nullptr;
    const int kindRoll = int(m_rng.bounded(100));
    if (m_current.style == Style::Forum)
        m_current.kind = kindRoll < 80 ? BodyKind::Markdown : BodyKind::Text;
    else if (m_current.style == Style::Paragraphs)
        m_current.kind = kindRoll < 25 ? BodyKind::Text : BodyKind::Html;

    const qint64 firstDay = QDate(kFirstYear, 1, 1).toJulianDay();
    const qint64 days = QDate(kLastYear, 12, 31).toJulianDay() - firstDay + 1;
    m_current.date = QDate::fromJulianDay(firstDay + qint64(m_rng.bounded(quint64(days))));
    m_current.seconds = 6 * 3600 + int(m_rng.bounded(18 * 3600)); // news is published by day
    const int formatRoll = int(m_rng.bounded(100));
    const DateFormat format = formatRoll < 40 ? DateFormat::Rfc2822
        : formatRoll < 70                     ? DateFormat::Zoneless
        : formatRoll < 90                     ? DateFormat::Iso
                                              : DateFormat::DateOnly;

    const TitleTemplate &topic = pick(titles());
    QByteArray slug = "market";
    if (topic.subject == Subject::Bank || topic.subject == Subject::Company) {
        m_current.mainEntity =
            pickEntity(topic.subject == Subject::Bank ? EntityKind::Bank : EntityKind::Company);
        slug = entities()[m_current.mainEntity].slug;
    } else if (topic.subject == Subject::PolicyBank) {
        m_current.policyBank = int(m_rng.bounded(int(std::size(kPolicyBanks))));
        slug = kPolicyBanks[m_current.policyBank].slug;
    }
    QByteArray title;
    m_current.inTitle = true;
    expand(title, topic.text, true);
    m_current.inTitle = false;

    appendFrontMatter(out, title, category, format);
    appendBody(out, title, targetSize);

    facts.year = QString::number(m_current.date.year());
    const QLatin1StringView key(m_current.source->key);
    facts.relativePath = key + u'/' + facts.year + u'/' + key + u'-' + QLatin1StringView(slug) + u'-'
        + QLatin1StringView(topic.slug) + u'-' + u"%1"_s.arg(index, 6, 10, QChar(u'0')) + u'-'
        + m_current.date.toString(Qt::ISODate) + u".md";
    facts.category = QString::fromUtf8(category.path).replace(u'|', u" › "_s);
    facts.source = QString::fromUtf8(m_current.source->name);
    facts.bodyKind = m_current.kind == BodyKind::Html ? u"html"_s
        : m_current.kind == BodyKind::Markdown        ? u"markdown"_s
                                                      : u"text"_s;
    facts.dateFormat = format == DateFormat::Rfc2822 ? u"rfc2822"_s
        : format == DateFormat::Zoneless             ? u"zoneless"_s
        : format == DateFormat::Iso                  ? u"iso8601"_s
                                                     : u"date-only"_s;
    return facts;
}

// The keys and layout of the real pipeline's output: a blank line, then `categories: ` with
// a trailing space and one-space list items, exactly as in the Sina sample.
void ArticleComposer::appendFrontMatter(QByteArray &out, const QByteArray &title, const Category &category,
                                        DateFormat format)
{
    QByteArray image;
    if (m_rng.bounded(100) < 90)
        appendImageUrl(image);

    out += "\n---\ntitle: '";
    out += title; // the templates contain no single quote, so nothing needs escaping
    out += "'\ncategories: \n";
    for (const char *level = category.path; level;) {
        const char *bar = std::strchr(level, '|');
        out += " - ";
        out += bar ? QByteArrayView(level, bar - level) : QByteArrayView(level);
        out += '\n';
        level = bar ? bar + 1 : nullptr;
    }
    if (!image.isEmpty())
        out += "headimg: '" + image + "'\n";
    out += "author: ";
    out += m_current.source->name;
    out += "\ncomments: false\ndate: ";
    appendDate(out, format);
    out += '\n';
    if (!image.isEmpty())
        out += "thumbnail: '" + image + "'\n";
    out += "---\n\n";
}

void ArticleComposer::appendBody(QByteArray &out, const QByteArray &title, qint64 targetSize)
{
    if (m_current.kind == BodyKind::Markdown) {
        appendMarkdown(out, targetSize);
        return;
    }
    if (m_current.kind == BodyKind::Text) {
        appendSentences(out, targetSize, {}, {});
        return;
    }

    switch (m_current.style) {
    case Style::Sina: {
        const QByteArrayView editor = pick(editors());
        const qint64 tail = sinaTailHead().size() + editor.size() + sinaTailFoot().size();
        out += "<div>   \n";
        if (m_rng.bounded(10) < 6) {
            out += "<p cms-style=\"font-L\">　　新浪财经讯 ";
            appendNumber(out, m_current.date.month());
            out += "月";
            appendNumber(out, m_current.date.day());
            out += "日，";
            expand(out, nextSentence(), false);
            out += "</p>\n";
        }
        appendSentences(out, targetSize - tail, "<p cms-style=\"font-L\">　　", "</p>");
        out.chop(1); // Sina puts the keyword comment right after the last paragraph
        if (!m_current.marked.isEmpty())
            out += "<!-- news_keyword_pub,stock," + m_current.marked + " -->";
        out += sinaTailHead();
        out += editor;
        out += sinaTailFoot();
        break;
    }
    case Style::Telegram:
        out += "<p>【" + title + "】财联社";
        appendNumber(out, m_current.date.month());
        out += "月";
        appendNumber(out, m_current.date.day());
        out += "日电，";
        expand(out, nextSentence(), false);
        out += "</p>\n";
        appendSentences(out, targetSize, "<p>", "</p>");
        break;
    case Style::Announcement: {
        // A filing needs an issuer with an A-share code, whatever the topic drew.
        int issuer = m_current.mainEntity;
        if (issuer < 0 || entities()[issuer].aCode[0] == '\0')
            issuer = m_current.mainEntity = pickEntity(EntityKind::Bank);
        const Entity &entity = entities()[issuer];
        out += "<div class=\"detail-content\">\n<p>证券代码：";
        out += entity.aCode + 2;
        out += "　　证券简称：";
        out += entity.name;
        out += "　　公告编号：";
        appendNumber(out, m_current.date.year());
        out += '-';
        appendNumber(out, m_rng.bounded(1, 120), 3);
        out += "</p>\n<h3 style=\"text-align:center\">" + title
            + "</h3>\n<p>本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，"
              "并对其内容的真实性、准确性和完整性承担法律责任。</p>\n";
        appendSentences(out, targetSize - 120, "<p>", "</p>");
        out += "<p>特此公告。</p>\n<p style=\"text-align:right\">";
        out += entity.name;
        out += "董事会<br>";
        appendNumber(out, m_current.date.year());
        out += "年";
        appendNumber(out, m_current.date.month());
        out += "月";
        appendNumber(out, m_current.date.day());
        out += "日</p>\n</div>\n";
        break;
    }
    case Style::Paragraphs:
    case Style::Forum:
        appendSentences(out, targetSize, m_rng.bounded(3) == 0 ? "<p style=\"text-indent:2em;\">" : "<p>",
                        "</p>");
        break;
    }
}

// Paragraphs of two to five sentences, one per line, until `limit` bytes; at least one.
void ArticleComposer::appendSentences(QByteArray &out, qint64 limit, QByteArrayView open,
                                      QByteArrayView close)
{
    do {
        out += open;
        const int count = int(m_rng.bounded(2, 6));
        for (int i = 0; i < count; ++i) {
            expand(out, nextSentence(), false);
            if (out.size() >= limit)
                break;
        }
        out += close;
        out += '\n';
    } while (out.size() < limit);
}

// A Xueqiu post: an opening paragraph, then sections with a heading and a paragraph, a list
// or (once) a table of quotes, and the links readers add at the end.
void ArticleComposer::appendMarkdown(QByteArray &out, qint64 limit)
{
    const auto all = entities();
    const int anchor = m_current.mainEntity >= 0 ? m_current.mainEntity : pickEntity(EntityKind::Bank);
    appendEntity(out, anchor, false, false); // a cashtag and its space
    expand(out, nextSentence(), false);
    out += "\n\n";
    bool tableDone = false;
    const qint64 linksLine = 250; // the links added after the last section
    while (out.size() < limit - linksLine) {
        out += m_rng.bounded(3) == 0 ? "### " : "## ";
        out += pick(markdownHeadings());
        out += "\n\n";
        const int block = int(m_rng.bounded(4));
        if (block == 3 && !tableDone) {
            tableDone = true;
            out += "| 名称 | 代码 | 涨跌幅 |\n| --- | --- | --- |\n";
            for (int rows = int(m_rng.bounded(3, 6)); rows > 0; --rows) {
                const Entity &e = all[pickEntity(EntityKind::Bank)];
                out += "| ";
                out += e.name;
                out += " | ";
                out += e.aCode + 2;
                out += m_rng.bounded(2) ? " | +" : " | -";
                appendDecimal(out, 1, 60, 1);
                out += "% |\n";
            }
        } else if (block == 1 || block == 2) {
            for (int items = int(m_rng.bounded(2, 5)), n = 1; n <= items; ++n) {
                if (block == 1) {
                    out += "- ";
                } else {
                    appendNumber(out, n);
                    out += ". ";
                }
                expand(out, nextSentence(), false);
                out += '\n';
            }
        } else {
            for (int count = int(m_rng.bounded(2, 5)); count > 0; --count)
                expand(out, nextSentence(), false);
            out += '\n';
        }
        out += '\n';
    }
    const Entity &e = all[anchor];
    const QByteArrayView digits = e.aCode[0] ? QByteArrayView(e.aCode + 2) : QByteArrayView(e.hCode);
    out += "相关链接：[";
    out += e.name;
    out += "公告原文](http://www.cninfo.com.cn/new/disclosure/stock?stockCode=" + digits
        + ") ｜ [雪球个股页](https://xueqiu.com/S/";
    out += e.aCode[0] ? QByteArray(e.aCode).toUpper() : QByteArray(e.hCode);
    out += ")\n";
}

void ArticleComposer::appendDate(QByteArray &out, DateFormat format) const
{
    const QDate date = m_current.date;
    const int seconds = m_current.seconds;
    switch (format) {
    case DateFormat::Rfc2822: {
        // RSS writes GMT; the local day may be the day before in UTC.
        const bool previousDay = seconds < kShanghaiOffset;
        const QDate utcDate = previousDay ? date.addDays(-1) : date;
        out += kWeekdays[utcDate.dayOfWeek() - 1];
        out += ", ";
        appendNumber(out, utcDate.day(), 2);
        out += ' ';
        out += kMonths[utcDate.month() - 1];
        out += ' ';
        appendNumber(out, utcDate.year(), 4);
        out += ' ';
        appendTime(out, previousDay ? seconds + 86400 - kShanghaiOffset : seconds - kShanghaiOffset);
        out += " GMT";
        break;
    }
    case DateFormat::Zoneless:
        appendIsoDate(out, date);
        out += ' ';
        appendTime(out, seconds);
        break;
    case DateFormat::Iso:
        appendIsoDate(out, date);
        out += 'T';
        appendTime(out, seconds);
        out += "+08:00";
        break;
    case DateFormat::DateOnly:
        appendIsoDate(out, date);
        break;
    }
}

void ArticleComposer::appendImageUrl(QByteArray &out)
{
    static const char hex[] = "0123456789abcdef";
    // Sina's pipeline often takes the QR code of the page tail as the head image.
    if (m_current.style == Style::Sina && m_rng.bounded(10) < 3) {
        out += "https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png";
        return;
    }
    out += m_current.source->imageBase;
    appendNumber(out, m_current.date.year(), 4);
    appendNumber(out, m_current.date.month(), 2);
    appendNumber(out, m_current.date.day(), 2);
    out += '/';
    for (int i = 0; i < 20; ++i)
        out += hex[m_rng.bounded(16)];
    out += m_rng.bounded(2) ? ".jpg" : ".png";
}

// Fills a template. Mentions of the article's own entity are favoured, so that an article
// about 招商银行 keeps talking about it; `plain` (titles) never gets markup or codes.
void ArticleComposer::expand(QByteArray &out, const char *text, bool plain)
{
    bool mainUsed = false;
    const auto entityFor = [&](EntityKind kind) {
        const int main = m_current.mainEntity;
        if (main >= 0 && !mainUsed && entities()[main].kind == kind
            && (m_current.inTitle || m_rng.bounded(3) != 0)) {
            mainUsed = true;
            return main;
        }
        return pickEntity(kind);
    };

    for (const char *p = text; *p;) {
        if (*p != '{') {
            const char *next = std::strchr(p, '{');
            const qsizetype length = next ? next - p : qsizetype(std::strlen(p));
            out.append(p, length);
            p += length;
            continue;
        }
        const char *end = std::strchr(p, '}');
        const QByteArrayView name(p + 1, end - p - 1);
        p = end + 1;
        if (name == "B" || name == "BC")
            appendEntity(out, entityFor(EntityKind::Bank), name == "BC", plain);
        else if (name == "C" || name == "CC")
            appendEntity(out, entityFor(EntityKind::Company), name == "CC", plain);
        else if (name == "PB")
            out += kPolicyBanks[m_current.policyBank >= 0 ? m_current.policyBank
                                                          : int(m_rng.bounded(int(std::size(kPolicyBanks))))]
                       .name;
        else if (name == "R")
            out += pick(regions());
        else if (name == "PER")
            out += pick(speakers());
        else if (name == "Y")
            appendNumber(out, m_current.date.year());
        else if (name == "M")
            appendNumber(out, m_current.date.month());
        else if (name == "D")
            appendNumber(out, m_current.date.day());
        else if (name == "Q")
            out += kQuarters[(m_current.date.month() - 1) / 3];
        else if (name == "P")
            appendDecimal(out, 5, 350, 1);
        else if (name == "P2")
            appendDecimal(out, 2, 50, 1);
        else if (name == "BP")
            appendNumber(out, 5 * m_rng.bounded(1, 6));
        else if (name == "N")
            appendNumber(out, m_rng.bounded(100) < 90 ? m_rng.bounded(10, 1000) : m_rng.bounded(1000, 5000));
        else if (name == "RATE")
            appendDecimal(out, 250, 480, 2);
        else if (name == "TERM")
            out += kTerms[m_rng.bounded(int(std::size(kTerms)))];
        else if (name == "MULT")
            appendDecimal(out, 12, 45, 1);
        else if (name == "DIV")
            appendDecimal(out, 5, 300, 1);
        else if (name == "PRICE")
            appendDecimal(out, 250, 20000, 2);
        else if (name == "SHARE")
            appendNumber(out, m_rng.bounded(25, 36));
        else if (name == "K")
            appendNumber(out, m_rng.bounded(3, 13));
    }
}

void ArticleComposer::appendEntity(QByteArray &out, int index, bool withCode, bool plain)
{
    const Entity &e = entities()[index];
    const quint64 bit = quint64(1) << index;
    const bool first = !plain && !(m_current.mentioned & bit);
    if (first)
        m_current.mentioned |= bit;

    if (first && m_current.style == Style::Sina && m_current.kind == BodyKind::Html) {
        // Sina links the first mention of each listed company to its quote page.
        QByteArray code;
        if (e.aCode[0] && !(m_current.hongKong && e.hCode[0]))
            code = e.aCode;
        else
            code = QByteArray("hk") + e.hCode;
        const QByteArray url = code.startsWith("hk")
            ? QByteArray("https://stock.finance.sina.com.cn/hkstock/quotes/" + code.mid(2) + ".html")
            : QByteArray("https://finance.sina.com.cn/realstock/company/" + code + "/nc.shtml");
        out += "<span id=\"stock_" + code + "\"><a href=\"" + url
            + "\" class=\"keyword\" target=\"_blank\" data-sudaclick=\"content_marketkeywords_p\">";
        out += e.name;
        out += "</a></span><span id=\"quote_" + code + "\"></span>";
        if (!m_current.marked.isEmpty())
            m_current.marked += '&';
        m_current.marked += code;
    } else if (first && m_current.kind == BodyKind::Markdown) {
        // Xueqiu turns the first mention into a cashtag, which already carries the code.
        out += '$';
        out += e.name;
        out += '(';
        out += e.aCode[0] ? QByteArray(e.aCode).toUpper() : QByteArray(e.hCode);
        out += ")$ ";
        return;
    } else {
        out += e.name;
    }
    if (withCode)
        appendCode(out, e);
}

// The ways news text writes a code: （601398）, （601398.SH）, (601398.SH), （SH601398）,
// （01398.HK） and （HK:00700）.
void ArticleComposer::appendCode(QByteArray &out, const Entity &e)
{
    const bool hasA = e.aCode[0] != '\0';
    const bool hasH = e.hCode[0] != '\0';
    const bool useH = hasH && (!hasA || (m_current.hongKong ? m_rng.bounded(4) != 0 : m_rng.bounded(4) == 0));
    if (useH) {
        const bool colonForm = m_rng.bounded(3) == 0;
        out += colonForm ? "（HK:" : "（";
        out += e.hCode;
        out += colonForm ? "）" : ".HK）";
        return;
    }
    const QByteArrayView digits(e.aCode + 2);
    const QByteArray exchange = QByteArray(e.aCode, 2).toUpper();
    switch (m_rng.bounded(4)) {
    case 0:
        out += "（" + digits + "）";
        break;
    case 1:
        out += "（" + digits + '.' + exchange + "）";
        break;
    case 2:
        out += '(' + digits + '.' + exchange + ')';
        break;
    default:
        out += "（" + exchange + digits + "）";
        break;
    }
}

// A random sentence, never one of the last two: repeats side by side would look generated.
// The first sentence of a body names the article's own bank or company, as a lead would.
const char *ArticleComposer::nextSentence()
{
    const auto all = sentences();
    const char *lead = nullptr;
    if (m_current.recent[0] < 0 && m_current.mainEntity >= 0)
        lead = entities()[m_current.mainEntity].kind == EntityKind::Bank ? "{B" : "{C";
    else if (m_current.recent[0] < 0 && m_current.policyBank >= 0)
        lead = "{PB";
    int index = 0;
    do
        index = int(m_rng.bounded(all.size));
    while (index == m_current.recent[0] || index == m_current.recent[1]
           || (lead && !std::strstr(all[index], lead)));
    m_current.recent[1] = m_current.recent[0];
    m_current.recent[0] = index;
    return all[index];
}

int ArticleComposer::pickEntity(EntityKind kind)
{
    const auto all = entities();
    for (;;) { // rejection sampling: the table is two-thirds banks, so this ends quickly
        const int index = int(m_rng.bounded(all.size));
        if (all[index].kind == kind)
            return index;
    }
}

void ArticleComposer::appendDecimal(QByteArray &out, int low, int high, int decimals)
{
    const int scale = decimals == 2 ? 100 : 10;
    const int value = int(m_rng.bounded(low, high + 1));
    appendNumber(out, value / scale);
    out += '.';
    appendNumber(out, value % scale, decimals);
}

} // namespace Broadsheet::Tools
