// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/categorytreemodel.h"

namespace Broadsheet::Core {

CategoryTreeModel::CategoryTreeModel(QObject *parent)
    : CountTreeModel(KeyOrder::Ascending, tr("All articles"), parent)
{ }

QStringList CategoryTreeModel::pathFor(const Article &article)
{
    return article.categories.isEmpty() ? QStringList {QString()} : article.categories;
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
