// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exportdocument.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Broadsheet::Core;

namespace {

ExportEntry entry(const QString &title, const QString &body, const QString &author = u"新浪财经"_s)
{
    ExportEntry e;
    e.file.ok = true;
    e.file.article.title = title;
    e.file.article.author = author;
    e.file.article.categories = {u"金融"_s, u"新浪财经"_s};
    e.file.article.date = QDateTime(QDate(2022, 2, 10), QTime(17, 43));
    e.file.article.headImage = u"https://n.sinaimg.cn/head.jpg"_s;
    e.file.body = body;
    e.body = ArticlePage::prepare(e.file, [](const QUrl &) { return std::nullopt; });
    return e;
}

int count(const QString &text, const QString &what)
{
    return int(text.count(what));
}

} // namespace

class TestExportDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void combined_severalArticles_contentsThenEachOnANewPage()
    {
        const QString html =
            ExportDocument::combined({entry(u"第一篇"_s, u"<p>一</p>"_s), entry(u"第二篇"_s, u"<p>二</p>"_s),
                                      entry(u"第三篇"_s, u"<p>三</p>"_s)});
        QVERIFY(html.contains(u"class=\"bs-contents\""_s));
        QCOMPARE(count(html, u"class=\"bs-page-break\""_s), 3); // contents page, then every article
        QVERIFY(html.contains(u"page-break-before: always"_s));
        // Order: contents entries and articles both follow the list.
        const qsizetype first = html.indexOf(u"<h1 class=\"bs-title\">第一篇"_s);
        const qsizetype second = html.indexOf(u"<h1 class=\"bs-title\">第二篇"_s);
        const qsizetype third = html.indexOf(u"<h1 class=\"bs-title\">第三篇"_s);
        QVERIFY(first > html.indexOf(u"bs-contents"_s));
        QVERIFY(first < second && second < third);
        QVERIFY(html.indexOf(u"href=\"#article-1\">第一篇"_s)
                < html.indexOf(u"href=\"#article-3\">第三篇"_s));
        QCOMPARE(count(html, u"<html"_s), 1);
    }

    void combined_oneArticle_noContentsAndNoBreak()
    {
        const QString html = ExportDocument::combined({entry(u"独篇"_s, u"<p>正文</p>"_s)});
        QVERIFY(!html.contains(u"class=\"bs-contents\""_s));
        QCOMPARE(count(html, u"class=\"bs-page-break\""_s), 0);
        QVERIFY(html.contains(u"<title>独篇</title>"_s));
        QVERIFY(html.contains(u"正文"_s));
    }

    void combined_escapesMetadataAndSanitizesBodies()
    {
        const QString html = ExportDocument::combined(
            {entry(u"<script>alert(1)</script>标题"_s,
                   u"<p>ok</p><script>alert(2)</script><img src=x onerror=alert(3)>"_s, u"A & <B>"_s),
             entry(u"second"_s, u"<p>two</p>"_s)});
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY(!html.contains(u"onerror"_s));
        QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;标题"_s));
        QVERIFY(html.contains(u"A &amp; &lt;B&gt;"_s));
    }

    void combined_hasThePagePolicyAndPlaceholders()
    {
        const QString html = ExportDocument::combined(
            {entry(u"t"_s, u"<p><img src=\"https://x.cn/a.png\" alt=\"图\"></p>"_s)});
        QVERIFY(html.contains(
            u"content=\"default-src 'none'; img-src broadsheet: data:; style-src 'unsafe-inline'\""_s));
        // Nothing remote is loaded: images not in the cache are placeholders.
        QVERIFY(!html.contains(QRegularExpression(u"<img[^>]+src=\"https?:"_s)));
        QVERIFY(html.contains(u"bs-image-placeholder"_s));
        QVERIFY(html.contains(u"Noto Sans CJK SC"_s)); // the reading view's fonts
    }

    void htmlIndexAndPage_linkTheSharedStylesheet()
    {
        const QList<ExportEntry> entries {entry(u"甲"_s, u"<p>1</p>"_s), entry(u"乙"_s, u"<p>2</p>"_s)};
        const QString index = ExportDocument::htmlIndex(entries, {u"a.html"_s, u"b.html"_s}, u"style.css"_s);
        QVERIFY(index.indexOf(u"href=\"a.html\">甲"_s) < index.indexOf(u"href=\"b.html\">乙"_s));
        QVERIFY(index.contains(u"<link rel=\"stylesheet\" href=\"style.css\">"_s));
        const QString page = ExportDocument::htmlPage(entries.at(0), u"style.css"_s, u"index.html"_s);
        QVERIFY(page.contains(u"href=\"index.html\""_s));
        QVERIFY(page.contains(u"<h1 class=\"bs-title\">甲</h1>"_s));
        QVERIFY(!page.contains(u"<style>"_s));
    }
};

QTEST_GUILESS_MAIN(TestExportDocument)
#include "tst_exportdocument.moc"
