// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/schemehandler.h"

#include "core/articlepage.h"
#include "ui/logging.h"

#include <QBuffer>
#include <QFile>
#include <QMimeDatabase>
#include <QWebEngineUrlRequestJob>

using namespace Qt::StringLiterals;

namespace Broadsheet::Ui {

SchemeHandler::SchemeHandler(const Core::ImageCache &cache, QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
    , m_cache(cache)
{ }

QUrl SchemeHandler::setPage(const QString &html)
{
    m_page = html.toUtf8();
    // A new URL for every page, so WebEngine never shows a stale one from its memory cache.
    QUrl url;
    url.setScheme(Core::localScheme);
    url.setHost(u"article"_s);
    url.setPath(u'/' + QString::number(++m_pageNumber));
    return url;
}

void SchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    if (job->requestMethod() != "GET") {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    if (url.host() == u"article"_s && url.path() == u'/' + QString::number(m_pageNumber)) {
        auto *buffer = new QBuffer(job);
        buffer->setData(m_page);
        job->reply("text/html;charset=utf-8", buffer);
        return;
    }
    if (url.host() == u"image"_s || url.host() == u"local"_s) {
        const std::optional<QString> file = url.host() == u"image"_s
            ? m_cache.fileForKey(url.path().mid(1))
            : (m_localFiles ? m_localFiles->fileFor(url.path().mid(1)) : std::nullopt);
        if (file) {
            // Serve only what really is a raster image: the cache holds what servers sent.
            const QMimeType type = QMimeDatabase().mimeTypeForFile(*file, QMimeDatabase::MatchContent);
            if (type.name().startsWith(u"image/"_s) && type.name() != u"image/svg+xml"_s) {
                auto *image = new QFile(*file, job);
                if (image->open(QIODevice::ReadOnly)) {
                    job->reply(type.name().toLatin1(), image);
                    return;
                }
            }
        }
    }
    qCDebug(lcReaderView) << "not served:" << url;
    job->fail(QWebEngineUrlRequestJob::UrlNotFound);
}

} // namespace Broadsheet::Ui
