// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/findbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QWebEngineFindTextResult>
#include <QWebEnginePage>

namespace Broadsheet::Ui {

namespace {

// Shift+Enter searches backwards; QLineEdit only knows returnPressed.
class FindEdit final : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;
    std::function<void(bool)> onEnter;
    std::function<void()> onEscape;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && onEnter) {
            onEnter(event->modifiers() & Qt::ShiftModifier);
            return;
        }
        if (event->key() == Qt::Key_Escape && onEscape) {
            onEscape();
            return;
        }
        QLineEdit::keyPressEvent(event);
    }
};

} // namespace

FindBar::FindBar(QWebEnginePage *page, QWidget *parent)
    : QWidget(parent)
    , m_page(page)
    , m_status(new QLabel(this))
{
    auto *edit = new FindEdit(this);
    edit->setPlaceholderText(tr("Find in article"));
    edit->setClearButtonEnabled(true);
    edit->onEnter = [this](bool backward) {
        find(backward);
    };
    edit->onEscape = [this] {
        dismiss();
    };
    m_text = edit;

    auto *previous = new QToolButton(this);
    previous->setText(tr("Previous"));
    previous->setToolTip(tr("Previous match (Shift+Enter)"));
    auto *next = new QToolButton(this);
    next->setText(tr("Next"));
    next->setToolTip(tr("Next match (Enter)"));
    auto *done = new QToolButton(this);
    done->setText(tr("Close"));
    done->setToolTip(tr("Close the find bar (Esc)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_text, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_status);
    layout->addWidget(done);

    connect(m_text, &QLineEdit::textChanged, this, [this] { find(false); });
    connect(previous, &QToolButton::clicked, this, [this] { find(true); });
    connect(next, &QToolButton::clicked, this, [this] { find(false); });
    connect(done, &QToolButton::clicked, this, &FindBar::dismiss);
    connect(m_page, &QWebEnginePage::findTextFinished, this, [this](const QWebEngineFindTextResult &result) {
        m_status->setText(m_text->text().isEmpty() ? QString()
                              : result.numberOfMatches()
                              ? tr("%1 of %2").arg(result.activeMatch()).arg(result.numberOfMatches())
                              : tr("Not found"));
    });
    hide();
}

void FindBar::open()
{
    show();
    m_text->setFocus();
    m_text->selectAll();
}

void FindBar::dismiss()
{
    m_page->findText(QString()); // clears the marks
    m_status->clear();
    hide();
}

void FindBar::find(bool backward)
{
    m_page->findText(m_text->text(), backward ? QWebEnginePage::FindBackward : QWebEnginePage::FindFlags());
}

} // namespace Broadsheet::Ui
