// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/categorytreemodel.h"
#include "core/datetreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Broadsheet::Core;

namespace {

Article article(const QStringList &categories, const QString &isoDate)
{
    Article a;
    a.path = u"/library/"_s + categories.join(u'-') + isoDate + u".md"_s;
    a.categories = categories;
    a.date = QDateTime::fromString(isoDate, Qt::ISODate);
    return a;
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
