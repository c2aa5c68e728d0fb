// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/counttreemodel.h"

#include <QSet>

#include <algorithm>

namespace Broadsheet::Core {

struct CountTreeModel::Node {
    QString key;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children; // sorted by key in the model's order
    int count = 0;
};

CountTreeModel::CountTreeModel(KeyOrder order, const QString &totalLabel, QObject *parent)
    : QAbstractItemModel(parent)
    , m_order(order)
    , m_totalLabel(totalLabel)
    , m_root(std::make_unique<Node>())
{
    if (hasTotalRow()) {
        // The "All articles" row is the only node that is not in its parent's children.
        m_total = std::make_unique<Node>();
        m_total->parent = m_root.get();
    }
}

CountTreeModel::~CountTreeModel() = default;

CountTreeModel::Node *CountTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

int CountTreeModel::rowOf(const Node *node) const
{
    if (node == m_total.get())
        return 0;
    const auto &siblings = node->parent->children;
    const auto it = std::lower_bound(siblings.begin(), siblings.end(), node->key,
                                     [this](const std::unique_ptr<Node> &n, const QString &key) {
                                         return m_order == KeyOrder::Ascending ? n->key < key : n->key > key;
                                     });
    const int offset = (node->parent == m_root.get() && hasTotalRow()) ? 1 : 0;
    return int(it - siblings.begin()) + offset;
}

QModelIndex CountTreeModel::indexFor(const Node *node, int column) const
{
    if (node == m_root.get())
        return {};
    return createIndex(rowOf(node), column, const_cast<Node *>(node));
}

QModelIndex CountTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *parentNode = nodeFor(parent);
    int childRow = row;
    if (parentNode == m_root.get() && hasTotalRow()) {
        if (row == 0)
            return createIndex(0, column, m_total.get());
        childRow = row - 1;
    }
    return createIndex(row, column, parentNode->children.at(size_t(childRow)).get());
}

QModelIndex CountTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = nodeFor(child);
    return indexFor(node->parent);
}

int CountTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *node = nodeFor(parent);
    const int extra = (node == m_root.get() && hasTotalRow()) ? 1 : 0;
    return int(node->children.size()) + extra;
}

int CountTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CountTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    const bool isTotal = node == m_total.get();
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == CountColumn)
            return isTotal ? m_root->count : node->count;
        return isTotal ? m_totalLabel : labelFor(pathOf(node));
    case Qt::ToolTipRole:
        return isTotal ? QVariant() : QVariant(toolTipFor(pathOf(node)));
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case PathRole:
        return isTotal ? QStringList() : pathOf(node);
    case CountRole:
        return isTotal ? m_root->count : node->count;
    case IsTotalRole:
        return isTotal;
    }
    return {};
}

QVariant CountTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == LabelColumn ? headerLabel() : tr("Articles");
}

QStringList CountTreeModel::pathOf(const Node *node) const
{
    QStringList path;
    for (; node && node != m_root.get() && node != m_total.get(); node = node->parent)
        path.prepend(node->key);
    return path;
}

CountTreeModel::Node *CountTreeModel::childFor(Node *parent, const QString &key)
{
    auto &children = parent->children;
    const auto it = std::lower_bound(children.begin(), children.end(), key,
                                     [this](const std::unique_ptr<Node> &n, const QString &k) {
                                         return m_order == KeyOrder::Ascending ? n->key < k : n->key > k;
                                     });
    if (it != children.end() && (*it)->key == key)
        return it->get();

    const int offset = (parent == m_root.get() && hasTotalRow()) ? 1 : 0;
    const int row = int(it - children.begin()) + offset;
    beginInsertRows(indexFor(parent), row, row);
    auto node = std::make_unique<Node>();
    node->key = key;
    node->parent = parent;
    Node *inserted = node.get();
    children.insert(it, std::move(node));
    endInsertRows();
    return inserted;
}

void CountTreeModel::addPaths(const QList<QStringList> &paths)
{
    if (paths.isEmpty())
        return;
    // Counts change for whole chains of nodes: collect them and tell the views once per batch.
    QSet<Node *> touched;
    for (const QStringList &path : paths) {
        ++m_root->count;
        Node *node = m_root.get();
        for (const QString &key : path) {
            node = childFor(node, key);
            ++node->count;
            touched.insert(node);
        }
    }
    for (Node *node : std::as_const(touched)) {
        const QModelIndex changed = indexFor(node, CountColumn);
        Q_EMIT dataChanged(changed, changed, {Qt::DisplayRole, CountRole});
    }
    if (hasTotalRow()) {
        const QModelIndex total = createIndex(0, CountColumn, m_total.get());
        Q_EMIT dataChanged(total, total, {Qt::DisplayRole, CountRole});
    }
}

void CountTreeModel::clear()
{
    beginResetModel();
    m_root->children.clear();
    m_root->count = 0;
    endResetModel();
}

QModelIndex CountTreeModel::indexOfPath(const QStringList &path) const
{
    if (path.isEmpty())
        return hasTotalRow() ? createIndex(0, 0, m_total.get()) : QModelIndex();
    const Node *node = m_root.get();
    for (const QString &key : path) {
        const auto &children = node->children;
        const auto it = std::find_if(children.begin(), children.end(),
                                     [&key](const std::unique_ptr<Node> &n) { return n->key == key; });
        if (it == children.end())
            return {};
        node = it->get();
    }
    return indexFor(node);
}

int CountTreeModel::totalCount() const
{
    return m_root->count;
}

} // namespace Broadsheet::Core
