// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preferencesdialog.h"

#include "core/dateparser.h"
#include "core/imagecache.h"
#include "core/settings.h"
#include "net/imagecachemaintenance.h"
#include "ui/uisettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Broadsheet::Ui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_zone(new QComboBox(this))
    , m_quotes(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_font(new QFontComboBox(this))
    , m_fontSize(new QSpinBox(this))
    , m_width(new QComboBox(this))
    , m_cacheLimit(new QSpinBox(this))
    , m_cacheUsage(new QLabel(this))
    , m_autoDownload(new QCheckBox(tr("Download a library's images whenever it is opened"), this))
    , m_watchFolders(new QCheckBox(tr("Watch library folders for new and changed files"), this))
{
    using Theme = Core::PageStyle::Theme;
    const Core::PageStyle style = Core::Settings::pageStyle();
    m_theme->addItem(tr("Follow the system"), int(Theme::System));
    m_theme->addItem(tr("Light"), int(Theme::Light));
    m_theme->addItem(tr("Dark"), int(Theme::Dark));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(int(style.theme))));
    m_font->setWritingSystem(QFontDatabase::SimplifiedChinese);
    m_font->setEditable(false);
    if (!style.fontFamily.isEmpty())
        m_font->setCurrentFont(QFont(style.fontFamily));
    else
        m_font->setCurrentFont(QFont(QStringLiteral("Noto Serif CJK SC")));
    m_fontSize->setRange(12, 36);
    m_fontSize->setSuffix(tr(" px"));
    m_fontSize->setValue(style.fontSizePx > 0 ? style.fontSizePx : 18);
    m_width->addItem(tr("Narrow"), 32);
    m_width->addItem(tr("Medium"), 40);
    m_width->addItem(tr("Wide"), 52);
    m_width->addItem(tr("Full window"), 120);
    m_width->setCurrentIndex(qMax(0, m_width->findData(style.widthEm > 0 ? style.widthEm : 40)));
    setWindowTitle(tr("Preferences"));

    m_zone->addItem(tr("China Standard Time (Asia/Shanghai, the default)"), QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    m_zone->setEditable(false);
    const int current = m_zone->findData(Core::Settings::assumedTimeZone());
    m_zone->setCurrentIndex(current < 0 ? 0 : current);

    auto *explanation = new QLabel(tr("Many archives write dates without a time zone, such as "
                                      "“2021-04-11 00:30:33”. Broadsheet reads them in this zone. "
                                      "Changing it reads the library again."),
                                   this);
    explanation->setWordWrap(true);

    for (const Core::QuoteProvider &provider : Core::QuoteProvider::builtin())
        m_quotes->addItem(provider.name, provider.id);
    m_quotes->setCurrentIndex(qMax(0, m_quotes->findData(Core::Settings::quoteProviderId())));

    auto *form = new QFormLayout;
    form->addRow(tr("Dates without a time zone:"), m_zone);
    form->addRow(tr("Quote pages from:"), m_quotes);
    form->addRow(tr("Theme:"), m_theme);
    form->addRow(tr("Article font:"), m_font);
    form->addRow(tr("Font size:"), m_fontSize);
    form->addRow(tr("Reading width:"), m_width);

    // The image cache: its limit, what it holds now, and a way to empty it.
    m_cacheLimit->setRange(10, 100000);
    m_cacheLimit->setSingleStep(100);
    m_cacheLimit->setSuffix(tr(" MB"));
    m_cacheLimit->setValue(Core::Settings::imageCacheLimitMB());
    const Net::ImageCacheMaintenance cache(Core::ImageCache::defaultDirectory());
    const auto showUsage = [this, cache] {
        m_cacheUsage->setText(tr("%1 in use").arg(QLocale().formattedDataSize(cache.totalSize())));
    };
    showUsage();
    auto *clear = new QPushButton(tr("Clear Image Cache"), this);
    connect(clear, &QPushButton::clicked, this, [cache, showUsage] {
        cache.clear();
        showUsage();
    });
    auto *cacheRow = new QHBoxLayout;
    cacheRow->addWidget(m_cacheLimit);
    cacheRow->addWidget(m_cacheUsage, 1);
    cacheRow->addWidget(clear);
    form->addRow(tr("Image cache limit:"), cacheRow);
    m_autoDownload->setChecked(Core::Settings::autoDownloadImages());
    m_autoDownload->setToolTip(
        tr("Off by default: Broadsheet makes no network request unless you ask for one."));
    form->addRow(QString(), m_autoDownload);
    m_watchFolders->setChecked(UiSettings::watchFolders());
    m_watchFolders->setToolTip(tr("Articles added, changed or deleted while the library is open show up "
                                  "in the list and in search without reloading."));
    form->addRow(QString(), m_watchFolders);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(explanation);
    layout->addWidget(buttons);
}

bool PreferencesDialog::autoDownloadImages() const
{
    return m_autoDownload->isChecked();
}

bool PreferencesDialog::watchFolders() const
{
    return m_watchFolders->isChecked();
}

int PreferencesDialog::imageCacheLimitMB() const
{
    return m_cacheLimit->value();
}

Core::PageStyle PreferencesDialog::pageStyle() const
{
    Core::PageStyle style;
    style.theme = Core::PageStyle::Theme(m_theme->currentData().toInt());
    style.fontFamily = m_font->currentFont().family();
    style.fontSizePx = m_fontSize->value();
    style.widthEm = m_width->currentData().toInt();
    return style;
}

QString PreferencesDialog::quoteProviderId() const
{
    return m_quotes->currentData().toString();
}

QString PreferencesDialog::assumedTimeZone() const
{
    return m_zone->currentData().toString();
}

} // namespace Broadsheet::Ui
