// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mentionsources.h"

#include "core/mentiondictionary.h"
#include "core/plaintext.h"

using namespace Qt::StringLiterals;

namespace Broadsheet::Core::MentionSources {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// A code glued to one of these is part of a URL, a file name or a longer token
// (https://xueqiu.com/S/SH600036, stockCode=600036, stock_sh601398), not a mention.
bool gluesToToken(QChar c)
{
    return isAsciiDigit(c) || isAsciiLetter(c) || QStringView(u"/=_.-?&#%:@+\\").contains(c);
}

bool isOpenBracket(QChar c)
{
    return c == u'(' || c == u'（';
}

bool isCloseBracket(QChar c)
{
    return c == u')' || c == u'）';
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\u3000' || c == u'\u00a0';
}

// The link text of the <a> right after the span tag that ends at or after `from`.
QString linkTextAfter(QStringView raw, qsizetype from)
{
    // Sina writes the link straight after the span tag; 600 characters cover a long href.
    constexpr qsizetype reach = 600;
    const QStringView window = raw.sliced(from, std::min(reach, raw.size() - from));
    const qsizetype spanEnd = window.indexOf(u'>');
    if (spanEnd < 0)
        return {};
    const QStringView rest = window.sliced(spanEnd + 1).trimmed();
    if (!rest.startsWith(u"<a", Qt::CaseInsensitive) || rest.size() < 3
        || !(rest[2] == u'>' || rest[2] == u' ' || rest[2] == u'\t' || rest[2] == u'\n'))
        return {};
    const qsizetype open = rest.indexOf(u'>');
    const qsizetype close = rest.indexOf(u"</a", open, Qt::CaseInsensitive);
    if (open < 0 || close < 0)
        return {};
    return PlainText::fromHtml(rest.sliced(open + 1, close - open - 1)).simplified();
}

} // namespace

QList<MarkupStock> sinaStocks(QStringView raw)
{
    QList<MarkupStock> stocks;
    for (qsizetype at = raw.indexOf(u"stock_"); at >= 0; at = raw.indexOf(u"stock_", at + 6)) {
        // Only the id of an element: id="stock_sh601398" (quote_sh601398 is the price box).
        qsizetype before = at;
        if (before > 0 && (raw[before - 1] == u'"' || raw[before - 1] == u'\''))
            --before;
        if (before < 3 || raw[before - 1] != u'='
            || raw.sliced(before - 3, 2).compare(u"id", Qt::CaseInsensitive) != 0)
            continue;
        qsizetype end = at + 6;
        while (end < raw.size() && (isAsciiLetter(raw[end]) || isAsciiDigit(raw[end])))
            ++end;
        const QStringView token = raw.sliced(at + 6, end - at - 6);
        const QString code = MentionDictionary::normalizedCode(token);
        if (code.isEmpty() || !isAsciiLetter(token[0]))
            continue;
        stocks.append({code, linkTextAfter(raw, end)});
    }
    for (qsizetype at = raw.indexOf(u"news_keyword_pub"); at >= 0;
         at = raw.indexOf(u"news_keyword_pub", at + 16)) {
        const qsizetype close = raw.indexOf(u"-->", at);
        const QStringView comment = raw.sliced(at, (close < 0 ? raw.size() : close) - at);
        qsizetype i = 0;
        while (i < comment.size()) {
            while (i < comment.size() && !isAsciiLetter(comment[i]) && !isAsciiDigit(comment[i]))
                ++i;
            qsizetype end = i;
            while (end < comment.size() && (isAsciiLetter(comment[end]) || isAsciiDigit(comment[end])))
                ++end;
            const QStringView token = comment.sliced(i, end - i);
            if (token.size() >= 7 && isAsciiLetter(token[0]) && isAsciiDigit(token.back())) {
                if (const QString code = MentionDictionary::normalizedCode(token); !code.isEmpty())
                    stocks.append({code, {}});
            }
            i = end;
        }
    }
    return stocks;
}

namespace {

// $招商银行(SH600036)$ at text[at] == '$'; returns the end, or `at`.
qsizetype cashtagAt(QStringView text, qsizetype at, CodeHit *hit)
{
    constexpr qsizetype longestName = 32;
    constexpr qsizetype longestCode = 12;
    qsizetype i = at + 1;
    while (i < text.size() && i - at <= longestName && !isOpenBracket(text[i]) && text[i] != u'$'
           && text[i] != u'\n')
        ++i;
    if (i >= text.size() || !isOpenBracket(text[i]) || i == at + 1)
        return at;
    const qsizetype codeStart = i + 1;
    qsizetype codeEnd = codeStart;
    while (codeEnd < text.size() && codeEnd - codeStart <= longestCode && !isCloseBracket(text[codeEnd])
           && text[codeEnd] != u'$' && text[codeEnd] != u'\n')
        ++codeEnd;
    if (codeEnd + 1 >= text.size() || !isCloseBracket(text[codeEnd]) || text[codeEnd + 1] != u'$')
        return at;
    hit->start = at;
    hit->end = codeEnd + 2;
    hit->form = CodeHit::Form::Cashtag;
    hit->cashtagName = text.sliced(at + 1, i - at - 1).trimmed().toString();
    hit->code = MentionDictionary::normalizedCode(text.sliced(codeStart, codeEnd - codeStart));
    return hit->end;
}

// The forms of a run of digits text[start, end); false when it is no code.
bool codeAt(QStringView text, qsizetype start, qsizetype end, CodeHit *hit)
{
    const qsizetype digits = end - start;
    const QChar before = start > 0 ? text[start - 1] : QChar();
    const auto gluedBefore = [&](qsizetype at) {
        return at > 0 && gluesToToken(text[at - 1]);
    };
    const auto gluedAfter = [&](qsizetype at) {
        if (at >= text.size())
            return false;
        if (text[at] == u'.') // the end of a sentence, or .shtml
            return at + 1 < text.size() && (isAsciiLetter(text[at + 1]) || isAsciiDigit(text[at + 1]));
        return gluesToToken(text[at]) && text[at] != u'-' && text[at] != u':';
    };
    hit->form = CodeHit::Form::Explicit;

    // 601398.SH, 00939.HK (also 939.HK, 0939.HK as some sites write it)
    if (end + 3 <= text.size() && text[end] == u'.' && isAsciiLetter(text[end + 1])
        && isAsciiLetter(text[end + 2]) && !gluedAfter(end + 3) && !gluedBefore(start)) {
        const QString code = MentionDictionary::normalizedCode(text.sliced(start, end + 3 - start));
        if (!code.isEmpty()) {
            hit->start = start;
            hit->end = end + 3;
            hit->code = code;
            return true;
        }
    }
    if (gluedAfter(end))
        return false;
    // sh601398, SZ000001
    if (digits == 6 && start >= 2 && isAsciiLetter(text[start - 1]) && isAsciiLetter(text[start - 2])
        && !gluedBefore(start - 2)) {
        const QString code = MentionDictionary::normalizedCode(text.sliced(start - 2, end - start + 2));
        if (!code.isEmpty() && !code.startsWith(u"hk")) {
            hit->start = start - 2;
            hit->end = end;
            hit->code = code;
            return true;
        }
    }
    // HK:00939, HK：00939, HK00939
    const bool colon = before == u':' || before == u'：';
    const qsizetype letters = start - (colon ? 3 : 2);
    if (letters >= 0 && (digits == 5 || (colon && digits == 4))
        && text.sliced(letters, 2).compare(u"hk", Qt::CaseInsensitive) == 0 && !gluedBefore(letters)) {
        hit->start = letters;
        hit->end = end;
        hit->code = MentionDictionary::normalizedCode(QString(u"hk"_s + text.sliced(start, digits)));
        return true;
    }
    if (digits != 5 && digits != 6)
        return false;
    hit->start = start;
    hit->end = end;
    hit->code = MentionDictionary::normalizedCode(text.sliced(start, digits));
    // （601398） and A股（600036）
    if (isOpenBracket(before) && end < text.size() && isCloseBracket(text[end])) {
        const QStringView label =
            text.sliced(std::max<qsizetype>(0, start - 3), std::min<qsizetype>(2, start - 1));
        hit->form = label == u"A股" || label == u"H股" ? CodeHit::Form::Labelled : CodeHit::Form::Bracketed;
        return true;
    }
    // 证券代码：000001, 股票代码 000001
    qsizetype i = start;
    while (i > 0 && start - i < 8 && isSpace(text[i - 1]))
        --i;
    if (i > 0 && (text[i - 1] == u':' || text[i - 1] == u'：'))
        --i;
    while (i > 0 && start - i < 12 && isSpace(text[i - 1]))
        --i;
    if (i >= 2 && text.sliced(i - 2, 2) == u"代码") {
        hit->form = CodeHit::Form::Labelled;
        return true;
    }
    return false;
}

} // namespace

QList<CodeHit> codesIn(QStringView text)
{
    QList<CodeHit> hits;
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = text[i];
        if (c == u'$') {
            CodeHit hit;
            if (const qsizetype end = cashtagAt(text, i, &hit); end > i) {
                hits.append(hit);
                i = end;
                continue;
            }
        }
        if (!isAsciiDigit(c)) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < size && isAsciiDigit(text[end]))
            ++end;
        CodeHit hit;
        if ((i == 0 || !isAsciiDigit(text[i - 1])) && codeAt(text, i, end, &hit) && !hit.code.isEmpty()
            && (hits.isEmpty() || hits.constLast().end <= hit.start)) {
            // The bracket group a code is in: （601318.SH；02318.HK） after 中国平安保险（集团）股份有限公司.
            if (hit.start > 0 && isOpenBracket(text[hit.start - 1])) {
                hit.group = hit.start - 1;
            } else if (!hits.isEmpty() && hits.constLast().group >= 0) {
                const QStringView gap = text.sliced(hits.constLast().end, hit.start - hits.constLast().end);
                if (gap.size() == 1 && QStringView(u"；;，,、/ ").contains(gap[0]))
                    hit.group = hits.constLast().group;
            }
            if (hit.group >= 0 && hit.end < size && isCloseBracket(text[hit.end]))
                hit.groupEnd = hit.end + 1;
            hits.append(hit);
        }
        i = std::max(end, hit.end);
    }
    return hits;
}

} // namespace Broadsheet::Core::MentionSources
