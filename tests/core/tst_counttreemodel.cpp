// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/categorytreemodel.h"
#include "core/datetreemodel.h"
#include "core/mentiontreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Broadsheet::Core;

namespace {

Article article(const QStringList &categories, const QString &isoDate, bool read = false)
{
    Article a;
    a.path = u"/library/"_s + categories.join(u'-') + isoDate + u".md"_s;
    a.categories = categories;
    a.date = QDateTime::fromString(isoDate, Qt::ISODate);
    a.read = read;
    return a;
}

Article articleMentioning(const QString &path, const QStringList &mentions, bool read)
{
    Article a;
    a.path = path;
    a.date = QDateTime::fromString(u"2022-02-10T09:43:08Z"_s, Qt::ISODate);
    a.mentions = mentions;
    a.read = read;
    return a;
}

// The tree as a reader sees it: a line per row, "label count/unread", children indented.
QStringList dump(const QAbstractItemModel &model, const QModelIndex &parent = {}, const QString &indent = {})
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex label = model.index(row, CountTreeModel::LabelColumn, parent);
        lines.append(indent + label.data().toString() + u" "_s
                     + label.siblingAtColumn(CountTreeModel::CountColumn).data().toString() + u"/"_s
                     + label.data(CountTreeModel::UnreadRole).toString());
        lines += dump(model, label, indent + u"  "_s);
    }
    return lines;
}

// Five articles, three unread: 国內 ×2 (one read), 港股, 财联社 (read), 宏观.
QList<Article> categorized()
{
    return {
        article({u"金融"_s, u"新浪财经"_s, u"国內"_s}, u"2022-02-10T09:43:08Z"_s),
        article({u"金融"_s, u"新浪财经"_s, u"国內"_s}, u"2022-02-11T09:43:08Z"_s, true),
        article({u"金融"_s, u"新浪财经"_s, u"港股"_s}, u"2022-02-11T09:43:08Z"_s),
        article({u"金融"_s, u"财联社"_s}, u"2022-03-01T01:00:00Z"_s, true),
        article({u"宏观"_s}, u"2021-01-01T01:00:00Z"_s),
    };
}

int countAt(const QAbstractItemModel &model, const QStringList &path, const CountTreeModel &tree)
{
    return model.data(tree.indexOfPath(path).siblingAtColumn(CountTreeModel::CountColumn)).toInt();
}

} // namespace

class TestCountTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Dates are grouped by the local day; tests run with TZ=Asia/Shanghai (tests/CMakeLists.txt).
        QCOMPARE(QDateTime(QDate(2022, 2, 10), QTime(12, 0)).offsetFromUtc(), 8 * 3600);
        QLocale::setDefault(QLocale(QLocale::English));
    }

    void categories_countIncludesDescendants()
    {
        CategoryTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addArticles({
            article({u"金融"_s, u"新浪财经"_s, u"新浪财经－国內"_s}, u"2022-02-10T09:43:08Z"_s),
            article({u"金融"_s, u"新浪财经"_s, u"港股"_s}, u"2022-02-11T09:43:08Z"_s),
            article({u"金融"_s, u"财联社"_s}, u"2022-03-01T01:00:00Z"_s),
            article({u"宏观"_s}, u"2021-01-01T01:00:00Z"_s),
        });
        QCOMPARE(model.totalCount(), 4);
        QCOMPARE(countAt(model, {u"金融"_s}, model), 3);
        QCOMPARE(countAt(model, {u"金融"_s, u"新浪财经"_s}, model), 2);
        QCOMPARE(countAt(model, {u"金融"_s, u"新浪财经"_s, u"港股"_s}, model), 1);
        QCOMPARE(countAt(model, {u"宏观"_s}, model), 1);
        // "All articles" first, then the top-level categories.
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data().toString(), u"All articles"_s);
        QCOMPARE(model.index(0, CountTreeModel::CountColumn).data().toInt(), 4);
        QVERIFY(model.index(0, 0).data(CountTreeModel::IsTotalRole).toBool());
        QCOMPARE(model.index(0, 0).data(CountTreeModel::PathRole).toStringList(), QStringList());
    }

    void categories_withoutCategoriesAreUncategorized()
    {
        CategoryTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addArticles({article({}, u"2022-02-10T09:43:08Z"_s), article({}, u"2022-02-12T09:43:08Z"_s)});
        const QModelIndex uncategorized = model.indexOfPath({QString()});
        QVERIFY(uncategorized.isValid());
        QCOMPARE(uncategorized.data().toString(), u"Uncategorized"_s);
        QCOMPARE(countAt(model, {QString()}, model), 2);
    }

    void categories_batchesKeepRowsSortedAndStable()
    {
        CategoryTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addArticles({article({u"b"_s}, u"2022-01-01T00:00:00Z"_s)});
        const QPersistentModelIndex b = model.indexOfPath({u"b"_s});
        model.addArticles(
            {article({u"c"_s}, u"2022-01-01T00:00:00Z"_s), article({u"a"_s}, u"2022-01-01T00:00:00Z"_s)});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(1, 0).data().toString(), u"a"_s);
        QCOMPARE(model.index(2, 0).data().toString(), u"b"_s);
        QCOMPARE(model.index(3, 0).data().toString(), u"c"_s);
        // A view's selection (a persistent index) follows the row when rows are inserted before it.
        QCOMPARE(b.row(), 2);
        QCOMPARE(b.data().toString(), u"b"_s);
    }

    void categories_countChangesAreSignalled()
    {
        CategoryTreeModel model;
        model.addArticles({article({u"金融"_s}, u"2022-01-01T00:00:00Z"_s)});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.addArticles({article({u"金融"_s}, u"2022-01-02T00:00:00Z"_s)});
        QVERIFY(!changed.isEmpty());
        bool sawCategory = false;
        for (const QList<QVariant> &signal : changed) {
            const QModelIndex index = signal.at(0).toModelIndex();
            sawCategory |= index.data(CountTreeModel::PathRole).toStringList() == QStringList {u"金融"_s};
        }
        QVERIFY(sawCategory);
        QCOMPARE(countAt(model, {u"金融"_s}, model), 2);
    }

    void categories_clearIsAReset()
    {
        CategoryTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addArticles({article({u"a"_s, u"b"_s}, u"2022-01-01T00:00:00Z"_s)});
        model.clear();
        QCOMPARE(model.rowCount(), 1); // only "All articles"
        QCOMPARE(model.totalCount(), 0);
        // A rescan fills it again the same way.
        model.addArticles({article({u"a"_s, u"b"_s}, u"2022-01-01T00:00:00Z"_s)});
        QCOMPARE(countAt(model, {u"a"_s, u"b"_s}, model), 1);
    }

    void categories_removeArticles_data()
    {
        QTest::addColumn<QList<int>>("removed"); // of categorized()
        QTest::addColumn<QStringList>("tree");
        QTest::newRow("one of two in a leaf keeps the leaf")
            << QList<int> {1}
            << QStringList {u"All articles 4/3"_s, u"宏观 1/1"_s,     u"金融 3/2"_s,    u"  新浪财经 2/2"_s,
                            u"    国內 1/1"_s,     u"    港股 1/1"_s, u"  财联社 1/0"_s};
        QTest::newRow("the last of a leaf removes it, not its parent")
            << QList<int> {2} << QStringList {u"All articles 4/2"_s, u"宏观 1/1"_s,     u"金融 3/1"_s,
                                              u"  新浪财经 2/1"_s,   u"    国內 2/1"_s, u"  财联社 1/0"_s};
        QTest::newRow("the last of a branch removes the ancestors it empties")
            << QList<int> {0, 1, 2}
            << QStringList {u"All articles 2/1"_s, u"宏观 1/1"_s, u"金融 1/0"_s, u"  财联社 1/0"_s};
        QTest::newRow("a top-level category")
            << QList<int> {4} << QStringList {u"All articles 4/2"_s, u"金融 4/2"_s,     u"  新浪财经 3/2"_s,
                                              u"    国內 2/1"_s,     u"    港股 1/1"_s, u"  财联社 1/0"_s};
        QTest::newRow("everything") << QList<int> {4, 3, 2, 1, 0} << QStringList {u"All articles 0/0"_s};
        QTest::newRow("articles never counted change nothing")
            << QList<int> {5, 6}
            << QStringList {u"All articles 5/3"_s, u"宏观 1/1"_s,     u"金融 4/2"_s,    u"  新浪财经 3/2"_s,
                            u"    国內 2/1"_s,     u"    港股 1/1"_s, u"  财联社 1/0"_s};
    }

    void categories_removeArticles()
    {
        QFETCH(QList<int>, removed);
        QFETCH(QStringList, tree);
        CategoryTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addArticles(categorized());
        QList<Article> notCounted = categorized();
        notCounted.append(article({u"体育"_s}, u"2022-01-01T00:00:00Z"_s));
        notCounted.append(article({u"金融"_s, u"新浪财经"_s, u"美股"_s}, u"2022-01-01T00:00:00Z"_s));
        QList<Article> articles;
        for (const int i : std::as_const(removed))
            articles.append(notCounted.at(i));
        model.removeArticles(articles);
        QCOMPARE(dump(model), tree);
    }

    void categories_unreadFollowsReadingState()
    {
        CategoryTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<Article> articles = categorized();
        model.addArticles(articles);
        QCOMPARE(model.totalUnread(), 3);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // Both 国內 articles marked read (one already was), as they were before.
        model.setRead({articles.at(0), articles.at(1)}, true);
        QCOMPARE(dump(model),
                 (QStringList {u"All articles 5/2"_s, u"宏观 1/1"_s, u"金融 4/1"_s, u"  新浪财经 3/1"_s,
                               u"    国內 2/0"_s, u"    港股 1/1"_s, u"  财联社 1/0"_s}));
        const QModelIndex domestic = model.indexOfPath({u"金融"_s, u"新浪财经"_s, u"国內"_s});
        bool signalled = false;
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            signalled |= signal.at(0).toModelIndex().row() == domestic.row()
                && signal.at(0).toModelIndex().parent() == domestic.parent()
                && signal.at(2).value<QList<int>>().contains(CountTreeModel::UnreadRole);
        }
        QVERIFY(signalled);

        // And one back to unread: the 财联社 article was read when it was counted.
        model.setRead({articles.at(3)}, false);
        QCOMPARE(model.indexOfPath({u"金融"_s, u"财联社"_s}).data(CountTreeModel::UnreadRole).toInt(), 1);
        QCOMPARE(model.index(0, 0).data(CountTreeModel::UnreadRole).toInt(), 3);
        QCOMPARE(model.index(0, 0).data(CountTreeModel::CountRole).toInt(), 5);
    }

    void categories_updateKeepsRowsThatStillHaveArticles()
    {
        CategoryTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<Article> before = categorized();
        model.addArticles(before);
        const QPersistentModelIndex macro = model.indexOfPath({u"宏观"_s});
        QSignalSpy removedRows(&model, &QAbstractItemModel::rowsRemoved);

        // 宏观's only article is read, and the 港股 article was refiled under 宏观.
        QList<Article> after = {before.at(4), before.at(2)};
        after[0].read = true;
        after[1].categories = {u"宏观"_s};
        model.updateArticles({before.at(4), before.at(2)}, after);

        QCOMPARE(dump(model),
                 (QStringList {u"All articles 5/2"_s, u"宏观 2/1"_s, u"金融 3/1"_s, u"  新浪财经 2/1"_s,
                               u"    国內 2/1"_s, u"  财联社 1/0"_s}));
        QCOMPARE(removedRows.count(), 1); // only 港股, which has nothing left
        QVERIFY(macro.isValid()); // a selected 宏观 stays selected
        QCOMPARE(macro.data().toString(), u"宏观"_s);
    }

    void dates_removingTheLastArticleOfAYear()
    {
        DateTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<Article> articles = {
            article({}, u"2021-04-10T16:30:33Z"_s),
            article({}, u"2022-02-10T09:43:08Z"_s, true),
            article({}, u"2022-02-10T10:00:00Z"_s),
        };
        model.addArticles(articles);
        model.removeArticles({articles.at(0), articles.at(1)});
        QCOMPARE(dump(model), (QStringList {u"2022 1/1"_s, u"  February 1/1"_s, u"    10 Thu 1/1"_s}));
        model.removeArticles({articles.at(2)});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);
    }

    void mentions_articleGainsMentionsAfterListing()
    {
        MentionTreeModel model(MentionDictionary::builtin());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Listed before the index found what they mention: a (unread) mentions nothing yet.
        const Article a = articleMentioning(u"/a.md"_s, {}, false);
        const Article b = articleMentioning(u"/b.md"_s, {u"工商银行"_s}, true);
        model.addArticles({a, b});
        QCOMPARE(dump(model), (QStringList {u"Banks 1/0"_s, u"  工商银行 1/0"_s}));
        const QPersistentModelIndex icbc = model.indexOfPath({MentionTreeModel::bankKey(), u"工商银行"_s});

        Article a2 = a;
        a2.mentions = {u"工商银行"_s, u"贵州茅台"_s};
        model.removeArticles({a});
        model.addArticles({a2});
        // A group counts its banks, and how many of them have unread articles.
        QCOMPARE(dump(model),
                 (QStringList {u"Banks 1/1"_s, u"  工商银行 2/1"_s, u"Listed companies 1/1"_s,
                               u"  贵州茅台 1/1"_s}));
        QVERIFY(icbc.isValid());

        Article b2 = b;
        b2.mentions = {u"建设银行"_s};
        model.updateArticles({b}, {b2});
        QCOMPARE(dump(model),
                 (QStringList {u"Banks 2/1"_s, u"  工商银行 1/1"_s, u"  建设银行 1/0"_s,
                               u"Listed companies 1/1"_s, u"  贵州茅台 1/1"_s}));

        model.setRead({a2}, true);
        QCOMPARE(dump(model),
                 (QStringList {u"Banks 2/0"_s, u"  工商银行 1/0"_s, u"  建设银行 1/0"_s,
                               u"Listed companies 1/0"_s, u"  贵州茅台 1/0"_s}));
        a2.read = true;
        model.removeArticles({a2, b2});
        QCOMPARE(model.rowCount(), 0);
    }

    void mentions_manyArticlesAreSummedPerName()
    {
        // A batch as an index delivers it: the counts are summed per name before the tree
        // changes, and come out as if every article had been counted one by one.
        MentionTreeModel model(MentionDictionary::builtin());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Article> articles;
        for (int i = 0; i < 1200; ++i) {
            QStringList names {u"工商银行"_s};
            if (i % 2 == 0)
                names.append(u"建设银行"_s);
            if (i % 5 == 0)
                names.append(u"Broadsheet 假想公司 %1"_s.arg(i % 3)); // not in the dictionary
            articles.append(articleMentioning(u"/%1.md"_s.arg(i), names, i % 3 == 0));
        }
        model.addArticles(articles);
        QCOMPARE(dump(model),
                 (QStringList {u"Banks 2/2"_s, u"  工商银行 1200/800"_s, u"  建设银行 600/400"_s,
                               u"Listed companies 3/2"_s, u"  Broadsheet 假想公司 0 80/0"_s,
                               u"  Broadsheet 假想公司 1 80/80"_s, u"  Broadsheet 假想公司 2 80/80"_s}));
        model.setRead(articles.mid(0, 600), true);
        QCOMPARE(dump(model),
                 (QStringList {u"Banks 2/2"_s, u"  工商银行 1200/400"_s, u"  建设银行 600/200"_s,
                               u"Listed companies 3/2"_s, u"  Broadsheet 假想公司 0 80/0"_s,
                               u"  Broadsheet 假想公司 1 80/40"_s, u"  Broadsheet 假想公司 2 80/40"_s}));
        model.removeArticles(articles.mid(600));
        QCOMPARE(dump(model),
                 (QStringList {u"Banks 2/0"_s, u"  工商银行 600/0"_s, u"  建设银行 300/0"_s,
                               u"Listed companies 3/0"_s, u"  Broadsheet 假想公司 0 40/0"_s,
                               u"  Broadsheet 假想公司 1 40/0"_s, u"  Broadsheet 假想公司 2 40/0"_s}));
    }

    void dates_yearMonthDayNewestFirst()
    {
        DateTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addArticles({
            article({}, u"2021-04-10T16:30:33Z"_s), // 2021-04-11 00:30 in Shanghai
            article({}, u"2022-02-10T09:43:08Z"_s),
            article({}, u"2022-02-10T10:00:00Z"_s),
            article({}, u"2022-03-01T00:00:00Z"_s),
        });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), u"2022"_s);
        QCOMPARE(model.index(1, 0).data().toString(), u"2021"_s);
        QCOMPARE(countAt(model, {u"2022"_s}, model), 3);
        QCOMPARE(countAt(model, {u"2022"_s, u"02"_s, u"10"_s}, model), 2);
        QVERIFY(model.indexOfPath({u"2021"_s, u"04"_s, u"11"_s}).isValid());
        const QModelIndex year2022 = model.index(0, 0);
        QCOMPARE(model.index(0, 0, year2022).data().toString(), u"March"_s);
        QCOMPARE(model.index(1, 0, year2022).data().toString(), u"February"_s);
        const QModelIndex day = model.indexOfPath({u"2022"_s, u"02"_s, u"10"_s});
        QCOMPARE(day.data().toString(), u"10 Thu"_s);
    }

    void dates_rangeOfNodes_data()
    {
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::newRow("year") << QStringList {u"2022"_s} << QDate(2022, 1, 1) << QDate(2022, 12, 31);
        QTest::newRow("February of a leap year")
            << QStringList {u"2024"_s, u"02"_s} << QDate(2024, 2, 1) << QDate(2024, 2, 29);
        QTest::newRow("December") << QStringList {u"2021"_s, u"12"_s} << QDate(2021, 12, 1)
                                  << QDate(2021, 12, 31);
        QTest::newRow("day") << QStringList {u"2022"_s, u"02"_s, u"10"_s} << QDate(2022, 2, 10)
                             << QDate(2022, 2, 10);
        QTest::newRow("nothing") << QStringList() << QDate() << QDate();
    }

    void dates_rangeOfNodes()
    {
        QFETCH(QStringList, path);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        const auto range = DateTreeModel::dateRange(path);
        QCOMPARE(range.first, first);
        QCOMPARE(range.second, last);
    }
};

QTEST_GUILESS_MAIN(TestCountTreeModel)
#include "tst_counttreemodel.moc"
