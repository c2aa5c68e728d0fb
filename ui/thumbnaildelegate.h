// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imagecache.h"
#include "core/placeholderimages.h"

#include "ui/articlerowdelegate.h"

namespace Broadsheet::Ui {

// Draws a small picture of each article's head image before its title, when the image is in the
// local cache (View › Show Thumbnails). Only visible rows are painted, each picture is decoded
// once at thumbnail size and kept in QPixmapCache, so scrolling stays smooth at 100,000 rows.
// The title shows the reading state as in the other columns (ArticleRowDelegate).
class ThumbnailDelegate final : public ArticleRowDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailDelegate)

public:
    explicit ThumbnailDelegate(const Core::ImageCache &cache, QObject *parent = nullptr);

    static constexpr int thumbnailHeight = 36;
    static constexpr int thumbnailWidth = 54;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The picture for a head image as written, or a null pixmap when it is not cached.
    QPixmap thumbnail(const QString &written) const;

private:
    Core::ImageCache m_cache;
    QStringList m_hidden = Core::PlaceholderImages::patterns(); // read once, not at every paint
};

} // namespace Broadsheet::Ui
