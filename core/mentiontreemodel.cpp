// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mentiontreemodel.h"

#include <vector>

using namespace Qt::StringLiterals;

namespace Broadsheet::Core {

MentionTreeModel::MentionTreeModel(const MentionDictionary &dictionary, QObject *parent)
    : CountTreeModel(KeyOrder::Ascending, QString(), parent)
    , m_dictionary(dictionary)
{ }

QStringList MentionTreeModel::pathOfName(const QString &name) const
{
    // A name already in the tree stays in its group: the dictionary may have changed since it
    // was counted, and taking the article away must find it where it was counted. A name the
    // dictionary does not know is filed as a company.
    // Remembered per name: looking a name up among thousands of companies for every mention of
    // every article made opening a large library slow, and shared lists let CountTreeModel sum
    // the articles of a name as one path.
    // Names are shared strings (NameList hands out one copy per name): their data pointer
    // finds them without hashing the text. The cache holds the string, so the pointer cannot
    // be reused by another text while it is there.
    const auto byData = m_pathsByData.constFind(name.constData());
    if (byData != m_pathsByData.cend())
        return byData->second;
    auto found = m_paths.constFind(name);
    if (found == m_paths.cend()) {
        bool bank = indexOfPath({bankKey(), name}).isValid();
        if (!bank && !indexOfPath({companyKey(), name}).isValid()) {
            const DictionaryEntry *entry = m_dictionary.findByName(name);
            bank = entry && entry->kind == Mention::Kind::Bank;
        }
        found = m_paths.insert(name, {bank ? bankKey() : companyKey(), name});
    }
    if (name.isEmpty())
        return *found;
    return m_pathsByData.insert(name.constData(), {name, *found})->second;
}

QList<QStringList> MentionTreeModel::pathsOf(const Article &article) const
{
    QList<QStringList> paths;
    paths.reserve(article.mentions.size());
    for (const QString &name : article.mentions)
        paths.append(pathOfName(name));
    return paths;
}

void MentionTreeModel::countArticles(const QList<Article> &articles, int sign, DeltaSum &sum) const
{
    // Summed per name first, in an array by NameList id: an article names eight banks and
    // companies on average, out of a few thousand names.
    struct Count {
        int count = 0;
        int unread = 0;
    };
    std::vector<Count> counts;
    for (const Article &article : articles) {
        for (const NameList::Id id : article.mentions.ids()) {
            if (id >= counts.size())
                counts.resize(std::max<size_t>(id + 1, 2 * counts.size()));
            counts[id].count += sign;
            counts[id].unread += article.read ? 0 : sign;
        }
    }
    for (size_t id = 0; id < counts.size(); ++id) {
        if (counts[id].count != 0)
            sum.add(pathOfName(NameList::nameOf(NameList::Id(id))), counts[id].count, counts[id].unread);
    }
}

QString MentionTreeModel::labelFor(const QStringList &path) const
{
    if (path.size() == 1)
        return path.constFirst() == bankKey() ? tr("Banks") : tr("Listed companies");
    return path.constLast();
}

QString MentionTreeModel::toolTipFor(const QStringList &path) const
{
    if (path.size() != 2)
        return {};
    const DictionaryEntry *entry = m_dictionary.findByName(path.constLast());
    if (!entry)
        return path.constLast();
    QStringList codes;
    if (!entry->aShare.isEmpty())
        codes.append(entry->aShare);
    if (!entry->hShare.isEmpty())
        codes.append(entry->hShare + u".HK"_s);
    const QString name = entry->fullName.isEmpty() ? entry->name : entry->fullName;
    return codes.isEmpty() ? name : tr("%1 (%2)", "full name, stock codes").arg(name, codes.join(u", "_s));
}

QVariant MentionTreeModel::data(const QModelIndex &index, int role) const
{
    // A group's own count would add up mentions, not articles (an article naming three banks
    // counts three times); the number of banks or companies it holds is what it can truthfully say.
    if (index.isValid() && !index.parent().isValid() && index.column() == CountColumn
        && (role == Qt::DisplayRole || role == CountRole)) {
        return rowCount(index.siblingAtColumn(LabelColumn));
    }
    // For the same reason its unread number is how many of them have unread articles.
    if (index.isValid() && !index.parent().isValid() && role == UnreadRole) {
        const QModelIndex group = index.siblingAtColumn(LabelColumn);
        int withUnread = 0;
        for (int row = 0; row < rowCount(group); ++row)
            withUnread += this->index(row, LabelColumn, group).data(UnreadRole).toInt() > 0 ? 1 : 0;
        return withUnread;
    }
    if (index.isValid() && !index.parent().isValid() && role == Qt::ToolTipRole) {
        const int count = rowCount(index.siblingAtColumn(LabelColumn));
        return index.data(PathRole).toStringList().value(0) == bankKey()
            ? tr("%1 banks mentioned").arg(count)
            : tr("%1 companies mentioned").arg(count);
    }
    return CountTreeModel::data(index, role);
}

QString MentionTreeModel::headerLabel() const
{
    return tr("Mentioned");
}

} // namespace Broadsheet::Core
