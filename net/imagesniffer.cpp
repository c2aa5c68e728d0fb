// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/imagesniffer.h"

namespace Broadsheet::Net {

ImageSniffer::Format ImageSniffer::format(QByteArrayView head)
{
    // Signatures from the PNG spec (RFC 2083 §3.1), JFIF/EXIF SOI marker, GIF87a/89a,
    // RIFF container with a WEBP form type, and the BMP file header.
    if (head.startsWith(QByteArrayView("\x89PNG\r\n\x1a\n", 8)))
        return Format::Png;
    if (head.startsWith(QByteArrayView("\xff\xd8\xff", 3)))
        return Format::Jpeg;
    if (head.startsWith("GIF87a") || head.startsWith("GIF89a"))
        return Format::Gif;
    if (head.size() >= 12 && head.startsWith("RIFF") && head.sliced(8, 4) == QByteArrayView("WEBP"))
        return Format::WebP;
    // "BM" alone is too weak (a text file may start so): also require the reserved fields,
    // which are zero in every BMP writer.
    if (head.size() >= 14 && head.startsWith("BM") && head.sliced(6, 4) == QByteArrayView("\0\0\0\0", 4))
        return Format::Bmp;
    return Format::Unknown;
}

} // namespace Broadsheet::Net
