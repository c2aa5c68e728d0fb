// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QStringList>

namespace Broadsheet::Core {

// The articles of the library, one row each, in the order they were found. Sorting and
// filtering are ArticleFilterProxyModel's job. Rows hold metadata only (see Article).
//
// Reading state has roles, not columns: the view makes unread rows bold from ReadRole and its
// title delegate draws the star from StarredRole. A star column would shift the columns of the
// header state the window saves, and "Starred" is a filter (ArticleFilterProxyModel), not a sort.
//
// Every change the trees would see returns a Changes value: the category, date and mention
// trees count the same articles, and CountTreeModel::updateArticles(changes.before,
// changes.after) keeps them in step (for setRead(), CountTreeModel::setRead(changes.before,
// read) does the same with less work).
class ArticleListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleListModel)

public:
    enum Column { TitleColumn, DateColumn, SourceColumn, CategoryColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, // QString: absolute file path
        SortRole, // a value that sorts the column as a person expects
        DateRole, // QDateTime
        CategoriesRole, // QStringList: the category path
        HeadImageRole, // QString: the head image as written (headimg, else thumbnail)
        ReadRole, // bool
        StarredRole, // bool
        IndexIdRole, // qint64: the library index's row id, 0 when not indexed
        MentionsRole, // QStringList: canonical names of the banks and companies mentioned
    };

    // What a change did to the rows: `before` holds the articles as they were (replaced,
    // removed or changed), `after` the articles as they are now (added, replaced or changed).
    struct Changes {
        QList<Article> before;
        QList<Article> after;
    };

    explicit ArticleListModel(QObject *parent = nullptr);

    // Without QAbstractTableModel's checks through rowCount() and columnCount(): a sorted proxy
    // asks for two indexes per comparison, millions to sort 100,000 rows.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override
    {
        return !parent.isValid() && row >= 0 && row < int(m_articles.size()) - m_gapSize && column >= 0
                && column < ColumnCount
            ? createIndex(row, column)
            : QModelIndex();
    }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Adds articles; an article whose path is already listed replaces the old row (which then
    // is in `before`). A path twice in one batch is one row, the later article.
    Changes addArticles(const QList<Article> &articles);
    // The same for an empty list and articles whose paths all differ (what an index holds): the
    // list is taken over as it is, not copied article by article, and the lookups by path and
    // id are made when first needed. A list that is not empty gets addArticles().
    Changes fill(const QList<Article> &articles);
    // Appends articles none of whose paths is listed yet, which the caller knows (see
    // LibraryScanner::articlesFound): without looking each path up, which is most of the cost of
    // adding 100,000 rows. The lookups by path and id take them in when first needed.
    Changes appendNew(const QList<Article> &articles);
    // Takes up to `count` more rows into the lookups by path and id; false once every row is
    // in them. For idle time: the first lookup after 100,000 new rows would otherwise make them
    // all at once, a tenth of a second.
    bool indexAhead(int count);
    // Removes the rows of these paths; paths not listed are ignored. The remaining rows keep
    // their order. A few rows go with rowsRemoved() per contiguous range; many go in one
    // layout change (see the .cpp), after which persistent indexes of removed rows are invalid.
    // rowOfPath(), rowOfIndexId() and articles() are updated when it returns, not while the
    // views hear of the removal.
    Changes removeArticles(const QStringList &paths);
    // Replaces Article::mentions of the listed paths (the index finds them after listing).
    Changes setMentions(const QList<QPair<QString, NameList>> &pathAndMentions);
    // Marks rows read or unread; out-of-range rows are ignored. Only rows whose state changes
    // are in the result.
    Changes setRead(const QList<int> &rows, bool read);
    // Returns whether the row's state changed.
    bool setStarred(int row, bool starred);
    void clear();
    // Makes room for `count` rows in all: 100,000 rows added batch by batch otherwise grow the
    // tables step by step.
    void reserve(int count);

    const Article &article(int row) const { return at(row); }
    int rowOfPath(const QString &path) const;
    // -1 for 0 (not indexed) and for ids not listed.
    int rowOfIndexId(qint64 indexId) const;
    const QList<Article> &articles() const { return m_articles; }

    // The date as milliseconds since the epoch and as a local day, kept per row because
    // converting a QDateTime with a time zone costs microseconds, and sorting or filtering
    // 100,000 rows asks millions of times.
    qint64 dateKey(int row) const { return m_dates.at(storageRow(row)).msecs; }
    QDate localDate(int row) const { return QDate::fromJulianDay(m_dates.at(storageRow(row)).localDay); }

private:
    struct DateKeys {
        qint64 msecs = 0;
        qint64 localDay = 0; // Julian day
    };
    static DateKeys dateKeysOf(const Article &article);

    int storageRow(int row) const { return row < m_gapStart ? row : row + m_gapSize; }
    const Article &at(int row) const { return m_articles.at(storageRow(row)); }
    void removeRanges(const QList<int> &rows, Changes &changes);
    void removeInLayoutChange(const QList<int> &rows, Changes &changes);
    void emitRowsChanged(int first, int last, const QList<int> &roles);
    void indexRows(int from);
    void ensureIndexed() const { indexUpTo(int(m_articles.size())); }
    void indexUpTo(int end) const;

    QList<Article> m_articles;
    QList<DateKeys> m_dates; // parallel to m_articles
    // Rows below m_indexedRows are in these lookups; the others are added by ensureIndexed().
    mutable QHash<QString, int> m_rowOfPath;
    mutable QHash<qint64, int> m_rowOfIndexId;
    mutable int m_indexedRows = 0;
    // While removeArticles() runs, rows from m_gapStart on are stored m_gapSize places later:
    // removed articles leave a gap that the following rows fill as each range is signalled.
    int m_gapStart = 0;
    int m_gapSize = 0;
};

} // namespace Broadsheet::Core
