// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QWebEnginePage;

namespace Broadsheet::Ui {

// Edit › Find in Article (Ctrl+F): a bar under the reading view that finds text in the page
// with WebEngine's own search, which needs no script. Enter finds the next match, Shift+Enter
// the previous one, Esc closes the bar and clears the marks.
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    explicit FindBar(QWebEnginePage *page, QWidget *parent = nullptr);

    void open(); // shows the bar and selects its text
    void dismiss(); // hides it and clears the marks
    void find(bool backward);

private:
    QWebEnginePage *m_page = nullptr;
    QLineEdit *m_text = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Broadsheet::Ui
