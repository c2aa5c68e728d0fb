// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mentionextractor.h"

#include "core/mentionsources.h"

#include <QHash>

#include <algorithm>
#include <initializer_list>
#include <vector>

using namespace Qt::StringLiterals;

namespace Broadsheet::Core {

namespace {

using Rule = MentionDictionary::SurfaceRule;
using MentionSources::CodeHit;

struct Hit {
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype listEnd = 0; // `end`, or after the code in brackets that follows the name
    int entry = -1; // into the dictionary's entries, then the ones made up from Sina's markup
    Rule rule = Rule::Anywhere;
    bool confirmed = false;
};

bool isAsciiAlnum(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool startsWithAny(QStringView text, std::initializer_list<QStringView> prefixes)
{
    return std::any_of(prefixes.begin(), prefixes.end(),
                       [text](QStringView p) { return text.startsWith(p); });
}

// 美国进出口银行 is the Export-Import Bank of the United States; the two characters before a
// bank's name that make it a foreign one.
bool isForeignCountry(QStringView twoChars)
{
    static constexpr QStringView countries[] = {
        u"美国", u"英国", u"法国", u"德国", u"日本", u"韩国", u"罗斯", u"印度", u"巴西",
        u"欧洲", u"亚洲", u"非洲", u"美洲", u"泰国", u"越南", u"加坡", u"瑞士", u"瑞典",
        u"大利", u"利亚", u"拿大", u"荷兰", u"班牙", u"朝鲜", u"蒙古", u"伊朗",
    };
    return std::find(std::begin(countries), std::end(countries), twoChars) != std::end(countries);
}

// 工行, 中行 … end in 行, which starts many words: 行业, 行政, 行情 …
bool startsWordWithHang(QChar next)
{
    return QStringView(u"业政情驶使程走列径贿刑销进军踪骗凶李囊权星礼医装善").contains(next);
}

// …and their first character ends many words: 员工, 其中, 提交 … (员工行为, 其中行长, 提交行政).
bool endsWordWith(QChar first, QChar previous)
{
    if (previous.isNull())
        return false;
    QStringView before;
    switch (first.unicode()) {
    case u'工':
        before = u"员职施加化分手民石理电木竣开复停务怠用童技美人军社矿农";
        break;
    case u'建':
        before = u"创组兴新重扩在修筹搭构援共改基营自土再福承";
        break;
    case u'农':
        before = u"务支惠助菜果茶棉粮花蔬林渔牧老富强贫青";
        break;
    case u'中':
        before = u"其集空暗从途当之期心手高正水会眼家市城命居适折";
        break;
    case u'交':
        before = u"外提成递移转上社结面公立相初深至新旧杂性建故";
        break;
    case u'招':
        before = u"高绝花应";
        break;
    case u'宁':
        before = u"安南辽江西永海济咸丁";
        break;
    default:
        return false;
    }
    return before.contains(previous);
}

// Where a list-only alias may start or end: 招行、兴业、民生等 / 兴业和光大均涨超1%.
bool isItemBoundary(QChar c)
{
    return c.isNull() || c.isSpace() || c.isPunct()
        || QStringView(u"和与及或跟等涨跌均都也各两三四五六七八九十几").contains(c);
}

// Between two items of a list.
bool isListSeparator(QStringView gap)
{
    gap = gap.trimmed();
    return gap == u"、" || gap == u"，" || gap == u"," || gap == u"/" || gap == u"／" || gap == u"和"
        || gap == u"与" || gap == u"及" || gap == u"或" || gap == u"跟" || gap == u"以及";
}

// The rules of mentionextractor.h against words that contain a name.
bool isMention(QStringView text, qsizetype start, qsizetype end, QStringView surface, Mention::Kind kind,
               Rule rule)
{
    const QStringView after = text.sliced(end);
    const QChar previous = start > 0 ? text[start - 1] : QChar();
    const QChar next = end < text.size() ? text[end] : QChar();
    // ICBC, not ICBCX; TCL中环 and B站 are bounded on their Latin side only.
    if ((isAsciiAlnum(surface.front()) && isAsciiAlnum(previous))
        || (isAsciiAlnum(surface.back()) && isAsciiAlnum(next)))
        return false;
    if (next == u'业' && !startsWithAny(after.sliced(1), {u"绩", u"务", u"主", u"已"}))
        return false;
    if (startsWithAny(after, {u"行业", u"产业"}))
        return false;
    if (surface.endsWith(u"银行")
        && (next == u'间' || next == u'家'
            || startsWithAny(after, {u"保险监督", u"保险业", u"保险报", u"保险行业"})))
        return false;
    if (kind == Mention::Kind::Bank) {
        if (start >= 2 && isForeignCountry(text.sliced(start - 2, 2)))
            return false;
        if (surface.size() <= 2) {
            if (startsWithAny(after,
                              {u"证券", u"基金", u"信托", u"集团", u"期货", u"保险", u"控股", u"资本",
                               u"租赁", u"国际", u"投资", u"人寿", u"资管"}))
                return false;
            if (surface.endsWith(u'行') && (startsWordWithHang(next) || endsWordWith(surface[0], previous)))
                return false;
        }
    }
    if (rule == Rule::ListOnly && !(isItemBoundary(previous) && isItemBoundary(next)))
        return false;
    return true;
}

bool overlaps(const std::vector<std::pair<qsizetype, qsizetype>> &sorted, qsizetype start, qsizetype end)
{
    auto it = std::lower_bound(sorted.begin(), sorted.end(), std::pair {start, qsizetype(0)});
    if (it != sorted.begin() && std::prev(it)->second > start)
        return true;
    return it != sorted.end() && it->first < end;
}

} // namespace

MentionExtractor::MentionExtractor(const MentionDictionary &dictionary)
    : m_dictionary(dictionary)
{ }

QList<Mention> MentionExtractor::extract(QStringView rawBody, QStringView text) const
{
    const QList<DictionaryEntry> &dictionaryEntries = m_dictionary.entries();
    QList<DictionaryEntry> madeUp; // entries for codes the dictionary lacks, named by Sina or Xueqiu
    const auto entryAt = [&](int index) -> const DictionaryEntry & {
        return index < dictionaryEntries.size() ? dictionaryEntries.at(index)
                                                : madeUp.at(index - dictionaryEntries.size());
    };
    const auto entryFor = [&](const QString &code, const QString &name) -> int {
        if (const int known = m_dictionary.indexOf(m_dictionary.findByCode(code)); known >= 0)
            return known;
        if (const int known = m_dictionary.indexOf(m_dictionary.findByName(name));
            known >= 0 || name.isEmpty() || code.isEmpty())
            return known;
        for (int i = 0; i < madeUp.size(); ++i) {
            if (madeUp.at(i).aShare == code || u"hk"_s + madeUp.at(i).hShare == code)
                return int(dictionaryEntries.size()) + i;
        }
        DictionaryEntry entry;
        entry.name = name;
        if (code.startsWith(u"hk"))
            entry.hShare = code.sliced(2);
        else
            entry.aShare = code;
        madeUp.append(entry);
        return int(dictionaryEntries.size() + madeUp.size() - 1);
    };

    // 1. Codes in the text; names never overlap them ($招商银行(SH600036)$ is one mention).
    const QList<CodeHit> codes = MentionSources::codesIn(text);
    std::vector<std::pair<qsizetype, qsizetype>> codeSpans;
    for (const CodeHit &code : codes)
        codeSpans.emplace_back(code.start, code.end);

    // 2. Names: every match, then the longest acceptable one at the leftmost start.
    const QList<MentionDictionary::Surface> &surfaces = m_dictionary.surfaces();
    const TextMatcher &matcher = m_dictionary.matcher();
    std::vector<std::pair<qsizetype, int>> candidates;
    matcher.forEachMatch(text,
                         [&](qsizetype start, int pattern) { candidates.emplace_back(start, pattern); });
    std::sort(candidates.begin(), candidates.end(), [&](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first
                                  : matcher.patternLength(a.second) > matcher.patternLength(b.second);
    });
    QList<Hit> hits;
    qsizetype covered = 0;
    for (const auto &[start, pattern] : candidates) {
        const qsizetype end = start + matcher.patternLength(pattern);
        if (start < covered || overlaps(codeSpans, start, end))
            continue;
        const MentionDictionary::Surface &surface = surfaces.at(pattern);
        const DictionaryEntry &entry = dictionaryEntries.at(surface.entry);
        if (!isMention(text, start, end, surface.text, entry.kind, surface.rule))
            continue;
        hits.append(Hit {start, end, end, surface.entry, surface.rule, surface.rule == Rule::Anywhere});
        covered = end;
    }
    QHash<qsizetype, qsizetype> nameEndingAt;
    QHash<qsizetype, qsizetype> nameStartingAt;
    for (qsizetype h = 0; h < hits.size(); ++h) {
        nameEndingAt.insert(hits.at(h).end, h);
        nameStartingAt.insert(hits.at(h).start, h);
    }

    // A name right before text[at], but for a space or Hong Kong's marks of share classes:
    // 美团-W(03690), 阿里巴巴-SW（09988）.
    const auto nameBefore = [&](qsizetype at) {
        qsizetype end = at > 0 && text[at - 1] == u' ' ? at - 1 : at;
        qsizetype letters = 0;
        while (letters < 2 && end - letters > 0 && text[end - letters - 1] >= u'A'
               && text[end - letters - 1] <= u'Z')
            ++letters;
        if (letters > 0 && end - letters > 0
            && (text[end - letters - 1] == u'-' || text[end - letters - 1] == u'－'))
            end -= letters + 1;
        return nameEndingAt.value(end, nameEndingAt.value(at, -1));
    };
    const auto nameAfter = [&](qsizetype at) {
        return nameStartingAt.value(at < text.size() && text[at] == u' ' ? at + 1 : at, -1);
    };

    // 3. A code right after (or right before) the name of its entry belongs to that mention and
    // confirms it; others count on their own, except bare numbers in brackets.
    QList<Hit> codeHits;
    for (const CodeHit &code : codes) {
        const int entry = code.form == CodeHit::Form::Cashtag
            ? entryFor(code.code, code.cashtagName)
            : m_dictionary.indexOf(m_dictionary.findByCode(code.code));
        if (entry < 0)
            continue;
        qsizetype name = -1;
        if (code.group >= 0)
            name = nameBefore(code.group);
        else if (code.form != CodeHit::Form::Cashtag)
            name = nameBefore(code.start) >= 0 && hits.at(nameBefore(code.start)).entry == entry
                ? nameBefore(code.start)
                : nameAfter(code.end);
        if (name >= 0 && hits.at(name).entry == entry) {
            Hit &hit = hits[name];
            hit.confirmed = true;
            hit.listEnd = std::max(hit.listEnd, code.groupEnd >= 0 ? code.groupEnd : code.end);
            continue;
        }
        if (code.form != CodeHit::Form::Bracketed)
            codeHits.append(Hit {code.start, code.end, code.end, entry, Rule::Anywhere, true});
    }

    // 4. Sina's markup: its link text confirms context-only names, and finds names the
    // dictionary lacks.
    QHash<int, QStringList> linked; // entry → link texts
    for (const MentionSources::MarkupStock &stock : MentionSources::sinaStocks(rawBody)) {
        const int entry = entryFor(stock.code, stock.linkText);
        if (entry < 0)
            continue;
        QStringList &links = linked[entry];
        if (!stock.linkText.isEmpty() && !links.contains(stock.linkText))
            links.append(stock.linkText);
    }
    for (Hit &hit : hits) {
        if (!hit.confirmed && linked.value(hit.entry).contains(text.sliced(hit.start, hit.end - hit.start)))
            hit.confirmed = true;
    }
    hits.append(codeHits);
    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.start < b.start; });
    std::vector<std::pair<qsizetype, qsizetype>> taken;
    for (const Hit &hit : std::as_const(hits))
        taken.emplace_back(hit.start, hit.end);
    QList<Hit> linkHits;
    for (auto it = linked.cbegin(); it != linked.cend(); ++it) {
        for (const QString &link : it.value()) {
            if (m_dictionary.indexOf(m_dictionary.findByName(link)) == it.key()
                && it.key() < dictionaryEntries.size())
                continue; // already searched for as a surface of the entry
            for (qsizetype at = text.indexOf(link); at >= 0; at = text.indexOf(link, at + link.size())) {
                if (overlaps(taken, at, at + link.size()))
                    continue;
                const std::pair span {at, at + link.size()};
                taken.insert(std::upper_bound(taken.begin(), taken.end(), span), span);
                linkHits.append(Hit {span.first, span.second, span.second, it.key(), Rule::Anywhere, true});
            }
        }
    }
    if (!linkHits.isEmpty()) {
        hits.append(linkHits);
        std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.start < b.start; });
    }

    // 5. List-only aliases next to a confirmed item of the same kind, until nothing changes.
    for (bool changed = true; changed;) {
        changed = false;
        for (qsizetype h = 0; h < hits.size(); ++h) {
            Hit &hit = hits[h];
            if (hit.confirmed || hit.rule != Rule::ListOnly)
                continue;
            const auto neighbour = [&](qsizetype other) {
                if (other < 0 || other >= hits.size() || !hits.at(other).confirmed
                    || entryAt(hits.at(other).entry).kind != entryAt(hit.entry).kind)
                    return false;
                const Hit &first = other < h ? hits.at(other) : hit;
                const Hit &second = other < h ? hit : hits.at(other);
                return first.listEnd <= second.start
                    && isListSeparator(text.sliced(first.listEnd, second.start - first.listEnd));
            };
            if (neighbour(h - 1) || neighbour(h + 1)) {
                hit.confirmed = true;
                changed = true;
            }
        }
    }

    // 6. One mention per entry.
    QHash<int, qsizetype> mentionOf;
    QList<Mention> mentions;
    const auto mentionFor = [&](int entry) -> Mention & {
        if (const auto it = mentionOf.constFind(entry); it != mentionOf.cend())
            return mentions[it.value()];
        const DictionaryEntry &e = entryAt(entry);
        mentionOf.insert(entry, mentions.size());
        mentions.append(Mention {e.kind, e.name, e.fullName, e.aShare, e.hShare, 0, {}, {}});
        return mentions.last();
    };
    for (const Hit &hit : std::as_const(hits)) {
        if (!hit.confirmed)
            continue;
        Mention &mention = mentionFor(hit.entry);
        ++mention.count;
        mention.occurrences.append({hit.start, hit.end - hit.start});
        const QString surface = text.sliced(hit.start, hit.end - hit.start).toString();
        if (!mention.surfaces.contains(surface))
            mention.surfaces.append(surface);
    }
    for (auto it = linked.cbegin(); it != linked.cend(); ++it) {
        Mention &mention = mentionFor(it.key());
        mention.count = std::max(mention.count, 1);
    }
    std::sort(mentions.begin(), mentions.end(), [](const Mention &a, const Mention &b) {
        if (a.kind != b.kind)
            return a.kind == Mention::Kind::Bank;
        return a.count != b.count ? a.count > b.count : a.name < b.name;
    });
    return mentions;
}

} // namespace Broadsheet::Core
