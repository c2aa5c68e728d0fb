// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/htmlsanitizer.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QtConcurrent>

#include <gumbo.h>

#include <vector>

using namespace Broadsheet::Core;
using namespace Qt::StringLiterals;

namespace {

// ---- An independent check of any output: parse it again, as the article page will, and
// compare what the parser sees with the allow-list. It knows nothing of how the sanitizer
// works, so it also catches mutation XSS (markup that means something else once re-parsed).

const QSet<QString> kElements = {
    u"p"_s,
    u"div"_s,
    u"span"_s,
    u"br"_s,
    u"hr"_s,
    u"h1"_s,
    u"h2"_s,
    u"h3"_s,
    u"h4"_s,
    u"h5"_s,
    u"h6"_s,
    u"blockquote"_s,
    u"pre"_s,
    u"code"_s,
    u"em"_s,
    u"strong"_s,
    u"b"_s,
    u"i"_s,
    u"u"_s,
    u"s"_s,
    u"sub"_s,
    u"sup"_s,
    u"small"_s,
    u"mark"_s,
    u"ul"_s,
    u"ol"_s,
    u"li"_s,
    u"dl"_s,
    u"dt"_s,
    u"dd"_s,
    u"table"_s,
    u"caption"_s,
    u"colgroup"_s,
    u"col"_s,
    u"thead"_s,
    u"tbody"_s,
    u"tfoot"_s,
    u"tr"_s,
    u"th"_s,
    u"td"_s,
    u"figure"_s,
    u"figcaption"_s,
    u"img"_s,
    u"a"_s,
    u"abbr"_s,
    u"cite"_s,
    u"q"_s,
    u"time"_s,
    u"del"_s,
    u"ins"_s,
    u"dfn"_s,
    u"kbd"_s,
    u"samp"_s,
    u"var"_s,
    u"bdi"_s,
    u"ruby"_s,
    u"rt"_s,
    u"rp"_s,
    u"wbr"_s,
    // what gumbo's own parse adds around a fragment
    u"html"_s,
    u"head"_s,
    u"body"_s,
};

QStringList allowedAttributes(const QString &element)
{
    QStringList names = {u"title"_s, u"lang"_s, u"dir"_s, u"style"_s};
    if (element == "a"_L1)
        names << u"href"_s << u"rel"_s;
    else if (element == "img"_L1)
        names << u"src"_s << u"alt"_s << u"width"_s << u"height"_s;
    else if (element == "td"_L1 || element == "th"_L1)
        names << u"colspan"_s << u"rowspan"_s << u"align"_s << u"valign"_s << u"scope"_s;
    else if (element == "ol"_L1)
        names << u"start"_s << u"reversed"_s << u"type"_s;
    else if (element == "span"_L1)
        names << u"class"_s << u"role"_s << u"aria-label"_s << u"aria-hidden"_s;
    else if (element == "li"_L1)
        names << u"value"_s;
    else if (element == "tr"_L1)
        names << u"align"_s << u"valign"_s;
    else if (element == "col"_L1 || element == "colgroup"_L1)
        names << u"span"_s;
    else if (element == "time"_L1 || element == "del"_L1 || element == "ins"_L1)
        names << u"datetime"_s;
    else if (element == "p"_L1 || element == "div"_L1
             || QRegularExpression(u"^h[1-6]$"_s).match(element).hasMatch())
        names << u"align"_s;
    return names;
}

bool isAllowedSource(const QString &src, const QStringList &extraSchemes)
{
    static const QRegularExpression raster(u"^data:image/(png|jpeg|jpg|gif|webp|bmp)[;,]"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    const QString scheme = QUrl(src).scheme();
    return scheme == "http"_L1 || scheme == "https"_L1 || raster.match(src).hasMatch()
        || extraSchemes.contains(scheme);
}

struct Findings {
    QString violation; // empty when the output is safe
    int depth = 0; // deepest element nesting, below <body>
};

Findings inspect(const QString &html, const QStringList &extraImageSchemes = {})
{
    Findings findings;
    if (html.contains("<!--"_L1))
        findings.violation = u"comment in output"_s;
    const QByteArray utf8 = html.toUtf8();
    GumboOutput *output =
        gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size()));
    std::vector<std::pair<const GumboNode *, int>> pending {{output->document, -2}};
    while (!pending.empty() && findings.violation.isEmpty()) {
        const auto [node, depth] = pending.back();
        pending.pop_back();
        findings.depth = std::max(findings.depth, depth);
        if (node->type == GUMBO_NODE_COMMENT || node->type == GUMBO_NODE_TEMPLATE) {
            findings.violation = u"comment or template node"_s;
            break;
        }
        const GumboVector *children = nullptr;
        if (node->type == GUMBO_NODE_DOCUMENT) {
            children = &node->v.document.children;
        } else if (node->type == GUMBO_NODE_ELEMENT) {
            const GumboElement &element = node->v.element;
            const QString name = QString::fromUtf8(gumbo_normalized_tagname(element.tag));
            if (element.tag_namespace != GUMBO_NAMESPACE_HTML || !kElements.contains(name)) {
                findings.violation = u"element <%1>"_s.arg(name.isEmpty() ? u"unknown"_s : name);
                break;
            }
            const QStringList allowed = allowedAttributes(name);
            for (unsigned i = 0; i < element.attributes.length; ++i) {
                const auto *attribute = static_cast<const GumboAttribute *>(element.attributes.data[i]);
                const QString attr = QString::fromUtf8(attribute->name);
                const QString value = QString::fromUtf8(attribute->value);
                const QString lower = value.toLower();
                if (attr.startsWith("on"_L1) || !allowed.contains(attr))
                    findings.violation = u"attribute %1 on <%2>"_s.arg(attr, name);
                else if (attr == "href"_L1
                         && !QStringList {u"http"_s, u"https"_s, u"mailto"_s}.contains(QUrl(value).scheme()))
                    findings.violation = u"href %1"_s.arg(value);
                else if (attr == "src"_L1 && !isAllowedSource(value, extraImageSchemes))
                    findings.violation = u"src %1"_s.arg(value);
                else if (attr == "class"_L1 && value != "bs-image-placeholder"_L1)
                    findings.violation = u"class %1"_s.arg(value);
                else if (attr == "style"_L1
                         && (lower.contains("url"_L1) || lower.contains("expression"_L1)
                             || lower.contains(u'@') || lower.contains("behavior"_L1)
                             || lower.contains("binding"_L1) || lower.contains(u'\\')
                             || lower.contains("/*"_L1) || lower.contains(u'(')
                             || lower.contains("script"_L1)))
                    findings.violation = u"style %1"_s.arg(value);
            }
            children = &element.children;
        }
        for (unsigned i = 0; children && i < children->length; ++i)
            pending.push_back({static_cast<const GumboNode *>(children->data[i]), depth + 1});
    }
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return findings;
}

// ---- The attack corpus lives in data/sanitizer/attacks.txt (format described there).

QString decodeMarkers(const QString &line)
{
    static const QRegularExpression marker(u"\\{(LF|TAB|CR|NUL|U\\+([0-9A-Fa-f]{4}))\\}"_s);
    QString out;
    qsizetype last = 0;
    for (auto it = marker.globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(line).sliced(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        out += name == "LF"_L1 ? QChar(u'\n')
            : name == "TAB"_L1 ? QChar(u'\t')
            : name == "CR"_L1  ? QChar(u'\r')
            : name == "NUL"_L1 ? QChar(u'\0')
                               : QChar(char16_t(m.captured(2).toUInt(nullptr, 16)));
        last = m.capturedEnd();
    }
    return out + QStringView(line).sliced(last);
}

struct Case {
    QString name, input, expected;
};

QList<Case> loadCorpus(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Case> cases;
    Case current;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.startsWith("name: "_L1)) {
            current = {line.sliced(6), {}, {}};
        } else if (line.startsWith("in: "_L1)) {
            current.input = decodeMarkers(line.sliced(4));
        } else if (line.startsWith("out:"_L1)) {
            current.expected = decodeMarkers(line.sliced(4).startsWith(u' ') ? line.sliced(5) : QString());
            cases.append(current);
        }
    }
    return cases;
}

QString readFixture(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// A resolver like the offline image cache's: one image is cached, data: URLs are used as is.
std::optional<QUrl> fakeCache(const QUrl &url)
{
    if (url.scheme() == "data"_L1)
        return url;
    if (url == QUrl(u"https://n.sinaimg.cn/cached.png"_s))
        return QUrl(u"bsimage://cache/0f3a.png"_s);
    if (url == QUrl(u"https://n.sinaimg.cn/poisoned.png"_s))
        return QUrl(u"javascript:alert(1)"_s); // a cache bug must not become script
    return std::nullopt;
}

} // namespace

class Tst_HtmlSanitizer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void attacks_areNeutralized_data();
    void attacks_areNeutralized();
    void elements_followTheAllowList_data();
    void elements_followTheAllowList();
    void links_keepOnlyWebAndMail_data();
    void links_keepOnlyWebAndMail();
    void styles_keepOnlyTypography_data();
    void styles_keepOnlyTypography();
    void images_useTheResolverOrAPlaceholder_data();
    void images_useTheResolverOrAPlaceholder();
    void text_isDecodedAndEscaped_data();
    void text_isDecodedAndEscaped();
    void boilerplate_isRemovedAndEditorReported_data();
    void boilerplate_isRemovedAndEditorReported();
    void sinaArticle_keepsItsTextAndLosesThePromotion();
    void sinaArticle_keepsPromotionWhenAsked();
    void hostileInput_isHandledWithinLimits_data();
    void hostileInput_isHandledWithinLimits();
    void concurrentCalls_matchSequentialOnes();

private:
    static void checkSafeAndStable(const QString &output, const QStringList &extraImageSchemes = {});
};

// Every output must pass the allow-list check and come back unchanged when sanitized again:
// if the browser's parse of our output differed from the tree we wrote, it would not. The
// image placeholder is the exception: its class is ours, so input cannot carry it, and a
// second pass reduces it to its text.
void Tst_HtmlSanitizer::checkSafeAndStable(const QString &output, const QStringList &extraImageSchemes)
{
    QCOMPARE(inspect(output, extraImageSchemes).violation, QString());
    static const QRegularExpression placeholder(
        u"<span class=\"bs-image-placeholder\"[^>]*>([^<]*)</span>"_s);
    QString withoutPlaceholders = output;
    withoutPlaceholders.replace(placeholder, u"\\1"_s);
    // … which may leave whitespace at the ends, which the sanitizer trims.
    static const QRegularExpression asciiSpaceAtEnds(u"^[ \\t\\n\\r\\f]+|[ \\t\\n\\r\\f]+$"_s);
    withoutPlaceholders.remove(asciiSpaceAtEnds);
    HtmlSanitizer::Options options;
    options.removeBoilerplate = false;
    QCOMPARE(HtmlSanitizer::sanitize(output, options).html, withoutPlaceholders);
}

void Tst_HtmlSanitizer::attacks_areNeutralized_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const QList<Case> cases = loadCorpus(QFINDTESTDATA("data/sanitizer/attacks.txt"));
    QVERIFY2(cases.size() >= 150, "the attack corpus is missing or truncated");
    QSet<QString> names;
    for (const Case &c : cases) {
        QVERIFY2(!names.contains(c.name), qPrintable(u"duplicate row "_s + c.name));
        names.insert(c.name);
        QTest::newRow(qPrintable(c.name)) << c.input << c.expected;
    }
}

void Tst_HtmlSanitizer::attacks_areNeutralized()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString output = HtmlSanitizer::sanitize(input).html;
    QCOMPARE(output, expected);
    checkSafeAndStable(output);
}

void Tst_HtmlSanitizer::elements_followTheAllowList_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("font is unwrapped, its text kept")
        << u"<p>　　<font color=\"red\" face=\"宋体\">建设信用河南</font></p>"_s
        << u"<p>　　建设信用河南</p>"_s;
    QTest::newRow("Sina's bold font becomes strong")
        << u"<p>　　<font cms-style=\"font-L strong-Bold\">建设信用河南</font></p>"_s
        << u"<p>　　<strong>建设信用河南</strong></p>"_s;
    QTest::newRow("Sina's plain font is unwrapped")
        << u"<p><font cms-style=\"font-L\">正文</font></p>"_s << u"<p>正文</p>"_s;
    QTest::newRow("center becomes a div") << u"<center>标题</center>"_s << u"<div>标题</div>"_s;
    QTest::newRow("article and section become divs")
        << u"<article><section>正文</section></article>"_s << u"<div><div>正文</div></div>"_s;
    QTest::newRow("custom element is unwrapped")
        << u"<sina-card data-id=\"1\">正文</sina-card>"_s << u"正文"_s;
    QTest::newRow("strike becomes s") << u"<strike>旧价</strike>"_s << u"<s>旧价</s>"_s;
    QTest::newRow("acronym becomes abbr") << u"<acronym title=\"中国人民银行\">PBOC</acronym>"_s
                                          << u"<abbr title=\"中国人民银行\">PBOC</abbr>"_s;
    QTest::newRow("menu becomes a list") << u"<menu><li>一</li></menu>"_s << u"<ul><li>一</li></ul>"_s;
    QTest::newRow("span without attributes is unwrapped")
        << u"<span id=\"stock_sh601398\">工商银行</span>"_s << u"工商银行"_s;
    QTest::newRow("empty span leaves nothing")
        << u"<p>甲<span id=\"quote_sh601398\"></span>乙</p>"_s << u"<p>甲乙</p>"_s;
    QTest::newRow("span with lang is kept")
        << u"<span lang=\"en\">Bank</span>"_s << u"<span lang=\"en\">Bank</span>"_s;
    QTest::newRow("id and class are dropped") << u"<p id=\"a\" class=\"b\">x</p>"_s << u"<p>x</p>"_s;
    QTest::newRow("headings keep their level") << u"<h1>一</h1><h6>六</h6>"_s << u"<h1>一</h1><h6>六</h6>"_s;
    QTest::newRow("ordered list attributes")
        << u"<ol start=\"3\" reversed type=\"i\"><li value=\"5\">x</li></ol>"_s
        << u"<ol start=\"3\" reversed type=\"i\"><li value=\"5\">x</li></ol>"_s;
    QTest::newRow("invalid list attributes are dropped")
        << u"<ol start=\"3x\" type=\"disc\"><li value=\"v\">x</li></ol>"_s << u"<ol><li>x</li></ol>"_s;
    QTest::newRow("table structure survives")
        << u"<table border=\"1\" width=\"600\"><caption>表</caption><thead><tr><th scope=\"col\" "
           u"colspan=\"2\">A</th></tr></thead>"
           "<tbody><tr><td rowspan=\"2\" align=\"right\" valign=\"top\">1</td><td>2</td></tr></tbody></table>"_s
        << u"<table><caption>表</caption><thead><tr><th scope=\"col\" colspan=\"2\">A</th></tr></thead>"
           "<tbody><tr><td rowspan=\"2\" align=\"right\" valign=\"top\">1</td><td>2</td></tr></tbody></table>"_s;
    QTest::newRow("table without tbody gets one")
        << u"<table><tr><td>1</td></tr></table>"_s << u"<table><tbody><tr><td>1</td></tr></tbody></table>"_s;
    QTest::newRow("huge colspan is dropped") << u"<table><tr><td colspan=\"99999\">1</td></tr></table>"_s
                                             << u"<table><tbody><tr><td>1</td></tr></tbody></table>"_s;
    QTest::newRow("figure with caption")
        << u"<figure><img src=\"https://n.sinaimg.cn/a.jpg\" alt=\"图\"><figcaption>说明</figcaption></figure>"_s
        << u"<figure><img src=\"https://n.sinaimg.cn/a.jpg\" alt=\"图\"><figcaption>说明</figcaption></figure>"_s;
    QTest::newRow("quotation, time and edits")
        << u"<q cite=\"https://example.com/\">引用</q><time datetime=\"2022-02-10\">2月10日</time>"
           "<del datetime=\"2022-02-10T09:00\">旧</del><ins>新</ins>"_s
        << u"<q>引用</q><time datetime=\"2022-02-10\">2月10日</time><del datetime=\"2022-02-10T09:00\">旧</del><ins>新</ins>"_s;
    QTest::newRow("dir and lang are validated")
        << u"<p dir=\"RTL\" lang=\"ar\">x</p><p dir=\"sideways\" lang=\"e n\">y</p>"_s
        << u"<p dir=\"rtl\" lang=\"ar\">x</p><p>y</p>"_s;
    QTest::newRow("align is kept on blocks and cells only")
        << u"<p align=\"center\">x</p><span align=\"center\" lang=\"zh\">y</span><p align=\"middle\">z</p>"_s
        << u"<p align=\"center\">x</p><span lang=\"zh\">y</span><p>z</p>"_s;
    QTest::newRow("pre keeps whitespace and a leading blank line")
        << u"<pre>\n\nline 1\n  line 2</pre>"_s << u"<pre>\n\nline 1\n  line 2</pre>"_s;
    QTest::newRow("void elements") << u"a<br/>b<hr>c<wbr>d"_s << u"a<br>b<hr>c<wbr>d"_s;
    QTest::newRow("form keeps text, loses controls")
        << u"<form action=\"/subscribe\">邮箱：<input name=\"e\"><button>订阅</button></form>"_s
        << u"邮箱："_s;
    QTest::newRow("details and summary become divs")
        << u"<details><summary>更多</summary>内容</details>"_s << u"<div><div>更多</div>内容</div>"_s;
    QTest::newRow("ruby annotation") << u"<ruby>银<rp>(</rp><rt>yín</rt><rp>)</rp></ruby>"_s
                                     << u"<ruby>银<rp>(</rp><rt>yín</rt><rp>)</rp></ruby>"_s;
    QTest::newRow("definition list") << u"<dl><dt>A</dt><dd>B</dd></dl>"_s
                                     << u"<dl><dt>A</dt><dd>B</dd></dl>"_s;
    QTest::newRow("inline formatting")
        << u"H<sub>2</sub>O x<sup>2</sup> <small>注</small> <mark>重点</mark> <code>a&lt;b</code> <kbd>Ctrl</kbd>"_s
        << u"H<sub>2</sub>O x<sup>2</sup> <small>注</small> <mark>重点</mark> <code>a&lt;b</code> <kbd>Ctrl</kbd>"_s;
    QTest::newRow("unclosed paragraphs are closed") << u"<p>一<p>二"_s << u"<p>一</p><p>二</p>"_s;
    QTest::newRow("misnested formatting is repaired")
        << u"<b><i>x</b>y</i>"_s << u"<b><i>x</i></b><i>y</i>"_s;
    QTest::newRow("video and its fallback text are dropped")
        << u"<video src=\"https://example.com/v.mp4\">不支持视频</video>正文"_s << u"正文"_s;
    QTest::newRow("button text is dropped") << u"<button>点击</button>正文"_s << u"正文"_s;
    QTest::newRow("noscript text is dropped") << u"<noscript>请启用JavaScript</noscript>正文"_s << u"正文"_s;
    QTest::newRow("title text is dropped") << u"<title>新浪财经</title><p>正文</p>"_s << u"<p>正文</p>"_s;
    QTest::newRow("canvas, map and area are dropped")
        << u"<canvas>画布</canvas><map name=m><area href=\"https://example.com/\">区域</map>正文"_s
        << u"正文"_s;
    QTest::newRow("svg text is dropped") << u"<p>前<svg><text>图标</text></svg>后</p>"_s << u"<p>前后</p>"_s;
    QTest::newRow("html and body tags in the middle are ignored")
        << u"<p>a</p><html lang=\"en\"><body onload=\"x()\"><p>b</p></body></html>"_s
        << u"<p>a</p><p>b</p>"_s;
}

void Tst_HtmlSanitizer::elements_followTheAllowList()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString output = HtmlSanitizer::sanitize(input).html;
    QCOMPARE(output, expected);
    checkSafeAndStable(output);
}

void Tst_HtmlSanitizer::links_keepOnlyWebAndMail_data()
{
    QTest::addColumn<QString>("href");
    QTest::addColumn<QString>("expected"); // the href written, or empty when the link must go

    QTest::newRow("https") << u"https://finance.sina.com.cn/realstock/company/sh601398/nc.shtml"_s
                           << u"https://finance.sina.com.cn/realstock/company/sh601398/nc.shtml"_s;
    QTest::newRow("http") << u"http://finance.sina.com.cn/"_s << u"http://finance.sina.com.cn/"_s;
    QTest::newRow("upper-case scheme and host")
        << u"HTTPS://FINANCE.SINA.COM.CN/A"_s << u"https://finance.sina.com.cn/A"_s;
    QTest::newRow("surrounding whitespace")
        << u"  https://finance.sina.com.cn/ \n"_s << u"https://finance.sina.com.cn/"_s;
    QTest::newRow("protocol-relative becomes https")
        << u"//finance.sina.com.cn/x"_s << u"https://finance.sina.com.cn/x"_s;
    QTest::newRow("mailto") << u"mailto:editor@sina.com.cn"_s << u"mailto:editor@sina.com.cn"_s;
    QTest::newRow("mailto upper case") << u"MAILTO:editor@sina.com.cn"_s << u"mailto:editor@sina.com.cn"_s;
    QTest::newRow("query ampersand") << u"https://example.com/?a=1&amp;b=2"_s
                                     << u"https://example.com/?a=1&b=2"_s;
    QTest::newRow("space is percent-encoded")
        << u"https://example.com/a b"_s << u"https://example.com/a%20b"_s;
    QTest::newRow("Chinese path is percent-encoded")
        << u"https://example.com/新闻"_s << u"https://example.com/%E6%96%B0%E9%97%BB"_s;
    QTest::newRow("internationalized host becomes punycode")
        << u"https://例子.中国/"_s << u"https://xn--fsqu00a.xn--fiqs8s/"_s;
    QTest::newRow("relative path") << u"/realstock/company/sh601398/nc.shtml"_s << QString();
    QTest::newRow("relative file") << u"nc.shtml"_s << QString();
    QTest::newRow("fragment only") << u"#top"_s << QString();
    QTest::newRow("query only") << u"?page=2"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("https without host") << u"https:///path"_s << QString();
    QTest::newRow("mailto without address") << u"mailto:"_s << QString();
    QTest::newRow("ftp") << u"ftp://example.com/"_s << QString();
    QTest::newRow("tel") << u"tel:+86-10-12345678"_s << QString();
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << QString();
    QTest::newRow("javascript with entities") << u"&#106;&#97;vascript:alert(1)"_s << QString();
    QTest::newRow("javascript split by tab entity") << u"jav&#x09;ascript:alert(1)"_s << QString();
    QTest::newRow("data") << u"data:text/html,x"_s << QString();
}

void Tst_HtmlSanitizer::links_keepOnlyWebAndMail()
{
    QFETCH(QString, href);
    QFETCH(QString, expected);
    const QString input =
        u"<p><a href=\""_s + href + u"\" target=\"_blank\" class=\"keyword\">工商银行</a></p>"_s;
    const QString output = HtmlSanitizer::sanitize(input).html;
    if (expected.isEmpty()) {
        QCOMPARE(output, u"<p>工商银行</p>"_s);
    } else {
        QString escaped = expected;
        escaped.replace(u'&', "&amp;"_L1);
        QCOMPARE(output, u"<p><a href=\""_s + escaped + u"\" rel=\"noopener noreferrer\">工商银行</a></p>"_s);
    }
    checkSafeAndStable(output);
}

void Tst_HtmlSanitizer::styles_keepOnlyTypography_data()
{
    QTest::addColumn<QString>("style");
    QTest::addColumn<QString>("expected"); // the style attribute written, empty for none

    QTest::newRow("text-align") << u"text-align: center"_s << u"text-align: center"_s;
    QTest::newRow("normalized case and spacing") << u"TEXT-ALIGN:CENTER ;"_s << u"text-align: center"_s;
    QTest::newRow("indentation in em") << u"text-indent: 2em"_s << u"text-indent: 2em"_s;
    QTest::newRow("negative indentation") << u"text-indent:-2em"_s << u"text-indent: -2em"_s;
    QTest::newRow("indentation in percent and px")
        << u"text-indent: 5%; text-indent: 28px"_s << u"text-indent: 5%; text-indent: 28px"_s;
    QTest::newRow("zero indentation") << u"text-indent: 0"_s << u"text-indent: 0"_s;
    QTest::newRow("bold and italic") << u"font-weight: bold; font-style: italic"_s
                                     << u"font-weight: bold; font-style: italic"_s;
    QTest::newRow("numeric weight") << u"font-weight: 700"_s << u"font-weight: 700"_s;
    QTest::newRow("odd numeric weight") << u"font-weight: 650"_s << QString();
    QTest::newRow("decoration list") << u"text-decoration: underline line-through"_s
                                     << u"text-decoration: underline line-through"_s;
    QTest::newRow("decoration with color") << u"text-decoration: underline red"_s << QString();
    QTest::newRow("colors and fonts are dropped")
        << u"color: red; font-family: SimSun; font-size: 14px; text-align: justify"_s
        << u"text-align: justify"_s;
    QTest::newRow("layout is dropped")
        << u"position: fixed; top: 0; width: 100%; z-index: 9999"_s << QString();
    QTest::newRow("important") << u"font-weight: bold !important"_s << QString();
    QTest::newRow("url") << u"background: url(https://example.com/a.png); text-align: left"_s
                         << u"text-align: left"_s;
    QTest::newRow("expression") << u"text-indent: expression(alert(1))"_s << QString();
    QTest::newRow("calc") << u"text-indent: calc(2em + 1px)"_s << QString();
    QTest::newRow("escaped keyword") << u"text-align: cent\\65r"_s << QString();
    QTest::newRow("escaped property") << u"te\\78t-align: center"_s << QString();
    QTest::newRow("comment") << u"text-align: /**/center"_s << QString();
    QTest::newRow("at-rule") << u"@import 'x.css'"_s << QString();
    QTest::newRow("unit without number") << u"text-indent: em"_s << QString();
    QTest::newRow("missing value") << u"text-align:"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void Tst_HtmlSanitizer::styles_keepOnlyTypography()
{
    QFETCH(QString, style);
    QFETCH(QString, expected);
    const QString input = u"<p style=\""_s + style + u"\">x</p>"_s;
    const QString output = HtmlSanitizer::sanitize(input).html;
    QCOMPARE(output, expected.isEmpty() ? u"<p>x</p>"_s : u"<p style=\""_s + expected + u"\">x</p>"_s);
    checkSafeAndStable(output);
}

void Tst_HtmlSanitizer::images_useTheResolverOrAPlaceholder_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("withResolver");
    QTest::addColumn<QString>("expected");

    const QString emptyPlaceholder = u"<span class=\"bs-image-placeholder\" aria-hidden=\"true\"></span>"_s;
    QTest::newRow("without resolver the URL stays")
        << u"<img src=\"https://n.sinaimg.cn/a.png\" alt=\"图\">"_s << false
        << u"<img src=\"https://n.sinaimg.cn/a.png\" alt=\"图\">"_s;
    QTest::newRow("protocol-relative becomes https")
        << u"<img src=\"//n.sinaimg.cn/a.png\">"_s << false << u"<img src=\"https://n.sinaimg.cn/a.png\">"_s;
    QTest::newRow("size attributes")
        << u"<img src=\"https://n.sinaimg.cn/a.png\" width=\"600\" height=\"50%\" title=\"t\">"_s << false
        << u"<img src=\"https://n.sinaimg.cn/a.png\" width=\"600\" title=\"t\">"_s;
    QTest::newRow("cached image is replaced")
        << u"<img src=\"https://n.sinaimg.cn/cached.png\" alt=\"行长座谈会\">"_s << true
        << u"<img src=\"bsimage://cache/0f3a.png\" alt=\"行长座谈会\">"_s;
    QTest::newRow("uncached image shows its alt text")
        << u"<img src=\"https://n.sinaimg.cn/missing.png\" alt=\"行长座谈会\">"_s << true
        << u"<span class=\"bs-image-placeholder\" role=\"img\" aria-label=\"行长座谈会\">行长座谈会</span>"_s;
    QTest::newRow("uncached image without alt")
        << u"<img src=\"https://n.sinaimg.cn/missing.png\">"_s << true << emptyPlaceholder;
    QTest::newRow("whitespace alt counts as none")
        << u"<img src=\"https://n.sinaimg.cn/missing.png\" alt=\"  \">"_s << true << emptyPlaceholder;
    QTest::newRow("alt text is escaped")
        << u"<img src=\"https://n.sinaimg.cn/missing.png\" alt=\"A&amp;B &quot;C&quot; <D>\">"_s << true
        << u"<span class=\"bs-image-placeholder\" role=\"img\" aria-label=\"A&amp;B &quot;C&quot; &lt;D&gt;\">A&amp;B \"C\" &lt;D&gt;</span>"_s;
    QTest::newRow("raster data URL is kept")
        << u"<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"点\">"_s << true
        << u"<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"点\">"_s;
    QTest::newRow("jpeg data URL is kept") << u"<img src=\"data:image/jpeg;base64,/9j/4AAQ\">"_s << false
                                           << u"<img src=\"data:image/jpeg;base64,/9j/4AAQ\">"_s;
    QTest::newRow("svg data URL becomes a placeholder")
        << u"<img src=\"data:image/svg+xml;base64,PHN2Zy8+\" alt=\"矢量图\">"_s << true
        << u"<span class=\"bs-image-placeholder\" role=\"img\" aria-label=\"矢量图\">矢量图</span>"_s;
    QTest::newRow("relative source becomes a placeholder")
        << u"<img src=\"/img/a.png\">"_s << true << emptyPlaceholder;
    QTest::newRow("missing source becomes a placeholder")
        << u"<img alt=\"图\">"_s << false
        << u"<span class=\"bs-image-placeholder\" role=\"img\" aria-label=\"图\">图</span>"_s;
    QTest::newRow("srcset alone is not a source")
        << u"<img srcset=\"https://n.sinaimg.cn/cached.png 2x\">"_s << true << emptyPlaceholder;
    QTest::newRow("resolver returning script is refused")
        << u"<img src=\"https://n.sinaimg.cn/poisoned.png\">"_s << true << emptyPlaceholder;
    QTest::newRow("lazy-loading attributes are ignored")
        << u"<img src=\"https://n.sinaimg.cn/cached.png\" data-src=\"https://n.sinaimg.cn/missing.png\" loading=\"lazy\">"_s
        << true << u"<img src=\"bsimage://cache/0f3a.png\">"_s;
}

void Tst_HtmlSanitizer::images_useTheResolverOrAPlaceholder()
{
    QFETCH(QString, input);
    QFETCH(bool, withResolver);
    QFETCH(QString, expected);
    HtmlSanitizer::Options options;
    if (withResolver)
        options.resolveImage = &fakeCache;
    const QString output = HtmlSanitizer::sanitize(input, options).html;
    QCOMPARE(output, expected);
    QCOMPARE(inspect(output, {u"bsimage"_s}).violation, QString());
}

void Tst_HtmlSanitizer::text_isDecodedAndEscaped_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("numeric entity becomes a character") << u"<p>&#123;x&#125;</p>"_s << u"<p>{x}</p>"_s;
    QTest::newRow("hex entity") << u"<p>&#x4E2D;&#x56FD;</p>"_s << u"<p>中国</p>"_s;
    QTest::newRow("ampersand stays escaped") << u"<p>A&amp;B A&B</p>"_s << u"<p>A&amp;B A&amp;B</p>"_s;
    QTest::newRow("no-break space") << u"<p>1&nbsp;000</p>"_s << u"<p>1\u00a0000</p>"_s;
    QTest::newRow("angle brackets stay escaped") << u"<p>a &lt;b&gt; c</p>"_s << u"<p>a &lt;b&gt; c</p>"_s;
    QTest::newRow("quotes in text are plain") << u"<p>&quot;引号&quot; 'x'</p>"_s << u"<p>\"引号\" 'x'</p>"_s;
    QTest::newRow("named entities") << u"<p>&copy; &yen;100 &mdash;</p>"_s << u"<p>© ¥100 —</p>"_s;
    QTest::newRow("Chinese text and punctuation") << u"<p>“两个确保”、“十大战略”，（河南日报）！</p>"_s
                                                  << u"<p>“两个确保”、“十大战略”，（河南日报）！</p>"_s;
    QTest::newRow("full-width indentation is content")
        << u"<p>　　来源：河南日报</p>"_s << u"<p>　　来源：河南日报</p>"_s;
    QTest::newRow("emoji outside the BMP") << u"<p>涨😀</p>"_s << u"<p>涨😀</p>"_s;
    QTest::newRow("plain text without tags") << u"只有文字"_s << u"只有文字"_s;
    QTest::newRow("blank lines between blocks collapse")
        << u"<p>a</p>\n\n\n   \n<!-- c -->\n\n<p>b</p>"_s << u"<p>a</p>\n<p>b</p>"_s;
    QTest::newRow("space between inline elements stays") << u"<b>a</b> <i>b</i>"_s << u"<b>a</b> <i>b</i>"_s;
    QTest::newRow("leading and trailing blank lines go") << u"\n\n  <p>a</p>\n\n"_s << u"<p>a</p>"_s;
    QTest::newRow("comments are dropped") << u"<p>a<!-- 正文下iframe -->b</p>"_s << u"<p>ab</p>"_s;
    QTest::newRow("unterminated comment swallows the rest") << u"<p>a</p><!-- b <p>c</p>"_s << u"<p>a</p>"_s;
    QTest::newRow("empty input") << QString() << QString();
    QTest::newRow("whitespace only") << u" \n\t "_s << QString();
}

void Tst_HtmlSanitizer::text_isDecodedAndEscaped()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString output = HtmlSanitizer::sanitize(input).html;
    QCOMPARE(output, expected);
    checkSafeAndStable(output);
}

void Tst_HtmlSanitizer::boilerplate_isRemovedAndEditorReported_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("removeBoilerplate");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("editor");

    const QString qrBlock =
        u"<div class=\"clearfix appendQr_wrap\"><div class=\"appendQr_normal\"><img "
        "src=\"https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png\"></div>"
        "<div class=\"appendQr_normal_txt\">海量资讯、精准解读，尽在新浪财经APP</div></div>"_s;
    QTest::newRow("editor line with class")
        << u"<p>正文</p><p class=\"article-editor\">责任编辑：张亚楠 </p>"_s << true << u"<p>正文</p>"_s
        << u"张亚楠"_s;
    QTest::newRow("editor line without class")
        << u"<p>正文</p><p>责任编辑：王擎宇</p>"_s << true << u"<p>正文</p>"_s << u"王擎宇"_s;
    QTest::newRow("editor line with ASCII colon")
        << u"<p>正文</p><p>责任编辑:刘明亮 </p>"_s << true << u"<p>正文</p>"_s << u"刘明亮"_s;
    QTest::newRow("editor line with spaces and nbsp")
        << u"<p>正文</p><p>　责任编辑：&nbsp;杨赋 </p>"_s << true << u"<p>正文</p>"_s << u"杨赋"_s;
    QTest::newRow("editor line in a span")
        << u"<p><span>责任编辑：</span><b>李桐</b></p>"_s << true << QString() << u"李桐"_s;
    QTest::newRow("editor mentioned inside a paragraph stays")
        << u"<p>他曾任责任编辑：多年</p>"_s << true << u"<p>他曾任责任编辑：多年</p>"_s << QString();
    QTest::newRow("long paragraph starting with the label stays")
        << u"<p>责任编辑："_s + QString(200, u'字') + u"</p>"_s << true
        << u"<p>责任编辑："_s + QString(200, u'字') + u"</p>"_s << QString();
    QTest::newRow("QR promotion block")
        << u"<p>正文</p>"_s + qrBlock << true << u"<p>正文</p>"_s << QString();
    QTest::newRow("QR promotion without classes")
        << u"<p>正文</p><div><div><img src=\"https://n.sinaimg.cn/qr.png\"></div><div>海量资讯、精准解读，尽在新浪财经APP</div></div>"_s
        << true << u"<p>正文</p>"_s << QString();
    QTest::newRow("QR block kept when not asked")
        << qrBlock << false
        << u"<div><div><img src=\"https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png\"></div><div>海量资讯、精准解读，尽在新浪财经APP</div></div>"_s
        << QString();
    QTest::newRow("editor line kept when not asked") << u"<p class=\"article-editor\">责任编辑：张亚楠</p>"_s
                                                     << false << u"<p>责任编辑：张亚楠</p>"_s << QString();
    QTest::newRow("first editor line wins")
        << u"<p>责任编辑：甲</p><p>责任编辑：乙</p>"_s << true << QString() << u"甲"_s;
}

void Tst_HtmlSanitizer::boilerplate_isRemovedAndEditorReported()
{
    QFETCH(QString, input);
    QFETCH(bool, removeBoilerplate);
    QFETCH(QString, expected);
    QFETCH(QString, editor);
    HtmlSanitizer::Options options;
    options.removeBoilerplate = removeBoilerplate;
    const SanitizedHtml result = HtmlSanitizer::sanitize(input, options);
    QCOMPARE(result.html, expected);
    QCOMPARE(result.editor, editor);
}

void Tst_HtmlSanitizer::sinaArticle_keepsItsTextAndLosesThePromotion()
{
    const QString body = readFixture(QFINDTESTDATA("data/sanitizer/sina-henan-banks-body.html"));
    QVERIFY(body.contains("appendQr_wrap"_L1));
    const SanitizedHtml result = HtmlSanitizer::sanitize(body);

    QCOMPARE(result.editor, u"张亚楠"_s);
    QCOMPARE(result.html.count("<p>"_L1), 17); // every paragraph but the editor line
    QCOMPARE(result.html.count(u"<p>　　"_s), 17); // each still indented with two U+3000
    for (const QString &text :
         {u"　　来源：河南日报"_s, u"建设信用河南创优金融生态"_s, u"一要保持稳中求进，坚定发展信心。"_s,
          u"（河南日报客户端记者 李铮 冯芸 归欣）"_s}) {
        QVERIFY2(result.html.contains(text), qPrintable(text));
    }
    // Six stock links, https, without Sina's class, target and tracking attributes.
    static const QRegularExpression stockLink(
        u"<a href=\"https://finance\\.sina\\.com\\.cn/realstock/company/(sh\\d{6})/nc\\.shtml\" rel=\"noopener noreferrer\">"_s);
    QCOMPARE(result.html.count(stockLink), 6);
    QVERIFY(
        result.html.contains(u"<a href=\"https://finance.sina.com.cn/realstock/company/sh601398/nc.shtml\" "
                             "rel=\"noopener noreferrer\">工商银行</a>河南省分行"_s));
    for (const QString &gone :
         {u"海量资讯"_s, u"343233024.png"_s, u"责任编辑"_s, u"appendQr"_s, u"<style"_s, u"&#123;"_s,
          u"cms-style"_s, u"data-sudaclick"_s, u"target="_s, u"<font"_s, u"<!--"_s}) {
        QVERIFY2(!result.html.contains(gone), qPrintable(gone));
    }
    QVERIFY(result.html.startsWith(u"<div>\n<p>　　来源：河南日报</p>"_s));
    QVERIFY(result.html.endsWith(u"（河南日报客户端记者 李铮 冯芸 归欣）</p>\n</div>"_s));
    checkSafeAndStable(result.html);
}

void Tst_HtmlSanitizer::sinaArticle_keepsPromotionWhenAsked()
{
    const QString body = readFixture(QFINDTESTDATA("data/sanitizer/sina-henan-banks-body.html"));
    HtmlSanitizer::Options options;
    options.removeBoilerplate = false;
    const SanitizedHtml result = HtmlSanitizer::sanitize(body, options);
    QCOMPARE(result.editor, QString());
    QVERIFY(result.html.contains(u"海量资讯、精准解读，尽在新浪财经APP"_s));
    QVERIFY(result.html.contains(u"<p>责任编辑：张亚楠 </p>"_s));
    QVERIFY(!result.html.contains("appendQr"_L1)); // classes never pass
}

void Tst_HtmlSanitizer::hostileInput_isHandledWithinLimits_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("mustContain");
    QTest::addColumn<int>("maxDepth");

    const auto repeated = [](const QString &unit, int times) {
        return unit.repeated(times);
    };
    QString paragraphs;
    for (int i = 0; i < 20'000; ++i)
        paragraphs += u"<p><b title=\"%1\">段</p>"_s.arg(i);

    QTest::newRow("10,000 nested divs")
        << QString(repeated(u"<div>"_s, 10'000) + u"深处"_s) << QStringList {u"深处"_s} << 520;
    QTest::newRow("200,000 nested divs")
        << QString(repeated(u"<div>"_s, 200'000) + u"深处"_s) << QStringList {u"深处"_s} << 520;
    QTest::newRow("10,000 nested spans, closed")
        << QString(repeated(u"<span lang=\"zh\">"_s, 10'000) + u"深处"_s + repeated(u"</span>"_s, 10'000)
                   + u"<p>后文</p>"_s)
        << QStringList {u"深处"_s, u"<p>后文</p>"_s} << 520;
    QTest::newRow("100,000 unclosed bold tags")
        << QString(repeated(u"<b>"_s, 100'000) + u"粗"_s) << QStringList {u"粗"_s} << 520;
    QTest::newRow("unclosed bold in every paragraph")
        << QString(paragraphs + u"<p>末段</p>"_s) << QStringList {u"末段"_s} << 520;
    QTest::newRow("nesting that ignores its end tags")
        << QString(repeated(u"<x-a><div></x-a>"_s, 50'000) + u"尾"_s) << QStringList {u"尾"_s} << 520;
    QTest::newRow("nested tables") << QString(repeated(u"<table><tr><td>"_s, 20'000) + u"格"_s)
                                   << QStringList {u"格"_s} << 520;
    QTest::newRow("nested svg is dropped")
        << QString(repeated(u"<svg>"_s, 50'000) + u"图"_s) << QStringList {} << 1;
    QTest::newRow("5 MB article")
        << QString(
               u"<div>"_s
               + repeated(
                   u"<p>　　河南省分行<a href=\"https://finance.sina.com.cn/x\">工商银行</a>有关负责同志发言。</p>\n"_s,
                   60'000)
               + u"<p>最后一段</p></div>"_s)
        << QStringList {u"<p>最后一段</p></div>"_s,
                        u"<p>　　河南省分行<a href=\"https://finance.sina.com.cn/x\" rel=\"noopener noreferrer\">工商银行</a>"_s}
        << 4;
    QTest::newRow("5 MB of text") << QString(repeated(u"资讯"_s, 1'300'000) + u"<p>完</p>"_s)
                                  << QStringList {u"资讯资讯"_s, u"<p>完</p>"_s} << 2;
    QTest::newRow("NUL characters")
        << u"<p>a\0b</p><scr\0ipt>alert(1)</script><img src=x on\0error=alert(1)>"_s
        << QStringList {u"<p>ab</p>"_s} << 2;
    QTest::newRow("only NUL characters") << QString(1000, QChar(u'\0')) << QStringList {} << 0;
    QTest::newRow("lone high surrogate")
        << QString(u"<p>a"_s + QChar(0xD800) + u"b</p>"_s) << QStringList {u"<p>a?b</p>"_s} << 2;
    QTest::newRow("lone low surrogate") << QString(u"<p title=\"t"_s + QChar(0xDC00) + u"\">x</p>"_s)
                                        << QStringList {u"<p title=\"t?\">x</p>"_s} << 2;
    QTest::newRow("reversed surrogate pair") << QString(u"<p>"_s + QChar(0xDC00) + QChar(0xD800) + u"</p>"_s)
                                             << QStringList {u"<p>?"
                                                             "?</p>"_s}
                                             << 2;
    QTest::newRow("surrogate at the end")
        << QString(u"<p>a</p>"_s + QChar(0xD83D)) << QStringList {u"<p>a</p>?"_s} << 2;
    QTest::newRow("control characters")
        << u"<p>\u0001\u0008\u000b\u007f\u0085</p>"_s << QStringList {u"<p>"_s} << 2;
    QTest::newRow("100,000 links") << repeated(
        u"<a href=\"https://e.cn/\">l</a>"_s,
        100'000) << QStringList {u"<a href=\"https://e.cn/\" rel=\"noopener noreferrer\">l</a>"_s}
                                   << 2;
    QTest::newRow("unterminated tag at the end")
        << u"<p>a</p><img src=\"https://e.cn/"_s << QStringList {u"<p>a</p>"_s} << 2;
}

void Tst_HtmlSanitizer::hostileInput_isHandledWithinLimits()
{
    QFETCH(QString, input);
    QFETCH(QStringList, mustContain);
    QFETCH(int, maxDepth);
    const QString output = HtmlSanitizer::sanitize(input).html;
    for (const QString &text : mustContain)
        QVERIFY2(output.contains(text), qPrintable(text));
    const Findings findings = inspect(output);
    QCOMPARE(findings.violation, QString());
    QVERIFY2(findings.depth <= maxDepth, qPrintable(QString::number(findings.depth)));
}

void Tst_HtmlSanitizer::concurrentCalls_matchSequentialOnes()
{
    const QList<Case> cases = loadCorpus(QFINDTESTDATA("data/sanitizer/attacks.txt"));
    QVERIFY(!cases.isEmpty());
    QStringList inputs;
    for (int round = 0; round < 4; ++round) {
        for (const Case &c : cases)
            inputs << c.input;
    }
    HtmlSanitizer::Options options;
    options.resolveImage = &fakeCache;
    const QStringList parallel = QtConcurrent::blockingMapped(
        inputs, [&options](const QString &input) { return HtmlSanitizer::sanitize(input, options).html; });
    QCOMPARE(parallel.size(), inputs.size());
    for (qsizetype i = 0; i < inputs.size(); ++i)
        QCOMPARE(parallel.at(i), HtmlSanitizer::sanitize(inputs.at(i), options).html);
}

QTEST_GUILESS_MAIN(Tst_HtmlSanitizer)
#include "tst_htmlsanitizer.moc"
