// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/articleselection.h"

#include "app/commandline.h"
#include "core/library.h"
#include "core/localday.h"
#include "core/searchquery.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace Broadsheet::App {

void ArticleSelection::addOptions(QCommandLineParser &parser, int filters)
{
    if (filters & Category)
        parser.addOption({u"category"_s,
                          tr("Only articles in this category or below it: a path joined by “ › ” or "
                             "“/” (金融/新浪财经)."),
                          tr("CATEGORY")});
    if (filters & Dates) {
        parser.addOption(
            {u"from"_s, tr("Only articles of this day or later (yyyy-MM-dd, local time)."), tr("DATE")});
        parser.addOption(
            {u"to"_s, tr("Only articles of this day or earlier (yyyy-MM-dd, local time)."), tr("DATE")});
    }
    if (filters & Mention)
        parser.addOption({u"mention"_s,
                          tr("Only articles that mention this bank or company: a name, an alias or a stock "
                             "code (工商银行, 工行, 601398, 00939.HK)."),
                          tr("CODE_OR_NAME")});
    if (filters & Search)
        parser.addOption({u"search"_s,
                          tr("Only articles whose title or text contains these words, as the window's "
                             "search box finds them (河南 银行, \"Bank of China\")."),
                          tr("QUERY")});
    if (filters & Unread)
        parser.addOption({u"unread"_s, tr("Only articles not read yet in the window.")});
}

QString ArticleSelection::read(const QCommandLineParser &parser)
{
    const QStringList names = parser.optionNames();
    const auto given = [&names](const QString &name) {
        return names.contains(name);
    };
    for (const auto &[name, date] : {std::pair {u"from"_s, &m_from}, std::pair {u"to"_s, &m_to}}) {
        if (!given(name))
            continue;
        *date = QDate::fromString(parser.value(name), u"yyyy-MM-dd"_s);
        if (!date->isValid())
            return tr("--%1 wants a date written yyyy-MM-dd, not “%2”.").arg(name, parser.value(name));
    }
    if (given(u"mention"_s)) {
        const std::optional<QString> name = CommandLine::mentionNamed(parser.value(u"mention"_s));
        if (!name)
            return tr("No bank or company in the dictionary is called or coded “%1”.")
                .arg(parser.value(u"mention"_s));
        m_mention = *name;
    }
    if (given(u"category"_s))
        m_category = CommandLine::categoryPath(parser.value(u"category"_s));
    if (given(u"search"_s)) {
        m_search = parser.value(u"search"_s);
        if (Core::SearchQuery(m_search).isEmpty())
            return tr("--search wants words to look for, not “%1”.").arg(m_search);
    }
    m_unread = given(u"unread"_s);
    return {};
}

bool ArticleSelection::select(Core::Library &library, QList<Core::Article> &articles, QString *error) const
{
    std::optional<QSet<qint64>> found;
    if (!m_search.isEmpty()) {
        found = library.search(Core::SearchQuery(m_search), error);
        if (!found)
            return false;
    }
    articles = library.articles()->articles();
    articles.removeIf([&](const Core::Article &article) {
        const QDate day = Core::localDay(article.date);
        return (found && !found->contains(article.indexId))
            || (!m_mention.isEmpty() && !article.mentions.contains(m_mention))
            || (!m_category.isEmpty() && !CommandLine::inCategory(article, m_category))
            || (m_from.isValid() && day < m_from) || (m_to.isValid() && day > m_to)
            || (m_unread && article.read);
    });
    return true;
}

} // namespace Broadsheet::App
