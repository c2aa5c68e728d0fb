// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/imagecachemaintenance.h"

#include "core/imagecache.h"
#include "net/logging.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Broadsheet::Net {

namespace {

bool isBucket(const QString &name)
{
    return name.size() == 2 && Core::ImageCache::isValidKey(QString(name + QString(38, u'0')));
}

// QSaveFile names its temporary file "<final name>.XXXXXX" next to the final file.
bool isLeftover(const QString &name)
{
    return name.size() > 41 && name.at(40) == u'.'
        && Core::ImageCache::isValidKey(QStringView(name).left(40));
}

QList<QFileInfo> files(const QString &directory, bool withLeftovers)
{
    QList<QFileInfo> result;
    const QFileInfoList buckets = QDir(directory).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &bucket : buckets) {
        if (!isBucket(bucket.fileName()) || bucket.isSymLink())
            continue;
        const QFileInfoList entries = QDir(bucket.filePath()).entryInfoList(QDir::Files | QDir::Hidden);
        for (const QFileInfo &entry : entries) {
            const QString name = entry.fileName();
            if (Core::ImageCache::isValidKey(name) || (withLeftovers && isLeftover(name)))
                result.append(entry);
        }
    }
    return result;
}

QDateTime lastUsed(const QFileInfo &info)
{
    return std::max(info.lastRead(), info.lastModified());
}

} // namespace

ImageCacheMaintenance::ImageCacheMaintenance(const QString &directory)
    : m_directory(directory)
{ }

qint64 ImageCacheMaintenance::totalSize() const
{
    qint64 total = 0;
    for (const QFileInfo &info : files(m_directory, false))
        total += info.size();
    return total;
}

qint64 ImageCacheMaintenance::trimTo(qint64 maxBytes) const
{
    QList<QFileInfo> entries = files(m_directory, false);
    qint64 total = 0;
    for (const QFileInfo &info : std::as_const(entries))
        total += info.size();
    if (total <= maxBytes)
        return 0;
    std::sort(entries.begin(), entries.end(),
              [](const QFileInfo &a, const QFileInfo &b) { return lastUsed(a) < lastUsed(b); });
    qint64 freed = 0;
    for (const QFileInfo &info : std::as_const(entries)) {
        if (total - freed <= maxBytes)
            break;
        if (QFile::remove(info.filePath()))
            freed += info.size();
        else
            qCWarning(lcNet) << "Could not remove cached image" << info.filePath();
    }
    return freed;
}

bool ImageCacheMaintenance::clear() const
{
    bool ok = true;
    for (const QFileInfo &info : files(m_directory, true)) {
        if (!QFile::remove(info.filePath())) {
            qCWarning(lcNet) << "Could not remove cached image" << info.filePath();
            ok = false;
        }
    }
    return ok;
}

} // namespace Broadsheet::Net
