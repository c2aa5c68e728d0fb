// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace Broadsheet::Ui {

// The search field of the main toolbar and, next to it, what the search found. It waits for a
// pause in typing (200 ms) before asking for a search, so that typing 河南银行 runs one search,
// not four; clearing the field asks at once. Esc clears a field that has text, and in an
// empty one asks to go back to the list.
class SearchBox final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchBox)

public:
    explicit SearchBox(QWidget *parent = nullptr);

    QString text() const;
    void clear();
    // Focuses the field with its text selected, so typing replaces the last search.
    void focusField();
    QLineEdit *field() const { return m_field; }
    // "123 articles", or empty when no search is active.
    void setStatus(const QString &text, const QString &toolTip = {});
    QString status() const;

    static constexpr int typingPauseMs = 200;

Q_SIGNALS:
    // The text to search for, once typing paused; an empty text ends the search.
    void searchRequested(const QString &text);
    // Esc in the empty field.
    void leaveRequested();

private:
    QLineEdit *m_field = nullptr;
    QLabel *m_status = nullptr;
    QTimer m_typing;
};

} // namespace Broadsheet::Ui
