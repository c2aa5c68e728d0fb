// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imagecache.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Broadsheet::Core {

ImageCache::ImageCache(const QString &directory)
    : m_directory(directory)
{ }

QString ImageCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/images"_s;
}

QUrl ImageCache::normalized(const QString &written)
{
    QString text = written.trimmed();
    // Feeds write head images as "//n.sinaimg.cn/…" as often as with a scheme.
    if (text.startsWith(u"//"_s))
        text.prepend(u"https:"_s);
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        url = QUrl(text, QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http"_s && scheme != u"https"_s))
        return {};
    url.setFragment({});
    return url;
}

QString ImageCache::keyFor(const QUrl &url)
{
    QUrl key = url;
    if (key.scheme().isEmpty())
        key.setScheme(u"https"_s);
    key.setFragment({});
    return QString::fromLatin1(
        QCryptographicHash::hash(key.toEncoded(QUrl::FullyEncoded), QCryptographicHash::Sha1).toHex());
}

bool ImageCache::isValidKey(QStringView key)
{
    if (key.size() != 40)
        return false;
    for (const QChar c : key) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

QString ImageCache::pathForKey(QStringView key) const
{
    return m_directory + u'/' + key.left(2) + u'/' + key;
}

std::optional<QString> ImageCache::fileForKey(QStringView key) const
{
    // The key comes from a URL the page asked for: never let it name another file.
    if (!isValidKey(key))
        return std::nullopt;
    const QString path = pathForKey(key);
    const QFileInfo info(path);
    if (!info.isFile() || info.size() == 0)
        return std::nullopt;
    return path;
}

std::optional<QString> ImageCache::fileFor(const QUrl &url) const
{
    return fileForKey(keyFor(url));
}

} // namespace Broadsheet::Core
