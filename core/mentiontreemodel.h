// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/counttreemodel.h"
#include "core/mentiondictionary.h"

#include <QHash>

namespace Broadsheet::Core {

// The banks and listed companies mentioned anywhere in the library, each with the number of
// articles that mention it: Banks › 工商银行 (its codes in the tooltip). A group shows how many
// banks or companies it holds. Paths are [kind, canonical name], kind
// being "bank" or "company"; a leaf's name is what ArticleFilterProxyModel::setMentionFilter
// takes. Counts come from Article::mentions, which the index may find after an article was
// listed: updateArticles(before, after) then moves its counts to its new mentions.
class MentionTreeModel final : public CountTreeModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MentionTreeModel)

public:
    explicit MentionTreeModel(const MentionDictionary &dictionary, QObject *parent = nullptr);

    void setDictionary(const MentionDictionary &dictionary) { m_dictionary = dictionary; }
    void clear() // hides CountTreeModel::clear(): the remembered paths go too
    {
        m_paths.clear();
        m_pathsByData.clear();
        CountTreeModel::clear();
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString bankKey() { return QStringLiteral("bank"); }
    static QString companyKey() { return QStringLiteral("company"); }
    // The filter a node stands for: the canonical name of a leaf, empty for a group.
    static QString mentionOf(const QStringList &path)
    {
        return path.size() == 2 ? path.constLast() : QString();
    }

protected:
    QList<QStringList> pathsOf(const Article &article) const override;
    void countArticles(const QList<Article> &articles, int sign, DeltaSum &sum) const override;
    QString labelFor(const QStringList &path) const override;
    QString toolTipFor(const QStringList &path) const override;
    QString headerLabel() const override;

private:
    QStringList pathOfName(const QString &name) const;

    MentionDictionary m_dictionary;
    mutable QHash<QString, QStringList> m_paths; // name → its path, once filed (see pathsOf())
    mutable QHash<const QChar *, QPair<QString, QStringList>> m_pathsByData;
};

} // namespace Broadsheet::Core
