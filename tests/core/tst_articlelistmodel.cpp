// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/articlelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Broadsheet::Core;

namespace {

Article article(const QString &name, const QString &isoDate, const QStringList &categories = {})
{
    Article a;
    a.path = u"/library/"_s + name + u".md"_s;
    a.title = u"标题 "_s + name;
    a.author = u"新浪财经"_s;
    a.categories = categories;
    a.date = QDateTime::fromString(isoDate, Qt::ISODate);
    return a;
}

QStringList titles(const ArticleListModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, ArticleListModel::TitleColumn).data().toString());
    return result;
}

QStringList pathsOf(const QList<Article> &articles)
{
    QStringList paths;
    for (const Article &a : articles)
        paths.append(a.path);
    return paths;
}

// Articles named by letters, indexed 1, 2, 3 … in that order.
QList<Article> lettered(const QString &letters)
{
    QList<Article> articles;
    for (const QChar letter : letters) {
        articles.append(article(QString(letter), u"2022-01-01T00:00:00Z"_s));
        articles.last().indexId = articles.size();
    }
    return articles;
}

// What a window relies on after any change: every row can be found by its path and its id.
void verifyLookups(const ArticleListModel &model)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.rowOfPath(model.article(row).path), row);
        if (model.article(row).indexId)
            QCOMPARE(model.rowOfIndexId(model.article(row).indexId), row);
    }
}

} // namespace

class TestArticleListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsShowWhatTheListPromises()
    {
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addArticles(
            {article(u"a"_s, u"2022-02-10T09:43:08Z"_s, {u"金融"_s, u"新浪财经"_s, u"新浪财经－国內"_s})});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.index(0, ArticleListModel::TitleColumn).data().toString(), u"标题 a"_s);
        // Shown in local time (the tests run in Asia/Shanghai).
        QCOMPARE(model.index(0, ArticleListModel::DateColumn).data().toString(), u"2022-02-10 17:43"_s);
        QCOMPARE(model.index(0, ArticleListModel::SourceColumn).data().toString(), u"新浪财经"_s);
        QCOMPARE(model.index(0, ArticleListModel::CategoryColumn).data().toString(), u"新浪财经－国內"_s);
        QCOMPARE(model.index(0, ArticleListModel::CategoryColumn).data(Qt::ToolTipRole).toString(),
                 u"金融 › 新浪财经 › 新浪财经－国內"_s);
        QCOMPARE(model.index(0, 0).data(ArticleListModel::PathRole).toString(), u"/library/a.md"_s);
        QCOMPARE(model.headerData(ArticleListModel::SourceColumn, Qt::Horizontal).toString(), u"Source"_s);
    }

    void dateSortsByInstantNotText()
    {
        ArticleListModel model;
        model.addArticles(
            {article(u"a"_s, u"2022-02-10T09:43:08Z"_s), article(u"b"_s, u"2021-12-31T23:00:00Z"_s)});
        const qint64 a =
            model.index(0, ArticleListModel::DateColumn).data(ArticleListModel::SortRole).toLongLong();
        const qint64 b =
            model.index(1, ArticleListModel::DateColumn).data(ArticleListModel::SortRole).toLongLong();
        QVERIFY(a > b);
    }

    void fileDateIsExplained()
    {
        ArticleListModel model;
        Article undated = article(u"a"_s, u"2022-02-10T09:43:08Z"_s);
        undated.dateOrigin = DateOrigin::FileModified;
        model.addArticles({undated, article(u"b"_s, u"2022-02-10T09:43:08Z"_s)});
        QVERIFY(model.index(0, ArticleListModel::DateColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"modification time"_s));
        QVERIFY(model.index(1, ArticleListModel::DateColumn).data(Qt::ToolTipRole).isNull());
    }

    void batchesAppendAndSamePathReplaces()
    {
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.addArticles(
            {article(u"a"_s, u"2022-01-01T00:00:00Z"_s), article(u"b"_s, u"2022-01-02T00:00:00Z"_s)});
        model.addArticles({article(u"c"_s, u"2022-01-03T00:00:00Z"_s)});
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(model.rowCount(), 3);

        Article changed = article(u"b"_s, u"2022-01-02T00:00:00Z"_s);
        changed.title = u"改过的标题"_s;
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        model.addArticles({changed, article(u"d"_s, u"2022-01-04T00:00:00Z"_s),
                           article(u"d"_s, u"2022-01-05T00:00:00Z"_s)});
        QCOMPARE(model.rowCount(), 4); // b replaced in place, d once
        QCOMPARE(dataChanged.count(), 1);
        QCOMPARE(model.index(model.rowOfPath(u"/library/b.md"_s), 0).data().toString(), u"改过的标题"_s);
        QCOMPARE(model.article(model.rowOfPath(u"/library/d.md"_s)).date,
                 QDateTime::fromString(u"2022-01-05T00:00:00Z"_s, Qt::ISODate));
    }

    void fillTakesTheIndexsArticlesAtOnce()
    {
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<Article> loaded = lettered(u"abcdef"_s);
        const ArticleListModel::Changes filled = model.fill(loaded);
        QCOMPARE(titles(model),
                 QStringList({u"标题 a"_s, u"标题 b"_s, u"标题 c"_s, u"标题 d"_s, u"标题 e"_s, u"标题 f"_s}));
        QVERIFY(filled.before.isEmpty());
        QCOMPARE(pathsOf(filled.after), pathsOf(loaded));
        // Found by path and id although no lookup was made while filling.
        verifyLookups(model);
        QCOMPARE(model.index(2, ArticleListModel::DateColumn).data(ArticleListModel::SortRole).toLongLong(),
                 loaded.at(2).date.toMSecsSinceEpoch());

        // What the files say next changes it like any list.
        Article changed = article(u"c"_s, u"2023-05-05T00:00:00Z"_s);
        changed.indexId = 30;
        const ArticleListModel::Changes replaced =
            model.addArticles({changed, article(u"g"_s, u"2021-01-01T00:00:00Z"_s)});
        QCOMPARE(pathsOf(replaced.before), QStringList({loaded.at(2).path}));
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.rowOfIndexId(30), 2);
        QCOMPARE(model.rowOfIndexId(3), -1);
        model.removeArticles({loaded.at(0).path, loaded.at(4).path});
        QCOMPARE(titles(model),
                 QStringList({u"标题 b"_s, u"标题 c"_s, u"标题 d"_s, u"标题 f"_s, u"标题 g"_s}));
        QCOMPARE(model.rowOfPath(loaded.at(0).path), -1);
        QCOMPARE(model.rowOfIndexId(1), -1);
        verifyLookups(model);

        // Filling a list that is not empty adds to it, one row per path.
        const ArticleListModel::Changes again = model.fill(lettered(u"bz"_s));
        QCOMPARE(pathsOf(again.before), QStringList({loaded.at(1).path}));
        QCOMPARE(model.rowCount(), 6);
        verifyLookups(model);
    }

    // Idle time makes the lookups ahead, a part at a time; they find every row after any part.
    void indexAheadInParts()
    {
        ArticleListModel model;
        model.fill(lettered(u"abcdefg"_s));
        QVERIFY(model.indexAhead(3));
        QCOMPARE(model.rowOfPath(u"/library/b.md"_s), 1);
        QVERIFY(!model.indexAhead(3)); // the lookup made the rest
        Article x = article(u"x"_s, u"2022-01-01T00:00:00Z"_s);
        x.indexId = 100;
        model.appendNew({x});
        QVERIFY(!model.indexAhead(3));
        verifyLookups(model);
    }

    // A first open appends what the index did not hold without looking up each path; the rows
    // are then found, replaced and removed like any others.
    void appendNewRowsAreFoundAndReplacedLater()
    {
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fill(lettered(u"ab"_s));
        QList<Article> fresh = lettered(u"cdefg"_s);
        for (Article &a : fresh)
            a.indexId += 10;
        const ArticleListModel::Changes appended = model.appendNew(fresh.mid(0, 3));
        QVERIFY(appended.before.isEmpty());
        QCOMPARE(pathsOf(appended.after), pathsOf(fresh.mid(0, 3)));
        model.appendNew(fresh.mid(3));
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(titles(model),
                 QStringList({u"标题 a"_s, u"标题 b"_s, u"标题 c"_s, u"标题 d"_s, u"标题 e"_s, u"标题 f"_s,
                              u"标题 g"_s}));
        verifyLookups(model);
        QCOMPARE(model.rowOfIndexId(13), 4);

        Article changed = article(u"e"_s, u"2023-05-05T00:00:00Z"_s);
        changed.indexId = 40;
        const ArticleListModel::Changes replaced = model.addArticles({changed});
        QCOMPARE(pathsOf(replaced.before), QStringList({fresh.at(2).path}));
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.rowOfIndexId(40), 4);
        QCOMPARE(model.rowOfIndexId(13), -1);
        model.removeArticles({fresh.at(0).path, fresh.at(4).path});
        QCOMPARE(titles(model),
                 QStringList({u"标题 a"_s, u"标题 b"_s, u"标题 d"_s, u"标题 e"_s, u"标题 f"_s}));
        verifyLookups(model);
    }

    void clearThenRescan()
    {
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addArticles({article(u"a"_s, u"2022-01-01T00:00:00Z"_s)});
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowOfPath(u"/library/a.md"_s), -1);
        model.addArticles({article(u"a"_s, u"2022-01-01T00:00:00Z"_s)});
        QCOMPARE(model.rowOfPath(u"/library/a.md"_s), 0);
    }

    void replacingReportsTheOldAndNewArticle()
    {
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addArticles(lettered(u"ab"_s));
        Article moved = article(u"b"_s, u"2022-01-01T00:00:00Z"_s, {u"宏观"_s});
        moved.indexId = 7;
        const ArticleListModel::Changes changes = model.addArticles({moved, lettered(u"abc"_s).at(2)});
        // The trees must forget b under no category and count it under 宏观, and count c.
        QCOMPARE(pathsOf(changes.before), QStringList {u"/library/b.md"_s});
        QCOMPARE(changes.before.constFirst().categories, QStringList());
        QCOMPARE(pathsOf(changes.after), (QStringList {u"/library/b.md"_s, u"/library/c.md"_s}));
        QCOMPARE(changes.after.constFirst().categories, QStringList {u"宏观"_s});
        QCOMPARE(model.rowOfIndexId(7), 1);
        QCOMPARE(model.rowOfIndexId(2), -1); // b's old id is gone
        QCOMPARE(model.rowOfIndexId(0), -1); // 0 means "not indexed", never a row
        verifyLookups(model);
    }

    void removeArticles_data()
    {
        QTest::addColumn<QString>("listed");
        QTest::addColumn<QString>("removed");
        QTest::addColumn<QString>("remaining");
        QTest::newRow("middle") << u"abcde"_s << u"c"_s << u"abde"_s;
        QTest::newRow("first") << u"abcde"_s << u"a"_s << u"bcde"_s;
        QTest::newRow("last") << u"abcde"_s << u"e"_s << u"abcd"_s;
        QTest::newRow("all") << u"abcde"_s << u"edcba"_s << QString();
        QTest::newRow("a block and single rows") << u"abcdefgh"_s << u"bcdfh"_s << u"aeg"_s;
        QTest::newRow("every other row") << u"abcdefgh"_s << u"aceg"_s << u"bdfh"_s;
        QTest::newRow("not listed") << u"abc"_s << u"xy"_s << u"abc"_s;
        QTest::newRow("listed and not listed") << u"abc"_s << u"xbz"_s << u"ac"_s;
        QTest::newRow("same path twice") << u"abc"_s << u"bb"_s << u"ac"_s;
        QTest::newRow("empty library") << QString() << u"a"_s << QString();
    }

    void removeArticles()
    {
        QFETCH(QString, listed);
        QFETCH(QString, removed);
        QFETCH(QString, remaining);
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addArticles(lettered(listed));
        QStringList paths;
        for (const QChar letter : removed)
            paths.append(u"/library/"_s + letter + u".md"_s);

        const ArticleListModel::Changes changes = model.removeArticles(paths);

        QStringList expectedTitles;
        for (const QChar letter : remaining)
            expectedTitles.append(u"标题 "_s + letter);
        QCOMPARE(titles(model), expectedTitles);
        QCOMPARE(changes.before.size(), listed.size() - remaining.size());
        QVERIFY(changes.after.isEmpty());
        for (const Article &gone : changes.before) {
            QVERIFY(paths.contains(gone.path));
            QCOMPARE(model.rowOfPath(gone.path), -1);
            QCOMPARE(model.rowOfIndexId(gone.indexId), -1);
        }
        verifyLookups(model);
    }

    void removingScatteredRowsKeepsOrderAndSelection_data()
    {
        QTest::addColumn<int>("listed");
        // Up to 100 rows go with a removal signal per range, more in one layout change: a view
        // must see the same result either way.
        QTest::newRow("range by range") << 240; // 85 rows go
        QTest::newRow("in one layout change") << 3000; // 1,067 rows go
    }

    void removingScatteredRowsKeepsOrderAndSelection()
    {
        // A watched folder whose files arrived between other folders' files is deleted:
        // every third row goes, and a block of rows.
        QFETCH(int, listed);
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Article> articles;
        for (int i = 0; i < listed; ++i) {
            articles.append(article(QString::number(i), u"2022-01-01T00:00:00Z"_s));
            articles.last().indexId = i + 1;
        }
        model.addArticles(articles);
        const int blockStart = listed * 5 / 6;
        const int blockEnd = blockStart + listed / 30;
        const int keptRow = 3 * (listed / 5) + 1; // not a multiple of 3, before the block
        const QPersistentModelIndex selected = model.index(keptRow, 0);
        const QPersistentModelIndex doomed = model.index(blockStart + 1, 0);
        QStringList paths;
        QStringList expected;
        for (int i = 0; i < listed; ++i) {
            if (i % 3 == 0 || (i >= blockStart && i < blockEnd))
                paths.append(articles.at(i).path);
            else
                expected.append(articles.at(i).title);
        }

        const ArticleListModel::Changes changes = model.removeArticles(paths);

        QCOMPARE(changes.before.size(), paths.size());
        QCOMPARE(titles(model), expected);
        QVERIFY(selected.isValid());
        QCOMPARE(selected.data().toString(), u"标题 "_s + QString::number(keptRow));
        QVERIFY(!doomed.isValid());
        verifyLookups(model);
    }

    void readingState()
    {
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Article> articles = lettered(u"abcd"_s);
        articles[1].read = true;
        articles[3].starred = true;
        model.addArticles(articles);
        QCOMPARE(model.index(0, 0).data(ArticleListModel::ReadRole).toBool(), false);
        QCOMPARE(model.index(1, ArticleListModel::DateColumn).data(ArticleListModel::ReadRole).toBool(),
                 true);
        QCOMPARE(model.index(3, 0).data(ArticleListModel::StarredRole).toBool(), true);
        QCOMPARE(model.index(2, 0).data(ArticleListModel::IndexIdRole).toLongLong(), 3);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // "Mark all read" on rows a, b, c (b already read) and a row that no longer exists.
        const ArticleListModel::Changes changes = model.setRead({2, 0, 1, 99, -1}, true);
        QCOMPARE(pathsOf(changes.before), (QStringList {u"/library/c.md"_s, u"/library/a.md"_s}));
        QVERIFY(!changes.before.constFirst().read);
        QVERIFY(changes.after.constFirst().read);
        for (int row = 0; row < 3; ++row)
            QVERIFY(model.index(row, 0).data(ArticleListModel::ReadRole).toBool());
        QVERIFY(!model.index(3, 0).data(ArticleListModel::ReadRole).toBool());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int> {ArticleListModel::ReadRole});
        // The whole row turns from bold to normal, not only the title.
        QCOMPARE(changed.at(0).at(0).toModelIndex().column(), 0);
        QCOMPARE(changed.at(0).at(1).toModelIndex().column(), ArticleListModel::ColumnCount - 1);

        changed.clear();
        QVERIFY(model.setRead({0, 1}, true).before.isEmpty());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(model.setRead({1}, false).before.size(), 1);
        QVERIFY(!model.index(1, 0).data(ArticleListModel::ReadRole).toBool());

        changed.clear();
        QVERIFY(model.setStarred(0, true));
        QVERIFY(model.index(0, 0).data(ArticleListModel::StarredRole).toBool());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int> {ArticleListModel::StarredRole});
        QVERIFY(!model.setStarred(0, true));
        QVERIFY(model.setStarred(3, false));
        QVERIFY(!model.index(3, 0).data(ArticleListModel::StarredRole).toBool());
        QVERIFY(!model.setStarred(4, true));
    }

    void mentionsFoundAfterListing()
    {
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addArticles(lettered(u"abc"_s));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const ArticleListModel::Changes changes = model.setMentions({
            {u"/library/c.md"_s, {u"工商银行"_s, u"贵州茅台"_s}},
            {u"/library/a.md"_s, {}}, // unchanged
            {u"/library/gone.md"_s, {u"建设银行"_s}},
        });
        QCOMPARE(model.index(2, 0).data(ArticleListModel::MentionsRole).toStringList(),
                 (QStringList {u"工商银行"_s, u"贵州茅台"_s}));
        QCOMPARE(pathsOf(changes.before), QStringList {u"/library/c.md"_s});
        QVERIFY(changes.before.constFirst().mentions.isEmpty());
        QCOMPARE(changes.after.constFirst().mentions.size(), 2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowOfPath(u"/library/gone.md"_s), -1);
    }
};

QTEST_GUILESS_MAIN(TestArticleListModel)
#include "tst_articlelistmodel.moc"
