// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/articlepage.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QLabel;
class QSpinBox;

namespace Broadsheet::Ui {

// Settings a reader may want to change: the time zone of dates written without one (Hexo writes
// "2021-04-11 00:30:33"; the feeds mean China Standard Time) and the site of quote pages.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // The chosen IANA zone name; empty for the default.
    QString assumedTimeZone() const;
    QString quoteProviderId() const;
    Core::PageStyle pageStyle() const;
    int imageCacheLimitMB() const;
    bool autoDownloadImages() const;
    bool watchFolders() const;

private:
    QComboBox *m_zone = nullptr;
    QComboBox *m_quotes = nullptr;
    QComboBox *m_theme = nullptr;
    QFontComboBox *m_font = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QComboBox *m_width = nullptr;
    QSpinBox *m_cacheLimit = nullptr;
    QLabel *m_cacheUsage = nullptr;
    QCheckBox *m_autoDownload = nullptr;
    QCheckBox *m_watchFolders = nullptr;
};

} // namespace Broadsheet::Ui
