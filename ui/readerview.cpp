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
    connect(&m_rendering, &QFutureWatcher<QString>::finished, this, &ReaderView::showRendered);
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
    const Core::DateParser dates = m_dates;
    const Core::ImageCache cache = m_cache;
    // Reading, decoding and sanitizing take milliseconds, but a 16 MB file or a slow disk
    // must not freeze the window.
    m_rendering.setFuture(QtConcurrent::run([path, dates, cache] {
        const Core::ArticleFile file = Core::ArticleReader(dates).read(path);
        if (!file.ok) {
            const QString reason = file.problems.isEmpty() ? QString() : file.problems.constFirst().message;
            return Core::ArticlePage::renderMessage(tr("This article cannot be shown"),
                                                    path + u": "_s + reason, true);
        }
        return Core::ArticlePage::render(file, Core::ArticlePage::cachedImages(cache));
    }));
}

void ReaderView::showRendered()
{
    if (m_rendering.isCanceled())
        return;
    const QString html = m_rendering.result();
    load(m_schemes->setPage(html));
}

void ReaderView::showMessage(const QString &title, const QString &text)
{
    showPage(Core::ArticlePage::renderMessage(title, text));
}

void ReaderView::showPage(const QString &html, const QString &fragment)
{
    m_path.clear();
    m_rendering.cancel(); // a page still being rendered must not replace this one
    QUrl url = m_schemes->setPage(html);
    if (!fragment.isEmpty())
        url.setFragment(fragment);
    load(url);
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
