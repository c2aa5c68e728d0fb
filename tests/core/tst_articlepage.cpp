// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/articlepage.h"
#include "core/articlereader.h"
#include "core/localfiles.h"
#include "core/placeholderimages.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Broadsheet::Core;

namespace {

ArticleFile articleFile(const QString &title, const QString &body)
{
    ArticleFile file;
    file.ok = true;
    file.article.path = u"/library/a.md"_s;
    file.article.title = title;
    file.article.author = u"新浪财经"_s;
    file.article.categories = {u"金融"_s, u"新浪财经"_s};
    file.article.headImage = u"https://n.sinaimg.cn/finance/head.png"_s;
    file.article.date = QDateTime::fromString(u"2022-02-10T09:43:08Z"_s, Qt::ISODate);
    file.body = body;
    return file;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestArticlePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void frontMatterValuesAreEscaped()
    {
        ArticleFile file = articleFile(u"<script>alert(1)</script> & {{body}}"_s, u"<p>正文</p>"_s);
        file.article.author = u"<img src=x onerror=alert(1)>"_s;
        file.article.categories = {u"\"><svg onload=alert(1)>"_s};
        const QString page = ArticlePage::render(file, HtmlSanitizer::ImageResolver());
        QVERIFY(!page.contains(u"<script>alert"_s));
        QVERIFY(page.contains(u"&lt;script&gt;alert(1)&lt;/script&gt; &amp; {{body}}"_s));
        QVERIFY(!page.contains(u"<img src=x"_s));
        QVERIFY(!page.contains(u"<svg"_s));
        // A placeholder written inside a value is text, not a second copy of the body.
        QCOMPARE(page.count(u"<p>正文</p>"_s), 1);
    }

    void titleMarks_areEscapedAndOnlyWhereAsked()
    {
        // The words searched for are marked in the title too; the rest stays escaped text.
        const ArticleFile file = articleFile(u"<b>河南</b> 银行 & 河南"_s, u"<p>b</p>"_s);
        const ArticlePage::Body body = ArticlePage::prepare(file, HtmlSanitizer::ImageResolver());
        // "河南" at 3 and 15 (after "<b>"), a range past the end, one overlapping the first.
        const QString page = ArticlePage::render(file, body, {}, {}, {{3, 2}, {15, 2}, {16, 10}, {4, 1}});
        QVERIFY2(page.contains(u"&lt;b&gt;<mark class=\"bs-mention\">河南</mark>&lt;/b&gt; 银行 &amp; "
                               "<mark class=\"bs-mention\">河南</mark>"_s),
                 qPrintable(page));
        QVERIFY(!ArticlePage::render(file, body).contains(u"<mark"_s));
    }

    void pageShowsMetadataAndSanitizedBody()
    {
        const ArticleFile file = articleFile(
            u"驻豫银行行长座谈会"_s,
            u"<p>　　正文<script>x()</script></p><p class=\"article-editor\">责任编辑：张亚楠 </p>"_s);
        const QString page = ArticlePage::render(file, HtmlSanitizer::ImageResolver());
        QVERIFY(page.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(page.contains(u"<h1 class=\"bs-title\">驻豫银行行长座谈会</h1>"_s));
        QVERIFY(page.contains(u"<span>金融</span><span>新浪财经</span>"_s));
        QVERIFY(page.contains(u"<span>新浪财经</span>"_s));
        QVERIFY(page.contains(u"2022-02-10 17:43"_s)); // local time, Asia/Shanghai in tests
        QVERIFY(page.contains(u"张亚楠"_s)); // the editor line became metadata
        QVERIFY(page.contains(u"　　正文"_s));
        QVERIFY(!page.contains(u"<script>x()"_s));
        QVERIFY(!page.contains(u"{{"_s));
    }

    void contentSecurityPolicyAllowsOnlyTheLocalScheme()
    {
        const QString page =
            ArticlePage::render(articleFile(u"t"_s, u"<p>b</p>"_s), HtmlSanitizer::ImageResolver());
        QVERIFY(page.contains(u"Content-Security-Policy"_s));
        QVERIFY(page.contains(u"default-src 'none'; img-src broadsheet: data:"_s));
        QVERIFY(!page.contains(u"script-src"_s));
    }

    void headImageNotCached_showsPlaceholderNotARemoteRequest()
    {
        QTemporaryDir cacheDir;
        const ImageCache cache(cacheDir.path());
        const QString page =
            ArticlePage::render(articleFile(u"t"_s, u"<p>b</p>"_s), ArticlePage::cachedImages(cache));
        QVERIFY(page.contains(u"bs-image-placeholder"_s));
        QVERIFY(page.contains(u"n.sinaimg.cn"_s)); // named in the placeholder's text …
        QVERIFY(!page.contains(u"src=\"https://"_s)); // … but never loaded
    }

    void headImageCached_isServedFromTheLocalScheme()
    {
        QTemporaryDir cacheDir;
        const ImageCache cache(cacheDir.path());
        const QUrl url(u"https://n.sinaimg.cn/finance/head.png"_s);
        const QString key = ImageCache::keyFor(url);
        writeFile(cacheDir.path() + u'/' + key.left(2) + u'/' + key, QByteArray("\x89PNG\r\n\x1a\n", 8));
        const QString page =
            ArticlePage::render(articleFile(u"t"_s, u"<p>b</p>"_s), ArticlePage::cachedImages(cache));
        QVERIFY(page.contains(u"<img src=\"broadsheet://image/"_s + key + u'"'));
    }

    void feedStockPicture_isNoHeadImage()
    {
        // Sina's app QR code is the head image of its RSS articles (the real sample's headimg).
        ArticleFile file = articleFile(u"t"_s, u"<p>b</p>"_s);
        file.article.headImage = u"https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png"_s;
        const QString page = ArticlePage::render(file, HtmlSanitizer::ImageResolver());
        QVERIFY(!page.contains(u"<figure class=\"bs-headimage\">"_s));
        QVERIFY(!page.contains(u"343233024"_s));
        // A real head image of the same host still shows.
        file.article.headImage = u"https://n.sinaimg.cn/finance/crawl/20240426/stcn.jpg"_s;
        QVERIFY(ArticlePage::render(file, HtmlSanitizer::ImageResolver())
                    .contains(u"<figure class=\"bs-headimage\">"_s));
    }

    void placeholderPatterns_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QStringList>("patterns");
        QTest::addColumn<bool>("hidden");
        QTest::newRow("built-in, https") << u"https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png"_s
                                         << PlaceholderImages::builtinPatterns() << true;
        QTest::newRow("built-in, other date")
            << u"http://n.sinaimg.cn/finance/cece9e13/20210101/343233024.png"_s
            << PlaceholderImages::builtinPatterns() << true;
        QTest::newRow("another picture") << u"https://n.sinaimg.cn/finance/cece9e13/20200514/1.png"_s
                                         << PlaceholderImages::builtinPatterns() << false;
        QTest::newRow("user pattern across slashes")
            << u"https://img.example.com/stock/photos/a/b/generic.jpg"_s
            << QStringList {u"*img.example.com/stock/*"_s} << true;
        QTest::newRow("regex characters are literal")
            << u"https://x.com/a+b.png"_s << QStringList {u"*a+b.png"_s} << true;
    }

    void placeholderPatterns()
    {
        QFETCH(QString, url);
        QFETCH(QStringList, patterns);
        QFETCH(bool, hidden);
        QCOMPARE(PlaceholderImages::isPlaceholder(QUrl(url), patterns), hidden);
    }

    void imagesNextToTheArticle_onlyFromInsideTheLibrary()
    {
        QTemporaryDir root;
        const QString library = root.filePath(u"library"_s);
        const QString article = library + u"/2022/a.md"_s;
        writeFile(library + u"/2022/images/chart.png"_s, QByteArray("\x89PNG\r\n\x1a\n", 8));
        writeFile(root.filePath(u"secret/key.png"_s), QByteArray("\x89PNG\r\n\x1a\n", 8));
        QVERIFY(QFile::link(root.filePath(u"secret/key.png"_s), library + u"/2022/images/link.png"_s));
        writeFile(article, "---\ntitle: t\n---\n");

        LocalFiles files;
        const QTemporaryDir cacheDir;
        const HtmlSanitizer::ImageResolver resolve =
            ArticlePage::offlineImages(ImageCache(cacheDir.path()), &files, article, {library});
        ArticleFile file = articleFile(u"t"_s,
                                       u"<p><img src=\"images/chart.png\" alt=\"图一\"></p>"
                                       u"<p><img src=\"../../secret/key.png\" alt=\"外面\"></p>"
                                       u"<p><img src=\"images/link.png\" alt=\"链接\"></p>"
                                       u"<p><img src=\"/etc/hostname\" alt=\"绝对\"></p>"
                                       u"<p><img src=\"images/missing.png\" alt=\"缺失\"></p>"_s);
        file.article.path = article;
        const QString page = ArticlePage::render(file, resolve);
        // Inside the library: served by token, never by path.
        QCOMPARE(page.count(u"<img src=\"broadsheet://local/"_s), 1);
        QVERIFY(!page.contains(u"chart.png"_s));
        const qsizetype at = page.indexOf(u"broadsheet://local/"_s) + 19;
        const std::optional<QString> served = files.fileFor(QStringView(page).sliced(at, 40));
        QVERIFY(served);
        QCOMPARE(*served, QFileInfo(library + u"/2022/images/chart.png"_s).canonicalFilePath());
        // Outside it (by .., by a link, by an absolute path) or missing: the placeholder.
        for (const QString &alt : {u"外面"_s, u"链接"_s, u"绝对"_s, u"缺失"_s})
            QVERIFY2(page.contains(u"aria-label=\""_s + alt + u'"'), qPrintable(alt));
        QVERIFY(!files.fileFor(u"0123456789abcdef0123456789abcdef01234567"_s));
    }

    void protocolRelativeHeadImageCountsAsHttps()
    {
        ArticleFile file = articleFile(u"t"_s, u"<p>b</p>"_s);
        file.article.headImage.clear();
        file.article.thumbnail = u"//n.sinaimg.cn/thumb.jpg"_s; // headimg missing: thumbnail
        const QString page = ArticlePage::render(file, HtmlSanitizer::ImageResolver());
        QVERIFY(page.contains(u"<img src=\"https://n.sinaimg.cn/thumb.jpg\""_s));
    }

    void unsafeOriginalLinkIsDropped_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<bool>("shown");
        QTest::newRow("https") << u"https://finance.sina.com.cn/a.shtml"_s << true;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
        QTest::newRow("file") << u"file:///etc/passwd"_s << false;
        QTest::newRow("quote breaking") << u"https://x.com/\"onmouseover=\"alert(1)"_s << true;
    }

    void unsafeOriginalLinkIsDropped()
    {
        QFETCH(QString, link);
        QFETCH(bool, shown);
        ArticleFile file = articleFile(u"t"_s, u"<p>b</p>"_s);
        file.article.link = link;
        const QString page = ArticlePage::render(file, HtmlSanitizer::ImageResolver());
        QCOMPARE(page.contains(u"<footer class=\"bs-footer\">"_s), shown);
        QVERIFY(!page.contains(u"javascript:"_s));
        QVERIFY(!page.contains(u"file:"_s));
        QVERIFY(!page.contains(u"\"onmouseover"_s));
    }

    void messagePageEscapesItsText()
    {
        const QString page = ArticlePage::renderMessage(u"<b>x</b>"_s, u"/tmp/<evil>.md: broken"_s, true);
        QVERIFY(page.contains(u"&lt;evil&gt;"_s));
        QVERIFY(page.contains(u"bs-error"_s));
        QVERIFY(!page.contains(u"<b>x</b>"_s));
    }
};

QTEST_GUILESS_MAIN(TestArticlePage)
#include "tst_articlepage.moc"
