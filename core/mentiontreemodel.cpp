// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mentiontreemodel.h"

using namespace Qt::StringLiterals;

namespace Broadsheet::Core {

MentionTreeModel::MentionTreeModel(const MentionDictionary &dictionary, QObject *parent)
    : CountTreeModel(KeyOrder::Ascending, QString(), parent)
    , m_dictionary(dictionary)
{ }

void MentionTreeModel::addArticles(const QList<Article> &articles)
{
    QList<QStringList> paths;
    for (const Article &article : articles) {
        for (const QString &name : article.mentions) {
            const DictionaryEntry *entry = m_dictionary.findByName(name);
            const bool bank = entry && entry->kind == Mention::Kind::Bank;
            paths.append({bank ? bankKey() : companyKey(), name});
        }
    }
    addPaths(paths);
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
