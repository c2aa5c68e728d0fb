// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace Broadsheet::Core {

// The local store of remote images, keyed by URL. Reading an article never touches the
// network: the view and the exports show an image only when it is in this cache.
//
// Layout: <directory>/<first two hex digits>/<SHA-1 of the normalized URL>, the file holding
// the image bytes as downloaded. This class only looks up; the downloader fills it.
class ImageCache final
{
public:
    explicit ImageCache(const QString &directory = defaultDirectory());

    // The key of an image URL: protocol-relative "//host/x" counts as https, fragments are ignored.
    static QString keyFor(const QUrl &url);
    static bool isValidKey(QStringView key);
    // Absolute http(s) URL for what an article wrote, or an invalid URL when it is not one.
    static QUrl normalized(const QString &written);

    // The file holding the image, when it is cached.
    std::optional<QString> fileFor(const QUrl &url) const;
    std::optional<QString> fileForKey(QStringView key) const;

    QString directory() const { return m_directory; }
    static QString defaultDirectory(); // <cache location>/images

private:
    QString pathForKey(QStringView key) const;

    QString m_directory;
};

} // namespace Broadsheet::Core
