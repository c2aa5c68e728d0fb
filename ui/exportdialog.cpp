// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Broadsheet::Ui {

namespace {
const auto modeKey = u"export/mode"_s;
const auto sizeKey = u"export/pageSize"_s;
const auto orientationKey = u"export/orientation"_s;
const auto marginKey = u"export/marginMm"_s;
const auto folderKey = u"export/folder"_s;
const auto mentionsKey = u"export/includeMentions"_s;
} // namespace

ExportDialog::ExportDialog(int articleCount, QWidget *parent)
    : QDialog(parent)
    , m_combined(new QRadioButton(tr("One PDF with a contents page"), this))
    , m_perArticle(new QRadioButton(tr("One PDF per article, into a folder"), this))
    , m_html(new QRadioButton(tr("An HTML folder (pages, stylesheet and the downloaded images)"), this))
    , m_pageSize(new QComboBox(this))
    , m_orientation(new QComboBox(this))
    , m_margin(new QDoubleSpinBox(this))
    , m_mentions(new QCheckBox(tr("List the banks and companies each article mentions"), this))
{
    setWindowTitle(tr("Export Articles"));
    const QSettings settings;

    auto *what = new QLabel(tr("Export %1 selected article(s), oldest first, as:").arg(articleCount), this);
    auto *modes = new QVBoxLayout;
    modes->addWidget(m_combined);
    modes->addWidget(m_perArticle);
    modes->addWidget(m_html);
    const int mode = settings.value(modeKey, 0).toInt();
    (mode == 1 ? m_perArticle : mode == 2 ? m_html : m_combined)->setChecked(true);

    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(QPageSize::Letter));
    m_pageSize->setCurrentIndex(qMax(0, m_pageSize->findData(settings.value(sizeKey, int(QPageSize::A4)))));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_orientation->setCurrentIndex(
        qMax(0, m_orientation->findData(settings.value(orientationKey, int(QPageLayout::Portrait)))));
    m_margin->setRange(0, 50);
    m_margin->setDecimals(0);
    m_margin->setSuffix(tr(" mm"));
    m_margin->setValue(settings.value(marginKey, 15).toDouble());

    auto *page = new QGroupBox(tr("Page"), this);
    auto *pageForm = new QFormLayout(page);
    pageForm->addRow(tr("Size:"), m_pageSize);
    pageForm->addRow(tr("Orientation:"), m_orientation);
    pageForm->addRow(tr("Margins:"), m_margin);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QRadioButton *button : {m_combined, m_perArticle, m_html})
        connect(button, &QRadioButton::toggled, this, &ExportDialog::updateEnabled);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(modes);
    layout->addWidget(page);
    m_mentions->setChecked(settings.value(mentionsKey, false).toBool());
    layout->addWidget(m_mentions);
    layout->addWidget(buttons);
    updateEnabled();
}

void ExportDialog::updateEnabled()
{
    // An HTML folder has no pages.
    for (QWidget *widget : std::initializer_list<QWidget *> {m_pageSize, m_orientation, m_margin, m_mentions})
        widget->setEnabled(!m_html->isChecked());
}

bool ExportDialog::includeMentions() const
{
    return m_mentions->isChecked() && !m_html->isChecked();
}

PdfExporter::Mode ExportDialog::mode() const
{
    if (m_perArticle->isChecked())
        return PdfExporter::Mode::PerArticle;
    if (m_html->isChecked())
        return PdfExporter::Mode::Html;
    return PdfExporter::Mode::Combined;
}

QPageLayout ExportDialog::pageLayout() const
{
    const qreal margin = m_margin->value();
    return PdfExporter::pageLayout(QPageSize::PageSizeId(m_pageSize->currentData().toInt()),
                                   QPageLayout::Orientation(m_orientation->currentData().toInt()),
                                   QMarginsF(margin, margin, margin, margin));
}

void ExportDialog::accept()
{
    QSettings settings;
    settings.setValue(modeKey, int(mode()));
    settings.setValue(sizeKey, m_pageSize->currentData());
    settings.setValue(orientationKey, m_orientation->currentData());
    settings.setValue(marginKey, m_margin->value());
    settings.setValue(mentionsKey, m_mentions->isChecked());
    QDialog::accept();
}

QString ExportDialog::chooseDestination(const QString &suggestedName)
{
    QSettings settings;
    const QString folder =
        settings.value(folderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    QString destination;
    switch (mode()) {
    case PdfExporter::Mode::Combined:
        destination = QFileDialog::getSaveFileName(parentWidget(), tr("Export to PDF"),
                                                   QDir(folder).filePath(suggestedName + u".pdf"_s),
                                                   tr("PDF documents (*.pdf)"));
        if (!destination.isEmpty() && !destination.endsWith(u".pdf"_s, Qt::CaseInsensitive))
            destination += u".pdf"_s;
        break;
    case PdfExporter::Mode::PerArticle:
        destination =
            QFileDialog::getExistingDirectory(parentWidget(), tr("Export One PDF per Article To"), folder);
        break;
    case PdfExporter::Mode::Html:
        // The HTML folder is created by the export; the user names it in an existing folder.
        destination = QFileDialog::getSaveFileName(parentWidget(), tr("Export to an HTML Folder"),
                                                   QDir(folder).filePath(suggestedName));
        break;
    }
    if (!destination.isEmpty())
        settings.setValue(folderKey, QFileInfo(destination).absolutePath());
    return destination;
}

} // namespace Broadsheet::Ui
