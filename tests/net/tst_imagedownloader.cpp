// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/article.h"
#include "core/imagecache.h"
#include "net/imagecachemaintenance.h"
#include "net/imagedownloader.h"
#include "net/imagesniffer.h"
#include "net/imageurls.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using Broadsheet::Core::ImageCache;
using Broadsheet::Net::ImageDownloader;

namespace {

QByteArray pngBytes()
{
    // A PNG signature and IHDR chunk: the downloader checks the signature only.
    return QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0", 33)
        + QByteArray(64, 'p');
}

QByteArray jpegBytes()
{
    return QByteArray("\xff\xd8\xff\xe0\0\x10JFIF\0", 11) + QByteArray(64, 'j');
}

// A minimal HTTP/1.1 server on 127.0.0.1: one request per connection, then "Connection: close".
// Counts requests per path, so tests can tell what reached the network.
class TestServer final : public QObject
{
public:
    TestServer() { connect(&m_server, &QTcpServer::newConnection, this, &TestServer::accept); }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }

    QUrl url(const QString &path) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path));
    }

    int hits(const QString &path) const { return m_hits.value(path); }
    int maxHeld() const { return m_maxHeld; }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        const QString path = QString::fromLatin1(buffer.split(' ').value(1));
        m_buffers.remove(socket);
        ++m_hits[path];
        respond(socket, path);
    }

    static void send(QTcpSocket *socket, const QByteArray &status, const QByteArray &headers,
                     const QByteArray &body, bool withLength = true)
    {
        QByteArray answer = "HTTP/1.1 " + status + "\r\nConnection: close\r\n" + headers;
        if (withLength)
            answer += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        socket->write(answer + "\r\n" + body);
        socket->disconnectFromHost();
    }

    void respond(QTcpSocket *socket, const QString &path)
    {
        const QByteArray png = "Content-Type: image/png\r\n";
        if (path == u"/a.png"_s || path.startsWith(u"/img/"_s) || path.startsWith(u"/target"_s)) {
            send(socket, "200 OK", png, pngBytes());
        } else if (path == u"/b.jpg"_s) {
            send(socket, "200 OK", "Content-Type: image/jpeg\r\n", jpegBytes());
        } else if (path.startsWith(u"/slow"_s)) {
            // Headers, then silence: only the transfer timeout ends this.
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 1000\r\n\r\n");
        } else if (path.startsWith(u"/hold/"_s)) {
            // Answers later, so that downloads overlap and the per-host limit shows.
            m_maxHeld = std::max(m_maxHeld, ++m_held);
            QTimer::singleShot(50, socket, [this, socket, png] {
                --m_held;
                send(socket, "200 OK", png, pngBytes());
            });
        } else if (path == u"/flaky.png"_s) {
            if (m_hits.value(path) == 1)
                send(socket, "500 Internal Server Error", "Content-Type: text/plain\r\n", "try again");
            else
                send(socket, "200 OK", png, pngBytes());
        } else if (path == u"/moved.png"_s) {
            send(socket, "301 Moved Permanently", "Location: /target1.png\r\n", {});
        } else if (path == u"/found.png"_s) {
            send(socket, "302 Found", "Location: " + url(u"/target2.png"_s).toEncoded() + "\r\n", {});
        } else if (path == u"/loop.png"_s) {
            send(socket, "302 Found", "Location: /loop.png\r\n", {});
        } else if (path == u"/ftp.png"_s) {
            send(socket, "302 Found", "Location: ftp://127.0.0.1/x.png\r\n", {});
        } else if (path == u"/page.html"_s) {
            send(socket, "200 OK", "Content-Type: text/html; charset=utf-8\r\n",
                 "<html><body>hi</body></html>");
        } else if (path == u"/logo.svg"_s) {
            send(socket, "200 OK", "Content-Type: image/svg+xml\r\n",
                 R"(<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>)");
        } else if (path == u"/fake.png"_s) {
            send(socket, "200 OK", png, "<html><body>Access denied</body></html>");
        } else if (path == u"/huge.png"_s) {
            send(socket, "200 OK", png, pngBytes() + QByteArray(100'000, '\0'));
        } else if (path == u"/stream.png"_s) {
            // No Content-Length: the size is only known while the bytes arrive.
            send(socket, "200 OK", png, pngBytes() + QByteArray(100'000, '\0'), false);
        } else {
            send(socket, "404 Not Found", "Content-Type: text/html\r\n", "<html>not found</html>");
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QString, int> m_hits;
    int m_held = 0;
    int m_maxHeld = 0;
};

QString reasonFor(const ImageDownloader::Summary &summary, const QUrl &url)
{
    for (const auto &failure : summary.failed) {
        if (failure.url == url)
            return failure.reason;
    }
    return {};
}

} // namespace

class TestImageDownloader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void outcome_data();
    void outcome();
    void requests_data();
    void requests();
    void nothingPartialIsLeftInTheCache();
    void cachedImageIsNotRequestedAgain();
    void sameImageIsDownloadedOnce();
    void perHostLimitIsKept();
    void cancelStopsAndLeavesNothing();
    void progressReachesTotal();
    void imageUrls_data();
    void imageUrls();
    void sniffer_data();
    void sniffer();
    void maintenanceTrimsLeastRecentlyUsed();
    void maintenanceClears();
    void cacheLimitIsAppliedAfterABatch();

private:
    ImageDownloader::Options testOptions() const;
    bool run(ImageDownloader &downloader, const QList<QUrl> &urls, ImageDownloader::Summary &summary);

    QTemporaryDir m_dir;
    TestServer m_server;
    ImageDownloader::Summary m_batch; // the one big batch of initTestCase
    QList<int> m_progress; // its last progress() values
};

ImageDownloader::Options TestImageDownloader::testOptions() const
{
    ImageDownloader::Options options;
    options.transferTimeoutMs = 500; // short, yet far above a local answer
    options.retryDelayMs = 10;
    options.hostIntervalMs = 1;
    options.maxImageBytes = 64 * 1024;
    return options;
}

bool TestImageDownloader::run(ImageDownloader &downloader, const QList<QUrl> &urls,
                              ImageDownloader::Summary &summary)
{
    QSignalSpy spy(&downloader, &ImageDownloader::finished);
    downloader.start(urls);
    if (!spy.wait(15'000) || spy.size() != 1)
        return false;
    summary = spy.at(0).at(0).value<ImageDownloader::Summary>();
    return true;
}

void TestImageDownloader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Never leave this machine, whatever http_proxy says.
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.listen());

    // Everything in one batch: a failure must never stop the others.
    QList<QUrl> urls;
    for (const char *path :
         {"/a.png", "/b.jpg", "/slow.png", "/missing.png", "/flaky.png", "/moved.png", "/found.png",
          "/loop.png", "/ftp.png", "/page.html", "/logo.svg", "/fake.png", "/huge.png", "/stream.png"})
        urls.append(m_server.url(QString::fromLatin1(path)));
    ImageDownloader downloader(ImageCache(m_dir.path()));
    downloader.setOptions(testOptions());
    connect(&downloader, &ImageDownloader::progress, this, [this](int done, int total) {
        m_progress = {done, total};
    });
    QVERIFY(run(downloader, urls, m_batch));
}

void TestImageDownloader::outcome_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason"); // empty: downloaded
    QTest::addColumn<QByteArray>("bytes"); // what the cache holds then

    QTest::newRow("png is cached") << u"/a.png"_s << QString() << pngBytes();
    QTest::newRow("jpeg is cached") << u"/b.jpg"_s << QString() << jpegBytes();
    QTest::newRow("500 then 200 is retried and cached") << u"/flaky.png"_s << QString() << pngBytes();
    QTest::newRow("301 to an image is cached under the original address")
        << u"/moved.png"_s << QString() << pngBytes();
    QTest::newRow("302 to an absolute address is followed") << u"/found.png"_s << QString() << pngBytes();
    QTest::newRow("silent server times out") << u"/slow.png"_s << u"timed out"_s << QByteArray();
    QTest::newRow("404 is reported") << u"/missing.png"_s << u"HTTP 404"_s << QByteArray();
    QTest::newRow("redirect loop") << u"/loop.png"_s << u"too many redirects"_s << QByteArray();
    QTest::newRow("redirect to ftp") << u"/ftp.png"_s
                                     << u"redirected to an address that is not http or https"_s
                                     << QByteArray();
    QTest::newRow("html page") << u"/page.html"_s << u"not an image (text/html)"_s << QByteArray();
    QTest::newRow("svg is refused") << u"/logo.svg"_s << u"not a supported image (image/svg+xml)"_s
                                    << QByteArray();
    QTest::newRow("html labelled image/png")
        << u"/fake.png"_s << u"not an image (the data is not PNG, JPEG, GIF, WebP or BMP)"_s << QByteArray();
    QTest::newRow("Content-Length over the cap") << u"/huge.png"_s << u"larger than 64 kB"_s << QByteArray();
    QTest::newRow("no Content-Length, too many bytes")
        << u"/stream.png"_s << u"larger than 64 kB"_s << QByteArray();
}

void TestImageDownloader::outcome()
{
    QFETCH(QString, path);
    QFETCH(QString, reason);
    QFETCH(QByteArray, bytes);

    const QUrl url = m_server.url(path);
    const ImageCache cache(m_dir.path());
    QCOMPARE(reasonFor(m_batch, url), reason);
    QCOMPARE(m_batch.downloaded.contains(url), reason.isEmpty());
    const auto file = cache.fileFor(url);
    QCOMPARE(file.has_value(), reason.isEmpty());
    if (file) {
        QFile f(*file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes);
    }
}

void TestImageDownloader::requests_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("hits");

    QTest::newRow("server error retried once it succeeds") << u"/flaky.png"_s << 2;
    QTest::newRow("timeout retried twice") << u"/slow.png"_s << 3;
    QTest::newRow("404 not retried") << u"/missing.png"_s << 1;
    QTest::newRow("wrong type not retried") << u"/page.html"_s << 1;
    QTest::newRow("oversized not retried") << u"/huge.png"_s << 1;
}

void TestImageDownloader::requests()
{
    QFETCH(QString, path);
    QFETCH(int, hits);
    QCOMPARE(m_server.hits(path), hits);
}

void TestImageDownloader::nothingPartialIsLeftInTheCache()
{
    // Only the five images of the batch, no temporary files next to them.
    QStringList files;
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QFileInfo(it.next()).fileName());
    QCOMPARE(files.size(), 5);
    for (const QString &name : std::as_const(files))
        QVERIFY2(ImageCache::isValidKey(name), qPrintable(name));
}

void TestImageDownloader::cachedImageIsNotRequestedAgain()
{
    const int before = m_server.hits(u"/a.png"_s);
    ImageDownloader downloader(ImageCache(m_dir.path()));
    downloader.setOptions(testOptions());
    ImageDownloader::Summary summary;
    QVERIFY(run(downloader, {m_server.url(u"/a.png"_s)}, summary));
    QCOMPARE(summary.alreadyCached, QList<QUrl> {m_server.url(u"/a.png"_s)});
    QVERIFY(summary.downloaded.isEmpty());
    QVERIFY(summary.failed.isEmpty());
    QCOMPARE(m_server.hits(u"/a.png"_s), before);
}

void TestImageDownloader::sameImageIsDownloadedOnce()
{
    QTemporaryDir dir;
    ImageDownloader downloader(ImageCache(dir.path()));
    downloader.setOptions(testOptions());
    QUrl withFragment = m_server.url(u"/img/once.png"_s);
    withFragment.setFragment(u"top"_s);
    ImageDownloader::Summary summary;
    QVERIFY(run(downloader,
                {m_server.url(u"/img/once.png"_s), m_server.url(u"/img/once.png"_s), withFragment}, summary));
    QCOMPARE(summary.downloaded.size(), 1);
    QCOMPARE(m_server.hits(u"/img/once.png"_s), 1);
}

void TestImageDownloader::perHostLimitIsKept()
{
    QTemporaryDir dir;
    ImageDownloader downloader(ImageCache(dir.path()));
    ImageDownloader::Options options = testOptions();
    options.maxParallel = 4;
    options.maxPerHost = 2;
    downloader.setOptions(options);
    QList<QUrl> urls;
    for (int i = 0; i < 6; ++i)
        urls.append(m_server.url(u"/hold/%1.png"_s.arg(i)));
    ImageDownloader::Summary summary;
    QVERIFY(run(downloader, urls, summary));
    QCOMPARE(summary.downloaded.size(), 6);
    QVERIFY2(m_server.maxHeld() <= 2, qPrintable(QString::number(m_server.maxHeld())));
}

void TestImageDownloader::cancelStopsAndLeavesNothing()
{
    QTemporaryDir dir;
    const ImageCache cache(dir.path());
    ImageDownloader downloader(cache);
    ImageDownloader::Options options = testOptions();
    options.transferTimeoutMs = 10'000; // only cancel() ends it
    downloader.setOptions(options);
    QSignalSpy spy(&downloader, &ImageDownloader::finished);
    const QUrl url = m_server.url(u"/slow-cancel.png"_s);
    downloader.start({url});
    QTRY_COMPARE(m_server.hits(u"/slow-cancel.png"_s), 1);
    downloader.cancel();
    QCOMPARE(spy.size(), 1);
    const auto summary = spy.at(0).at(0).value<ImageDownloader::Summary>();
    QVERIFY(summary.cancelled);
    QVERIFY(summary.downloaded.isEmpty());
    QVERIFY(summary.failed.isEmpty());
    QVERIFY(!cache.fileFor(url));
    QVERIFY(!downloader.isRunning());
}

void TestImageDownloader::progressReachesTotal()
{
    QCOMPARE(m_progress, (QList<int> {14, 14}));
    QCOMPARE(m_batch.downloaded.size() + m_batch.failed.size(), 14);
}

void TestImageDownloader::imageUrls_data()
{
    QTest::addColumn<QString>("headImage");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("head image first, then body images")
        << u"https://n.sinaimg.cn/head.jpg"_s
        << u"<p>text</p><img src=\"http://example.com/a.png\"><IMG alt='x' SRC='https://example.com/b.gif'>"_s
        << QStringList {u"https://n.sinaimg.cn/head.jpg"_s, u"http://example.com/a.png"_s,
                        u"https://example.com/b.gif"_s};
    QTest::newRow("protocol-relative becomes https")
        << u"//n.sinaimg.cn/head.jpg"_s << u"<img src=//example.com/c.png>"_s
        << QStringList {u"https://n.sinaimg.cn/head.jpg"_s, u"https://example.com/c.png"_s};
    QTest::newRow("relative, data and other schemes skipped")
        << QString()
        << u"<img src=\"/local.png\"><img src=\"data:image/png;base64,AAAA\"><img src=\"ftp://x.org/a.png\">"_s
        << QStringList {};
    QTest::newRow("duplicates once, head image repeated in body")
        << u"https://example.com/a.png"_s
        << u"<img src=\"https://example.com/a.png\"><img src=\"https://example.com/a.png#x\">"_s
        << QStringList {u"https://example.com/a.png"_s};
    QTest::newRow("entities in the address decoded")
        << QString() << u"<img src=\"https://example.com/i?w=1&amp;h=2\">"_s
        << QStringList {u"https://example.com/i?w=1&h=2"_s};
    QTest::newRow("data-src alone is not an image the reader shows")
        << QString() << u"<img data-src=\"https://example.com/lazy.png\">"_s << QStringList {};
}

void TestImageDownloader::imageUrls()
{
    QFETCH(QString, headImage);
    QFETCH(QString, body);
    QFETCH(QStringList, expected);
    Broadsheet::Core::Article article;
    article.headImage = headImage;
    QStringList found;
    for (const QUrl &url : Broadsheet::Net::imageUrls(article, body))
        found.append(url.toString());
    QCOMPARE(found, expected);
}

void TestImageDownloader::sniffer_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("image");
    QTest::newRow("png") << pngBytes() << true;
    QTest::newRow("jpeg") << jpegBytes() << true;
    QTest::newRow("gif") << QByteArray("GIF89a\x01\0\x01\0", 10) << true;
    QTest::newRow("webp") << QByteArray("RIFF\x24\0\0\0WEBPVP8 ", 16) << true;
    QTest::newRow("bmp") << QByteArray("BM\x46\0\0\0\0\0\0\0\x36\0\0\0", 14) << true;
    QTest::newRow("svg") << QByteArray("<svg xmlns=") << false;
    QTest::newRow("html") << QByteArray("<!DOCTYPE html>") << false;
    QTest::newRow("text starting with BM") << QByteArray("BMW shares rose") << false;
    QTest::newRow("riff wave") << QByteArray("RIFF\x24\0\0\0WAVEfmt ", 16) << false;
}

void TestImageDownloader::sniffer()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, image);
    QCOMPARE(Broadsheet::Net::ImageSniffer::isRasterImage(head), image);
}

namespace {

QString putInCache(const QString &directory, const QString &address, qsizetype size, const QDateTime &used)
{
    const QString key = ImageCache::keyFor(QUrl(address));
    const QString path = directory + u'/' + key.left(2) + u'/' + key;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QByteArray(size, 'x'));
    // Flushed first: bytes written after setFileTime() would make the file new again.
    file.flush();
    file.setFileTime(used, QFileDevice::FileModificationTime);
    file.setFileTime(used, QFileDevice::FileAccessTime);
    return path;
}

} // namespace

void TestImageDownloader::maintenanceTrimsLeastRecentlyUsed()
{
    QTemporaryDir dir;
    const QDateTime now = QDateTime::currentDateTime();
    const QString oldest = putInCache(dir.path(), u"https://example.com/1.png"_s, 1000, now.addDays(-3));
    const QString middle = putInCache(dir.path(), u"https://example.com/2.png"_s, 1000, now.addDays(-2));
    const QString newest = putInCache(dir.path(), u"https://example.com/3.png"_s, 1000, now.addDays(-1));
    QFile unrelated(dir.filePath(u"notes.txt"_s));
    QVERIFY(unrelated.open(QIODevice::WriteOnly));
    unrelated.write(QByteArray(5000, 'n'));
    unrelated.close();

    const Broadsheet::Net::ImageCacheMaintenance maintenance(dir.path());
    QCOMPARE(maintenance.totalSize(), 3000);
    QCOMPARE(maintenance.trimTo(2000), 1000);
    QVERIFY(!QFile::exists(oldest));
    QVERIFY(QFile::exists(middle));
    QVERIFY(QFile::exists(newest));
    QCOMPARE(maintenance.trimTo(5000), 0);
    QCOMPARE(maintenance.totalSize(), 2000);
    QVERIFY(QFile::exists(unrelated.fileName()));
}

void TestImageDownloader::maintenanceClears()
{
    QTemporaryDir dir;
    const QString image =
        putInCache(dir.path(), u"https://example.com/1.png"_s, 10, QDateTime::currentDateTime());
    QFile unrelated(dir.filePath(u"notes.txt"_s));
    QVERIFY(unrelated.open(QIODevice::WriteOnly));
    unrelated.close();
    const Broadsheet::Net::ImageCacheMaintenance maintenance(dir.path());
    QVERIFY(maintenance.clear());
    QVERIFY(!QFile::exists(image));
    QCOMPARE(maintenance.totalSize(), 0);
    QVERIFY(QFile::exists(unrelated.fileName()));
    QVERIFY(!ImageCache(dir.path()).fileFor(QUrl(u"https://example.com/1.png"_s)));
}

void TestImageDownloader::cacheLimitIsAppliedAfterABatch()
{
    QTemporaryDir dir;
    const QString old = putInCache(dir.path(), u"https://example.com/old.png"_s, 1000,
                                   QDateTime::currentDateTime().addDays(-30));
    ImageDownloader downloader(ImageCache(dir.path()));
    ImageDownloader::Options options = testOptions();
    options.cacheLimitBytes = 1000;
    downloader.setOptions(options);
    ImageDownloader::Summary summary;
    QVERIFY(run(downloader, {m_server.url(u"/img/new.png"_s)}, summary));
    QCOMPARE(summary.downloaded.size(), 1);
    QVERIFY(!QFile::exists(old));
    QVERIFY(ImageCache(dir.path()).fileFor(m_server.url(u"/img/new.png"_s)));
}

QTEST_GUILESS_MAIN(TestImageDownloader)
#include "tst_imagedownloader.moc"
