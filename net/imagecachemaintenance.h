// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Broadsheet::Net {

// Size bookkeeping for the image cache folder (layout in core/imagecache.h). Only cache entries
// (<two hex>/<40 hex>) and the downloader's leftover temporary files are ever counted or
// deleted, so a cache folder set to a wrong place cannot lose anything else.
class ImageCacheMaintenance final
{
public:
    explicit ImageCacheMaintenance(const QString &directory);

    // Bytes held by cached images.
    qint64 totalSize() const;

    // Deletes the least recently used images until at most maxBytes remain. Returns the
    // number of bytes freed. "Used" is the later of the last read and last write time, as the
    // file system keeps them (relatime updates the read time at least once a day).
    qint64 trimTo(qint64 maxBytes) const;

    // Deletes every cached image and leftover temporary file. Returns false when a file
    // could not be removed.
    bool clear() const;

private:
    QString m_directory;
};

} // namespace Broadsheet::Net
