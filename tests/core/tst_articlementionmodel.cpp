// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/articlementionmodel.h"
#include "core/mentiontreemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Broadsheet::Core;

namespace {

Mention mention(Mention::Kind kind, const QString &name, const QString &aShare, const QString &hShare,
                int count)
{
    Mention m;
    m.kind = kind;
    m.name = name;
    m.aShare = aShare;
    m.hShare = hShare;
    m.count = count;
    return m;
}

Article articleMentioning(const QString &path, const QStringList &names)
{
    Article a;
    a.path = path;
    a.mentions = names;
    a.date = QDateTime::currentDateTimeUtc();
    return a;
}

} // namespace

class TestArticleMentionModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void panel_groupsBanksAndCompanies()
    {
        ArticleMentionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMentions({mention(Mention::Kind::Bank, u"工商银行"_s, u"sh601398"_s, u"01398"_s, 3),
                           mention(Mention::Kind::Company, u"贵州茅台"_s, u"sh600519"_s, {}, 2),
                           mention(Mention::Kind::Bank, u"国家开发银行"_s, {}, {}, 1)});
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex banks = model.index(0, 0);
        QCOMPARE(banks.data().toString(), u"Banks"_s);
        QCOMPARE(model.rowCount(banks), 2);
        QCOMPARE(model.index(1, 0).data().toString(), u"Listed companies"_s);
        const QModelIndex icbc = model.index(0, ArticleMentionModel::CodeColumn, banks);
        QCOMPARE(icbc.data().toString(), u"601398.SH 01398.HK"_s);
        QCOMPARE(icbc.siblingAtColumn(ArticleMentionModel::CountColumn).data().toInt(), 3);
        QCOMPARE(icbc.data(ArticleMentionModel::NameRole).toString(), u"工商银行"_s);
        // No code, no quote page.
        QVERIFY(!model.index(1, 0, banks).data(ArticleMentionModel::QuoteUrlRole).toUrl().isValid());
    }

    void panel_emptyGroupsAreHiddenAndResetsWork()
    {
        ArticleMentionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMentions({mention(Mention::Kind::Company, u"腾讯控股"_s, {}, u"00700"_s, 1)});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), u"Listed companies"_s);
        model.setMentions({});
        QCOMPARE(model.rowCount(), 0);
    }

    void panel_quoteLinksFollowTheProvider()
    {
        ArticleMentionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMentions({mention(Mention::Kind::Company, u"腾讯控股"_s, {}, u"00700"_s, 1)});
        const QModelIndex tencent = model.index(0, 0, model.index(0, 0));
        QCOMPARE(tencent.data(ArticleMentionModel::QuoteUrlRole).toUrl(),
                 QUrl(u"https://stock.finance.sina.com.cn/hkstock/quotes/00700.html"_s));
        model.setQuoteProvider(QuoteProvider::byId(u"xueqiu"_s));
        QCOMPARE(tencent.data(ArticleMentionModel::QuoteUrlRole).toUrl(),
                 QUrl(u"https://xueqiu.com/S/00700"_s));
    }

    void libraryTree_countsArticlesPerBankOrCompany()
    {
        MentionTreeModel model(MentionDictionary::builtin());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addArticles({articleMentioning(u"/a.md"_s, {u"工商银行"_s, u"建设银行"_s, u"贵州茅台"_s}),
                           articleMentioning(u"/b.md"_s, {u"工商银行"_s}),
                           articleMentioning(u"/c.md"_s, {})});
        const QModelIndex icbc = model.indexOfPath({MentionTreeModel::bankKey(), u"工商银行"_s});
        QVERIFY(icbc.isValid());
        QCOMPARE(icbc.siblingAtColumn(CountTreeModel::CountColumn).data().toInt(), 2);
        QCOMPARE(MentionTreeModel::mentionOf(icbc.data(CountTreeModel::PathRole).toStringList()),
                 u"工商银行"_s);
        QVERIFY(icbc.data(Qt::ToolTipRole).toString().contains(u"sh601398"_s));
        // A group counts the banks (or companies) it holds, not the mentions of all of them.
        const QModelIndex banks = model.indexOfPath({MentionTreeModel::bankKey()});
        QCOMPARE(banks.data().toString(), u"Banks"_s);
        QCOMPARE(banks.siblingAtColumn(CountTreeModel::CountColumn).data().toInt(), 2);
        QVERIFY(MentionTreeModel::mentionOf(banks.data(CountTreeModel::PathRole).toStringList()).isEmpty());
        const QModelIndex moutai = model.indexOfPath({MentionTreeModel::companyKey(), u"贵州茅台"_s});
        QCOMPARE(moutai.siblingAtColumn(CountTreeModel::CountColumn).data().toInt(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestArticleMentionModel)
#include "tst_articlementionmodel.moc"
