// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/counttreemodel.h"

namespace Broadsheet::Core {

// Categories as the articles' `categories` lists describe them: each list is a path
// (金融 › 新浪财经 › 新浪财经－国內). Articles without categories are counted under one
// "Uncategorized" node, whose path is a single empty key. The first row is "All articles".
class CategoryTreeModel final : public CountTreeModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryTreeModel)

public:
    explicit CategoryTreeModel(QObject *parent = nullptr);

    static QStringList pathFor(const Article &article);

protected:
    QList<QStringList> pathsOf(const Article &article) const override { return {pathFor(article)}; }
    void countArticles(const QList<Article> &articles, int sign, DeltaSum &sum) const override
    {
        countAtOnePath(articles, sign, sum, &CategoryTreeModel::pathFor);
    }
    QString labelFor(const QStringList &path) const override;
    QString headerLabel() const override;
};

} // namespace Broadsheet::Core
