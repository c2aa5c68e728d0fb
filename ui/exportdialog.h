// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/pdfexporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QRadioButton;

namespace Broadsheet::Ui {

// File › Export: how to export the selected articles (one PDF, one PDF per article, or an HTML
// folder) and the page setup. Everything chosen is remembered for the next export.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    ExportDialog(int articleCount, QWidget *parent = nullptr);

    PdfExporter::Mode mode() const;
    QPageLayout pageLayout() const;
    bool includeMentions() const;

    // Asks where to (a file for one PDF, a folder otherwise); empty when the user cancels.
    QString chooseDestination(const QString &suggestedName);

    void accept() override;

private:
    void updateEnabled();

    QRadioButton *m_combined = nullptr;
    QRadioButton *m_perArticle = nullptr;
    QRadioButton *m_html = nullptr;
    QComboBox *m_pageSize = nullptr;
    QComboBox *m_orientation = nullptr;
    QDoubleSpinBox *m_margin = nullptr;
    QCheckBox *m_mentions = nullptr;
};

} // namespace Broadsheet::Ui
