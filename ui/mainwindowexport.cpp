// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later

// File › Export: the selected articles to PDF or HTML, in the background, with progress and Cancel.
#include "core/articlelistmodel.h"
#include "core/library.h"
#include "core/settings.h"
#include "ui/articlelistview.h"
#include "ui/exportdialog.h"
#include "ui/mainwindow.h"
#include "ui/pdfexporter.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Broadsheet::Ui {

QStringList MainWindow::selectedPathsOldestFirst() const
{
    QList<QPair<QDateTime, QString>> selected;
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        selected.append({row.data(Core::ArticleListModel::DateRole).toDateTime(),
                         row.data(Core::ArticleListModel::PathRole).toString()});
    }
    if (selected.isEmpty() && !m_list->currentPath().isEmpty())
        selected.append({{}, m_list->currentPath()});
    // A document reads in date order, whatever order the list is sorted in.
    std::stable_sort(selected.begin(), selected.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList paths;
    for (const auto &[date, path] : selected)
        paths.append(path);
    return paths;
}

void MainWindow::exportSelection()
{
    if (m_exporter && m_exporter->isRunning()) {
        QMessageBox::information(this, tr("Export"), tr("An export is already running."));
        return;
    }
    const QStringList paths = selectedPathsOldestFirst();
    if (paths.isEmpty()) {
        QMessageBox::information(this, tr("Export"),
                                 tr("Select the articles to export in the list first (Ctrl+A selects every "
                                    "article the list shows)."));
        return;
    }
    ExportDialog dialog(int(paths.size()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString destination =
        dialog.chooseDestination(tr("Broadsheet %1").arg(QDate::currentDate().toString(Qt::ISODate)));
    if (destination.isEmpty())
        return;

    if (!m_exporter) {
        m_exporter = new PdfExporter(this);
        connect(m_exporter, &PdfExporter::finished, this, &MainWindow::onExportFinished);
    }
    PdfExporter::Options options;
    options.mode = dialog.mode();
    options.destination = destination;
    options.layout = dialog.pageLayout();
    options.dates = Core::Settings::dateParser().value_or(Core::DateParser());
    options.includeMentions = dialog.includeMentions();
    options.libraryFolders = m_library->folders();
    options.mentions = m_library->mentionExtractor();

    // Not modal: reading goes on while the export runs.
    auto *progress = new QProgressDialog(tr("Exporting %1 article(s)…").arg(paths.size()), tr("Cancel"), 0,
                                         int(paths.size()), this);
    progress->setWindowTitle(tr("Export"));
    progress->setWindowModality(Qt::NonModal);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    m_exportCancelled = false;
    connect(progress, &QProgressDialog::canceled, m_exporter, [this] {
        m_exportCancelled = true;
        m_exporter->cancel();
    });
    connect(m_exporter, &PdfExporter::progress, progress, [progress](int done, int total) {
        progress->setMaximum(total);
        progress->setValue(done);
    });
    connect(m_exporter, &PdfExporter::finished, progress, [this, progress] {
        // QProgressDialog reports any close as a cancel: not this one.
        disconnect(progress, &QProgressDialog::canceled, m_exporter, nullptr);
        progress->close();
    });
    progress->show();
    m_exporter->start(paths, options);
}

void MainWindow::onExportFinished(bool ok, const QString &error)
{
    disconnect(m_exporter, &PdfExporter::progress, nullptr, nullptr);
    if (!ok) {
        if (!m_exportCancelled)
            QMessageBox::warning(this, tr("Export failed"), error);
        statusBar()->showMessage(tr("Export stopped; nothing was written."), 5000);
        return;
    }
    const QStringList written = m_exporter->writtenFiles();
    if (written.isEmpty())
        return;
    // One file: open it; several (per article) or an HTML folder: open the folder.
    const QString target =
        written.size() == 1 ? written.constFirst() : QFileInfo(written.constFirst()).absolutePath();
    QMessageBox box(QMessageBox::Information, tr("Export finished"),
                    tr("The export is in %1.").arg(QDir::toNativeSeparators(target)), QMessageBox::Close,
                    this);
    QPushButton *open = box.addButton(tr("Open"), QMessageBox::AcceptRole);
    box.setDefaultButton(open);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(target));
}

} // namespace Broadsheet::Ui
