// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/indexdatabase.h"
#include "core/indexstore.h"
#include "core/searchquery.h"
#include "core/searchtokenizer.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using Broadsheet::Core::IndexDatabase;
using Broadsheet::Core::IndexedText;
using Broadsheet::Core::IndexStore;
using Broadsheet::Core::SearchQuery;
using Broadsheet::Core::SearchTokenizer;

class TestSearchTokenizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentTokens_data();
    void documentTokens();
    void queryTokens_data();
    void queryTokens();
    void offsetsPointAtTheText();
    void invalidUtf8SeparatesTokens();
    void queryExpression_data();
    void queryExpression();
    void searchMatchesSubstringScan();
    void latinWordsIgnoreCaseAndPrefix();
    void phrasesNeedTheirWordsInOrder();
    void hugeWordsAreCut();
};

void TestSearchTokenizer::documentTokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("pairs and the last character")
        << u"河南银行"_s << QStringList {u"河南"_s, u"南银"_s, u"银行"_s, u"行"_s};
    QTest::newRow("one character") << u"河"_s << QStringList {u"河"_s};
    QTest::newRow("punctuation ends a run")
        << u"工行，建行。"_s << QStringList {u"工行"_s, u"行"_s, u"建行"_s, u"行"_s};
    QTest::newRow("latin and digits between")
        << u"Shibor下行25个基点"_s
        << QStringList {u"shibor"_s, u"下行"_s, u"行"_s, u"25"_s, u"个基"_s, u"基点"_s, u"点"_s};
    QTest::newRow("case folded") << u"BANK Bank bank"_s << QStringList {u"bank"_s, u"bank"_s, u"bank"_s};
    QTest::newRow("accented latin folded") << u"Société"_s << QStringList {u"société"_s};
    QTest::newRow("A-share") << u"A股市场"_s << QStringList {u"a"_s, u"股市"_s, u"市场"_s, u"场"_s};
    QTest::newRow("kana are CJK") << u"トヨタ"_s << QStringList {u"トヨ"_s, u"ヨタ"_s, u"タ"_s};
    QTest::newRow("extension B ideograph") << u"𠀀中"_s << QStringList {u"𠀀中"_s, u"中"_s};
    QTest::newRow("ideographic space separates")
        << u"河南\u3000银行"_s << QStringList {u"河南"_s, u"南"_s, u"银行"_s, u"行"_s};
    QTest::newRow("symbols only") << u"，。！？%$#@"_s << QStringList();
    QTest::newRow("empty") << QString() << QStringList();
}

void TestSearchTokenizer::documentTokens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tokens);
    QCOMPARE(SearchTokenizer::tokens(text), tokens);
}

void TestSearchTokenizer::queryTokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tokens");
    // The lone last character is left out when the query ends in a run: 河南 must match 河南省.
    QTest::newRow("two characters") << u"河南"_s << QStringList {u"河南"_s};
    QTest::newRow("four characters") << u"中国银行"_s << QStringList {u"中国"_s, u"国银"_s, u"银行"_s};
    QTest::newRow("one character stays") << u"河"_s << QStringList {u"河"_s};
    QTest::newRow("run followed by latin keeps it") << u"股A"_s << QStringList {u"股"_s, u"a"_s};
    QTest::newRow("latin then one character") << u"A股"_s << QStringList {u"a"_s, u"股"_s};
}

void TestSearchTokenizer::queryTokens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tokens);
    QCOMPARE(SearchTokenizer::tokens(text, SearchTokenizer::Mode::Query), tokens);
}

void TestSearchTokenizer::offsetsPointAtTheText()
{
    const QByteArray text = u"Bank河南银行"_s.toUtf8();
    QList<QByteArray> covered;
    SearchTokenizer::tokenize(std::string_view(text.constData(), size_t(text.size())),
                              SearchTokenizer::Mode::Document, [&](std::string_view, int start, int end) {
                                  covered.append(text.mid(start, end - start));
                                  return true;
                              });
    const QList<QByteArray> expected = {"Bank", u"河南"_s.toUtf8(), u"南银"_s.toUtf8(), u"银行"_s.toUtf8(),
                                        u"行"_s.toUtf8()};
    QCOMPARE(covered, expected);
}

void TestSearchTokenizer::invalidUtf8SeparatesTokens()
{
    // A truncated three-byte sequence between two words, and a lone continuation byte.
    const QByteArray text = QByteArray("abc") + "\xE6\xB2" + "def\x80" + u"银行"_s.toUtf8();
    QStringList tokens;
    SearchTokenizer::tokenize(std::string_view(text.constData(), size_t(text.size())),
                              SearchTokenizer::Mode::Document, [&](std::string_view token, int, int) {
                                  tokens.append(QString::fromUtf8(token.data(), qsizetype(token.size())));
                                  return true;
                              });
    QCOMPARE(tokens, (QStringList {u"abc"_s, u"def"_s, u"银行"_s, u"行"_s}));
}

void TestSearchTokenizer::queryExpression_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("characters");
    QTest::addColumn<QStringList>("terms");
    QTest::newRow("one character") << u"河"_s << QString() << u"\"河\""_s << QStringList {u"河"_s};
    QTest::newRow("characters and words") << u"河 南 银行"_s << u"\"银行\"*"_s << u"\"河\" \"南\""_s
                                          << QStringList {u"河"_s, u"南"_s, u"银行"_s};
    QTest::newRow("words") << u" 银行  bank "_s << u"\"银行\"* \"bank\"*"_s << QString()
                           << QStringList {u"银行"_s, u"bank"_s};
    QTest::newRow("quoted phrase is exact")
        << u"\"Bank of China\""_s << u"\"Bank of China\""_s << QString() << QStringList {u"Bank of China"_s};
    QTest::newRow("typographic quotes")
        << u"“中国 银行”"_s << u"\"中国 银行\"*"_s << QString() << QStringList {u"中国 银行"_s};
    QTest::newRow("latin then one character")
        << u"A股"_s << u"\"A股\"*"_s << QString() << QStringList {u"A股"_s};
    QTest::newRow("operators are words")
        << u"AND OR"_s << u"\"AND\"* \"OR\"*"_s << QString() << QStringList {u"AND"_s, u"OR"_s};
    QTest::newRow("punctuation only is dropped") << u"，。 ?"_s << QString() << QString() << QStringList();
    QTest::newRow("unclosed quote") << u"\"河南"_s << u"\"河南\"*"_s << QString() << QStringList {u"河南"_s};
    QTest::newRow("quote inside a word is escaped")
        << u"a\"\"b"_s << u"\"a\"* \"b\"*"_s << QString() << QStringList {u"a"_s, u"b"_s};
    QTest::newRow("empty") << QString() << QString() << QString() << QStringList();
}

void TestSearchTokenizer::queryExpression()
{
    QFETCH(QString, typed);
    QFETCH(QString, expression);
    QFETCH(QString, characters);
    QFETCH(QStringList, terms);
    const SearchQuery query(typed);
    QCOMPARE(query.ftsExpression(), expression);
    QCOMPARE(query.characterExpression(), characters);
    QCOMPARE(query.terms(), terms);
    QCOMPARE(query.isEmpty(), terms.isEmpty());
}

namespace {

// An in-memory index holding `texts` as articles 1…n.
struct TextIndex {
    explicit TextIndex(const QStringList &texts)
        : database(QString(), QString())
        , store(database)
    {
        QList<IndexedText> rows;
        for (qsizetype i = 0; i < texts.size(); ++i)
            rows.append(IndexedText::of(i + 1, texts.at(i)));
        ok = database.isOpen() && store.storeTexts(rows);
    }

    QSet<qint64> search(const QString &typed)
    {
        const auto ids = store.search(SearchQuery(typed));
        return ids ? QSet<qint64>(ids->cbegin(), ids->cend()) : QSet<qint64> {-1};
    }

    IndexDatabase database;
    IndexStore store;
    bool ok = false;
};

QSet<qint64> scan(const QStringList &texts, const QString &needle)
{
    QSet<qint64> found;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (texts.at(i).contains(needle))
            found.insert(i + 1);
    }
    return found;
}

} // namespace

void TestSearchTokenizer::searchMatchesSubstringScan()
{
    // Random text over a small alphabet, so every 1- and 2-character query occurs in many
    // positions: at the start and end of runs, next to punctuation, Latin and digits.
    const QString alphabet = u"河南银行工中国建农交通招商平安兴业"_s;
    const QStringList separators = {u"，"_s, u"。"_s, u" "_s, u"A"_s, u"3"_s, u"\n"_s, u"“"_s};
    QRandomGenerator random(20261128);
    QStringList texts;
    for (int i = 0; i < 300; ++i) {
        QString text;
        const int length = random.bounded(1, 40);
        for (int j = 0; j < length; ++j) {
            if (random.bounded(6) == 0)
                text += separators.at(random.bounded(int(separators.size())));
            else
                text += alphabet.at(random.bounded(int(alphabet.size())));
        }
        texts.append(text);
    }
    TextIndex index(texts);
    QVERIFY(index.ok);

    QStringList queries;
    for (const QChar a : alphabet) {
        queries.append(QString(a));
        for (const QChar b : alphabet)
            queries.append(QString(a) + b);
    }
    // Longer ones from the texts themselves.
    for (int i = 0; i < 200; ++i) {
        const QString &text = texts.at(random.bounded(int(texts.size())));
        const int length = random.bounded(3, 6);
        if (text.size() >= length) {
            const QString piece = text.mid(random.bounded(int(text.size()) - length + 1), length);
            if (std::all_of(piece.cbegin(), piece.cend(),
                            [](QChar c) { return SearchTokenizer::isCjk(c.unicode()); }))
                queries.append(piece);
        }
    }
    for (const QString &query : std::as_const(queries))
        QVERIFY2(index.search(query) == scan(texts, query), qPrintable(query));
    // Several terms: every one must be found, a single character or not.
    for (int i = 0; i < 100; ++i) {
        const QString first = queries.at(random.bounded(int(queries.size())));
        const QString second = queries.at(random.bounded(int(queries.size())));
        QVERIFY2(index.search(first + u' ' + second) == (scan(texts, first) & scan(texts, second)),
                 qPrintable(first + u' ' + second));
    }
}

void TestSearchTokenizer::latinWordsIgnoreCaseAndPrefix()
{
    TextIndex index({u"The SHIBOR rate"_s, u"shibor下行"_s, u"Shiborian"_s, u"rate of banks"_s});
    QVERIFY(index.ok);
    QCOMPARE(index.search(u"shibor"_s), (QSet<qint64> {1, 2, 3}));
    QCOMPARE(index.search(u"\"shibor\""_s), (QSet<qint64> {1, 2}));
    QCOMPARE(index.search(u"Bank"_s), (QSet<qint64> {4}));
    QCOMPARE(index.search(u"rate shibor"_s), (QSet<qint64> {1}));
    QCOMPARE(index.search(u"SHIBOR下"_s), (QSet<qint64> {2}));
}

void TestSearchTokenizer::phrasesNeedTheirWordsInOrder()
{
    TextIndex index({u"Bank of China"_s, u"China's bank of record"_s, u"中国银行"_s, u"银行 中国"_s});
    QVERIFY(index.ok);
    QCOMPARE(index.search(u"\"bank of china\""_s), (QSet<qint64> {1}));
    QCOMPARE(index.search(u"bank china"_s), (QSet<qint64> {1, 2}));
    QCOMPARE(index.search(u"中国银行"_s), (QSet<qint64> {3}));
    QCOMPARE(index.search(u"中国 银行"_s), (QSet<qint64> {3, 4}));
}

void TestSearchTokenizer::hugeWordsAreCut()
{
    // Base64 in a scraped page is one "word" of thousands of letters: stored cut, still found.
    const QString huge = QString(u"Ab"_s).repeated(5000) + u"é"_s.repeated(100);
    const QStringList tokens = SearchTokenizer::tokens(huge + u" 银行"_s);
    QCOMPARE(tokens.size(), 3);
    QVERIFY(size_t(tokens.constFirst().toUtf8().size()) <= SearchTokenizer::maxWordBytes);
    QVERIFY(huge.toLower().startsWith(tokens.constFirst()));
    // Cut inside two-byte letters: never half a character.
    const QStringList accents = SearchTokenizer::tokens(u"x"_s + u"é"_s.repeated(200));
    QVERIFY(accents.constFirst().toUtf8().isValidUtf8());
    QCOMPARE(accents.constFirst().size(), 64); // x + 63 é = 127 bytes
    TextIndex index({huge, u"short"_s});
    QVERIFY(index.ok);
    QCOMPARE(index.search(huge.left(300)), (QSet<qint64> {1}));
    QCOMPARE(index.search(u"abab"_s), (QSet<qint64> {1}));
}

QTEST_GUILESS_MAIN(TestSearchTokenizer)
#include "tst_searchtokenizer.moc"
