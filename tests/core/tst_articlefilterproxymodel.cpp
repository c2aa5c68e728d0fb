// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/articlefilterproxymodel.h"
#include "core/articlelistmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Broadsheet::Core;

namespace {

Article article(const QString &title, const QString &isoDate, const QStringList &categories,
                const QStringList &mentions = {})
{
    Article a;
    a.mentions = mentions;
    a.path = u"/library/"_s + title + u".md"_s;
    a.title = title;
    a.categories = categories;
    a.date = QDateTime::fromString(isoDate, Qt::ISODate);
    return a;
}

QStringList titles(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, ArticleListModel::TitleColumn).data().toString());
    return result;
}

} // namespace

class TestArticleFilterProxyModel : public QObject
{
    Q_OBJECT

private:
    ArticleListModel *m_source = nullptr;
    ArticleFilterProxyModel *m_proxy = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        // Days are local days; tests run with TZ=Asia/Shanghai (tests/CMakeLists.txt).
        QCOMPARE(QDateTime(QDate(2022, 2, 10), QTime(12, 0)).offsetFromUtc(), 8 * 3600);
    }

    void init()
    {
        m_source = new ArticleListModel(this);
        m_proxy = new ArticleFilterProxyModel(this);
        m_proxy->setSourceModel(m_source);
        m_tester = new QAbstractItemModelTester(m_proxy,
                                                QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        m_source->addArticles({
            article(u"国內一"_s, u"2022-02-10T09:43:08Z"_s, {u"金融"_s, u"新浪财经"_s, u"新浪财经－国內"_s},
                    {u"工商银行"_s, u"中国人民银行"_s}),
            article(u"港股"_s, u"2022-02-11T01:00:00Z"_s, {u"金融"_s, u"新浪财经"_s, u"港股"_s},
                    {u"建设银行"_s, u"工商银行"_s}),
            article(u"电报"_s, u"2021-04-10T16:30:33Z"_s, {u"金融"_s, u"财联社"_s}),
            article(u"无分类"_s, u"2023-06-01T00:00:00Z"_s, {}),
            // A category that only shares a prefix of the name must not match 新浪财经.
            article(u"新浪财经网"_s, u"2020-01-01T00:00:00Z"_s, {u"金融"_s, u"新浪财经网"_s}),
        });
    }

    void cleanup()
    {
        delete m_tester;
        delete m_proxy;
        delete m_source;
    }

    void newestFirstByDefault()
    {
        QCOMPARE(titles(*m_proxy),
                 (QStringList {u"无分类"_s, u"港股"_s, u"国內一"_s, u"电报"_s, u"新浪财经网"_s}));
    }

    void newArticlesTakeTheirSortedPlace()
    {
        m_source->addArticles({article(u"最新"_s, u"2024-01-05T00:00:00Z"_s, {u"宏观"_s})});
        QCOMPARE(titles(*m_proxy).constFirst(), u"最新"_s);
    }

    void categoryFilter_data()
    {
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("everything") << QStringList()
                                    << QStringList {u"无分类"_s, u"港股"_s, u"国內一"_s, u"电报"_s,
                                                    u"新浪财经网"_s};
        QTest::newRow("top level") << QStringList {u"金融"_s}
                                   << QStringList {u"港股"_s, u"国內一"_s, u"电报"_s, u"新浪财经网"_s};
        QTest::newRow("middle, whole names only")
            << QStringList {u"金融"_s, u"新浪财经"_s} << QStringList {u"港股"_s, u"国內一"_s};
        QTest::newRow("leaf") << QStringList {u"金融"_s, u"新浪财经"_s, u"港股"_s} << QStringList {u"港股"_s};
        QTest::newRow("uncategorized") << QStringList {QString()} << QStringList {u"无分类"_s};
        QTest::newRow("unknown") << QStringList {u"体育"_s} << QStringList();
    }

    void categoryFilter()
    {
        QFETCH(QStringList, path);
        QFETCH(QStringList, expected);
        m_proxy->setCategoryFilter(path);
        QCOMPARE(titles(*m_proxy), expected);
    }

    void dateFilter_data()
    {
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("a year") << QDate(2022, 1, 1) << QDate(2022, 12, 31)
                                << QStringList {u"港股"_s, u"国內一"_s};
        QTest::newRow("a day") << QDate(2022, 2, 10) << QDate(2022, 2, 10) << QStringList {u"国內一"_s};
        // 2021-04-10 16:30 UTC is the 11th in Shanghai: the local day counts, as in the date tree.
        QTest::newRow("local day, not UTC day")
            << QDate(2021, 4, 11) << QDate(2021, 4, 11) << QStringList {u"电报"_s};
        QTest::newRow("UTC day has nothing") << QDate(2021, 4, 10) << QDate(2021, 4, 10) << QStringList();
    }

    void dateFilter()
    {
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(QStringList, expected);
        m_proxy->setDateFilter(first, last);
        QCOMPARE(titles(*m_proxy), expected);
    }

    void mentionFilter_data()
    {
        QTest::addColumn<QString>("mention");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("two articles") << u"工商银行"_s << QStringList {u"港股"_s, u"国內一"_s};
        QTest::newRow("one article") << u"中国人民银行"_s << QStringList {u"国內一"_s};
        QTest::newRow("a name no article mentions") << u"招商银行"_s << QStringList();
        QTest::newRow("part of a name is not the name") << u"工商"_s << QStringList();
    }

    void mentionFilter()
    {
        QFETCH(QString, mention);
        QFETCH(QStringList, expected);
        m_proxy->setMentionFilter(mention);
        QCOMPARE(titles(*m_proxy), expected);
        m_proxy->setMentionFilter({});
        QCOMPARE(m_proxy->rowCount(), 5);
    }

    void clearingShowsEverythingAgain()
    {
        m_proxy->setCategoryFilter({u"金融"_s, u"财联社"_s});
        m_proxy->setDateFilter(QDate(2022, 1, 1), QDate(2022, 12, 31));
        m_proxy->setMentionFilter(u"工商银行"_s);
        QCOMPARE(m_proxy->rowCount(), 0);
        m_proxy->clearFilters();
        QCOMPARE(m_proxy->rowCount(), 5);
    }

    void sortByTitleAndSource()
    {
        m_proxy->sort(ArticleListModel::TitleColumn, Qt::AscendingOrder);
        const QStringList sorted = titles(*m_proxy);
        QCOMPARE(sorted.size(), 5);
        QStringList expected = sorted;
        std::sort(expected.begin(), expected.end(),
                  [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
        QCOMPARE(sorted, expected);
    }
};

QTEST_GUILESS_MAIN(TestArticleFilterProxyModel)
#include "tst_articlefilterproxymodel.moc"
