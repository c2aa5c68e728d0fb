// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/textdecoder.h"

#include <QFile>
#include <QStringEncoder>
#include <QTest>

using namespace Broadsheet::Core;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QFINDTESTDATA(u"data/reader/"_s + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

QByteArray encoded(const char *encoding, const QString &text)
{
    QStringEncoder encoder(encoding);
    Q_ASSERT(encoder.isValid());
    return encoder.encode(text);
}

// Bytes with embedded NULs, without counting them by hand.
template<std::size_t N> QByteArray raw(const char (&bytes)[N])
{
    return QByteArray(bytes, N - 1);
}

const QString shortArticle = u"---\ntitle: 河南银行\n---\n正文。\n"_s;

} // namespace

class TestTextDecoder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data();
    void decode();
    void fixturesDecodeToTheSameText_data();
    void fixturesDecodeToTheSameText();
    void binaryIsRefused_data();
    void binaryIsRefused();
    void lossyDecodingWarns_data();
    void lossyDecodingWarns();
};

void TestTextDecoder::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QByteArray() << u"UTF-8"_s << QString();
    QTest::newRow("ascii") << QByteArray("---\ntitle: x\n---\n") << u"UTF-8"_s << u"---\ntitle: x\n---\n"_s;
    QTest::newRow("utf-8 chinese") << shortArticle.toUtf8() << u"UTF-8"_s << shortArticle;
    QTest::newRow("utf-8 with BOM, BOM removed")
        << QByteArray("\xEF\xBB\xBF" + shortArticle.toUtf8()) << u"UTF-8"_s << shortArticle;
    QTest::newRow("utf-16le with BOM")
        << QByteArray("\xFF\xFE" + encoded("UTF-16LE", shortArticle)) << u"UTF-16LE"_s << shortArticle;
    QTest::newRow("utf-16be with BOM")
        << QByteArray("\xFE\xFF" + encoded("UTF-16BE", shortArticle)) << u"UTF-16BE"_s << shortArticle;
    QTest::newRow("utf-16le without BOM, starting with ---")
        << encoded("UTF-16LE", shortArticle) << u"UTF-16LE"_s << shortArticle;
    QTest::newRow("utf-16be without BOM, starting with a blank line")
        << encoded("UTF-16BE", u'\n' + shortArticle) << u"UTF-16BE"_s << QString(u'\n' + shortArticle);
    // uchardet returns nothing for a text this short; the GB18030 rule catches it.
    QTest::newRow("short GBK text uchardet cannot classify")
        << encoded("GBK", shortArticle) << u"GB18030"_s << shortArticle;
    QTest::newRow("GB18030 four-byte character (outside GBK)")
        << encoded("GB18030", u"---\ntitle: 𠀀河南银行\n---\n"_s) << u"GB18030"_s
        << u"---\ntitle: 𠀀河南银行\n---\n"_s;
    QTest::newRow("Big5 detected by uchardet")
        << encoded("Big5", u"中華民國銀行公會今日發布公告，說明存款利率調整。"_s) << u"BIG5"_s
        << u"中華民國銀行公會今日發布公告，說明存款利率調整。"_s;
    QTest::newRow("latin-1 detected by uchardet")
        << QByteArray("caf\xe9 na\xefve r\xe9sum\xe9\n") << u"ISO-8859-1"_s << u"café naïve résumé\n"_s;
}

void TestTextDecoder::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, text);

    const DecodedText decoded = TextDecoder::decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.text, text);
    QCOMPARE(decoded.warning, QString());
}

void TestTextDecoder::fixturesDecodeToTheSameText_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");

    QTest::newRow("GBK, detected by uchardet") << u"gbk.md"_s << u"GB18030"_s;
    QTest::newRow("UTF-16LE with BOM") << u"utf16le-bom.md"_s << u"UTF-16LE"_s;
    QTest::newRow("UTF-16BE with BOM") << u"utf16be-bom.md"_s << u"UTF-16BE"_s;
}

void TestTextDecoder::fixturesDecodeToTheSameText()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);

    const QString expected = QString::fromUtf8(fixture(u"utf8.md"_s));
    QVERIFY(expected.contains(u"河南银行业金融机构助力经济稳定发展"_s));
    const DecodedText decoded = TextDecoder::decode(fixture(file));
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.text, expected);
}

void TestTextDecoder::binaryIsRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("PNG header") << raw("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10");
    QTest::newRow("text with a NUL byte") << raw("---\ntitle: x\n---\nbody\0more");
    QTest::newRow("zero padding after a crash") << QByteArray("# Title\n") + QByteArray(64, '\0');
    QTest::newRow("only NUL bytes") << QByteArray(16, '\0');
    // FF FE 00 00 is a UTF-32LE BOM: decoded as UTF-16 it is full of U+0000.
    QTest::newRow("UTF-32LE") << raw("\xFF\xFE\0\0-\0\0\0-\0\0\0-\0\0\0");
    QTest::newRow("NUL bytes in odd places, not UTF-16") << raw("ab\0c\0\0d");
    // Even-length data whose first pair looks like UTF-16BE: control characters give it away.
    QTest::newRow("control bytes that decode as UTF-16") << raw("\0\x01\x02\xff\xfe\0PNG\0");
    QTest::newRow("printable start, then control characters as UTF-16LE") << raw("-\0\x01\0\x02\0\x03\0");
}

void TestTextDecoder::binaryIsRefused()
{
    QFETCH(QByteArray, bytes);

    const DecodedText decoded = TextDecoder::decode(bytes);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error.contains(u"binary"_s), qPrintable(decoded.error));
    QCOMPARE(decoded.encoding, QString());
    QCOMPARE(decoded.text, QString());
}

void TestTextDecoder::lossyDecodingWarns_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");

    // 0xFF is neither UTF-8 nor GB18030, and uchardet calls the rest UTF-8: the rule is UTF-8
    // with a replacement character, so that the rest of the title stays readable.
    QTest::newRow("UTF-8 with a stray byte")
        << QByteArray("---\ntitle: \xe6\xb2\xb3\xe5\x8d\x97\xff\xe9\x93\xb6\xe8\xa1\x8c\n---\n") << u"UTF-8"_s
        << u"---\ntitle: 河南\ufffd银行\n---\n"_s;
    QTest::newRow("UTF-8 BOM, then a truncated character")
        << QByteArray("\xEF\xBB\xBFtitle: \xe6\xb2") << u"UTF-8"_s << u"title: \ufffd\ufffd"_s;
    QTest::newRow("UTF-16LE BOM, odd number of bytes")
        << raw("\xFF\xFE-\0-\0-\0\n") << u"UTF-16LE"_s << u"---\ufffd"_s;
}

void TestTextDecoder::lossyDecodingWarns()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, text);

    const DecodedText decoded = TextDecoder::decode(bytes);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.text, text);
    QVERIFY2(decoded.warning.contains(u"\ufffd"_s), qPrintable(decoded.warning));
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
