// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exportdocument.h"

#include "core/logging.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Broadsheet::Core {

namespace {

// The article page's policy (core/page/article.html): nothing but the local scheme and inline
// data images, no script at all.
const QString printPolicy = u"default-src 'none'; img-src broadsheet: data:; style-src 'unsafe-inline'"_s;
// An HTML export is opened from disk: its own images and stylesheet ('self'), nothing remote.
const QString folderPolicy = u"default-src 'none'; img-src 'self' data:; style-src 'self'"_s;

// Rules that only exports need, on top of the reading view's article.css.
const QString exportStyle = uR"(
.bs-page-break { page-break-before: always; break-before: page; }
.bs-contents { max-width: 40em; margin: 0 auto; }
.bs-contents h1 { font-family: "Noto Sans CJK SC", sans-serif; font-size: 1.6em; margin: 0 0 1em; }
.bs-contents ol { padding-left: 1.6em; margin: 0; }
.bs-contents li { margin: 0 0 0.7em; line-height: 1.5; }
.bs-contents a { color: inherit; text-decoration: none; font-weight: 600; }
.bs-contents .bs-meta { display: block; margin: 0.1em 0 0; }
.bs-nav { font-family: "Noto Sans CJK SC", sans-serif; font-size: 0.85em; margin: 0 0 1.5em; }
.bs-nav a { color: var(--bs-link); text-decoration: none; }
img { max-width: 100%; height: auto; }
.bs-mentions { margin-top: 2em; padding-top: 0.6em; border-top: 1px solid var(--bs-rule);
  font-family: "Noto Sans CJK SC", sans-serif; font-size: 0.85em; break-inside: avoid; }
.bs-mentions h2 { font-size: 1em; margin: 0 0 0.4em; }
.bs-mentions ul { margin: 0; padding-left: 1.2em; columns: 2; }
.bs-mentions .bs-codes, .bs-mentions .bs-count { color: var(--bs-muted); }
@media print {
  :root { color-scheme: light; --bs-text: #000; --bs-page: #fff; --bs-muted: #555; }
  html, body { background: #fff; color: #000; }
  .bs-headimage, .bs-body img, .bs-image-placeholder { break-inside: avoid; page-break-inside: avoid; }
  .bs-headimage img { max-height: 12cm; }
  .bs-title, .bs-body h1, .bs-body h2, .bs-body h3 { break-after: avoid; page-break-after: avoid; }
  .bs-footer a::after { content: " " attr(href); word-break: break-all; }
  .bs-nav { display: none; }
}
)"_s;

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcReader) << "missing page resource" << path;
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

QString head(const QString &title, const QString &policy, const QString &styleElement)
{
    return u"<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
           u"<meta http-equiv=\"Content-Security-Policy\" content=\""_s
        + policy + u"\">\n<meta name=\"referrer\" content=\"no-referrer\">\n<title>"_s + title.toHtmlEscaped()
        + u"</title>\n"_s + styleElement + u"\n</head>\n<body>\n"_s;
}

QString inlineStyle()
{
    return u"<style>\n"_s + ExportDocument::stylesheet() + u"\n</style>"_s;
}

QString linkedStyle(const QString &href)
{
    return u"<link rel=\"stylesheet\" href=\""_s + href.toHtmlEscaped() + u"\">"_s;
}

QString contents(const QList<ExportEntry> &entries, const QStringList &hrefs)
{
    QString html = u"<nav class=\"bs-contents\">\n<h1>"_s + ExportDocument::tr("Contents").toHtmlEscaped()
        + u"</h1>\n<ol>\n"_s;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Article &article = entries.at(i).file.article;
        QString meta = u"<span>"_s
            + article.date.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s).toHtmlEscaped() + u"</span>"_s;
        if (!article.author.isEmpty())
            meta += u"<span>"_s + article.author.toHtmlEscaped() + u"</span>"_s;
        html += u"<li><a href=\""_s + hrefs.value(i).toHtmlEscaped() + u"\">"_s
            + article.title.toHtmlEscaped() + u"</a><span class=\"bs-meta\">"_s + meta + u"</span></li>\n"_s;
    }
    return html + u"</ol>\n</nav>\n"_s;
}

} // namespace

QString ExportDocument::stylesheet()
{
    static const QString css = readResource(u":/broadsheet/page/article.css"_s) + exportStyle;
    return css;
}

QString ExportDocument::articleElement(const ExportEntry &entry)
{
    // The reading view's page, cut down to its <article>: the template's own opening tag comes
    // before anything from the article (whose attributes the sanitizer strips, so a body cannot
    // carry class="bs-article"), and its closing tag is the last one of the page.
    const QString page = ArticlePage::render(entry.file, entry.body);
    const qsizetype begin = page.indexOf(u"<article class=\"bs-article\">"_s);
    const qsizetype end = page.lastIndexOf(u"</article>"_s);
    if (begin < 0 || end < begin) {
        qCCritical(lcReader) << "unexpected article page template";
        return {};
    }
    QString element = page.mid(begin, end + int(QStringView(u"</article>").size()) - begin);
    if (!entry.body.mentions.isEmpty())
        element.insert(element.size() - int(QStringView(u"</article>").size()),
                       mentionsAside(entry.body.mentions));
    return element;
}

QString ExportDocument::mentionsAside(const QList<Mention> &mentions)
{
    // A printed document has no Mentions panel: the list goes under the article instead.
    QString html = u"<aside class=\"bs-mentions\"><h2>"_s + tr("Mentioned in this article").toHtmlEscaped()
        + u"</h2><ul>"_s;
    for (const Mention &mention : mentions) {
        QStringList codes;
        if (!mention.aShare.isEmpty())
            codes.append(mention.aShare.mid(2) + u'.' + mention.aShare.left(2).toUpper());
        if (!mention.hShare.isEmpty())
            codes.append(mention.hShare + u".HK"_s);
        html += u"<li>"_s + mention.name.toHtmlEscaped();
        if (!codes.isEmpty())
            html += u" <span class=\"bs-codes\">"_s + codes.join(u' ').toHtmlEscaped() + u"</span>"_s;
        html += u" <span class=\"bs-count\">× "_s + QString::number(mention.count) + u"</span></li>"_s;
    }
    return html + u"</ul></aside>"_s;
}

QString ExportDocument::combined(const QList<ExportEntry> &entries)
{
    const QString title = entries.size() == 1 ? entries.constFirst().file.article.title
                                              : tr("%n articles", nullptr, int(entries.size()));
    QString html = head(title, printPolicy, inlineStyle());
    const bool withContents = entries.size() > 1;
    if (withContents) {
        QStringList anchors;
        for (qsizetype i = 0; i < entries.size(); ++i)
            anchors << u"#article-"_s + QString::number(i + 1);
        html += contents(entries, anchors);
    }
    for (qsizetype i = 0; i < entries.size(); ++i) {
        // Every article starts on a new page, except the first of a document without contents.
        const bool pageBreak = withContents || i > 0;
        html += u"<section id=\"article-"_s + QString::number(i + 1) + u'"'
            + (pageBreak ? u" class=\"bs-page-break\""_s : QString()) + u">\n"_s
            + articleElement(entries.at(i)) + u"\n</section>\n"_s;
    }
    return html + u"</body>\n</html>\n"_s;
}

QString ExportDocument::htmlPage(const ExportEntry &entry, const QString &stylesheetHref,
                                 const QString &indexHref)
{
    return head(entry.file.article.title, folderPolicy, linkedStyle(stylesheetHref))
        + u"<p class=\"bs-nav\"><a href=\""_s + indexHref.toHtmlEscaped() + u"\">"_s
        + tr("← Contents").toHtmlEscaped() + u"</a></p>\n"_s + articleElement(entry)
        + u"\n</body>\n</html>\n"_s;
}

QString ExportDocument::htmlIndex(const QList<ExportEntry> &entries, const QStringList &hrefs,
                                  const QString &stylesheetHref)
{
    return head(tr("Contents"), folderPolicy, linkedStyle(stylesheetHref)) + contents(entries, hrefs)
        + u"</body>\n</html>\n"_s;
}

} // namespace Broadsheet::Core
