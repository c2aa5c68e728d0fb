// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/namelist.h"

#include <QTest>
#include <QtConcurrent>

using namespace Qt::StringLiterals;
using namespace Broadsheet::Core;

class TestNameList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void behavesAsTheStringsItWasGiven()
    {
        const QStringList names {u"工商银行"_s, u"贵州茅台"_s, u"工商银行"_s, QString()};
        const NameList list(names);
        QCOMPARE(list.size(), 4);
        QCOMPARE(list.toStringList(), names);
        QCOMPARE(list.at(1), u"贵州茅台"_s);
        QVERIFY(list.contains(u"工商银行"_s));
        QVERIFY(list.contains(QString()));
        QVERIFY(!list.contains(u"工商"_s));
        QStringList iterated;
        for (const QString &name : list)
            iterated.append(name);
        QCOMPARE(iterated, names);
        // Equal names are one entry of the table: the same characters in memory.
        QCOMPARE(list.at(0).constData(), list.at(2).constData());
    }

    void comparesByNamesInOrder()
    {
        QCOMPARE(NameList({u"a"_s, u"b"_s}), NameList(QStringList {u"a"_s, u"b"_s}));
        QVERIFY(!(NameList({u"a"_s, u"b"_s}) == NameList({u"b"_s, u"a"_s})));
        QVERIFY(NameList().isEmpty());
        QCOMPARE(NameList(), NameList(QStringList()));
    }

    // Lists are made on the scanner's threads and read on the window's.
    void namesMadeOnManyThreadsStayReadable()
    {
        QList<int> workers(8);
        std::iota(workers.begin(), workers.end(), 0);
        const QList<QPair<QStringList, NameList>> made =
            QtConcurrent::blockingMapped(workers, [](int worker) {
                QStringList names;
                for (int i = 0; i < 3000; ++i)
                    names.append(u"名称%1-%2"_s.arg(i % 1500).arg(i % 2 ? worker : 0));
                return qMakePair(names, NameList(names));
            });
        for (const auto &[names, list] : made)
            QCOMPARE(list.toStringList(), names);
    }
};

QTEST_GUILESS_MAIN(TestNameList)
#include "tst_namelist.moc"
