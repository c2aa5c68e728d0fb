// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imagecache.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <unordered_map>

class QNetworkAccessManager;
class QNetworkReply;
class QSaveFile;

namespace Broadsheet::Net {

// Fills the image cache (core/imagecache.h) from the web, politely and safely.
//
// Only raster images are kept: the Content-Type must be image/* (not SVG) and the first bytes
// must be PNG, JPEG, GIF, WebP or BMP. Bytes go to a temporary file in the cache folder that is
// renamed when complete, so the reader never sees half an image. Failures are collected, never
// stop the other downloads, and are described in a sentence the user can read.
class ImageDownloader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageDownloader)

public:
    struct Options {
        int maxParallel = 4;
        int maxPerHost = 2; // image hosts throttle or ban clients that open many connections
        int hostIntervalMs = 250; // minimum time between two requests to one host
        int transferTimeoutMs = 20'000; // without any bytes moving
        int maxRetries = 2; // for timeouts, 5xx answers and connection errors
        int retryDelayMs = 1'000; // doubled on each retry
        int maxRedirects = 5;
        qint64 maxImageBytes = 10 * 1024 * 1024;
        qint64 cacheLimitBytes = 0; // when > 0, the cache is trimmed to this size after each batch
    };

    struct Failure {
        QUrl url;
        QString reason; // translated: "HTTP 404", "timed out", "not an image (text/html)" …
    };

    struct Summary {
        QList<QUrl> downloaded;
        QList<QUrl> alreadyCached;
        QList<Failure> failed;
        bool cancelled = false; // cancel() was called: the rest of the batch was not downloaded
    };

    explicit ImageDownloader(const Core::ImageCache &cache, QObject *parent = nullptr);
    ~ImageDownloader() override;

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }

    bool isRunning() const { return m_running; }

    // Downloads those of `urls` that are not cached yet. Addresses are normalized (protocol-
    // relative "//host/x" becomes https) and each image is fetched once. Called while running,
    // the URLs join the current batch. finished() is always emitted, later, from the event loop.
    void start(const QList<QUrl> &urls);

public Q_SLOTS:
    // Stops every download; nothing partial is left in the cache. finished() reports what was
    // done so far, with Summary::cancelled set.
    void cancel();

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const Broadsheet::Net::ImageDownloader::Summary &summary);

private:
    struct Job {
        QUrl url;
        QString key;
        int attempt = 0; // retries so far
        qint64 notBefore = 0; // ms on m_clock: retries wait for their backoff
    };
    struct Transfer {
        Job job;
        std::unique_ptr<QSaveFile> file;
        QByteArray head; // first bytes, for the format check
        qint64 received = 0;
        bool checkedHeaders = false;
        QString rejection; // set when we abort the reply ourselves; never retried
    };

    void schedulePump(qint64 delayMs);
    void pump();
    void startJob(Job job);
    void onReadyRead(QNetworkReply *reply);
    void onFinished(QNetworkReply *reply);
    bool checkHeaders(QNetworkReply *reply, Transfer &transfer);
    void reject(QNetworkReply *reply, Transfer &transfer, const QString &reason);
    void complete(const Job &job, const QString &failure);
    void retryOrFail(Job job, const QString &reason);
    void finishBatch();
    QString tooLarge() const;

    Core::ImageCache m_cache;
    Options m_options;
    QNetworkAccessManager *m_network = nullptr;
    QTimer m_pumpTimer;
    QElapsedTimer m_clock;

    QList<Job> m_pending;
    std::unordered_map<QNetworkReply *, Transfer> m_active; // Transfer is move-only
    QHash<QString, int> m_activePerHost;
    QHash<QString, qint64> m_lastRequest; // host → ms on m_clock
    QSet<QString> m_batchKeys;
    Summary m_summary;
    int m_total = 0;
    int m_done = 0;
    bool m_running = false;
};

} // namespace Broadsheet::Net

Q_DECLARE_METATYPE(Broadsheet::Net::ImageDownloader::Summary)
