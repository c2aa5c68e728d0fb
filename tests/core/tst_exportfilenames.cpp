// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exportfilenames.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Broadsheet::Core;

class TestExportFileNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void safeBaseName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("chinese title kept")
            << u"2022-02-10 河南省委书记楼阳生"_s << u"2022-02-10 河南省委书记楼阳生"_s;
        QTest::newRow("slashes and colons become spaces")
            << u"2022-01-01 A/B\\C: 新闻"_s << u"2022-01-01 A B C 新闻"_s;
        QTest::newRow("windows forbidden characters") << u"a*b?c\"d<e>f|g"_s << u"a b c d e f g"_s;
        QTest::newRow("control characters and newlines") << u"a\tb\nc\u0001d\u007fe"_s << u"a b c d e"_s;
        QTest::newRow("trailing dots and spaces dropped") << u"title... "_s << u"title"_s;
        QTest::newRow("leading dot would hide the file") << u".hidden"_s << u"hidden"_s;
        QTest::newRow("empty becomes article") << u" ?? "_s << u"article"_s;
        QTest::newRow("reserved windows name") << u"CON"_s << u"_CON"_s;
        QTest::newRow("reserved windows name with extension") << u"nul.txt"_s << u"_nul.txt"_s;
        QTest::newRow("not reserved when longer") << u"CONSOLE"_s << u"CONSOLE"_s;
    }
    void safeBaseName()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(ExportFileNames::safeBaseName(name), expected);
    }

    void safeBaseName_isAtMost120Utf8Bytes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("long chinese") << QString(100, QChar(0x94f6));
        QTest::newRow("long ascii") << QString(300, u'x');
        QTest::newRow("emoji not split")
            << QString(20, u'a') + QString::fromUcs4(U"😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀");
    }
    void safeBaseName_isAtMost120Utf8Bytes()
    {
        QFETCH(QString, name);
        const QString safe = ExportFileNames::safeBaseName(name);
        QVERIFY(safe.toUtf8().size() <= ExportFileNames::maxBytes);
        QVERIFY(safe.toUtf8().size() > ExportFileNames::maxBytes - 4); // cut, not emptied
        QVERIFY(!safe.back().isHighSurrogate());
        QCOMPARE(QString::fromUtf8(safe.toUtf8()), safe);
    }

    void take_numbersClashes()
    {
        ExportFileNames names;
        Article article;
        article.title = u"楼阳生/调研"_s;
        article.date = QDateTime(QDate(2022, 2, 10), QTime(9, 0));
        QCOMPARE(names.take(article, u".pdf"_s), u"2022-02-10 楼阳生 调研.pdf"_s);
        QCOMPARE(names.take(article, u".pdf"_s), u"2022-02-10 楼阳生 调研 (2).pdf"_s);
        QCOMPARE(names.take(article, u".pdf"_s), u"2022-02-10 楼阳生 调研 (3).pdf"_s);
    }

    void take_avoidsReservedAndCaseClashes()
    {
        ExportFileNames names;
        names.reserve(u"2022-01-01 News.pdf"_s);
        QCOMPARE(names.take(u"2022-01-01 news"_s, u".pdf"_s), u"2022-01-01 news (2).pdf"_s);
    }

    void take_longNameWithCounterStaysWithinLimit()
    {
        ExportFileNames names;
        const QString title = QString(200, QChar(0x94f6));
        const QString first = names.take(title, u".html"_s);
        const QString second = names.take(title, u".html"_s);
        QVERIFY(first != second);
        QVERIFY(second.endsWith(u" (2).html"_s));
        QVERIFY(first.toUtf8().size() <= ExportFileNames::maxBytes);
        QVERIFY(second.toUtf8().size() <= ExportFileNames::maxBytes);
    }
};

QTEST_GUILESS_MAIN(TestExportFileNames)
#include "tst_exportfilenames.moc"
