// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scanstatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace Broadsheet::Ui {

ScanStatus::ScanStatus(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(false);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(
        tr("Stop reading and indexing the library; the articles read so far stay listed (Esc)"));
    m_cancel->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    m_progress->hide();
    m_cancel->hide();

    connect(m_cancel, &QToolButton::clicked, this, &ScanStatus::cancelRequested);
}

void ScanStatus::scanStarted()
{
    m_label->setText(tr("Looking for articles…"));
    m_progress->setRange(0, 0); // busy until the files are counted
    m_progress->show();
    m_cancel->show();
}

bool ScanStatus::isTooSoon(int done, int total)
{
    // QProgressBar repaints at once on every new value: ten times a second is plenty, and a
    // library of 100,000 files reports hundreds of batches.
    if (done != 0 && done < total && m_sinceShown.isValid() && m_sinceShown.elapsed() < 100)
        return true;
    m_sinceShown.start();
    return false;
}

void ScanStatus::scanProgress(int filesDone, int filesTotal)
{
    if (isTooSoon(filesDone, filesTotal))
        return;
    const QLocale locale;
    m_progress->setRange(0, filesTotal);
    m_progress->setValue(filesDone);
    m_label->setText(
        tr("Reading %1 of %2 files…").arg(locale.toString(filesDone), locale.toString(filesTotal)));
}

void ScanStatus::indexProgress(int articlesDone, int articlesTotal)
{
    // Also while watched folders are refreshed, which has no scanStarted(): show the bar here.
    if (isTooSoon(articlesDone, articlesTotal))
        return;
    const QLocale locale;
    m_progress->setRange(0, std::max(articlesTotal, 1));
    m_progress->setValue(std::min(articlesDone, articlesTotal));
    m_progress->show();
    m_cancel->show();
    m_label->setText(tr("Indexing for search… %1 of %2")
                         .arg(locale.toString(articlesDone), locale.toString(articlesTotal)));
}

void ScanStatus::scanFinished(bool cancelled, int articles, int problems)
{
    m_progress->hide();
    m_cancel->hide();
    const QLocale locale;
    QString text = tr("Articles: %1").arg(locale.toString(articles));
    if (problems > 0)
        text = tr("%1 · Import problems: %2").arg(text, locale.toString(problems));
    if (cancelled)
        text = tr("Stopped before the end. %1").arg(text);
    m_label->setText(text);
}

} // namespace Broadsheet::Ui
