// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later

// File › Download Images for Offline Reading: fills the image cache for the selected articles
// (or every article the list shows), in the background, with progress and Cancel. Nothing
// touches the network unless the user asks here.
#include "core/articlelistmodel.h"
#include "core/articlereader.h"
#include "core/settings.h"
#include "net/imagedownloader.h"
#include "net/imageurls.h"
#include "ui/articlelistview.h"
#include "ui/mainwindow.h"
#include "ui/readerview.h"

#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <QtConcurrent>

namespace Broadsheet::Ui {

void MainWindow::downloadImages()
{
    if (m_downloader && m_downloader->isRunning()) {
        QMessageBox::information(this, tr("Download Images"), tr("Images are already being downloaded."));
        return;
    }
    QStringList paths;
    for (const QModelIndex &row : m_list->selectionModel()->selectedRows())
        paths.append(row.data(Core::ArticleListModel::PathRole).toString());
    if (paths.size() <= 1) { // one selected row is just the article being read: take the list
        paths.clear();
        for (int row = 0; row < m_list->model()->rowCount(); ++row)
            paths.append(m_list->model()->index(row, 0).data(Core::ArticleListModel::PathRole).toString());
    }
    if (paths.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Download Images"),
        tr("Download the images of %1 article(s) for offline reading? Only images are fetched, from the "
           "addresses the articles give.")
            .arg(QLocale().toString(paths.size())));
    if (answer != QMessageBox::Yes)
        return;
    startImageDownload(paths, true);
}

void MainWindow::startImageDownload(const QStringList &paths, bool reportWhenDone)
{
    if (m_downloader && m_downloader->isRunning())
        return;
    m_reportImageDownload = reportWhenDone;
    if (!m_downloader) {
        m_downloader = new Net::ImageDownloader(Core::ImageCache(), this);
        connect(m_downloader, &Net::ImageDownloader::finished, this, &MainWindow::onImagesDownloaded);
    }
    Net::ImageDownloader::Options options = m_downloader->options();
    options.cacheLimitBytes = qint64(Core::Settings::imageCacheLimitMB()) * 1024 * 1024;
    m_downloader->setOptions(options);
    auto *progress = new QProgressDialog(tr("Looking for images…"), tr("Cancel"), 0, 0, this);
    progress->setWindowTitle(tr("Download Images"));
    progress->setWindowModality(Qt::NonModal);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(progress, &QProgressDialog::canceled, m_downloader, &Net::ImageDownloader::cancel);
    connect(m_downloader, &Net::ImageDownloader::progress, progress, [progress](int done, int total) {
        progress->setLabelText(tr("Downloading images: %1 of %2…").arg(done).arg(total));
        progress->setMaximum(total);
        progress->setValue(done);
    });
    connect(m_downloader, &Net::ImageDownloader::finished, progress, [this, progress] {
        disconnect(progress, &QProgressDialog::canceled, m_downloader, nullptr);
        progress->close();
    });
    progress->show();

    // The addresses are in the bodies, which are read from disk off the GUI thread.
    const Core::DateParser dates = Core::Settings::dateParser().value_or(Core::DateParser());
    auto *watcher = new QFutureWatcher<QList<QUrl>>(this);
    connect(watcher, &QFutureWatcher<QList<QUrl>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_downloader->start(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([paths, dates] {
        QList<QUrl> urls;
        const Core::ArticleReader reader(dates);
        for (const QString &path : paths) {
            const Core::ArticleFile file = reader.read(path);
            if (file.ok)
                urls.append(Net::imageUrls(file.article, file.body));
        }
        return urls;
    }));
}

void MainWindow::onImagesDownloaded(const Net::ImageDownloader::Summary &summary)
{
    if (!m_reportImageDownload) {
        // Automatic downloads after opening a library only say so in the status bar.
        statusBar()->showMessage(tr("Images for offline reading: %1 downloaded, %2 failed.")
                                     .arg(summary.downloaded.size())
                                     .arg(summary.failed.size()),
                                 10000);
        if (!summary.downloaded.isEmpty() && !m_reader->currentPath().isEmpty())
            m_reader->showArticle(m_reader->currentPath());
        return;
    }
    const QLocale locale;
    QString text =
        tr("Downloaded: %1. Already available offline: %2. Failed: %3.")
            .arg(locale.toString(summary.downloaded.size()), locale.toString(summary.alreadyCached.size()),
                 locale.toString(summary.failed.size()));
    if (summary.cancelled)
        text = tr("Stopped before the end. %1").arg(text);
    QMessageBox box(summary.failed.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                    tr("Download Images"), text, QMessageBox::Close, this);
    if (!summary.failed.isEmpty()) {
        QStringList lines;
        for (const Net::ImageDownloader::Failure &failure : summary.failed)
            lines.append(failure.url.toDisplayString() + u": " + failure.reason);
        box.setDetailedText(lines.join(u'\n'));
    }
    box.exec();
    // The article being read shows its images now.
    if (!summary.downloaded.isEmpty() && !m_reader->currentPath().isEmpty())
        m_reader->showArticle(m_reader->currentPath());
}

} // namespace Broadsheet::Ui
