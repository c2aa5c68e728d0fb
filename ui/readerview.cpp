// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/readerview.h"

#include "core/articlepage.h"
#include "core/articlereader.h"
#include "ui/logging.h"
#include "ui/readerpage.h"
#include "ui/requestinterceptor.h"
#include "ui/schemehandler.h"

#include <QDesktopServices>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Broadsheet::Ui {

namespace {

void lockDown(QWebEngineSettings *settings)
{
    using S = QWebEngineSettings;
    settings->setAttribute(S::JavascriptEnabled, false);
    settings->setAttribute(S::JavascriptCanOpenWindows, false);
    settings->setAttribute(S::JavascriptCanAccessClipboard, false);
    settings->setAttribute(S::PluginsEnabled, false);
    settings->setAttribute(S::PdfViewerEnabled, false);
    settings->setAttribute(S::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(S::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(S::LocalStorageEnabled, false);
    settings->setAttribute(S::WebGLEnabled, false);
    settings->setAttribute(S::Accelerated2dCanvasEnabled, false);
    settings->setAttribute(S::AutoLoadIconsForPage, false);
    settings->setAttribute(S::DnsPrefetchEnabled, false);
    settings->setAttribute(S::ScreenCaptureEnabled, false);
    settings->setAttribute(S::ErrorPageEnabled, false);
    settings->setAttribute(S::NavigateOnDropEnabled, false);
    settings->setAttribute(S::FocusOnNavigationEnabled, false);
}

// Where the search terms are in an article's text, for ArticlePage::render(). Chinese terms
// match as the index's substring scan does; Latin ones without regard to case, and a term
// also marks the start of a longer word, as the index's prefix match finds it (bank: banks).
QList<QPair<qsizetype, qsizetype>> searchRanges(const QString &text, const QStringList &terms)
{
    QList<QPair<qsizetype, qsizetype>> ranges;
    for (const QString &term : terms) {
        if (term.isEmpty())
            continue;
        for (qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(term, at + term.size(), Qt::CaseInsensitive))
            ranges.append({at, term.size()});
    }
    return ranges;
}

} // namespace

ReaderView::ReaderView(const Core::ImageCache &cache, QWidget *parent)
    : QWebEngineView(parent)
    , m_profile(new QWebEngineProfile(this)) // no storage name: off the record
    , m_interceptor(new RequestInterceptor(this))
    , m_schemes(new SchemeHandler(cache, this))
    , m_cache(cache)
{
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setSpellCheckEnabled(false);
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_schemes->setLocalFiles(m_localFiles);
    m_profile->installUrlSchemeHandler(QByteArray(Core::localScheme.data(), Core::localScheme.size()),
                                       m_schemes);
    lockDown(m_profile->settings());

    m_page = new ReaderPage(m_profile, this);
    lockDown(m_page->settings());
    setPage(m_page);
    setContextMenuPolicy(Qt::NoContextMenu);
    setAcceptDrops(false); // folders dropped here go to the main window

    connect(m_page, &ReaderPage::externalLinkActivated, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(&m_rendering, &QFutureWatcher<Rendered>::finished, this, &ReaderView::showRendered);
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        if (ok && !m_path.isEmpty())
            Q_EMIT articleShown(m_path);
    });
}

ReaderView::~ReaderView()
{
    m_rendering.waitForFinished();
    // The page must go before its profile (WebEngine warns and leaks otherwise).
    delete m_page;
}

void ReaderView::showArticle(const QString &path)
{
    m_path = path;
    m_mention.clear();
    const QStringList terms = m_searchTerms;
    const Core::DateParser dates = m_dates;
    const Core::ImageCache cache = m_cache;
    const Core::MentionExtractor extractor = m_extractor;
    const Core::PageStyle style = m_style;
    const QStringList folders = m_folders;
    const std::shared_ptr<Core::LocalFiles> files = m_localFiles;
    // Reading, decoding, sanitizing and finding mentions take milliseconds, but a 16 MB file
    // or a slow disk must not freeze the window.
    m_rendering.setFuture(QtConcurrent::run([path, dates, cache, extractor, style, folders, files, terms] {
        Rendered rendered;
        rendered.file = Core::ArticleReader(dates).read(path);
        if (!rendered.file.ok) {
            const QString reason =
                rendered.file.problems.isEmpty() ? QString() : rendered.file.problems.constFirst().message;
            rendered.html = Core::ArticlePage::renderMessage(tr("This article cannot be shown"),
                                                             path + u": "_s + reason, true, style);
            return rendered;
        }
        rendered.body = Core::ArticlePage::prepare(
            rendered.file, Core::ArticlePage::offlineImages(cache, files.get(), path, folders), &extractor);
        rendered.terms = terms;
        rendered.html =
            Core::ArticlePage::render(rendered.file, rendered.body, searchRanges(rendered.body.text, terms),
                                      style, searchRanges(rendered.file.article.title, terms));
        return rendered;
    }));
}

void ReaderView::showRendered()
{
    if (m_rendering.isCanceled())
        return;
    m_rendered = m_rendering.result();
    // The search changed while the article was being read: mark the terms of now.
    if (m_rendered.file.ok && m_rendered.terms != m_searchTerms)
        renderMarks();
    else
        loadPage(m_rendered.html, {});
    Q_EMIT mentionsChanged(m_rendered.body.mentions);
}

void ReaderView::setPageStyle(const Core::PageStyle &style)
{
    m_style = style;
    if (!m_path.isEmpty())
        showArticle(m_path);
}

void ReaderView::highlightMention(const QString &name)
{
    m_mention = name;
    renderMarks();
}

void ReaderView::setSearchTerms(const QStringList &terms)
{
    if (terms == m_searchTerms)
        return;
    m_searchTerms = terms;
    if (m_mention.isEmpty())
        renderMarks();
}

void ReaderView::renderMarks()
{
    // While an article is being read, m_rendered is the one before: showRendered() marks it.
    if (m_path.isEmpty() || !m_rendered.file.ok || m_rendering.isRunning())
        return;
    // Re-rendered from what is in memory: no disk access, and the marks are plain HTML, which
    // is how they show with JavaScript off.
    if (m_mention.isEmpty()) {
        m_rendered.terms = m_searchTerms;
        loadPage(Core::ArticlePage::render(m_rendered.file, m_rendered.body,
                                           searchRanges(m_rendered.body.text, m_searchTerms), m_style,
                                           searchRanges(m_rendered.file.article.title, m_searchTerms)),
                 {});
        return;
    }
    QList<QPair<qsizetype, qsizetype>> ranges;
    for (const Core::Mention &mention : std::as_const(m_rendered.body.mentions)) {
        if (mention.name == m_mention)
            ranges = mention.occurrences;
    }
    // The first mark of a mention gets an anchor, so the page opens scrolled to it, again
    // without script. Search marks do not scroll: the article opens at its title.
    QString html = Core::ArticlePage::render(m_rendered.file, m_rendered.body, ranges, m_style);
    const QString mark = u"<mark class=\"bs-mention\">"_s;
    const qsizetype first = html.indexOf(mark);
    if (first < 0) {
        loadPage(html, {});
        return;
    }
    html.replace(first, mark.size(), u"<mark class=\"bs-mention\" id=\"bs-first-mention\">"_s);
    loadPage(html, u"bs-first-mention"_s);
}

void ReaderView::loadPage(const QString &html, const QString &fragment)
{
    QUrl url = m_schemes->setPage(html);
    if (!fragment.isEmpty())
        url.setFragment(fragment);
    QWebEngineView::load(url);
}

void ReaderView::showMessage(const QString &title, const QString &text)
{
    showPage(Core::ArticlePage::renderMessage(title, text, false, m_style));
}

void ReaderView::showPage(const QString &html, const QString &fragment)
{
    m_path.clear();
    m_rendering.cancel(); // a page still being rendered must not replace this one
    m_rendered = {};
    loadPage(html, fragment);
    Q_EMIT mentionsChanged({});
}

void ReaderView::setZoom(qreal factor)
{
    factor = std::clamp(factor, minimumZoom, maximumZoom);
    if (qFuzzyCompare(factor, zoomFactor()))
        return;
    setZoomFactor(factor);
    Q_EMIT zoomChanged(factor);
}

} // namespace Broadsheet::Ui
