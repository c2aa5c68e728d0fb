// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rendering.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Broadsheet::Ui;

class TestRendering : public QObject
{
    Q_OBJECT

private:
    static void touch(const QString &path)
    {
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }

private Q_SLOTS:
    void graphicsDevice_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<bool>("expected");
        QTest::newRow("nothing") << QStringList() << false;
        QTest::newRow("empty dri folder") << QStringList {u"dri/by-path/x"_s} << false;
        // A display-only card has no render node: no GPU to draw with.
        QTest::newRow("card without render node") << QStringList {u"dri/card0"_s} << false;
        QTest::newRow("render node") << QStringList {u"dri/card0"_s, u"dri/renderD128"_s} << true;
        QTest::newRow("nvidia proprietary") << QStringList {u"nvidia0"_s, u"nvidiactl"_s} << true;
        QTest::newRow("nvidiactl alone") << QStringList {u"nvidiactl"_s} << false;
    }

    void graphicsDevice()
    {
        QFETCH(QStringList, files);
        QFETCH(bool, expected);
        QTemporaryDir dev;
        for (const QString &file : std::as_const(files))
            touch(dev.filePath(file));
        QCOMPARE(Rendering::hasGraphicsDevice(dev.path()), expected);
    }

    void choice()
    {
        using Rendering::Choice;
        QCOMPARE(Rendering::choose(QString(), true), Choice::Hardware);
        QCOMPARE(Rendering::choose(QString(), false), Choice::Software);
        QCOMPARE(Rendering::choose(u"auto"_s, false), Choice::Software);
        // The user's word wins over the devices, either way.
        QCOMPARE(Rendering::choose(u"software"_s, true), Choice::Software);
        QCOMPARE(Rendering::choose(u"Hardware"_s, false), Choice::Hardware);
    }
};

QTEST_GUILESS_MAIN(TestRendering)
#include "tst_rendering.moc"
