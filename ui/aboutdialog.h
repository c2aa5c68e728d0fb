// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace Broadsheet::Ui {

// Help › About Broadsheet: version, licence, and the notices of the libraries, tools, fonts and
// data Broadsheet is built on.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The third-party notices as HTML (also used by tests).
    static QString noticesHtml();
};

} // namespace Broadsheet::Ui
