// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace Broadsheet::Ui {

// The status bar's account of a scan: "Reading 345 of 1,000 files…", then "Indexing for
// search… 345 of 1,000", a progress bar and a Cancel button while it runs; the number of
// articles and problems when it is done.
class ScanStatus final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanStatus)

public:
    explicit ScanStatus(QWidget *parent = nullptr);

    void scanStarted();
    void scanProgress(int filesDone, int filesTotal);
    void indexProgress(int articlesDone, int articlesTotal);
    void scanFinished(bool cancelled, int articles, int problems);

Q_SIGNALS:
    void cancelRequested();

private:
    bool isTooSoon(int done, int total);

    QElapsedTimer m_sinceShown;
    QLabel *m_label = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
};

} // namespace Broadsheet::Ui
