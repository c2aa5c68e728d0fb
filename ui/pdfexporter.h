// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dateparser.h"
#include "core/exportdocument.h"
#include "core/exportfilenames.h"
#include "core/htmlexportfolder.h"
#include "core/imagecache.h"
#include "core/localfiles.h"
#include "core/mentionextractor.h"

#include <QObject>
#include <QPageLayout>
#include <QPointer>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class QWebEnginePage;
class QWebEngineProfile;

namespace Broadsheet::Ui {

class SchemeHandler;
class RequestInterceptor;

// Exports articles to PDF (one document, or one file per article) or to an HTML folder,
// without blocking: the work runs from the event loop, one article at a time.
//
// The PDF is printed by a WebEngine page of its own, locked down like the reading view: an
// off-the-record profile, JavaScript off, the broadsheet:// scheme for the page and cached
// images, and the request interceptor, so exporting makes no network request.
//
// Nothing half-written is left at the destination: files are written under a temporary name
// beside it and renamed when complete; cancel() or a failure removes them.
class PdfExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdfExporter)

public:
    enum class Mode {
        Combined, // one PDF at `destination`, contents first when there are several articles
        PerArticle, // "YYYY-MM-DD title.pdf" files in the folder `destination`
        Html, // a self-contained HTML folder at `destination` (see Core::HtmlExportFolder)
    };
    struct Options {
        Mode mode = Mode::Combined;
        QString destination;
        QPageLayout layout = defaultLayout();
        Core::DateParser dates;
        Core::ImageCache cache;
        // PDFs: list under each article the banks and companies it mentions.
        bool includeMentions = false;
        // PDFs: images next to articles are printed when they are inside these folders.
        QStringList libraryFolders;
        Core::MentionExtractor mentions;
    };

    explicit PdfExporter(QObject *parent = nullptr);
    ~PdfExporter() override;

    static QPageLayout defaultLayout(); // A4 portrait, 15 mm margins
    static QPageLayout pageLayout(QPageSize::PageSizeId size, QPageLayout::Orientation orientation,
                                  const QMarginsF &marginsMm);

    // Starts exporting `paths` in this order. Ignored while an export runs.
    void start(const QStringList &paths, const Options &options);
    bool isRunning() const { return m_running; }
    // Where the export went (the PDF, the per-article files, or the HTML folder), once finished.
    QStringList writtenFiles() const { return m_written; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    // Steps done of `total`: one per article; a combined PDF has one more, its printing.
    void progress(int done, int total);
    // `error` is empty on success, a sentence for the user otherwise ("Cancelled." included).
    void finished(bool ok, const QString &error);

private:
    void step();
    Core::ExportEntry read(const QString &path, bool forPrint);
    void printDocument(const QString &html, const QString &target);
    void onLoadFinished(bool ok);
    void onPdfFinished(const QString &filePath, bool success);
    void finishPerArticle();
    void finish(bool ok, const QString &error);
    void ensurePage();

    Options m_options;
    QStringList m_paths;
    int m_next = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_printing = false; // between printToPdf() and pdfPrintingFinished
    QList<Core::ExportEntry> m_entries; // Combined: everything read so far
    QString m_printTarget; // the temporary file being printed
    QStringList m_written;
    QStringList m_problems;

    Core::ExportFileNames m_names; // PerArticle
    std::unique_ptr<QTemporaryDir> m_staging; // PerArticle: files wait here until all are done
    QStringList m_stagedNames;
    std::unique_ptr<Core::HtmlExportFolder> m_html;

    QWebEngineProfile *m_profile = nullptr;
    SchemeHandler *m_scheme = nullptr;
    std::shared_ptr<Core::LocalFiles> m_localFiles = std::make_shared<Core::LocalFiles>();
    RequestInterceptor *m_interceptor = nullptr;
    QWebEnginePage *m_page = nullptr;
};

} // namespace Broadsheet::Ui
