// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exportdocument.h"
#include "core/exportfilenames.h"
#include "core/imagecache.h"

#include <QCoreApplication>
#include <QHash>
#include <QTemporaryDir>

#include <memory>

namespace Broadsheet::Core {

// Writes an HTML export: a self-contained folder that opens in any browser without a network.
//   index.html        the contents, in export order
//   style.css         the reading view's stylesheet plus the export's rules
//   <date title>.html one sanitized page per article (names from ExportFileNames)
//   images/<key>.<ext> the images the local cache holds; the others stay placeholders
// Everything is written into a staging folder beside the destination ("<name>.part-XXXXXX")
// and renamed into place by finish(), so an abandoned or failed export leaves nothing at the
// destination. The destination must not exist, or be an empty folder.
class HtmlExportFolder final
{
    Q_DECLARE_TR_FUNCTIONS(HtmlExportFolder)

public:
    explicit HtmlExportFolder(const ImageCache &cache);

    // Returns false and sets errorString() when the destination cannot be used.
    bool begin(const QString &destination);
    bool add(const ArticleFile &file); // writes the article's page
    bool finish(); // index, stylesheet, images; then the rename
    void abort(); // removes the staging folder

    QString errorString() const { return m_error; }
    QString destination() const { return m_destination; }

private:
    bool writeFile(const QString &relativePath, const QByteArray &bytes);
    bool copyImages();

    ImageCache m_cache;
    QString m_destination;
    std::unique_ptr<QTemporaryDir> m_staging;
    ExportFileNames m_names;
    QList<ExportEntry> m_entries; // metadata for the index; bodies are dropped once written
    QStringList m_pages;
    QHash<QString, QString> m_images; // relative path in the folder → cached file
    QString m_error;
};

} // namespace Broadsheet::Core
