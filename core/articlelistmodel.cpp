// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/articlelistmodel.h"

#include "core/localday.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Broadsheet::Core {

namespace {

// Above this many rows a removal is one layout change rather than a signal per range.
// QSortFilterProxyModel updates its mapping in O(rows) for each interval of proxy rows that
// goes, and the rows of one source range are scattered once the proxy sorts by date. Measured
// with 100,000 articles: 1,000 rows removed range by range took over a second, 100 rows 0.15 s; in one layout
// change (the proxy sorts again) about a tenth of that.
constexpr qsizetype LayoutChangeThreshold = 100;

} // namespace

ArticleListModel::ArticleListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size()) - m_gapSize;
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Article &article = at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return article.title;
        case DateColumn:
            return article.date.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
        case SourceColumn:
            return article.author;
        case CategoryColumn:
            return article.categories.isEmpty() ? QString() : article.categories.constLast();
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TitleColumn:
            return article.path;
        case DateColumn:
            return article.dateOrigin == DateOrigin::FileModified
                ? tr("No usable date in the article; this is the file's modification time.")
                : QVariant();
        case CategoryColumn:
            return article.categories.join(u" › "_s);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case DateColumn:
            return dateKey(index.row());
        case CategoryColumn:
            return article.categories.join(u'\u001f');
        default:
            return data(index, Qt::DisplayRole);
        }
    case PathRole:
        return article.path;
    case DateRole:
        return article.date;
    case HeadImageRole:
        return article.displayImage();
    case CategoriesRole:
        return article.categories;
    case ReadRole:
        return article.read;
    case StarredRole:
        return article.starred;
    case IndexIdRole:
        return article.indexId;
    case MentionsRole:
        return article.mentions.toStringList();
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case DateColumn:
        return tr("Date");
    case SourceColumn:
        return tr("Source");
    case CategoryColumn:
        return tr("Category");
    }
    return {};
}

ArticleListModel::Changes ArticleListModel::fill(const QList<Article> &articles)
{
    if (!m_articles.isEmpty() || articles.isEmpty())
        return addArticles(articles);
    beginResetModel();
    m_articles = articles;
    m_dates.clear();
    m_dates.reserve(articles.size());
    for (const Article &article : articles)
        m_dates.append(dateKeysOf(article));
    m_indexedRows = 0;
    endResetModel();
    return {{}, articles};
}

ArticleListModel::Changes ArticleListModel::appendNew(const QList<Article> &articles)
{
    if (articles.isEmpty())
        return {};
#ifndef QT_NO_DEBUG
    ensureIndexed();
    for (const Article &article : articles)
        Q_ASSERT_X(!m_rowOfPath.contains(article.path), "ArticleListModel::appendNew", "a path is listed");
#endif
    const int first = int(m_articles.size());
    beginInsertRows({}, first, first + int(articles.size()) - 1);
    for (const Article &article : articles) {
        m_dates.append(dateKeysOf(article));
        m_articles.append(article);
    }
    endInsertRows();
    return {{}, articles};
}

int ArticleListModel::rowOfPath(const QString &path) const
{
    ensureIndexed();
    return m_rowOfPath.value(path, -1);
}

int ArticleListModel::rowOfIndexId(qint64 indexId) const
{
    if (!indexId)
        return -1;
    ensureIndexed();
    return m_rowOfIndexId.value(indexId, -1);
}

ArticleListModel::Changes ArticleListModel::addArticles(const QList<Article> &articles)
{
    ensureIndexed();
    Changes changes;
    QList<Article> fresh;
    QHash<int, qsizetype> replacedIndex; // a listed row is replaced once, by the later article
    int firstReplaced = std::numeric_limits<int>::max();
    int lastReplaced = -1;
    fresh.reserve(articles.size());
    const int first = int(m_articles.size());
    // Grown by doubling, as QHash would: reserving just enough for each batch rehashes the
    // whole table at every batch.
    if (const qsizetype needed = m_rowOfPath.size() + articles.size(); needed > m_rowOfPath.capacity())
        m_rowOfPath.reserve(std::max(needed, 2 * m_rowOfPath.capacity()));
    for (const Article &article : articles) {
        // One lookup that inserts: a library of 100,000 paths spends its time hashing them.
        // New paths get the row they will have; a path twice in one batch is one row.
        const qsizetype known = m_rowOfPath.size();
        int &slot = m_rowOfPath[article.path];
        if (m_rowOfPath.size() != known) {
            slot = first + int(fresh.size());
            fresh.append(article);
            continue;
        }
        const int row = slot;
        if (row >= first) {
            fresh[row - first] = article;
            continue;
        }
        Article &listed = m_articles[row];
        const auto seen = replacedIndex.constFind(row);
        if (seen != replacedIndex.cend()) {
            changes.after[*seen] = article;
        } else {
            replacedIndex.insert(row, changes.after.size());
            changes.before.append(listed);
            changes.after.append(article);
        }
        if (listed.indexId != article.indexId) {
            if (m_rowOfIndexId.value(listed.indexId, -1) == row)
                m_rowOfIndexId.remove(listed.indexId);
            if (article.indexId)
                m_rowOfIndexId.insert(article.indexId, row);
        }
        listed = article;
        m_dates[row] = dateKeysOf(article);
        firstReplaced = std::min(firstReplaced, row);
        lastReplaced = std::max(lastReplaced, row);
    }
    // One signal for all replaced rows: the proxy then re-sorts and re-filters them in one pass
    // instead of once per row, which is what makes a rescan of many changed files cheap.
    emitRowsChanged(firstReplaced, lastReplaced, {});
    if (fresh.isEmpty())
        return changes;
    // Usually every article is new: the trees are then handed the batch itself, not a copy.
    const bool allFresh = changes.after.isEmpty() && fresh.size() == articles.size();
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    if (!allFresh)
        changes.after.reserve(changes.after.size() + fresh.size());
    for (Article &article : fresh) {
        const int row = int(m_articles.size());
        if (article.indexId)
            m_rowOfIndexId.insert(article.indexId, row);
        if (!allFresh)
            changes.after.append(article);
        m_dates.append(dateKeysOf(article));
        m_articles.append(std::move(article));
    }
    m_indexedRows = int(m_articles.size());
    endInsertRows();
    if (allFresh)
        changes.after = articles;
    return changes;
}

ArticleListModel::Changes ArticleListModel::removeArticles(const QStringList &paths)
{
    Changes changes;
    QList<int> rows;
    rows.reserve(paths.size());
    for (const QString &path : paths) {
        const int row = rowOfPath(path);
        if (row >= 0)
            rows.append(row);
    }
    if (rows.isEmpty())
        return changes;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    changes.before.reserve(rows.size());
    if (rows.size() > LayoutChangeThreshold)
        removeInLayoutChange(rows, changes);
    else
        removeRanges(rows, changes);

    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Article &removed = changes.before.at(i);
        m_rowOfPath.remove(removed.path);
        // Another row may carry the id by now (a renamed file added before the old path
        // was removed).
        if (removed.indexId && m_rowOfIndexId.value(removed.indexId, -1) == rows.at(i))
            m_rowOfIndexId.remove(removed.indexId);
    }
    indexRows(rows.constFirst());
    return changes;
}

void ArticleListModel::removeRanges(const QList<int> &rows, Changes &changes)
{
    // One removal signal per contiguous range, from the top, so that views keep selections and
    // scroll positions. Erasing each range from the list would move every later row once per
    // range, quadratic for scattered rows; instead the storage is [rows kept so far | gap |
    // rows not reached yet], and the rows between two ranges move into the gap while their
    // range is signalled: every row moves at most once.
    int write = rows.constFirst();
    int read = write;
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        const int first = rows.at(i);
        const int last = rows.at(j);
        const int removedSoFar = read - write;
        beginRemoveRows({}, first - removedSoFar, last - removedSoFar);
        for (; read < first; ++read, ++write) {
            m_articles[write] = std::move(m_articles[read]);
            m_dates[write] = m_dates.at(read);
        }
        for (; read <= last; ++read)
            changes.before.append(std::move(m_articles[read]));
        m_gapStart = write;
        m_gapSize = read - write;
        endRemoveRows();
        i = j + 1;
    }
    for (; read < m_articles.size(); ++read, ++write) {
        m_articles[write] = std::move(m_articles[read]);
        m_dates[write] = m_dates.at(read);
    }
    m_articles.resize(write);
    m_dates.resize(write);
    m_gapStart = 0;
    m_gapSize = 0;
}

void ArticleListModel::removeInLayoutChange(const QList<int> &rows, Changes &changes)
{
    // Qt's own QSortFilterProxyModel::invalidate() changes its row count inside a layout change
    // too, so views and proxies handle it: a view keeps its current and selected rows (those
    // that stay), a proxy rebuilds its mapping once.
    Q_EMIT layoutAboutToBeChanged();
    int write = 0;
    qsizetype next = 0;
    for (int read = 0; read < m_articles.size(); ++read) {
        if (next < rows.size() && rows.at(next) == read) {
            changes.before.append(std::move(m_articles[read]));
            ++next;
            continue;
        }
        if (write != read) {
            m_articles[write] = std::move(m_articles[read]);
            m_dates[write] = m_dates.at(read);
        }
        ++write;
    }
    m_articles.resize(write);
    m_dates.resize(write);

    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &old : from) {
        const auto removedBefore = std::lower_bound(rows.begin(), rows.end(), old.row());
        const bool removed = removedBefore != rows.end() && *removedBefore == old.row();
        to.append(removed ? QModelIndex()
                          : index(old.row() - int(removedBefore - rows.begin()), old.column()));
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged();
}

ArticleListModel::Changes
ArticleListModel::setMentions(const QList<QPair<QString, NameList>> &pathAndMentions)
{
    Changes changes;
    int first = std::numeric_limits<int>::max();
    int last = -1;
    for (const auto &[path, mentions] : pathAndMentions) {
        const int row = rowOfPath(path);
        if (row < 0 || m_articles.at(row).mentions == mentions)
            continue;
        Article &article = m_articles[row];
        changes.before.append(article);
        article.mentions = mentions;
        changes.after.append(article);
        first = std::min(first, row);
        last = std::max(last, row);
    }
    emitRowsChanged(first, last, {MentionsRole});
    return changes;
}

ArticleListModel::Changes ArticleListModel::setRead(const QList<int> &rows, bool read)
{
    Changes changes;
    int first = std::numeric_limits<int>::max();
    int last = -1;
    for (const int row : rows) {
        if (row < 0 || row >= m_articles.size() || m_articles.at(row).read == read)
            continue;
        Article &article = m_articles[row];
        changes.before.append(article);
        article.read = read;
        changes.after.append(article);
        first = std::min(first, row);
        last = std::max(last, row);
    }
    // One signal spanning the rows, unchanged ones included: "mark all read" under the unread
    // filter then hides every row in one pass of the proxy rather than one pass per row.
    emitRowsChanged(first, last, {ReadRole});
    return changes;
}

bool ArticleListModel::setStarred(int row, bool starred)
{
    if (row < 0 || row >= m_articles.size() || m_articles.at(row).starred == starred)
        return false;
    m_articles[row].starred = starred;
    emitRowsChanged(row, row, {StarredRole});
    return true;
}

void ArticleListModel::reserve(int count)
{
    // The lookups by path and id are made later, in one go (indexUpTo()).
    m_articles.reserve(count);
    m_dates.reserve(count);
}

void ArticleListModel::clear()
{
    beginResetModel();
    m_articles.clear();
    m_dates.clear();
    m_rowOfPath.clear();
    m_rowOfIndexId.clear();
    m_indexedRows = 0;
    endResetModel();
}

ArticleListModel::DateKeys ArticleListModel::dateKeysOf(const Article &article)
{
    return {article.date.toMSecsSinceEpoch(), localDay(article.date).toJulianDay()};
}

void ArticleListModel::emitRowsChanged(int first, int last, const QList<int> &roles)
{
    if (last < first)
        return;
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1), roles);
}

void ArticleListModel::indexRows(int from)
{
    // Rows from `from` on moved: their entries are put right when next needed.
    m_indexedRows = std::min(m_indexedRows, from);
}

bool ArticleListModel::indexAhead(int count)
{
    indexUpTo(int(std::min(m_articles.size(), qsizetype(m_indexedRows) + count)));
    return m_indexedRows < m_articles.size();
}

void ArticleListModel::indexUpTo(int end) const
{
    if (m_indexedRows >= end)
        return;
    m_rowOfPath.reserve(m_articles.size());
    m_rowOfIndexId.reserve(m_articles.size());
    for (int row = m_indexedRows; row < end; ++row) {
        const Article &article = m_articles.at(row);
        m_rowOfPath.insert(article.path, row);
        if (article.indexId)
            m_rowOfIndexId.insert(article.indexId, row);
    }
    m_indexedRows = end;
}

} // namespace Broadsheet::Core
