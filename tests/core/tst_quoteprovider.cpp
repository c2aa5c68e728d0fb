// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quoteprovider.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Broadsheet::Core;

class TestQuoteProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotePages_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("aShare");
        QTest::addColumn<QString>("hShare");
        QTest::addColumn<QUrl>("aUrl");
        QTest::addColumn<QUrl>("hUrl");
        QTest::newRow("Sina, the issue's own templates")
            << u"sina"_s << u"sh601398"_s << u"01398"_s
            << QUrl(u"https://finance.sina.com.cn/realstock/company/sh601398/nc.shtml"_s)
            << QUrl(u"https://stock.finance.sina.com.cn/hkstock/quotes/01398.html"_s);
        QTest::newRow("Eastmoney, Shenzhen") << u"eastmoney"_s << u"sz000001"_s << u"00939"_s
                                             << QUrl(u"https://quote.eastmoney.com/sz000001.html"_s)
                                             << QUrl(u"https://quote.eastmoney.com/hk/00939.html"_s);
        QTest::newRow("Xueqiu wants upper case")
            << u"xueqiu"_s << u"sh600036"_s << u"3968"_s << QUrl(u"https://xueqiu.com/S/SH600036"_s)
            << QUrl(u"https://xueqiu.com/S/03968"_s);
        QTest::newRow("unknown provider falls back to Sina")
            << u"nonsense"_s << u"SH601988"_s << u"03988"_s
            << QUrl(u"https://finance.sina.com.cn/realstock/company/sh601988/nc.shtml"_s)
            << QUrl(u"https://stock.finance.sina.com.cn/hkstock/quotes/03988.html"_s);
    }

    void quotePages()
    {
        QFETCH(QString, provider);
        QFETCH(QString, aShare);
        QFETCH(QString, hShare);
        QFETCH(QUrl, aUrl);
        QFETCH(QUrl, hUrl);
        const QuoteProvider quotes = QuoteProvider::byId(provider);
        QCOMPARE(quotes.aShareUrl(aShare), aUrl);
        QCOMPARE(quotes.hShareUrl(hShare), hUrl);
    }

    void badCodesGiveNoLink_data()
    {
        QTest::addColumn<QString>("aShare");
        QTest::addColumn<QString>("hShare");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("no exchange") << u"601398"_s << u"hk00939"_s;
        QTest::newRow("injection") << u"sh601398/../../evil"_s << u"00939?x=1"_s;
        QTest::newRow("too short") << u"sh6013"_s << u"939"_s;
    }

    void badCodesGiveNoLink()
    {
        QFETCH(QString, aShare);
        QFETCH(QString, hShare);
        const QuoteProvider sina = QuoteProvider::byId(u"sina"_s);
        QVERIFY(sina.aShareUrl(aShare).isEmpty());
        QVERIFY(sina.hShareUrl(hShare).isEmpty());
    }

    void templateThatIsNotAWebPage_givesNoLink()
    {
        QuoteProvider custom {u"x"_s, u"x"_s, u"javascript:alert('{code}')"_s, u"file:///{code}"_s};
        QVERIFY(custom.aShareUrl(u"sh601398"_s).isEmpty());
        QVERIFY(custom.hShareUrl(u"00939"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQuoteProvider)
#include "tst_quoteprovider.moc"
