// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/categorytreemodel.h"

namespace Broadsheet::Core {

CategoryTreeModel::CategoryTreeModel(QObject *parent)
    : CountTreeModel(KeyOrder::Ascending, tr("All articles"), parent)
{ }

QStringList CategoryTreeModel::pathFor(const Article &article)
{
    // One list for all uncategorized articles, so that CountTreeModel sums them as one path.
    static const QStringList uncategorized {QString()};
    return article.categories.isEmpty() ? uncategorized : article.categories;
}

QString CategoryTreeModel::labelFor(const QStringList &path) const
{
    const QString &key = path.constLast();
    return key.isEmpty() ? tr("Uncategorized") : key;
}

QString CategoryTreeModel::headerLabel() const
{
    return tr("Category");
}

} // namespace Broadsheet::Core
