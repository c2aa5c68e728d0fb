// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/boilerplate.h"

namespace Broadsheet::Core {

namespace {

enum class Match {
    ClassToken, // one of the element's class tokens equals the needle
    TextEquals, // the element's whole (short) text equals the needle
    TextStartsWith, // the element's (short) text starts with the needle
};

struct Rule {
    QStringView source; // where the rule was seen, for whoever extends the table
    Match match;
    QStringView tag; // empty: any element
    QStringView needle;
    Boilerplate::Action action;
};

using Action = Boilerplate::Action;

// Every rule was taken from real article bodies; add a row per new source. Class rules come
// first because they cost nothing; text rules only run for short elements.
constexpr Rule kRules[] = {
    // Sina Finance's end-of-article promotion: a bordered box with a QR code and a slogan.
    {u"sina", Match::ClassToken, {}, u"appendQr_wrap", Action::Remove},
    // The same box when a scraper lost the class attributes: the slogan is the box's only text.
    {u"sina", Match::TextEquals, u"div", u"海量资讯、精准解读，尽在新浪财经APP", Action::Remove},
    // "责任编辑：张亚楠" — Sina marks it with a class, older pages and re-posts do not, and
    // some write the colon in ASCII.
    {u"sina", Match::ClassToken, u"p", u"article-editor", Action::RemoveEditor},
    {u"sina", Match::TextStartsWith, u"p", u"责任编辑：", Action::RemoveEditor},
    {u"sina", Match::TextStartsWith, u"p", u"责任编辑:", Action::RemoveEditor},
};

constexpr QStringView kEditorLabel = u"责任编辑";

bool isAsciiSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

bool hasClassToken(QStringView classes, QStringView token)
{
    qsizetype i = 0;
    while (i < classes.size()) {
        while (i < classes.size() && isAsciiSpace(classes[i]))
            ++i;
        const qsizetype start = i;
        while (i < classes.size() && !isAsciiSpace(classes[i]))
            ++i;
        if (i > start && classes.sliced(start, i - start) == token)
            return true;
    }
    return false;
}

// "责任编辑：张亚楠" → "张亚楠"; text without the label is taken as the name itself.
QString editorName(QStringView text)
{
    if (text.startsWith(kEditorLabel)) {
        text = text.sliced(kEditorLabel.size());
        if (!text.isEmpty() && (text.front() == u'：' || text.front() == u':'))
            text = text.sliced(1);
    }
    return text.trimmed().toString();
}

} // namespace

Boilerplate::Verdict Boilerplate::judge(const Element &element)
{
    // The text is collected at most once, and only if a text rule applies to this tag.
    std::optional<std::optional<QString>> text;
    auto textOf = [&]() -> const std::optional<QString> & {
        if (!text)
            text = element.text ? element.text() : std::optional<QString>();
        return *text;
    };

    for (const Rule &rule : kRules) {
        if (!rule.tag.isEmpty() && rule.tag != element.tag)
            continue;
        bool matched = false;
        switch (rule.match) {
        case Match::ClassToken:
            matched = hasClassToken(element.classes, rule.needle);
            break;
        case Match::TextEquals:
            matched = textOf() && *textOf() == rule.needle;
            break;
        case Match::TextStartsWith:
            matched = textOf() && textOf()->startsWith(rule.needle);
            break;
        }
        if (!matched)
            continue;
        Verdict verdict {rule.action, {}};
        if (rule.action == Action::RemoveEditor && textOf())
            verdict.editor = editorName(*textOf());
        return verdict;
    }
    return {};
}

} // namespace Broadsheet::Core
