// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stringpool.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Broadsheet::Core;

namespace {

// A copy with its own characters, as each file read makes.
QString fresh(const QString &text)
{
    return QString(text.constData(), text.size());
}

} // namespace

// The pool is what keeps 100,000 articles' categories and sources stored once: equal values
// must come back as one shared string, whether they were seen a moment ago or long before.
class TestStringPool final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalStringsShareOneCopy()
    {
        StringPool pool;
        const QString first = pool.intern(fresh(u"新浪财经"_s));
        QCOMPARE(pool.intern(fresh(u"新浪财经"_s)).constData(), first.constData());
        // Many other values in between: the recent ones are forgotten, the set is not.
        for (int i = 0; i < 100; ++i)
            pool.intern(u"来源 %1"_s.arg(i));
        const QString again = pool.intern(fresh(u"新浪财经"_s));
        QCOMPARE(again, u"新浪财经"_s);
        QCOMPARE(again.constData(), first.constData());
        QVERIFY(pool.intern(QString()).isEmpty());
        QVERIFY(pool.intern(u"财联社"_s).constData() != first.constData());
    }

    void equalListsShareTheirItems()
    {
        StringPool pool;
        const QStringList first = pool.intern(QStringList {fresh(u"金融"_s), fresh(u"新浪财经"_s)});
        for (int i = 0; i < 100; ++i)
            pool.intern(QStringList {fresh(u"金融"_s), u"栏目 %1"_s.arg(i)});
        const QStringList again = pool.intern(QStringList {fresh(u"金融"_s), fresh(u"新浪财经"_s)});
        QCOMPARE(again, QStringList({u"金融"_s, u"新浪财经"_s}));
        QCOMPARE(again.at(0).constData(), first.at(0).constData());
        QCOMPARE(again.at(1).constData(), first.at(1).constData());
        // A recent list comes back as the very same list.
        const QStringList recent = pool.intern(QStringList {fresh(u"金融"_s), fresh(u"新浪财经"_s)});
        QCOMPARE(recent.constData(), again.constData());
        // Lists that only start alike stay apart.
        const QStringList longer = pool.intern(QStringList {u"金融"_s, u"新浪财经"_s, u"银行"_s});
        QCOMPARE(longer.size(), 3);
        QCOMPARE(longer.at(0).constData(), first.at(0).constData());
        QVERIFY(pool.intern(QStringList()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStringPool)
#include "tst_stringpool.moc"
