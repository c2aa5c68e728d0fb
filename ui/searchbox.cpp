// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/searchbox.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>

#include <functional>

using namespace Qt::StringLiterals;

namespace Broadsheet::Ui {

namespace {

// Esc clears the field, and in an empty field leaves it. Claimed through ShortcutOverride:
// the window's own Esc (back to the list, but first stop a scan) must not fire here, or
// leaving the field while the library is being indexed would stop the indexing.
class SearchField final : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;
    std::function<void()> onLeave;

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
                event->accept();
                return true;
            }
        }
        return QLineEdit::event(event);
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Escape) {
            if (!text().isEmpty())
                clear();
            else if (onLeave)
                onLeave();
            return;
        }
        QLineEdit::keyPressEvent(event);
    }
};

} // namespace

SearchBox::SearchBox(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
{
    auto *field = new SearchField(this);
    field->onLeave = [this] {
        Q_EMIT leaveRequested();
    };
    m_field = field;
    m_field->setObjectName(u"searchBox"_s);
    m_field->setPlaceholderText(tr("Search titles and text"));
    m_field->setClearButtonEnabled(true);
    m_field->setToolTip(tr("Words and \"quoted phrases\" that must all be found (Ctrl+K, or / in the list)"));
    // Wide enough for a few Chinese words and an English phrase; the status takes what is left.
    m_field->setMinimumWidth(m_field->fontMetrics().averageCharWidth() * 36);
    m_status->setObjectName(u"searchStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setContentsMargins(6, 0, 6, 0);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field);
    layout->addWidget(m_status, 1);

    m_typing.setSingleShot(true);
    m_typing.setInterval(typingPauseMs);
    connect(&m_typing, &QTimer::timeout, this, [this] { Q_EMIT searchRequested(text()); });
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            m_typing.stop();
            Q_EMIT searchRequested({});
        } else {
            m_typing.start();
        }
    });
}

QString SearchBox::text() const
{
    return m_field->text().trimmed();
}

void SearchBox::clear()
{
    m_field->clear();
}

void SearchBox::focusField()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchBox::setStatus(const QString &text, const QString &toolTip)
{
    m_status->setText(text);
    m_status->setToolTip(toolTip);
}

QString SearchBox::status() const
{
    return m_status->text();
}

} // namespace Broadsheet::Ui
