// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/counttreemodel.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Broadsheet::Core {

struct CountTreeModel::Node {
    QString key;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children; // sorted by key in the model's order
    int count = 0;
    int unread = 0;
};

namespace {

template<typename Children>
auto lowerBound(Children &children, const QString &key, CountTreeModel::KeyOrder order)
{
    return std::lower_bound(children.begin(), children.end(), key, [order](const auto &n, const QString &k) {
        return order == CountTreeModel::KeyOrder::Ascending ? n->key < k : n->key > k;
    });
}

} // namespace

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
    const auto it = lowerBound(siblings, node->key, m_order);
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
    case UnreadRole:
        return isTotal ? m_root->unread : node->unread;
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

CountTreeModel::Node *CountTreeModel::findChild(const Node *parent, const QString &key) const
{
    const auto &children = parent->children;
    const auto it = lowerBound(children, key, m_order);
    return it != children.end() && (*it)->key == key ? it->get() : nullptr;
}

CountTreeModel::Node *CountTreeModel::childFor(Node *parent, const QString &key)
{
    auto &children = parent->children;
    const auto it = lowerBound(children, key, m_order);
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

void CountTreeModel::removeNode(Node *node)
{
    Node *parent = node->parent;
    const int row = rowOf(node);
    beginRemoveRows(indexFor(parent), row, row);
    auto &siblings = parent->children;
    const auto it = lowerBound(siblings, node->key, m_order);
    siblings.erase(it); // destroys the node and its subtree
    endRemoveRows();
}

void CountTreeModel::changeCounts(const QList<Delta> &deltas)
{
    // Counts change for whole chains of nodes: collect them and tell the views once per batch.
    // Sums are taken over the whole batch before anything is removed, so that taking an article
    // away and counting its new version (updateArticles) leaves the node in place.
    QList<Node *> touched;
    QSet<Node *> seen;
    bool rootTouched = false;
    std::vector<Node *> chain;
    // Articles of one batch share their path lists (one per category, day or name): the nodes
    // of a list are found once, by the list's data, instead of by comparing keys every time.
    QHash<const QString *, std::vector<Node *>> chains;
    for (const Delta &delta : deltas) {
        Node *node = m_root.get();
        const auto known = delta.path.isEmpty() ? chains.cend() : chains.constFind(delta.path.constData());
        if (known != chains.cend()) {
            chain = *known;
        } else {
            chain.clear();
            for (const QString &key : delta.path) {
                node = delta.count > 0 ? childFor(node, key) : findChild(node, key);
                if (!node)
                    break;
                chain.push_back(node);
            }
            if (!node)
                continue; // nothing counted there to take away
            if (!delta.path.isEmpty())
                chains.insert(delta.path.constData(), chain);
        }
        rootTouched = true;
        m_root->count += delta.count;
        m_root->unread += delta.unread;
        for (Node *n : chain) {
            n->count += delta.count;
            n->unread += delta.unread;
            if (!seen.contains(n)) {
                seen.insert(n);
                touched.append(n);
            }
        }
    }
    if (!rootTouched)
        return;

    const auto clamp = [](Node *n) {
        n->count = std::max(0, n->count);
        n->unread = std::clamp(n->unread, 0, n->count);
    };
    clamp(m_root.get());
    for (Node *n : std::as_const(touched))
        clamp(n);

    // Only the topmost empty node of a chain is removed (its subtree goes with it), and only
    // nodes that stay are signalled: the pointers of the others are gone by then.
    const auto ancestorsStay = [this](const Node *n) {
        for (const Node *p = n->parent; p != m_root.get(); p = p->parent) {
            if (p->count == 0)
                return false;
        }
        return true;
    };
    QList<Node *> emptied;
    QList<Node *> changed;
    for (Node *n : std::as_const(touched)) {
        if (!ancestorsStay(n))
            continue;
        (n->count == 0 ? emptied : changed).append(n);
    }
    for (Node *n : std::as_const(emptied))
        removeNode(n);

    // One signal per parent, over the span of its changed children: a batch touches thousands
    // of day or company nodes, and views do work for every signal.
    const QList<int> roles {Qt::DisplayRole, CountRole, UnreadRole};
    QHash<const Node *, std::pair<int, int>> spans;
    for (const Node *node : std::as_const(changed)) {
        const int row = rowOf(node);
        auto span = spans.find(node->parent);
        if (span == spans.end())
            spans.insert(node->parent, {row, row});
        else
            *span = {std::min(span->first, row), std::max(span->second, row)};
    }
    for (auto it = spans.cbegin(); it != spans.cend(); ++it) {
        const QModelIndex parent = indexFor(it.key());
        Q_EMIT dataChanged(index(it->first, LabelColumn, parent), index(it->second, CountColumn, parent),
                           roles);
    }
    if (hasTotalRow())
        Q_EMIT dataChanged(createIndex(0, LabelColumn, m_total.get()),
                           createIndex(0, CountColumn, m_total.get()), roles);
}

void CountTreeModel::addPaths(const QList<QStringList> &paths)
{
    QList<Delta> deltas;
    deltas.reserve(paths.size());
    for (const QStringList &path : paths)
        deltas.append({path, 1, 0});
    changeCounts(deltas);
}

void CountTreeModel::DeltaSum::add(const QStringList &path, int count, int unread)
{
    const auto found = m_deltaOf.constFind(path.constData());
    if (found != m_deltaOf.cend()) {
        Delta &delta = m_deltas[*found];
        delta.count += count;
        delta.unread += unread;
        return;
    }
    m_deltaOf.insert(path.constData(), m_deltas.size());
    m_deltas.append({path, count, unread});
}

void CountTreeModel::countArticles(const QList<Article> &articles, int sign, DeltaSum &sum) const
{
    for (const Article &article : articles) {
        const QList<QStringList> paths = pathsOf(article);
        for (const QStringList &path : paths)
            sum.add(path, sign, article.read ? 0 : sign);
    }
}

void CountTreeModel::addArticles(const QList<Article> &articles)
{
    updateArticles({}, articles);
}

void CountTreeModel::addArticles(const QList<QList<Article>> &lists)
{
    DeltaSum added;
    for (const QList<Article> &articles : lists)
        countArticles(articles, +1, added);
    changeCounts(added.deltas());
}

void CountTreeModel::removeArticles(const QList<Article> &articles)
{
    updateArticles(articles, {});
}

void CountTreeModel::updateArticles(const QList<Article> &before, const QList<Article> &after)
{
    // Summed apart: taking an article away where it was not counted must stay a no-op even
    // when another article is counted there in the same step.
    DeltaSum removed;
    countArticles(before, -1, removed);
    DeltaSum added;
    countArticles(after, +1, added);
    changeCounts(removed.deltas() + added.deltas());
}

void CountTreeModel::setRead(const QList<Article> &articles, bool read)
{
    // Counted as unread articles added (or taken away) with no change to the counts.
    QList<Article> changing;
    for (const Article &article : articles) {
        if (article.read != read)
            changing.append(article);
    }
    DeltaSum sum;
    countArticles(changing, read ? -1 : 1, sum);
    for (Delta &delta : sum.deltas()) {
        delta.unread = delta.count;
        delta.count = 0;
    }
    changeCounts(sum.deltas());
}

void CountTreeModel::clear()
{
    beginResetModel();
    m_root->children.clear();
    m_root->count = 0;
    m_root->unread = 0;
    endResetModel();
}

QModelIndex CountTreeModel::indexOfPath(const QStringList &path) const
{
    if (path.isEmpty())
        return hasTotalRow() ? createIndex(0, 0, m_total.get()) : QModelIndex();
    const Node *node = m_root.get();
    for (const QString &key : path) {
        node = findChild(node, key);
        if (!node)
            return {};
    }
    return indexFor(node);
}

int CountTreeModel::totalCount() const
{
    return m_root->count;
}

int CountTreeModel::totalUnread() const
{
    return m_root->unread;
}

} // namespace Broadsheet::Core
