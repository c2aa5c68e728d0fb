// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/imagedownloader.h"

#include "net/imagecachemaintenance.h"
#include "net/imagesniffer.h"
#include "net/logging.h"

#include <QDir>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Broadsheet::Net {

namespace {

// An honest client name: image hosts that block unknown agents should be able to tell us apart.
constexpr QByteArrayView userAgent = "Broadsheet/0.1";

int httpStatus(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

QString mimeType(const QNetworkReply *reply)
{
    const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    return type.section(u';', 0, 0).trimmed().toLower();
}

} // namespace

ImageDownloader::ImageDownloader(const Core::ImageCache &cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<Summary>();
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &ImageDownloader::pump);
    m_clock.start();
}

ImageDownloader::~ImageDownloader()
{
    // Replies are children of the manager; make sure none calls back into a half-destroyed us.
    for (auto &[reply, transfer] : m_active) {
        reply->disconnect(this);
        reply->abort();
    }
}

void ImageDownloader::start(const QList<QUrl> &urls)
{
    if (!m_running) {
        m_running = true;
        m_summary = {};
        m_total = 0;
        m_done = 0;
        m_batchKeys.clear();
    }
    for (const QUrl &written : urls) {
        // normalized() turns "//host/x" into https and refuses anything but http(s).
        const QUrl url = Core::ImageCache::normalized(written.toString(QUrl::FullyEncoded));
        if (!url.isValid()) {
            ++m_total;
            ++m_done;
            m_summary.failed.append({written, tr("not a web address")});
            continue;
        }
        const QString key = Core::ImageCache::keyFor(url);
        if (m_batchKeys.contains(key))
            continue;
        m_batchKeys.insert(key);
        ++m_total;
        if (m_cache.fileForKey(key)) {
            ++m_done;
            m_summary.alreadyCached.append(url);
        } else {
            m_pending.append({url, key});
        }
    }
    Q_EMIT progress(m_done, m_total);
    schedulePump(0);
}

void ImageDownloader::cancel()
{
    if (!m_running)
        return;
    m_pending.clear();
    m_pumpTimer.stop();
    // Disconnect first: an aborted reply emits finished() at once, and that is not a failure.
    for (auto &[reply, transfer] : m_active) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        // ~QSaveFile without commit() removes the temporary file.
    }
    m_active.clear();
    m_activePerHost.clear();
    m_summary.cancelled = true;
    finishBatch();
}

void ImageDownloader::schedulePump(qint64 delayMs)
{
    const int delay = int(std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max()));
    if (!m_pumpTimer.isActive() || m_pumpTimer.remainingTime() > delay)
        m_pumpTimer.start(delay);
}

void ImageDownloader::pump()
{
    if (!m_running)
        return;
    if (m_pending.isEmpty() && m_active.empty()) {
        finishBatch();
        return;
    }
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (qsizetype i = 0; i < m_pending.size();) {
        if (qsizetype(m_active.size()) >= std::max(1, m_options.maxParallel))
            return; // the next finished transfer pumps again
        const Job &job = m_pending.at(i);
        const QString host = job.url.host();
        if (m_activePerHost.value(host) >= std::max(1, m_options.maxPerHost)) {
            ++i;
            continue;
        }
        const qint64 now = m_clock.elapsed();
        qint64 wait = job.notBefore - now;
        if (const auto last = m_lastRequest.constFind(host); last != m_lastRequest.cend())
            wait = std::max(wait, *last + m_options.hostIntervalMs - now);
        if (wait > 0) {
            earliest = std::min(earliest, wait);
            ++i;
            continue;
        }
        startJob(m_pending.takeAt(i));
    }
    if (earliest != std::numeric_limits<qint64>::max())
        schedulePump(earliest);
}

void ImageDownloader::startJob(Job job)
{
    QNetworkRequest request(job.url);
    request.setTransferTimeout(m_options.transferTimeoutMs);
    // Qt follows the redirects itself, to http(s) only (ProtocolUnknownError otherwise) and
    // never from https down to http.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_options.maxRedirects);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent.toByteArray());
    request.setRawHeader("Accept", "image/png,image/jpeg,image/gif,image/webp,image/bmp;q=0.9,image/*;q=0.5");

    const QString host = job.url.host();
    m_lastRequest.insert(host, m_clock.elapsed());
    ++m_activePerHost[host];

    QNetworkReply *reply = m_network->get(request);
    Transfer transfer;
    transfer.job = std::move(job);
    m_active.emplace(reply, std::move(transfer));
    qCDebug(lcNet) << "GET" << reply->url() << "attempt" << m_active.at(reply).job.attempt + 1;

    // Headers arrive before the body: an oversized or non-image answer is refused right there.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const auto it = m_active.find(reply);
        if (it != m_active.end() && isSuccess(httpStatus(reply)) && !it->second.checkedHeaders)
            checkHeaders(reply, it->second);
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

QString ImageDownloader::tooLarge() const
{
    // "10 MB", "64 KB": binary units with the names people know.
    return tr("larger than %1")
        .arg(QLocale().formattedDataSize(m_options.maxImageBytes, 0, QLocale::DataSizeTraditionalFormat));
}

bool ImageDownloader::checkHeaders(QNetworkReply *reply, Transfer &transfer)
{
    transfer.checkedHeaders = true;
    const QString type = mimeType(reply);
    if (!type.startsWith(u"image/"_s)) {
        reject(reply, transfer, tr("not an image (%1)").arg(type.isEmpty() ? tr("no type given") : type));
        return false;
    }
    // SVG is a document (scripts, external links), not a picture: never cached.
    if (type.startsWith(u"image/svg"_s)) {
        reject(reply, transfer, tr("not a supported image (%1)").arg(type));
        return false;
    }
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_options.maxImageBytes) {
        reject(reply, transfer, tooLarge());
        return false;
    }
    const QString path = m_cache.directory() + u'/' + transfer.job.key.left(2) + u'/' + transfer.job.key;
    QDir().mkpath(QFileInfo(path).absolutePath());
    // QSaveFile writes next to the final name and renames on commit(): never a partial image.
    transfer.file = std::make_unique<QSaveFile>(path);
    if (!transfer.file->open(QIODevice::WriteOnly)) {
        qCWarning(lcNet) << "Cannot write" << path << transfer.file->errorString();
        reject(reply, transfer, tr("could not be saved in the image cache"));
        return false;
    }
    return true;
}

void ImageDownloader::reject(QNetworkReply *reply, Transfer &transfer, const QString &reason)
{
    transfer.rejection = reason;
    // abort() emits finished() before returning: `transfer` is gone afterwards.
    reply->abort();
}

void ImageDownloader::onReadyRead(QNetworkReply *reply)
{
    const auto it = m_active.find(reply);
    if (it == m_active.end())
        return;
    Transfer &transfer = it->second;
    if (!isSuccess(httpStatus(reply))) {
        reply->readAll(); // an error page: only its status matters
        return;
    }
    if (!transfer.checkedHeaders && !checkHeaders(reply, transfer))
        return;
    if (!transfer.rejection.isEmpty())
        return;
    const QByteArray data = reply->readAll();
    transfer.received += data.size();
    // Servers that send no Content-Length (or a wrong one) are capped here.
    if (transfer.received > m_options.maxImageBytes) {
        reject(reply, transfer, tooLarge());
        return;
    }
    if (transfer.head.size() < ImageSniffer::headerSize)
        transfer.head.append(data.left(ImageSniffer::headerSize - transfer.head.size()));
    if (transfer.file->write(data) != data.size()) {
        qCWarning(lcNet) << "Cannot write" << transfer.file->fileName() << transfer.file->errorString();
        reject(reply, transfer, tr("could not be saved in the image cache"));
    }
}

void ImageDownloader::onFinished(QNetworkReply *reply)
{
    auto it = m_active.find(reply);
    if (it == m_active.end())
        return;
    if (it->second.rejection.isEmpty() && reply->error() == QNetworkReply::NoError) {
        onReadyRead(reply); // the last bytes, when readyRead() was not emitted for them
        it = m_active.find(reply); // looked up again: onReadyRead() may have rejected the reply
        if (it == m_active.end())
            return;
    }
    Transfer transfer = std::move(it->second);
    m_active.erase(reply);
    reply->deleteLater();
    const QString host = transfer.job.url.host();
    if (--m_activePerHost[host] <= 0)
        m_activePerHost.remove(host);
    schedulePump(0);

    if (!transfer.rejection.isEmpty()) {
        complete(transfer.job, transfer.rejection);
        return;
    }

    const int status = httpStatus(reply);
    const QString statusText = tr("HTTP %1").arg(status);
    switch (reply->error()) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::OperationCanceledError:
        // Our own aborts carry a rejection and cancel() disconnects first: this is the
        // transfer timeout.
        retryOrFail(transfer.job, tr("timed out"));
        return;
    case QNetworkReply::TooManyRedirectsError:
        complete(transfer.job, tr("too many redirects"));
        return;
    case QNetworkReply::InsecureRedirectError:
        complete(transfer.job, tr("redirected from https to http"));
        return;
    case QNetworkReply::ProtocolUnknownError:
        complete(transfer.job, tr("redirected to an address that is not http or https"));
        return;
    case QNetworkReply::ConnectionRefusedError:
        retryOrFail(transfer.job, tr("connection refused"));
        return;
    case QNetworkReply::RemoteHostClosedError:
        retryOrFail(transfer.job, tr("the server closed the connection"));
        return;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        retryOrFail(transfer.job, tr("timed out"));
        return;
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
        retryOrFail(transfer.job, reply->errorString());
        return;
    case QNetworkReply::HostNotFoundError:
        complete(transfer.job, tr("server not found"));
        return;
    case QNetworkReply::SslHandshakeFailedError:
        complete(transfer.job, tr("secure connection failed"));
        return;
    default:
        if (status >= 500)
            retryOrFail(transfer.job, statusText);
        else if (status > 0)
            complete(transfer.job, statusText); // 4xx: asking again will not help
        else
            complete(transfer.job, reply->errorString());
        return;
    }

    if (!isSuccess(status)) {
        complete(transfer.job, statusText);
        return;
    }
    if (transfer.received == 0 || !transfer.file) {
        complete(transfer.job, tr("empty answer"));
        return;
    }
    if (!ImageSniffer::isRasterImage(transfer.head)) {
        complete(transfer.job, tr("not an image (the data is not PNG, JPEG, GIF, WebP or BMP)"));
        return;
    }
    if (!transfer.file->commit()) {
        qCWarning(lcNet) << "Cannot save" << transfer.file->fileName() << transfer.file->errorString();
        complete(transfer.job, tr("could not be saved in the image cache"));
        return;
    }
    complete(transfer.job, {});
}

void ImageDownloader::retryOrFail(Job job, const QString &reason)
{
    if (job.attempt >= m_options.maxRetries) {
        complete(job, reason);
        return;
    }
    // Exponential backoff: a struggling server gets more room with every attempt.
    const qint64 delay = qint64(m_options.retryDelayMs) << job.attempt;
    ++job.attempt;
    job.notBefore = m_clock.elapsed() + delay;
    qCDebug(lcNet) << "Retrying" << job.url << "in" << delay << "ms:" << reason;
    m_pending.append(std::move(job));
    schedulePump(delay);
}

void ImageDownloader::complete(const Job &job, const QString &failure)
{
    if (failure.isEmpty()) {
        m_summary.downloaded.append(job.url);
    } else {
        qCInfo(lcNet) << "Image not downloaded:" << job.url << failure;
        m_summary.failed.append({job.url, failure});
    }
    ++m_done;
    Q_EMIT progress(m_done, m_total);
}

void ImageDownloader::finishBatch()
{
    m_running = false;
    if (m_options.cacheLimitBytes > 0)
        ImageCacheMaintenance(m_cache.directory()).trimTo(m_options.cacheLimitBytes);
    const Summary summary = std::exchange(m_summary, {});
    m_batchKeys.clear();
    Q_EMIT finished(summary);
}

} // namespace Broadsheet::Net
