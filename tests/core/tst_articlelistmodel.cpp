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
};

QTEST_GUILESS_MAIN(TestArticleListModel)
#include "tst_articlelistmodel.moc"
