// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sourcehighlighter.h"

#include <QFutureWatcher>
#include <QWidget>

namespace Broadsheet::Ui {

class ReaderView;

// View › Source: the article file as it is on disk, highlighted by KSyntaxHighlighting, in the
// same locked-down view as articles. Opens at a line when asked (from Import Problems).
class SourceWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceWindow)

public:
    explicit SourceWindow(QWidget *parent = nullptr);
    ~SourceWindow() override;

    void showFile(const QString &path, int line = 0);
    QString currentPath() const { return m_path; }
    ReaderView *view() const { return m_view; }

Q_SIGNALS:
    void sourceShown(const QString &path, bool highlighted);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showRendered();
    Core::SourceHighlighter::Theme theme() const;

    ReaderView *m_view = nullptr;
    QFutureWatcher<Core::SourcePage> m_rendering;
    QString m_path;
    int m_line = 0;
};

} // namespace Broadsheet::Ui
