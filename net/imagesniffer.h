// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace Broadsheet::Net {

// Recognizes raster image formats by their first bytes. Neither core nor net may link QtGui,
// so QImage cannot decode; the signatures are enough to refuse the HTML error pages and
// placeholders that servers label image/png. SVG is never accepted: it is a document that can
// carry scripts and links, not a picture.
class ImageSniffer final
{
public:
    enum class Format { Unknown, Png, Jpeg, Gif, WebP, Bmp };

    // How many leading bytes format() needs to decide.
    static constexpr qsizetype headerSize = 16;

    static Format format(QByteArrayView head);
    static bool isRasterImage(QByteArrayView head) { return format(head) != Format::Unknown; }
};

} // namespace Broadsheet::Net
