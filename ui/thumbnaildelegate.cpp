// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/thumbnaildelegate.h"

#include "core/articlelistmodel.h"
#include "core/placeholderimages.h"

#include <QApplication>
#include <QImageReader>
#include <QPainter>
#include <QPixmapCache>

using namespace Qt::StringLiterals;

namespace Broadsheet::Ui {

ThumbnailDelegate::ThumbnailDelegate(const Core::ImageCache &cache, QObject *parent)
    : ArticleRowDelegate(parent)
    , m_cache(cache)
{ }

QPixmap ThumbnailDelegate::thumbnail(const QString &written) const
{
    const QUrl url = Core::ImageCache::normalized(written);
    if (!url.isValid() || Core::PlaceholderImages::isPlaceholder(url, m_hidden))
        return {};
    const QString key = u"bs-thumb-"_s + Core::ImageCache::keyFor(url);
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;
    const std::optional<QString> file = m_cache.fileFor(url);
    if (!file)
        return {}; // not downloaded (yet): nothing is remembered, so a download shows at once
    // Decoded at thumbnail size: JPEG readers scale while decoding, which keeps this cheap.
    QImageReader reader(*file);
    const QSize target(thumbnailWidth * 2, thumbnailHeight * 2);
    if (const QSize size = reader.size(); size.isValid())
        reader.setScaledSize(size.scaled(target, Qt::KeepAspectRatioByExpanding));
    const QImage image = reader.read();
    if (image.isNull())
        return {};
    pixmap = QPixmap::fromImage(image);
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

void ThumbnailDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    // The row's background and selection across the whole cell, without text…
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.features &= ~QStyleOptionViewItem::HasDisplay;
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    // … the picture at the left …
    const QRect box(option.rect.left() + 2, option.rect.top() + (option.rect.height() - thumbnailHeight) / 2,
                    thumbnailWidth, thumbnailHeight);
    const QPixmap picture = thumbnail(index.data(Core::ArticleListModel::HeadImageRole).toString());
    if (!picture.isNull()) {
        painter->save();
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->setClipRect(box);
        const QSize shown = picture.size().scaled(box.size(), Qt::KeepAspectRatioByExpanding);
        painter->drawPixmap(
            QRect(QPoint(box.center().x() - shown.width() / 2, box.center().y() - shown.height() / 2), shown),
            picture);
        painter->restore();
    }

    // … and the title after it.
    QStyleOptionViewItem text = option;
    text.rect.setLeft(box.right() + 6);
    ArticleRowDelegate::paint(painter, text, index);
}

QSize ThumbnailDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = ArticleRowDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), thumbnailHeight + 4));
    size.setWidth(size.width() + thumbnailWidth + 8);
    return size;
}

} // namespace Broadsheet::Ui
