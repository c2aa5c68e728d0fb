// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pdfexporter.h"

#include "core/articlepage.h"
#include "core/articlereader.h"
#include "ui/logging.h"
#include "ui/requestinterceptor.h"
#include "ui/schemehandler.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

using namespace Qt::StringLiterals;

namespace Broadsheet::Ui {

PdfExporter::PdfExporter(QObject *parent)
    : QObject(parent)
{ }

PdfExporter::~PdfExporter()
{
    // The page must go before its profile (WebEngine warns and leaks otherwise).
    delete m_page;
    m_page = nullptr;
    if (m_running && m_options.mode == Mode::Combined && !m_printTarget.isEmpty())
        QFile::remove(m_printTarget);
}

QPageLayout PdfExporter::defaultLayout()
{
    return pageLayout(QPageSize::A4, QPageLayout::Portrait, QMarginsF(15, 15, 15, 15));
}

QPageLayout PdfExporter::pageLayout(QPageSize::PageSizeId size, QPageLayout::Orientation orientation,
                                    const QMarginsF &marginsMm)
{
    return QPageLayout(QPageSize(size), orientation, marginsMm, QPageLayout::Millimeter);
}

void PdfExporter::start(const QStringList &paths, const Options &options)
{
    if (m_running)
        return;
    m_options = options;
    m_paths = paths;
    m_next = 0;
    m_cancelled = false;
    m_printing = false;
    m_entries.clear();
    m_written.clear();
    m_printTarget.clear();
    m_names = {};
    m_stagedNames.clear();
    m_running = true;

    const QFileInfo destination(options.destination);
    if (options.destination.isEmpty() || paths.isEmpty()) {
        finish(false, paths.isEmpty() ? tr("There is no article to export.") : tr("No destination given."));
        return;
    }
    switch (options.mode) {
    case Mode::Combined:
        if (!QDir().mkpath(destination.absolutePath())) {
            finish(
                false,
                tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(destination.absolutePath())));
            return;
        }
        break;
    case Mode::PerArticle: {
        const QString folder = destination.absoluteFilePath();
        if (!QDir().mkpath(folder)) {
            finish(false, tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)));
            return;
        }
        // Files already in the folder are never overwritten: new ones get " (2)".
        for (const QString &name : QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot))
            m_names.reserve(name);
        m_staging = std::make_unique<QTemporaryDir>(folder + u"/.broadsheet-export-XXXXXX"_s);
        if (!m_staging->isValid()) {
            finish(false, tr("Cannot write in %1.").arg(QDir::toNativeSeparators(folder)));
            return;
        }
        break;
    }
    case Mode::Html:
        m_html = std::make_unique<Core::HtmlExportFolder>(options.cache);
        if (!m_html->begin(options.destination)) {
            finish(false, m_html->errorString());
            return;
        }
        break;
    }
    QTimer::singleShot(0, this, &PdfExporter::step);
}

void PdfExporter::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    // A PDF being printed cannot be stopped: its file is removed when Chromium is done with it.
    if (m_printing)
        return;
    if (m_page)
        m_page->triggerAction(QWebEnginePage::Stop);
    finish(false, tr("Cancelled."));
}

Core::ExportEntry PdfExporter::read(const QString &path, bool forPrint)
{
    Core::ExportEntry entry;
    entry.file = Core::ArticleReader(m_options.dates).read(path);
    if (forPrint)
        entry.body =
            Core::ArticlePage::prepare(entry.file,
                                       Core::ArticlePage::offlineImages(m_options.cache, m_localFiles.get(),
                                                                        path, m_options.libraryFolders),
                                       m_options.includeMentions ? &m_options.mentions : nullptr);
    return entry;
}

void PdfExporter::step()
{
    if (!m_running || m_cancelled)
        return;
    const int total = int(m_paths.size());
    switch (m_options.mode) {
    case Mode::Combined:
        if (m_next < total) {
            m_entries.append(read(m_paths.at(m_next++), true));
            // The printing is one more step: a progress bar never sits full while it runs.
            Q_EMIT progress(m_next, total + 1);
            QTimer::singleShot(0, this, &PdfExporter::step);
        } else {
            const QString html = Core::ExportDocument::combined(m_entries);
            m_entries.clear();
            printDocument(html, m_options.destination + u".part"_s);
        }
        return;
    case Mode::PerArticle:
        if (m_next < total) {
            const Core::ExportEntry entry = read(m_paths.at(m_next), true);
            const QString name = m_names.take(entry.file.article, u".pdf"_s);
            m_stagedNames.append(name);
            printDocument(Core::ExportDocument::combined({entry}), QDir(m_staging->path()).filePath(name));
        } else {
            finishPerArticle();
        }
        return;
    case Mode::Html:
        if (m_next < total) {
            if (!m_html->add(read(m_paths.at(m_next++), false).file)) {
                finish(false, m_html->errorString());
                return;
            }
            Q_EMIT progress(m_next, total);
            QTimer::singleShot(0, this, &PdfExporter::step);
        } else if (m_html->finish()) {
            m_written = {m_html->destination()};
            finish(true, {});
        } else {
            finish(false, m_html->errorString());
        }
        return;
    }
}

void PdfExporter::ensurePage()
{
    if (m_page)
        return;
    // No storage name: an off-the-record profile, nothing written to disk, no shared cookies.
    m_profile = new QWebEngineProfile(this);
    m_scheme = new SchemeHandler(m_options.cache, this);
    m_scheme->setLocalFiles(m_localFiles);
    m_interceptor = new RequestInterceptor(this);
    m_profile->installUrlSchemeHandler(QByteArray(Core::localScheme.data(), Core::localScheme.size()),
                                       m_scheme);
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_page = new QWebEnginePage(m_profile, this);
    QWebEngineSettings *settings = m_page->settings();
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    settings->setAttribute(QWebEngineSettings::PrintElementBackgrounds, true);
    connect(m_page, &QWebEnginePage::loadFinished, this, &PdfExporter::onLoadFinished);
    connect(m_page, &QWebEnginePage::pdfPrintingFinished, this, &PdfExporter::onPdfFinished);
}

void PdfExporter::printDocument(const QString &html, const QString &target)
{
    ensurePage();
    m_printTarget = target;
    m_page->load(m_scheme->setPage(html));
}

void PdfExporter::onLoadFinished(bool ok)
{
    if (!m_running || m_cancelled || m_printing)
        return;
    if (!ok) {
        finish(false, tr("The export could not be laid out."));
        return;
    }
    m_printing = true;
    m_page->printToPdf(m_printTarget, m_options.layout);
}

void PdfExporter::onPdfFinished(const QString &filePath, bool success)
{
    if (!m_printing)
        return;
    m_printing = false;
    if (m_cancelled || !success) {
        QFile::remove(filePath);
        finish(false,
               m_cancelled ? tr("Cancelled.")
                           : tr("Cannot write %1.").arg(QDir::toNativeSeparators(filePath)));
        return;
    }
    if (m_options.mode == Mode::Combined) {
        const QString destination = QFileInfo(m_options.destination).absoluteFilePath();
        // The finished file replaces an older export of the same name only now, in one rename.
        QFile::remove(destination);
        if (!QFile::rename(filePath, destination)) {
            finish(false, tr("Cannot write %1.").arg(QDir::toNativeSeparators(destination)));
            return;
        }
        m_written = {destination};
        Q_EMIT progress(int(m_paths.size()) + 1, int(m_paths.size()) + 1);
        finish(true, {});
        return;
    }
    ++m_next;
    Q_EMIT progress(m_next, int(m_paths.size()));
    QTimer::singleShot(0, this, &PdfExporter::step);
}

void PdfExporter::finishPerArticle()
{
    const QDir staging(m_staging->path());
    const QDir folder(QFileInfo(m_options.destination).absoluteFilePath());
    for (const QString &name : std::as_const(m_stagedNames)) {
        if (!QFile::rename(staging.filePath(name), folder.filePath(name))) {
            finish(false, tr("Cannot write %1.").arg(QDir::toNativeSeparators(folder.filePath(name))));
            return;
        }
        m_written.append(folder.filePath(name));
    }
    finish(true, {});
}

void PdfExporter::finish(bool ok, const QString &error)
{
    if (!ok) {
        qCInfo(lcReaderView) << "export failed:" << error;
        if (m_options.mode == Mode::Combined && !m_printing && !m_printTarget.isEmpty())
            QFile::remove(m_printTarget);
        // Files already moved out of the staging folder go too: a failed export leaves nothing.
        for (const QString &written : std::as_const(m_written))
            QFile::remove(written);
        m_written.clear();
    }
    m_staging.reset();
    if (m_html && !ok)
        m_html->abort();
    m_html.reset();
    m_running = false;
    Q_EMIT finished(ok, error);
}

} // namespace Broadsheet::Ui
