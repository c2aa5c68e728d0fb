// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Broadsheet::Ui {

namespace {

struct Notice {
    const char *name;
    const char *use; // translated at display time
    const char *licence;
    const char *url;
};

// What ships with or is used by Broadsheet, and under which terms.
constexpr Notice notices[] = {
    {"Qt 6",
     QT_TRANSLATE_NOOP("Broadsheet::Ui::AboutDialog", "application framework, reading view (Qt WebEngine)"),
     "LGPL-3.0-only", "https://www.qt.io/"},
    {"gumbo", QT_TRANSLATE_NOOP("Broadsheet::Ui::AboutDialog", "HTML5 parsing for the sanitizer"),
     "Apache-2.0", "https://github.com/google/gumbo-parser"},
    {"md4c", QT_TRANSLATE_NOOP("Broadsheet::Ui::AboutDialog", "Markdown bodies"), "MIT",
     "https://github.com/mity/md4c"},
    {"yaml-cpp", QT_TRANSLATE_NOOP("Broadsheet::Ui::AboutDialog", "front matter"), "MIT",
     "https://github.com/jbeder/yaml-cpp"},
    {"uchardet", QT_TRANSLATE_NOOP("Broadsheet::Ui::AboutDialog", "encoding detection"),
     "MPL-1.1 OR GPL-2.0-or-later OR LGPL-2.1-or-later",
     "https://www.freedesktop.org/wiki/Software/uchardet/"},
    {"SQLite", QT_TRANSLATE_NOOP("Broadsheet::Ui::AboutDialog", "library index"), "blessing (public domain)",
     "https://sqlite.org/"},
    {"KSyntaxHighlighting",
     QT_TRANSLATE_NOOP("Broadsheet::Ui::AboutDialog", "source view (kate-syntax-highlighter)"), "MIT",
     "https://invent.kde.org/frameworks/syntax-highlighting"},
    {"Noto Sans / Serif CJK", QT_TRANSLATE_NOOP("Broadsheet::Ui::AboutDialog", "Chinese typefaces"),
     "OFL-1.1", "https://github.com/notofonts/noto-cjk"},
    {"wondertrader stocks.json",
     QT_TRANSLATE_NOOP("Broadsheet::Ui::AboutDialog", "A-share listings in the mention dictionary (2020)"),
     "MIT", "https://github.com/wondertrader/wondertrader"},
};

} // namespace

QString AboutDialog::noticesHtml()
{
    QString html = u"<table cellpadding=\"3\">"_s;
    for (const Notice &notice : notices) {
        html += u"<tr><td><a href=\"%1\"><b>%2</b></a></td><td>%3</td><td>%4</td></tr>"_s.arg(
            QString::fromLatin1(notice.url), QString::fromUtf8(notice.name).toHtmlEscaped(),
            tr(notice.use).toHtmlEscaped(), QString::fromLatin1(notice.licence).toHtmlEscaped());
    }
    html += u"</table>"_s;
    return html;
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Broadsheet"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(96, 96));
    auto *text = new QLabel(tr("<h2>Broadsheet %1</h2>"
                               "<p>An offline reader for archives of Chinese financial news.</p>"
                               "<p>Copyright © 2026 The Broadsheet authors.<br>"
                               "Licensed under the GNU General Public License, version 3 or later.</p>")
                                .arg(QApplication::applicationVersion().toHtmlEscaped()),
                            this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);

    auto *header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addWidget(text, 1);

    auto *noticesTitle = new QLabel(tr("<b>Built with</b>"), this);
    auto *noticesView = new QTextBrowser(this);
    noticesView->setOpenExternalLinks(true);
    noticesView->setHtml(noticesHtml());
    noticesView->setMinimumHeight(200);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(noticesTitle);
    layout->addWidget(noticesView, 1);
    layout->addWidget(buttons);
    resize(700, 540);
}

} // namespace Broadsheet::Ui
