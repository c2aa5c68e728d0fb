// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>
#include <vector>

namespace Broadsheet::Core {

// A tree of keys with an article count on every node, the count including the node's
// descendants: the base of the category tree and the date tree. Each article contributes one
// path of keys (金融 › 新浪财经 › 新浪财经－国內, or 2022 › 02 › 10). Children stay sorted by key,
// so rows never move once inserted and views keep their selection while a scan is running.
//
// Column 0 shows the label, column 1 the count. PathRole gives the node's key path, which is
// what a filter needs. An optional first row stands for the whole library ("All articles").
// Every node also counts its unread articles (UnreadRole); a node whose count drops to zero
// is removed, and so are the ancestors it leaves empty.
class CountTreeModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountTreeModel)

public:
    enum Column { LabelColumn, CountColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, // QStringList: keys from the top; empty for the "all" row
        CountRole, // int
        IsTotalRole, // bool: the "All articles" row
        UnreadRole, // int: how many of the articles counted are unread
    };
    enum class KeyOrder { Ascending, Descending };

    ~CountTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A change of the counts under one path; negative numbers take articles away.
    struct Delta {
        QStringList path;
        int count = 0;
        int unread = 0;
    };

    // Applies all deltas, then removes the nodes left with no article, then signals each
    // remaining node that changed once. Nodes are created for positive counts only: taking
    // away from a path that is not in the tree does nothing. An empty path changes the total
    // only. Counts never go below zero, nor unread above the count.
    void changeCounts(const QList<Delta> &deltas);
    // Counts one read article under each path.
    void addPaths(const QList<QStringList> &paths);

    // The same for articles, under the path or paths the tree files them at (pathsOf()).
    // Articles that are removed or changed must be passed as they were when they were counted.
    void addArticles(const QList<Article> &articles);
    // The same for several lists at once, in one change of the tree.
    void addArticles(const QList<QList<Article>> &lists);
    void removeArticles(const QList<Article> &articles);
    // Counts `after` instead of `before` in one step, so that a node whose articles changed but
    // did not all go keeps its row (and a view its selection). Takes ArticleListModel::Changes.
    void updateArticles(const QList<Article> &before, const QList<Article> &after);
    // Adjusts the unread counts for the articles whose state differs from `read`.
    void setRead(const QList<Article> &articles, bool read);

    void clear();

    QModelIndex indexOfPath(const QStringList &path) const;
    int totalCount() const;
    int totalUnread() const;

protected:
    CountTreeModel(KeyOrder order, const QString &totalLabel, QObject *parent);

    // Sums the deltas of many articles per path. Articles share their path lists (one per
    // category, day or name), so the sum is kept per list: 100,000 articles make a few
    // thousand deltas rather than one per article and name. The deltas hold the lists, so no
    // other list can take a data pointer over while a sum is taken.
    class DeltaSum
    {
    public:
        void add(const QStringList &path, int count, int unread);
        QList<Delta> &deltas() { return m_deltas; }

    private:
        QHash<const QString *, qsizetype> m_deltaOf;
        QList<Delta> m_deltas;
    };

    // Where the tree counts an article: one path for most trees, one per mention for some.
    virtual QList<QStringList> pathsOf(const Article &article) const = 0;
    // Adds `sign` for every path of every article (and for the unread ones to the unread
    // counts). The default asks pathsOf(); trees override it to count without a list per article.
    virtual void countArticles(const QList<Article> &articles, int sign, DeltaSum &sum) const;
    // countArticles() for trees that file an article at one path, given by `pathOf`.
    template<typename PathOf>
    static void countAtOnePath(const QList<Article> &articles, int sign, DeltaSum &sum, PathOf pathOf)
    {
        for (const Article &article : articles)
            sum.add(pathOf(article), sign, article.read ? 0 : sign);
    }
    // The text shown for the node at `path` (its own key is path.last()).
    virtual QString labelFor(const QStringList &path) const = 0;
    virtual QString toolTipFor(const QStringList &path) const
    {
        Q_UNUSED(path)
        return {};
    }
    virtual QString headerLabel() const = 0;

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node, int column = 0) const;
    int rowOf(const Node *node) const;
    Node *childFor(Node *parent, const QString &key);
    Node *findChild(const Node *parent, const QString &key) const;
    void removeNode(Node *node);
    QStringList pathOf(const Node *node) const;
    bool hasTotalRow() const { return !m_totalLabel.isEmpty(); }

    KeyOrder m_order;
    QString m_totalLabel;
    std::unique_ptr<Node> m_root;
    std::unique_ptr<Node> m_total; // the "All articles" row, when there is one
};

} // namespace Broadsheet::Core
