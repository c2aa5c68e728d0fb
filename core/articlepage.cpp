// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/articlepage.h"

#include "core/bodyrenderer.h"
#include "core/logging.h"
#include "core/placeholderimages.h"
#include "core/plaintext.h"

#include <QFile>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Broadsheet::Core {

namespace {

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcReader) << "missing page resource" << path;
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

// Replaces each {{name}} of the template in one pass. Values are inserted as they are and never
// scanned again, so an article cannot smuggle a placeholder in; every value is escaped or
// sanitized HTML by the time it gets here.
QString fillTemplate(QStringView page, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(page.size() + 4096);
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = page.indexOf(u"{{"_s, pos);
        if (open < 0)
            break;
        const qsizetype close = page.indexOf(u"}}"_s, open + 2);
        if (close < 0)
            break;
        out += page.mid(pos, open - pos);
        out += values.value(page.mid(open + 2, close - open - 2).toString());
        pos = close + 2;
    }
    out += page.mid(pos);
    return out;
}

QString span(const QString &text)
{
    return u"<span>"_s + text.toHtmlEscaped() + u"</span>"_s;
}

QString pageTemplate()
{
    static const QString page = readResource(u":/broadsheet/page/article.html"_s);
    return page;
}

QString pageStyle()
{
    static const QString css = readResource(u":/broadsheet/page/article.css"_s);
    return css;
}

} // namespace

HtmlSanitizer::ImageResolver ArticlePage::cachedImages(const ImageCache &cache)
{
    return [cache](const QUrl &url) -> std::optional<QUrl> {
        if (url.scheme() == u"data"_s)
            return url; // raster data: URLs the sanitizer let through are already local
        if (!cache.fileFor(url))
            return std::nullopt;
        QUrl local;
        local.setScheme(localScheme);
        local.setHost(u"image"_s);
        local.setPath(u'/' + ImageCache::keyFor(url));
        return local;
    };
}

ArticlePage::Body ArticlePage::prepare(const ArticleFile &file,
                                       const HtmlSanitizer::ImageResolver &resolveImage,
                                       const MentionExtractor *extractor)
{
    Body body;
    HtmlSanitizer::Options options;
    options.resolveImage = resolveImage;
    body.sanitized = HtmlSanitizer::sanitize(BodyRenderer::toHtml(file.body), options);
    body.text = PlainText::fromHtml(body.sanitized.html);
    if (extractor)
        body.mentions = extractor->extract(file.body, body.text);
    body.headImage = ImageCache::normalized(file.article.displayImage());
    // A feed's stock picture (Sina's app QR code) is no head image: none is shown, not even a placeholder.
    if (body.headImage.isValid() && PlaceholderImages::isPlaceholder(body.headImage))
        body.headImage = QUrl();
    if (body.headImage.isValid())
        body.headImageShown = resolveImage ? resolveImage(body.headImage) : std::optional(body.headImage);
    return body;
}

HtmlSanitizer::ImageResolver ArticlePage::offlineImages(const ImageCache &cache, LocalFiles *files,
                                                        const QString &articlePath,
                                                        const QStringList &libraryFolders)
{
    const HtmlSanitizer::ImageResolver cached = cachedImages(cache);
    return [cached, files, articlePath, libraryFolders](const QUrl &url) -> std::optional<QUrl> {
        if (url.isRelative())
            return files ? files->urlFor(url, articlePath, libraryFolders) : std::nullopt;
        return cached(url);
    };
}

QString PageStyle::css() const
{
    QString css = u":root {"_s;
    // A font family is a user's choice from the system's list; quotes, backslashes and angle
    // brackets are all that could end the CSS string or the <style> element, and no family name
    // needs them.
    QString family = fontFamily;
    family.remove(u'"').remove(u'\\').remove(u'<').remove(u'>');
    if (!family.isEmpty())
        css += u" --bs-font-family: \""_s + family + u"\", \"Noto Serif CJK SC\", serif;"_s;
    if (fontSizePx >= 8 && fontSizePx <= 72)
        css += u" --bs-font-size: "_s + QString::number(fontSizePx) + u"px;"_s;
    if (widthEm >= 20 && widthEm <= 120)
        css += u" --bs-width: "_s + QString::number(widthEm) + u"em;"_s;
    return css + u" }"_s;
}

namespace {

QString themeClass(PageStyle::Theme theme)
{
    switch (theme) {
    case PageStyle::Theme::Light:
        return u"bs-light"_s;
    case PageStyle::Theme::Dark:
        return u"bs-dark"_s;
    case PageStyle::Theme::System:
        break;
    }
    return {};
}

} // namespace

namespace {

// Plain text, escaped, with `ranges` (start, length; in any order, maybe overlapping) in <mark>.
QString markedText(const QString &text, QList<QPair<qsizetype, qsizetype>> ranges)
{
    std::sort(ranges.begin(), ranges.end());
    QString html;
    qsizetype at = 0;
    for (const auto &[start, length] : std::as_const(ranges)) {
        const qsizetype from = std::max(start, at);
        const qsizetype to = std::min(start + length, text.size());
        if (from >= to)
            continue;
        html += text.mid(at, from - at).toHtmlEscaped() + u"<mark class=\"bs-mention\">"_s
            + text.mid(from, to - from).toHtmlEscaped() + u"</mark>"_s;
        at = to;
    }
    return html + text.mid(at).toHtmlEscaped();
}

} // namespace

QString ArticlePage::render(const ArticleFile &file, const Body &prepared,
                            const QList<QPair<qsizetype, qsizetype>> &highlight, const PageStyle &style,
                            const QList<QPair<qsizetype, qsizetype>> &titleHighlight)
{
    const Article &article = file.article;
    const SanitizedHtml &body = prepared.sanitized;

    QString categories;
    if (!article.categories.isEmpty()) {
        categories = u"<p class=\"bs-categories\">"_s;
        for (const QString &category : article.categories)
            categories += span(category);
        categories += u"</p>"_s;
    }

    QString meta;
    if (!article.author.isEmpty())
        meta += span(article.author);
    const QString when = article.date.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
    meta += u"<span><time datetime=\""_s + article.date.toString(Qt::ISODate) + u"\">"_s
        + when.toHtmlEscaped() + u"</time></span>"_s;
    if (article.dateOrigin == DateOrigin::FileModified)
        meta += span(tr("date taken from the file"));
    if (!body.editor.isEmpty())
        meta += span(tr("Editor: %1").arg(body.editor));

    QString headImage;
    const QUrl &imageUrl = prepared.headImage;
    if (imageUrl.isValid()) {
        const std::optional<QUrl> &shown = prepared.headImageShown;
        if (shown) {
            headImage = u"<figure class=\"bs-headimage\"><img src=\""_s
                + shown->toString(QUrl::FullyEncoded).toHtmlEscaped() + u"\" alt=\"\"></figure>"_s;
        } else {
            headImage = u"<figure class=\"bs-headimage\"><span class=\"bs-image-placeholder\">"_s
                + tr("Head image not downloaded (%1)").arg(imageUrl.host()).toHtmlEscaped()
                + u"</span></figure>"_s;
        }
    }

    QString footer;
    const QUrl link(article.link.trimmed(), QUrl::TolerantMode);
    if (link.isValid() && (link.scheme() == u"https"_s || link.scheme() == u"http"_s)) {
        footer = u"<footer class=\"bs-footer\"><a href=\""_s
            + link.toString(QUrl::FullyEncoded).toHtmlEscaped() + u"\" rel=\"noopener noreferrer\">"_s
            + tr("Original article").toHtmlEscaped() + u"</a></footer>"_s;
    }

    return fillTemplate(
        pageTemplate(),
        {
            {u"lang"_s, u"zh-CN"_s},
            {u"css"_s, pageStyle()},
            {u"title"_s, markedText(article.title, titleHighlight)},
            {u"categories"_s, categories},
            {u"meta"_s, meta},
            {u"headimage"_s, headImage},
            {u"body"_s, highlight.isEmpty() ? body.html : PlainText::highlight(body.html, highlight)},
            {u"footer"_s, footer},
            {u"theme"_s, themeClass(style.theme)},
            {u"style"_s, style.css()},
        });
}

QString ArticlePage::renderMessage(const QString &title, const QString &text, bool isError,
                                   const PageStyle &style)
{
    const QString paragraph = isError ? u"<p class=\"bs-error\">"_s : u"<p>"_s;
    return fillTemplate(pageTemplate(),
                        {
                            {u"lang"_s, u"zh-CN"_s},
                            {u"css"_s, pageStyle()},
                            {u"theme"_s, themeClass(style.theme)},
                            {u"style"_s, style.css()},
                            {u"title"_s, title.toHtmlEscaped()},
                            {u"body"_s, paragraph + text.toHtmlEscaped() + u"</p>"_s},
                        });
}

} // namespace Broadsheet::Core
