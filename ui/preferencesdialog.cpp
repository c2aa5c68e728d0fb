// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preferencesdialog.h"

#include "core/dateparser.h"
#include "core/settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Broadsheet::Ui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_zone(new QComboBox(this))
    , m_quotes(new QComboBox(this))
{
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

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(explanation);
    layout->addWidget(buttons);
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
