// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bodyrenderer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Broadsheet::Core;

Q_DECLARE_METATYPE(Broadsheet::Core::BodyFormat)

class TestBodyRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<BodyFormat>("format");
        QTest::newRow("Sina page") << u"\n<div>\n<p cms-style=\"font-L\">　　来源：河南日报</p></div>"_s
                                   << BodyFormat::Html;
        QTest::newRow("starts with a comment") << u"<!-- 正文 -->\n<p>内容</p>"_s << BodyFormat::Html;
        QTest::newRow("text then a paragraph tag") << u"导语\n<p>正文</p>"_s << BodyFormat::Html;
        QTest::newRow("br-separated text") << u"第一行<br>第二行<br/>"_s << BodyFormat::Html;
        QTest::newRow("Markdown heading") << u"# 标题\n\n正文"_s << BodyFormat::Markdown;
        QTest::newRow("Markdown list") << u"要点：\n\n- 其一\n- 其二"_s << BodyFormat::Markdown;
        QTest::newRow("Markdown link") << u"详见[公告](https://example.com/a)。"_s << BodyFormat::Markdown;
        QTest::newRow("Markdown table")
            << u"| 银行 | 代码 |\n|---|---|\n| 工行 | 601398 |"_s << BodyFormat::Markdown;
        QTest::newRow("Markdown bold") << u"这是**重点**内容"_s << BodyFormat::Markdown;
        QTest::newRow("telegram lines")
            << u"财联社2月10日电，央行今日开展逆回购。\n市场人士表示，流动性合理充裕。"_s
            << BodyFormat::PlainText;
        QTest::newRow("a<b is not a tag") << u"若 a<b 且 b>c，则……"_s << BodyFormat::PlainText;
        QTest::newRow("empty") << QString() << BodyFormat::PlainText;
    }

    void detect()
    {
        QFETCH(QString, body);
        QFETCH(BodyFormat, format);
        QCOMPARE(BodyRenderer::detect(body), format);
    }

    void plainText_keepsItsParagraphs()
    {
        const QString html =
            BodyRenderer::toHtml(u"第一段。\n第二段。\n\n\n第三段。\r\n"_s, BodyFormat::PlainText);
        QCOMPARE(html, u"<p>第一段。</p>\n<p>第二段。</p>\n<p>第三段。</p>\n"_s);
    }

    void plainText_escapesTagsButKeepsEntities()
    {
        const QString html =
            BodyRenderer::toHtml(u"<script>alert(1)</script> &#123;x&#125; AT&T"_s, BodyFormat::PlainText);
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY(html.contains(u"&lt;script&gt;"_s));
        // Entities survive for the HTML parser to decode; a bare '&' too.
        QVERIFY(html.contains(u"&#123;x&#125;"_s));
        QVERIFY(html.contains(u"AT&T"_s));
    }

    void markdown_rendersGithubFlavour()
    {
        const QString html = BodyRenderer::toHtml(
            u"## 要点\n\n- 工商银行\n- 建设银行\n\n| 银行 | 代码 |\n|---|---|\n| 工行 | 601398 |\n\n见[公告](https://example.com)。"_s);
        QVERIFY(html.contains(u"<h2>要点</h2>"_s));
        QVERIFY(html.contains(u"<li>工商银行</li>"_s));
        QVERIFY(html.contains(u"<table>"_s));
        QVERIFY(html.contains(u"<td>601398</td>"_s));
        QVERIFY(html.contains(u"<a href=\"https://example.com\">公告</a>"_s));
    }

    void html_isPassedOnForTheSanitizer()
    {
        const QString body = u"<p onclick=\"x()\">原样</p>"_s;
        QCOMPARE(BodyRenderer::toHtml(body, BodyFormat::Html), body);
    }
};

QTEST_GUILESS_MAIN(TestBodyRenderer)
#include "tst_bodyrenderer.moc"
