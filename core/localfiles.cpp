// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/localfiles.h"

#include "core/articlepage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Broadsheet::Core {

std::optional<QUrl> LocalFiles::urlFor(const QUrl &relative, const QString &articlePath,
                                       const QStringList &libraryFolders)
{
    if (!relative.isRelative() || !relative.host().isEmpty() || relative.path().isEmpty()
        || relative.path().startsWith(u'/'))
        return std::nullopt;
    const QString written = QDir::cleanPath(QFileInfo(articlePath).absoluteDir().filePath(relative.path()));
    const QFileInfo info(written);
    const QString canonical = info.canonicalFilePath(); // follows links: where the bytes really are
    if (canonical.isEmpty() || !info.isFile())
        return std::nullopt;
    const bool inside =
        std::any_of(libraryFolders.cbegin(), libraryFolders.cend(), [&canonical](const QString &folder) {
            const QString root = QFileInfo(folder).canonicalFilePath();
            return !root.isEmpty() && canonical.startsWith(root + u'/');
        });
    if (!inside)
        return std::nullopt;

    const QString token =
        QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex());
    {
        const QMutexLocker lock(&m_mutex);
        m_files.insert(token, canonical);
    }
    QUrl url;
    url.setScheme(localScheme);
    url.setHost(u"local"_s);
    url.setPath(u'/' + token);
    return url;
}

std::optional<QString> LocalFiles::fileFor(QStringView token) const
{
    const QMutexLocker lock(&m_mutex);
    const auto it = m_files.constFind(token.toString());
    if (it == m_files.cend())
        return std::nullopt;
    return *it;
}

} // namespace Broadsheet::Core
