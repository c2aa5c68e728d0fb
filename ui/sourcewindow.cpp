// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sourcewindow.h"

#include "ui/readerview.h"

#include <QCloseEvent>
#include <QFileInfo>
#include <QSettings>
#include <QShortcut>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Broadsheet::Ui {

namespace {
const auto geometryKey = u"sourceWindow/geometry"_s;
}

SourceWindow::SourceWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_view(new ReaderView(Core::ImageCache(), this))
{
    setObjectName(u"sourceWindow"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    if (!restoreGeometry(QSettings().value(geometryKey).toByteArray()))
        resize(900, 760);
    auto *close = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    connect(&m_rendering, &QFutureWatcher<Core::SourcePage>::finished, this, &SourceWindow::showRendered);
}

SourceWindow::~SourceWindow()
{
    m_rendering.waitForFinished();
}

Core::SourceHighlighter::Theme SourceWindow::theme() const
{
    return palette().color(QPalette::Window).lightness() < 128 ? Core::SourceHighlighter::Theme::Dark
                                                               : Core::SourceHighlighter::Theme::Light;
}

void SourceWindow::showFile(const QString &path, int line)
{
    m_path = path;
    m_line = line;
    setWindowTitle(tr("%1 — Source").arg(QFileInfo(path).fileName()));
    const Core::SourceHighlighter::Theme shownTheme = theme();
    // The highlighter is a separate process: never wait for it on the GUI thread.
    m_rendering.setFuture(
        QtConcurrent::run([path, shownTheme] { return Core::SourceHighlighter::render(path, shownTheme); }));
}

void SourceWindow::showRendered()
{
    const Core::SourcePage page = m_rendering.result();
    m_view->showPage(page.html, m_line > 0 ? u"L"_s + QString::number(m_line) : QString());
    Q_EMIT sourceShown(m_path, page.highlighted);
}

void SourceWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(geometryKey, saveGeometry());
    QWidget::closeEvent(event);
}

} // namespace Broadsheet::Ui
