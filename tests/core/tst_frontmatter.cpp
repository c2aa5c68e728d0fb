// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/frontmatter.h"

#include <QRegularExpression>
#include <QTest>

using namespace Broadsheet::Core;
using namespace Qt::StringLiterals;

using Status = FrontMatter::Status;
using Extras = QList<QPair<QString, QString>>;

// Takes a QString so that tests can build the text with `+`.
static FrontMatter parseText(const QString &text)
{
    return FrontMatterParser::parse(text);
}

// A "billion laughs" block: nine levels of ten aliases, 10^9 leaves once expanded. The anchors
// are defined inside a mapping, which the parser never walks, so that only `useKey` expands;
// or as top-level keys, which are extras and expand themselves.
static QString aliasBomb(const QString &useKey, bool anchorsInMapping)
{
    const QString indent = anchorsInMapping ? u"  "_s : QString();
    QString yaml = u"---\ntitle: Bomb\n"_s + (anchorsInMapping ? u"anchors:\n"_s : QString());
    yaml += indent + u"a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"_s;
    for (int level = 1; level < 9; ++level) {
        const QString previous = u"*a"_s + QString::number(level - 1);
        QStringList items;
        for (int i = 0; i < 10; ++i)
            items.append(previous);
        yaml += indent + u"a%1: &a%1 [%2]\n"_s.arg(level).arg(items.join(u", "_s));
    }
    return yaml + useKey + u": *a8\n---\nbody\n"_s;
}

class TestFrontMatter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data();
    void split();
    void brokenYamlNamesTheFileLine_data();
    void brokenYamlNamesTheFileLine();
    void listKeys_data();
    void listKeys();
    void scalars_data();
    void scalars();
    void extrasKeepFileOrder();
    void dateLine();
    void aliasBombIsRefused_data();
    void aliasBombIsRefused();
    void harmlessAliasesWork();
    void oversizedBlockIsRefused();
    void deepNestingIsRefused();
};

void TestFrontMatter::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("bodyLine");

    QTest::newRow("plain") << u"---\ntitle: A\n---\nbody\n"_s << Status::Parsed << u"A"_s << u"body\n"_s << 4;
    QTest::newRow("leading blank line, as in the sample")
        << u"\n---\ntitle: A\n---\n\n<div>x</div>\n"_s << Status::Parsed << u"A"_s << u"\n<div>x</div>\n"_s
        << 5;
    QTest::newRow("leading blank lines with spaces and tabs")
        << u"\n  \n\t\n---\ntitle: A\n---\nbody"_s << Status::Parsed << u"A"_s << u"body"_s << 7;
    QTest::newRow("BOM left in the text")
        << u"\ufeff---\ntitle: A\n---\nbody"_s << Status::Parsed << u"A"_s << u"body"_s << 4;
    QTest::newRow("CRLF: body kept raw") << u"\r\n---\r\ntitle: A\r\n---\r\nline 1\r\nline 2\r\n"_s
                                         << Status::Parsed << u"A"_s << u"line 1\r\nline 2\r\n"_s << 5;
    QTest::newRow("closed by ... (YAML document end)")
        << u"---\ntitle: A\n...\nbody"_s << Status::Parsed << u"A"_s << u"body"_s << 4;
    QTest::newRow("trailing spaces after the delimiters")
        << u"--- \ntitle: A\n---\t\nbody"_s << Status::Parsed << u"A"_s << u"body"_s << 4;
    QTest::newRow("nothing after the closing line")
        << u"---\ntitle: A\n---"_s << Status::Parsed << u"A"_s << QString() << 4;
    QTest::newRow("empty block") << u"---\n---\nbody"_s << Status::Parsed << QString() << u"body"_s << 3;
    QTest::newRow("only comments") << u"---\n# nothing yet\n---\nbody"_s << Status::Parsed << QString()
                                   << u"body"_s << 4;
    QTest::newRow("a later --- in the body stays in the body")
        << u"---\ntitle: A\n---\none\n---\ntwo\n"_s << Status::Parsed << u"A"_s << u"one\n---\ntwo\n"_s << 4;

    QTest::newRow("no front matter: markdown")
        << u"# Heading\n\ntext\n"_s << Status::Missing << QString() << u"# Heading\n\ntext\n"_s << 1;
    QTest::newRow("no front matter: html")
        << u"<html><h1>x</h1></html>"_s << Status::Missing << QString() << u"<html><h1>x</h1></html>"_s << 1;
    QTest::newRow("--- after text is not front matter") << u"intro\n---\ntitle: A\n---\n"_s << Status::Missing
                                                        << QString() << u"intro\n---\ntitle: A\n---\n"_s << 1;
    QTest::newRow("indented --- is not a delimiter")
        << u" ---\ntitle: A\n---\n"_s << Status::Missing << QString() << u" ---\ntitle: A\n---\n"_s << 1;
    QTest::newRow("---- is not a delimiter")
        << u"----\ntitle: A\n----\n"_s << Status::Missing << QString() << u"----\ntitle: A\n----\n"_s << 1;
    QTest::newRow("only blank lines") << u"\n\n  \n"_s << Status::Missing << QString() << u"\n\n  \n"_s << 1;

    // Decision: an opening `---` that never closes is broken front matter, not body: the author
    // meant metadata, and the warning says which line to fix. The body is what follows `---`.
    QTest::newRow("never closed") << u"\n---\ntitle: A\n# Heading\n"_s << Status::Broken << QString()
                                  << u"title: A\n# Heading\n"_s << 3;
    QTest::newRow("never closed, nothing after the opening line")
        << u"---"_s << Status::Broken << QString() << QString() << 2;
    QTest::newRow("a list, not a mapping")
        << u"---\n- a\n- b\n---\nbody"_s << Status::Broken << QString() << u"body"_s << 5;
    QTest::newRow("a sentence, not a mapping")
        << u"---\njust words\n---\nbody"_s << Status::Broken << QString() << u"body"_s << 4;
}

void TestFrontMatter::split()
{
    QFETCH(QString, text);
    QFETCH(Status, status);
    QFETCH(QString, title);
    QFETCH(QString, body);
    QFETCH(int, bodyLine);

    const FrontMatter frontMatter = parseText(text);
    QCOMPARE(frontMatter.status, status);
    QCOMPARE(frontMatter.title, title);
    QCOMPARE(frontMatter.body, body);
    QCOMPARE(frontMatter.bodyLine, bodyLine);
    QCOMPARE(frontMatter.error.isEmpty(), status != Status::Broken);
    QCOMPARE(frontMatter.errorLine > 0, status == Status::Broken);
}

void TestFrontMatter::brokenYamlNamesTheFileLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("body");

    QTest::newRow("illegal value on the third key")
        << u"---\ntitle: A\nauthor: B\ndate: 2022: 1\n---\nbody"_s << 4 << u"body"_s;
    QTest::newRow("after leading blank lines")
        << u"\n\n\n---\ntitle: A\nauthor: B\ndate: 2022: 1\n---\nbody"_s << 7 << u"body"_s;
    QTest::newRow("CRLF") << u"\r\n---\r\ntitle: A\r\nauthor: B: C\r\n---\r\nbody"_s << 4 << u"body"_s;
    // yaml-cpp notices on the next line, where `author: C` cannot be a list item.
    QTest::newRow("unterminated flow list")
        << u"---\ntitle: A\ncategories: [a, b\nauthor: C\n---\nbody\n"_s << 4 << u"body\n"_s;
    QTest::newRow("bad indentation") << u"---\ntitle: A\n  author: B\n---\nbody"_s << 3 << u"body"_s;
    QTest::newRow("tab indentation") << u"---\ncategories:\n\t- a\n---\nbody"_s << 3 << u"body"_s;
    QTest::newRow("unknown escape in a double-quoted title")
        << u"---\ndate: 2022-02-10\ntitle: \"a \\q b\"\n---\nbody"_s << 3 << u"body"_s;
}

void TestFrontMatter::brokenYamlNamesTheFileLine()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, body);

    const FrontMatter frontMatter = parseText(text);
    QCOMPARE(frontMatter.status, Status::Broken);
    QCOMPARE(frontMatter.errorLine, line);
    QVERIFY2(frontMatter.error.contains(u"YAML"_s), qPrintable(frontMatter.error));
    QCOMPARE(frontMatter.body, body);
    // Nothing half-read is passed on.
    QCOMPARE(frontMatter.title, QString());
    QCOMPARE(frontMatter.extra, Extras());
}

void TestFrontMatter::listKeys_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<QStringList>("tags");

    QTest::newRow("block list, as in the sample")
        << u"categories: \n - 金融\n - 新浪财经\n - 新浪财经－国內"_s
        << QStringList {u"金融"_s, u"新浪财经"_s, u"新浪财经－国內"_s} << QStringList();
    QTest::newRow("flow list") << u"categories: [金融, 新浪财经]"_s << QStringList {u"金融"_s, u"新浪财经"_s}
                               << QStringList();
    QTest::newRow("single string") << u"categories: 金融"_s << QStringList {u"金融"_s} << QStringList();
    QTest::newRow("a string with a comma stays one")
        << u"categories: 'A, B'"_s << QStringList {u"A, B"_s} << QStringList();
    QTest::newRow("nested lists (Hexo), flattened in order")
        << u"categories:\n - [金融, 银行]\n - 新浪财经\n - [[a, b], c]"_s
        << QStringList {u"金融"_s, u"银行"_s, u"新浪财经"_s, u"a"_s, u"b"_s, u"c"_s} << QStringList();
    QTest::newRow("numbers and booleans become text")
        << u"tags: [2022, true, 1.5]"_s << QStringList() << QStringList {u"2022"_s, u"true"_s, u"1.5"_s};
    QTest::newRow("empty and null items are dropped, items trimmed")
        << u"categories: [a, '', ~, ' b ']"_s << QStringList {u"a"_s, u"b"_s} << QStringList();
    QTest::newRow("null") << u"categories:"_s << QStringList() << QStringList();
    QTest::newRow("empty list") << u"categories: []"_s << QStringList() << QStringList();
    QTest::newRow("mappings inside the list are left out")
        << u"categories: [a, {name: b}, c]"_s << QStringList {u"a"_s, u"c"_s} << QStringList();
    QTest::newRow("tags and categories together")
        << u"tags:\n - 银行\n - 河南\ncategories: 金融"_s << QStringList {u"金融"_s}
        << QStringList {u"银行"_s, u"河南"_s};
}

void TestFrontMatter::listKeys()
{
    QFETCH(QString, yaml);
    QFETCH(QStringList, categories);
    QFETCH(QStringList, tags);

    const FrontMatter frontMatter = parseText(u"---\n"_s + yaml + u"\n---\n"_s);
    QCOMPARE(frontMatter.status, Status::Parsed);
    QCOMPARE(frontMatter.categories, categories);
    QCOMPARE(frontMatter.tags, tags);
}

void TestFrontMatter::scalars_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("link");

    QTest::newRow("sample quoting") << u"title: '河南银行'\ndate: Thu, 10 Feb 2022 09:43:08 GMT"_s
                                    << u"河南银行"_s << u"Thu, 10 Feb 2022 09:43:08 GMT"_s << QString();
    QTest::newRow("a number as title") << u"title: 2022"_s << u"2022"_s << QString() << QString();
    QTest::newRow("a float as title keeps its spelling")
        << u"title: 3.10"_s << u"3.10"_s << QString() << QString();
    QTest::newRow("a boolean as title") << u"title: yes"_s << u"yes"_s << QString() << QString();
    QTest::newRow("a YAML timestamp stays as written")
        << u"date: 2021-04-11 00:30:33"_s << QString() << u"2021-04-11 00:30:33"_s << QString();
    QTest::newRow("null title") << u"title: ~"_s << QString() << QString() << QString();
    QTest::newRow("entities are left for the reader")
        << u"title: 'A &amp; B'"_s << u"A &amp; B"_s << QString() << QString();
    QTest::newRow("folded title") << u"title: >\n  two\n  lines"_s << u"two lines"_s << QString()
                                  << QString();
    QTest::newRow("list as title is not a title")
        << u"title: [a, b]"_s << QString() << QString() << QString();
    QTest::newRow("keys are case-insensitive")
        << u"Title: A\nDATE: 2021-04-11"_s << u"A"_s << u"2021-04-11"_s << QString();
    QTest::newRow("the first title wins") << u"title: A\nTitle: B"_s << u"A"_s << QString() << QString();
    QTest::newRow("link") << u"link: https://a.example/x"_s << QString() << QString()
                          << u"https://a.example/x"_s;
    QTest::newRow("source when there is no link")
        << u"source: https://a.example/x"_s << QString() << QString() << u"https://a.example/x"_s;
    QTest::newRow("link wins over source") << u"source: https://s.example\nlink: https://l.example"_s
                                           << QString() << QString() << u"https://l.example"_s;
}

void TestFrontMatter::scalars()
{
    QFETCH(QString, yaml);
    QFETCH(QString, title);
    QFETCH(QString, date);
    QFETCH(QString, link);

    const FrontMatter frontMatter = parseText(u"---\n"_s + yaml + u"\n---\n"_s);
    QCOMPARE(frontMatter.status, Status::Parsed);
    QCOMPARE(frontMatter.title, title);
    QCOMPARE(frontMatter.date, date);
    QCOMPARE(frontMatter.link, link);
}

void TestFrontMatter::extrasKeepFileOrder()
{
    const FrontMatter frontMatter =
        parseText(u"---\nzeta: last letter\ntitle: T\ncomments: false\nheadimg: h.png\nviews: "
                  u"120\nsource: https://s.example\n"
                  "link: https://l.example\nempty:\nlayout: post\nkeywords: [银行, "
                  "河南]\nmeta: {a: 1}\nthumbnail: t.png\n"
                  "alpha: first letter\n---\n"_s);
    QCOMPARE(frontMatter.status, Status::Parsed);
    const Extras expected = {
        {u"zeta"_s, u"last letter"_s},
        {u"comments"_s, u"false"_s},
        {u"views"_s, u"120"_s},
        // Kept: the link came from `link`.
        {u"source"_s, u"https://s.example"_s},
        {u"empty"_s, QString()},
        {u"layout"_s, u"post"_s},
        {u"keywords"_s, u"银行, 河南"_s},
        // `meta` is a mapping: left out.
        {u"alpha"_s, u"first letter"_s},
    };
    QCOMPARE(frontMatter.extra, expected);
    QCOMPARE(frontMatter.headImage, u"h.png"_s);
    QCOMPARE(frontMatter.thumbnail, u"t.png"_s);
    QCOMPARE(frontMatter.link, u"https://l.example"_s);
}

void TestFrontMatter::dateLine()
{
    const FrontMatter frontMatter = parseText(u"\n---\ntitle: A\n\ndate: yesterday\n---\n"_s);
    QCOMPARE(frontMatter.date, u"yesterday"_s);
    QCOMPARE(frontMatter.dateLine, 5);
    QCOMPARE(parseText(u"---\ntitle: A\n---\n"_s).dateLine, 0);
}

void TestFrontMatter::aliasBombIsRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("anchorsInMapping");
    QTest::addColumn<int>("line"); // of the key that expands beyond the limit

    QTest::newRow("used in categories") << u"categories"_s << true << 13;
    QTest::newRow("used in tags") << u"tags"_s << true << 13;
    QTest::newRow("used in an extra key") << u"payload"_s << true << 13;
    // a3 already holds 1,000 leaves and a4 10,000: the walk stops at a3's line.
    QTest::newRow("anchors as top-level keys") << u"categories"_s << false << 6;
}

void TestFrontMatter::aliasBombIsRefused()
{
    QFETCH(QString, key);
    QFETCH(bool, anchorsInMapping);
    QFETCH(int, line);

    // Would take minutes and gigabytes if every alias were expanded.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"expands beyond"_s));
    const FrontMatter frontMatter = parseText(aliasBomb(key, anchorsInMapping));
    QCOMPARE(frontMatter.status, Status::Broken);
    QVERIFY2(frontMatter.error.contains(u"aliases"_s), qPrintable(frontMatter.error));
    QCOMPARE(frontMatter.errorLine, line);
    QCOMPARE(frontMatter.body, u"body\n"_s);
    QCOMPARE(frontMatter.title, QString());
}

void TestFrontMatter::harmlessAliasesWork()
{
    const FrontMatter frontMatter = parseText(
        u"---\nauthor: &who 新浪财经\npublisher: *who\ncategories: &c [金融, 银行]\ntags: *c\n---\n"_s);
    QCOMPARE(frontMatter.status, Status::Parsed);
    QCOMPARE(frontMatter.author, u"新浪财经"_s);
    QCOMPARE(frontMatter.extra, (Extras {{u"publisher"_s, u"新浪财经"_s}}));
    QCOMPARE(frontMatter.categories, (QStringList {u"金融"_s, u"银行"_s}));
    QCOMPARE(frontMatter.tags, frontMatter.categories);
}

void TestFrontMatter::oversizedBlockIsRefused()
{
    const QString big = u"description: "_s + QString(FrontMatterParser::maxBlockSize, u'x') + u'\n';
    const FrontMatter frontMatter = parseText(u"\n---\ntitle: A\n"_s + big + u"---\nbody"_s);
    QCOMPARE(frontMatter.status, Status::Broken);
    QCOMPARE(frontMatter.errorLine, 2);
    QVERIFY2(frontMatter.error.contains(u"64 KB"_s), qPrintable(frontMatter.error));
    QCOMPARE(frontMatter.body, u"body"_s);
    QCOMPARE(frontMatter.bodyLine, 6);

    // Just under the limit is read.
    const QString fits = u"d: "_s + QString(FrontMatterParser::maxBlockSize - 20, u'x') + u'\n';
    QCOMPARE(parseText(u"---\ntitle: A\n"_s + fits + u"---\n"_s).status, Status::Parsed);
}

void TestFrontMatter::deepNestingIsRefused()
{
    // yaml-cpp refuses very deep nesting itself; shallower but still absurd nesting is ours.
    const int depths[] = {5000, 40};
    for (const int depth : depths) {
        const QString list = QString(depth, u'[') + u'a' + QString(depth, u']');
        if (depth < 100)
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"expands beyond"_s));
        const FrontMatter frontMatter = parseText(u"---\ncategories: "_s + list + u"\n---\n"_s);
        QCOMPARE(frontMatter.status, Status::Broken);
        QCOMPARE(frontMatter.errorLine, 2);
    }
}

QTEST_GUILESS_MAIN(TestFrontMatter)
#include "tst_frontmatter.moc"
