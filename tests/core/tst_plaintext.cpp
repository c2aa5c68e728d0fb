// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/articlereader.h"
#include "core/bodyrenderer.h"
#include "core/htmlsanitizer.h"
#include "core/plaintext.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Broadsheet::Core;

using Ranges = QList<QPair<qsizetype, qsizetype>>;

namespace {

QStringList sampleArticles(const QString &library)
{
    QStringList files;
    QDirIterator it(library, {u"*.md"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

QString withoutMarks(QString html)
{
    static const QRegularExpression mark(u"<mark class=\"bs-mention\">|</mark>"_s);
    return html.remove(mark);
}

} // namespace

class TestPlainText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromHtml_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("tags removed")
            << u"<p>工商<b>银行</b>发布<a href=\"x\">公告</a></p>"_s << u"工商银行发布公告"_s;
        QTest::newRow("paragraphs become lines") << u"<p>第一段</p><p>第二段</p>"_s << u"第一段\n第二段"_s;
        QTest::newRow("no line break at the start or the end")
            << u"<div><div><p>正文</p></div></div>"_s << u"正文"_s;
        QTest::newRow("br is a line break")
            << u"第一行<br>第二行<br/>第三行"_s << u"第一行\n第二行\n第三行"_s;
        QTest::newRow("headings and list items are lines")
            << u"<h2>标题</h2><ul><li>其一</li><li>其二</li></ul>"_s << u"标题\n其一\n其二"_s;
        QTest::newRow("table cells are separated by a space")
            << u"<table><tr><th>股票代码</th><td>000001</td></tr><tr><td>平安银行</td></tr></table>"_s
            << u"股票代码 000001\n平安银行"_s;
        QTest::newRow("white space collapsed")
            << u"<p>\n   工商银行\n\t  发布   公告  \n</p>"_s << u"工商银行 发布 公告"_s;
        QTest::newRow("ideographic spaces kept") << u"<p>　　来源：河南日报</p>"_s << u"　　来源：河南日报"_s;
        QTest::newRow("pre keeps its white space")
            << u"<pre>a  b\n  c</pre><p>d   e</p>"_s << u"a  b\n  c\nd e"_s;
        QTest::newRow("named entities")
            << u"A&amp;B &lt;i&gt; &quot;x&quot; &ldquo;稳&rdquo;&hellip;"_s << u"A&B <i> \"x\" “稳”…"_s;
        QTest::newRow("numeric entities") << u"&#123;x&#125; &#x4E2D;&#X56FD; &#20013;"_s << u"{x} 中国 中"_s;
        QTest::newRow("astral entity") << u"&#x1F600;"_s << QString::fromUcs4(U"\U0001F600");
        QTest::newRow("no-break space is text, not white space")
            << u"a&nbsp;&nbsp;b"_s << u"a\u00a0\u00a0b"_s;
        QTest::newRow("NUL and surrogate entities are replaced") << u"&#0;&#xD800;"_s << u"\ufffd\ufffd"_s;
        QTest::newRow("unknown entity stays as written") << u"&foo; &amp &#;"_s << u"&foo; &amp &#;"_s;
        QTest::newRow("script and style skipped")
            << u"<p>前</p><script>var a = '<p>工商银行</p>';</script><style>.x{}</style><p>后</p>"_s
            << u"前\n后"_s;
        QTest::newRow("script end tag in other case") << u"a<SCRIPT>x</Script >b"_s << u"ab"_s;
        QTest::newRow("comments skipped")
            << u"正文<!-- news_keyword_pub,stock,sh600000 -->完<!-->x"_s << u"正文完x"_s;
        QTest::newRow("unclosed comment swallows the rest") << u"a<!-- b"_s << u"a"_s;
        QTest::newRow("'>' inside a quoted attribute")
            << u"<a title=\"1 > 0\" href='x>y'>链接</a>"_s << u"链接"_s;
        QTest::newRow("'<' that starts no tag is text") << u"1 < 2 <= 3 <> <"_s << u"1 < 2 <= 3 <> <"_s;
        QTest::newRow("Markdown passes through") << u"$招商银行(SH600036)$ **重点**\n\n| 指标 | 值 |"_s
                                                 << u"$招商银行(SH600036)$ **重点** | 指标 | 值 |"_s;
        QTest::newRow("doctype and processing instruction skipped")
            << u"<!DOCTYPE html><?xml x?>正文"_s << u"正文"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void fromHtml()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(PlainText::fromHtml(html), text);
    }

    void highlight_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<Ranges>("ranges");
        QTest::addColumn<QString>("highlighted");
        const auto mark = [](const QString &text) -> QString {
            return u"<mark class=\"bs-mention\">"_s + text + u"</mark>"_s;
        };
        QTest::newRow("one range") << u"<p>据工商银行公告</p>"_s << Ranges {{1, 4}}
                                   << u"<p>据"_s + mark(u"工商银行"_s) + u"公告</p>"_s;
        QTest::newRow("inside a link")
            << u"<p><a href=\"https://a.b/c\">工商银行</a>河南省分行</p>"_s << Ranges {{0, 4}}
            << u"<p><a href=\"https://a.b/c\">"_s + mark(u"工商银行"_s) + u"</a>河南省分行</p>"_s;
        QTest::newRow("crossing an element boundary")
            << u"<p><b>工商</b>银行</p>"_s << Ranges {{0, 4}}
            << u"<p><b>"_s + mark(u"工商"_s) + u"</b>"_s + mark(u"银行"_s) + u"</p>"_s;
        QTest::newRow("crossing a paragraph break")
            << u"<p>甲工商</p><p>银行乙</p>"_s << Ranges {{1, 5}}
            << u"<p>甲"_s + mark(u"工商"_s) + u"</p><p>"_s + mark(u"银行"_s) + u"乙</p>"_s;
        QTest::newRow("entity inside the range is kept whole")
            << u"<p>AT&amp;T公司</p>"_s << Ranges {{0, 4}} << u"<p>"_s + mark(u"AT&amp;T"_s) + u"公司</p>"_s;
        QTest::newRow("range ending inside an entity's text")
            << u"<p>A&amp;B</p>"_s << Ranges {{0, 2}} << u"<p>"_s + mark(u"A&amp;"_s) + u"B</p>"_s;
        QTest::newRow("text in attributes is never marked")
            << u"<p><a href=\"https://x/工商银行\" title=\"工商银行\">工行</a></p>"_s << Ranges {{0, 2}}
            << u"<p><a href=\"https://x/工商银行\" title=\"工商银行\">"_s + mark(u"工行"_s) + u"</a></p>"_s;
        QTest::newRow("two ranges, any order")
            << u"<p>工行和建行</p>"_s << Ranges {{3, 2}, {0, 2}}
            << u"<p>"_s + mark(u"工行"_s) + u"和"_s + mark(u"建行"_s) + u"</p>"_s;
        QTest::newRow("overlapping ranges are merged") << u"<p>中国工商银行</p>"_s << Ranges {{0, 6}, {2, 4}}
                                                       << u"<p>"_s + mark(u"中国工商银行"_s) + u"</p>"_s;
        QTest::newRow("collapsed white space inside a range")
            << u"<p>Bank  of\nChina</p>"_s << Ranges {{0, 13}}
            << u"<p>"_s + mark(u"Bank  of\nChina"_s) + u"</p>"_s;
        QTest::newRow("ranges outside the text are ignored")
            << u"<p>工行</p>"_s << Ranges {{-3, 2}, {10, 2}, {0, 0}} << u"<p>工行</p>"_s;
        QTest::newRow("range running past the end")
            << u"<p>工行</p>"_s << Ranges {{1, 50}} << u"<p>工"_s + mark(u"行"_s) + u"</p>"_s;
        QTest::newRow("no ranges") << u"<div>\n<p>工行 &amp; 建行</p>\n</div>"_s << Ranges {}
                                   << u"<div>\n<p>工行 &amp; 建行</p>\n</div>"_s;
    }

    void highlight()
    {
        QFETCH(QString, html);
        QFETCH(Ranges, ranges);
        QFETCH(QString, highlighted);
        QCOMPARE(PlainText::highlight(html, ranges), highlighted);
    }

    // On real sanitized bodies: marking every other character leaves the markup and the text as
    // they were, and each mark holds exactly the text of its range.
    void highlight_keepsRealBodiesIntact_data()
    {
        QTest::addColumn<QString>("path");
        const QString library = QFINDTESTDATA("../../resources/sample-library");
        QVERIFY(!library.isEmpty());
        for (const QString &path : sampleArticles(library))
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }

    void highlight_keepsRealBodiesIntact()
    {
        QFETCH(QString, path);
        const ArticleFile file = ArticleReader().read(path);
        QVERIFY(file.ok);
        const QString html = HtmlSanitizer::sanitize(BodyRenderer::toHtml(file.body)).html;
        const QString text = PlainText::fromHtml(html);
        QVERIFY(!text.isEmpty());
        Ranges ranges;
        for (qsizetype i = 0; i + 3 <= text.size(); i += 5)
            ranges.append({i, 3});
        const QString highlighted = PlainText::highlight(html, ranges);
        QCOMPARE(withoutMarks(highlighted), html);
        QCOMPARE(PlainText::fromHtml(highlighted), text);

        // Every mark lies inside a range, and marks of one range give back its text.
        static const QRegularExpression markElement(u"<mark class=\"bs-mention\">(.*?)</mark>"_s);
        QString marked;
        for (auto it = markElement.globalMatch(highlighted); it.hasNext();)
            marked += PlainText::fromHtml(it.next().captured(1));
        QString expected;
        for (const auto &[offset, length] : std::as_const(ranges))
            expected += text.mid(offset, length);
        // White space is collapsed, and added between blocks, the same way in both.
        static const QRegularExpression space(u"\\s"_s);
        QCOMPARE(marked.remove(space), expected.remove(space));
    }
};

QTEST_GUILESS_MAIN(TestPlainText)
#include "tst_plaintext.moc"
