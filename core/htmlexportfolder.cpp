// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/htmlexportfolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Broadsheet::Core {

namespace {
const QString indexName = u"index.html"_s;
const QString styleName = u"style.css"_s;
const QString imageFolder = u"images"_s;
} // namespace

HtmlExportFolder::HtmlExportFolder(const ImageCache &cache)
    : m_cache(cache)
{
    // Fixed names of the folder: an article called "index" must not overwrite the contents.
    m_names.reserve(indexName);
    m_names.reserve(styleName);
    m_names.reserve(imageFolder);
}

bool HtmlExportFolder::begin(const QString &destination)
{
    const QFileInfo info(destination);
    m_destination = info.absoluteFilePath();
    if (info.exists() && !(info.isDir() && QDir(m_destination).isEmpty())) {
        m_error = tr("%1 already exists; choose a new folder.").arg(QDir::toNativeSeparators(m_destination));
        return false;
    }
    if (!QDir().mkpath(info.absolutePath())) {
        m_error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    m_staging = std::make_unique<QTemporaryDir>(m_destination + u".part-XXXXXX"_s);
    if (!m_staging->isValid()) {
        m_error = tr("Cannot write in %1: %2")
                      .arg(QDir::toNativeSeparators(info.absolutePath()), m_staging->errorString());
        m_staging.reset();
        return false;
    }
    return QDir(m_staging->path()).mkdir(imageFolder);
}

bool HtmlExportFolder::add(const ArticleFile &file)
{
    if (!m_staging)
        return false;
    // Cached images are copied into images/ and linked relatively; the rest become placeholders.
    const ImageCache cache = m_cache;
    QHash<QString, QString> &images = m_images;
    const auto resolve = [&cache, &images](const QUrl &url) -> std::optional<QUrl> {
        if (url.scheme() == u"data"_s)
            return url;
        const std::optional<QString> cached = cache.fileFor(url);
        if (!cached)
            return std::nullopt;
        // The cache holds what servers sent: only real raster images are copied.
        const QMimeType type = QMimeDatabase().mimeTypeForFile(*cached, QMimeDatabase::MatchContent);
        if (!type.name().startsWith(u"image/"_s) || type.name() == u"image/svg+xml"_s)
            return std::nullopt;
        const QString relative = imageFolder + u'/' + ImageCache::keyFor(url) + u'.' + type.preferredSuffix();
        images.insert(relative, *cached);
        return QUrl(relative);
    };
    ExportEntry entry {file, ArticlePage::prepare(file, resolve)};
    const QString name = m_names.take(file.article, u".html"_s);
    if (!writeFile(name, ExportDocument::htmlPage(entry, styleName, indexName).toUtf8()))
        return false;
    entry.body = {};
    entry.file.body.clear();
    m_entries.append(entry);
    m_pages.append(QString::fromUtf8(QUrl::toPercentEncoding(name)));
    return true;
}

bool HtmlExportFolder::finish()
{
    if (!m_staging)
        return false;
    if (!writeFile(indexName, ExportDocument::htmlIndex(m_entries, m_pages, styleName).toUtf8())
        || !writeFile(styleName, ExportDocument::stylesheet().toUtf8()) || !copyImages())
        return false;
    // An empty destination folder (made by a file dialog) is replaced by the export.
    if (QFileInfo(m_destination).isDir())
        QDir().rmdir(m_destination);
    if (!QDir().rename(m_staging->path(), m_destination)) {
        m_error = tr("Cannot move the export to %1.").arg(QDir::toNativeSeparators(m_destination));
        return false;
    }
    m_staging->setAutoRemove(false);
    m_staging.reset();
    return true;
}

void HtmlExportFolder::abort()
{
    m_staging.reset(); // QTemporaryDir removes the folder and what was written
}

bool HtmlExportFolder::writeFile(const QString &relativePath, const QByteArray &bytes)
{
    QSaveFile file(QDir(m_staging->path()).filePath(relativePath));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_error = tr("Cannot write %1: %2").arg(relativePath, file.errorString());
        return false;
    }
    return true;
}

bool HtmlExportFolder::copyImages()
{
    const QDir staging(m_staging->path());
    for (auto it = m_images.cbegin(); it != m_images.cend(); ++it) {
        if (!QFile::copy(it.value(), staging.filePath(it.key()))) {
            m_error = tr("Cannot copy the image %1.").arg(QDir::toNativeSeparators(it.value()));
            return false;
        }
    }
    return true;
}

} // namespace Broadsheet::Core
