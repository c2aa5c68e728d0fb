// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QTableView;

namespace Broadsheet::Core {
class ProblemListModel;
}

namespace Broadsheet::Ui {

// "Import Problems": every file that could not be read, or was read with guesses, with its
// path, the line and what is wrong. Its title carries the count.
class ProblemsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsDock)

public:
    explicit ProblemsDock(Core::ProblemListModel *problems, QWidget *parent = nullptr);

Q_SIGNALS:
    // The user asked to see the file of a problem, at its line (0: no particular line).
    void sourceRequested(const QString &path, int line);

private:
    void updateTitle();

    Core::ProblemListModel *m_problems = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace Broadsheet::Ui
