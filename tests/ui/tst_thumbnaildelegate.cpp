// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/thumbnaildelegate.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Broadsheet;

namespace {

void cache(const QTemporaryDir &dir, const QString &address, const QImage &image)
{
    const QString key = Core::ImageCache::keyFor(QUrl(address));
    QDir().mkpath(dir.filePath(key.left(2)));
    QVERIFY(image.save(dir.filePath(key.left(2) + u'/' + key), "PNG"));
}

} // namespace

class TestThumbnailDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cachedHeadImage_isShownSmall()
    {
        QTemporaryDir dir;
        QImage big(1200, 600, QImage::Format_RGB32);
        big.fill(Qt::red);
        cache(dir, u"https://n.sinaimg.cn/finance/a.png"_s, big);
        const Ui::ThumbnailDelegate delegate {Core::ImageCache(dir.path())};
        const QPixmap thumbnail = delegate.thumbnail(u"//n.sinaimg.cn/finance/a.png"_s); // as feeds write it
        QVERIFY(!thumbnail.isNull());
        QVERIFY(thumbnail.height() <= Ui::ThumbnailDelegate::thumbnailHeight * 2);
        QVERIFY(thumbnail.height() >= Ui::ThumbnailDelegate::thumbnailHeight);
        QCOMPARE(thumbnail.toImage().pixelColor(thumbnail.width() / 2, thumbnail.height() / 2),
                 QColor(Qt::red));
    }

    void notCachedOrStockPicture_showsNothing_data()
    {
        QTest::addColumn<QString>("written");
        QTest::newRow("not downloaded") << u"https://n.sinaimg.cn/finance/missing.png"_s;
        QTest::newRow("no head image") << QString();
        QTest::newRow("not a web address") << u"javascript:alert(1)"_s;
        QTest::newRow("Sina's app QR code")
            << u"https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png"_s;
    }

    void notCachedOrStockPicture_showsNothing()
    {
        QFETCH(QString, written);
        QTemporaryDir dir;
        QImage image(100, 100, QImage::Format_RGB32);
        image.fill(Qt::blue);
        cache(dir, u"https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png"_s, image);
        const Ui::ThumbnailDelegate delegate {Core::ImageCache(dir.path())};
        QVERIFY(delegate.thumbnail(written).isNull());
    }

    void notAnImage_showsNothing()
    {
        QTemporaryDir dir;
        const QString key = Core::ImageCache::keyFor(QUrl(u"https://x.com/fake.png"_s));
        QDir().mkpath(dir.filePath(key.left(2)));
        QFile file(dir.filePath(key.left(2) + u'/' + key));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<html>not an image</html>");
        file.close();
        const Ui::ThumbnailDelegate delegate {Core::ImageCache(dir.path())};
        QVERIFY(delegate.thumbnail(u"https://x.com/fake.png"_s).isNull());
    }
};

QTEST_MAIN(TestThumbnailDelegate)
#include "tst_thumbnaildelegate.moc"
