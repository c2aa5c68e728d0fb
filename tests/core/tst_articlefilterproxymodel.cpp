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

bool newestFirst(const QAbstractItemModel &model)
{
    for (int row = 1; row < model.rowCount(); ++row) {
        if (model.index(row - 1, 0).data(ArticleListModel::DateRole).toDateTime()
            < model.index(row, 0).data(ArticleListModel::DateRole).toDateTime()) {
            return false;
        }
    }
    return true;
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
        QList<Article> articles = {
            article(u"国內一"_s, u"2022-02-10T09:43:08Z"_s, {u"金融"_s, u"新浪财经"_s, u"新浪财经－国內"_s},
                    {u"工商银行"_s, u"中国人民银行"_s}),
            article(u"港股"_s, u"2022-02-11T01:00:00Z"_s, {u"金融"_s, u"新浪财经"_s, u"港股"_s},
                    {u"建设银行"_s, u"工商银行"_s}),
            article(u"电报"_s, u"2021-04-10T16:30:33Z"_s, {u"金融"_s, u"财联社"_s}),
            article(u"无分类"_s, u"2023-06-01T00:00:00Z"_s, {}),
            // A category that only shares a prefix of the name must not match 新浪财经.
            article(u"新浪财经网"_s, u"2020-01-01T00:00:00Z"_s, {u"金融"_s, u"新浪财经网"_s}),
        };
        // Index ids 1 to 5 in this order; read: 国內一 and 无分类; starred: 港股 and 无分类.
        for (qsizetype i = 0; i < articles.size(); ++i)
            articles[i].indexId = i + 1;
        articles[0].read = true;
        articles[3].read = true;
        articles[1].starred = true;
        articles[3].starred = true;
        m_source->addArticles(articles);
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
        m_proxy->setSearchResults(QSet<qint64> {1, 2});
        m_proxy->setStatusFilter(ArticleFilterProxyModel::StatusFilter::Starred);
        QCOMPARE(m_proxy->rowCount(), 0);
        m_proxy->clearFilters();
        QVERIFY(!m_proxy->isSearchActive());
        QCOMPARE(m_proxy->statusFilter(), ArticleFilterProxyModel::StatusFilter::All);
        QCOMPARE(m_proxy->rowCount(), 5);
    }

    void searchResults_data()
    {
        QTest::addColumn<std::optional<QSet<qint64>>>("found");
        QTest::addColumn<QStringList>("category");
        QTest::addColumn<QStringList>("expected");
        const std::optional<QSet<qint64>> noSearch;
        QTest::newRow("no search") << noSearch << QStringList()
                                   << QStringList {u"无分类"_s, u"港股"_s, u"国內一"_s, u"电报"_s,
                                                   u"新浪财经网"_s};
        QTest::newRow("found two") << std::optional(QSet<qint64> {3, 1}) << QStringList()
                                   << QStringList {u"国內一"_s, u"电报"_s};
        QTest::newRow("found nothing") << std::optional(QSet<qint64>()) << QStringList() << QStringList();
        QTest::newRow("ids no article has")
            << std::optional(QSet<qint64> {0, 42}) << QStringList() << QStringList();
        QTest::newRow("found within a category")
            << std::optional(QSet<qint64> {1, 3, 4}) << QStringList {u"金融"_s, u"新浪财经"_s}
            << QStringList {u"国內一"_s};
        QTest::newRow("category without search")
            << noSearch << QStringList {u"金融"_s, u"新浪财经"_s} << QStringList {u"港股"_s, u"国內一"_s};
    }

    void searchResults()
    {
        QFETCH(std::optional<QSet<qint64>>, found);
        QFETCH(QStringList, category);
        QFETCH(QStringList, expected);
        m_proxy->setCategoryFilter(category);
        m_proxy->setSearchResults(found);
        QCOMPARE(m_proxy->isSearchActive(), found.has_value());
        QCOMPARE(titles(*m_proxy), expected);
        m_proxy->setSearchResults(std::nullopt);
        m_proxy->setCategoryFilter({});
        QCOMPARE(m_proxy->rowCount(), 5);
    }

    void searchResultsShowArticlesListedLater()
    {
        m_proxy->setSearchResults(QSet<qint64> {2, 9});
        QCOMPARE(titles(*m_proxy), QStringList {u"港股"_s});
        Article later = article(u"后来的"_s, u"2024-01-01T00:00:00Z"_s, {});
        later.indexId = 9;
        m_source->addArticles({later});
        QCOMPARE(titles(*m_proxy), (QStringList {u"后来的"_s, u"港股"_s}));
        m_source->removeArticles({u"/library/港股.md"_s});
        QCOMPARE(titles(*m_proxy), QStringList {u"后来的"_s});
    }

    void statusFilter_data()
    {
        QTest::addColumn<ArticleFilterProxyModel::StatusFilter>("status");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("all") << ArticleFilterProxyModel::StatusFilter::All
                             << QStringList {u"无分类"_s, u"港股"_s, u"国內一"_s, u"电报"_s, u"新浪财经网"_s};
        QTest::newRow("unread") << ArticleFilterProxyModel::StatusFilter::Unread
                                << QStringList {u"港股"_s, u"电报"_s, u"新浪财经网"_s};
        QTest::newRow("starred") << ArticleFilterProxyModel::StatusFilter::Starred
                                 << QStringList {u"无分类"_s, u"港股"_s};
    }

    void statusFilter()
    {
        QFETCH(ArticleFilterProxyModel::StatusFilter, status);
        QFETCH(QStringList, expected);
        m_proxy->setStatusFilter(status);
        QCOMPARE(titles(*m_proxy), expected);
    }

    void unreadFilterFollowsReading()
    {
        m_proxy->setStatusFilter(ArticleFilterProxyModel::StatusFilter::Unread);
        const int hongKong = m_source->rowOfPath(u"/library/港股.md"_s);
        m_source->setRead({hongKong}, true);
        QCOMPARE(titles(*m_proxy), (QStringList {u"电报"_s, u"新浪财经网"_s}));
        // Marked unread again, it comes back in its sorted place.
        m_source->setRead({hongKong}, false);
        QCOMPARE(titles(*m_proxy), (QStringList {u"港股"_s, u"电报"_s, u"新浪财经网"_s}));
        // "Mark all read" empties the list.
        QList<int> shown;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            shown.append(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
        m_source->setRead(shown, true);
        QCOMPARE(m_proxy->rowCount(), 0);
    }

    void starredFilterFollowsStars()
    {
        m_proxy->setStatusFilter(ArticleFilterProxyModel::StatusFilter::Starred);
        m_source->setStarred(m_source->rowOfPath(u"/library/电报.md"_s), true);
        m_source->setStarred(m_source->rowOfPath(u"/library/无分类.md"_s), false);
        QCOMPARE(titles(*m_proxy), (QStringList {u"港股"_s, u"电报"_s}));
    }

    void mentionFilterFollowsMentionsFoundLater()
    {
        m_proxy->setMentionFilter(u"建设银行"_s);
        QCOMPARE(titles(*m_proxy), QStringList {u"港股"_s});
        m_source->setMentions({{u"/library/电报.md"_s, {u"建设银行"_s}}, {u"/library/港股.md"_s, {}}});
        QCOMPARE(titles(*m_proxy), QStringList {u"电报"_s});
    }

    void removingArticlesUnderAFilter()
    {
        m_proxy->setCategoryFilter({u"金融"_s});
        m_source->removeArticles({u"/library/国內一.md"_s, u"/library/无分类.md"_s, u"/library/电报.md"_s});
        QCOMPARE(titles(*m_proxy), (QStringList {u"港股"_s, u"新浪财经网"_s}));
        m_proxy->setCategoryFilter({});
        QCOMPARE(titles(*m_proxy), (QStringList {u"港股"_s, u"新浪财经网"_s}));
    }

    void manyArticlesFollowTheFilters_data()
    {
        QTest::addColumn<int>("count");
        // Up to 100 rows that appear or vanish at once are signalled row by row, more in one
        // layout change: the list must look the same either way.
        QTest::newRow("a few at a time") << 40;
        QTest::newRow("hundreds at a time") << 480;
    }

    void manyArticlesFollowTheFilters()
    {
        QFETCH(int, count);
        // Every other one read; dated a minute apart.
        QList<Article> batch;
        const QDateTime start = QDateTime::fromString(u"2022-05-01T00:00:00Z"_s, Qt::ISODate);
        for (int i = 0; i < count; ++i) {
            batch.append(article(u"批量"_s + QString::number(i), {}, {u"宏观"_s}));
            batch.last().date = start.addSecs(60 * i);
            batch.last().indexId = 100 + i;
            batch.last().read = i % 2 == 0;
        }
        m_source->addArticles(batch);
        const auto sourceRows = [&](int modulo, int remainder) {
            QList<int> rows;
            for (int i = remainder; i < count; i += modulo)
                rows.append(m_source->rowOfPath(batch.at(i).path));
            return rows;
        };
        const auto paths = [&](int modulo, int remainder) {
            QStringList result;
            for (int i = remainder; i < count; i += modulo)
                result.append(batch.at(i).path);
            return result;
        };
        // The article a reader has selected: unread, and kept by every step below but the last.
        const QPersistentModelIndex selected =
            m_proxy->mapFromSource(m_source->index(sourceRows(8, 7).at(0), 0));
        QCOMPARE(selected.data().toString(), u"批量7"_s);

        m_proxy->setStatusFilter(ArticleFilterProxyModel::StatusFilter::Unread);
        QCOMPARE(m_proxy->rowCount(), 3 + count / 2);

        m_source->setRead(sourceRows(4, 1), true);
        QCOMPARE(m_proxy->rowCount(), 3 + count / 4);

        QSet<qint64> found {2}; // 港股, unread
        for (int i = 3; i < count; i += 4)
            found.insert(100 + i);
        m_proxy->setSearchResults(found);
        QCOMPARE(m_proxy->rowCount(), 1 + count / 4);

        m_source->removeArticles(paths(8, 3));
        QCOMPARE(m_proxy->rowCount(), 1 + count / 8);
        QVERIFY(newestFirst(*m_proxy));
        QCOMPARE(selected.data().toString(), u"批量7"_s);

        m_proxy->clearFilters();
        QCOMPARE(m_proxy->rowCount(), 5 + count - count / 8);
        QVERIFY(newestFirst(*m_proxy));
        QCOMPARE(selected.data().toString(), u"批量7"_s);

        QStringList rest = paths(8, 0);
        for (const int remainder : {1, 2, 4, 5, 6, 7})
            rest += paths(8, remainder);
        m_source->removeArticles(rest);
        QCOMPARE(titles(*m_proxy),
                 (QStringList {u"无分类"_s, u"港股"_s, u"国內一"_s, u"电报"_s, u"新浪财经网"_s}));
        QVERIFY(!selected.isValid());
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
