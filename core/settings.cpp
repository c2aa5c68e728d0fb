// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace Broadsheet::Core {

QString Settings::assumedTimeZoneKey()
{
    return u"dates/assumedTimeZone"_s;
}

QString Settings::assumedTimeZone()
{
    return QSettings().value(assumedTimeZoneKey()).toString();
}

void Settings::setAssumedTimeZone(const QString &ianaName)
{
    QSettings().setValue(assumedTimeZoneKey(), ianaName);
}

QString Settings::quoteProviderId()
{
    return QuoteProvider::byId(QSettings().value(u"quotes/provider"_s).toString()).id;
}

void Settings::setQuoteProviderId(const QString &id)
{
    QSettings().setValue(u"quotes/provider"_s, id);
}

std::optional<DateParser> Settings::dateParser(const QString &zoneOverride)
{
    const QString name = zoneOverride.isEmpty() ? assumedTimeZone() : zoneOverride;
    if (name.isEmpty())
        return DateParser();
    const QTimeZone zone(name.toUtf8());
    if (!zone.isValid()) {
        if (!zoneOverride.isEmpty())
            return std::nullopt;
        return DateParser(); // a broken setting must not stop the app
    }
    return DateParser(zone);
}

} // namespace Broadsheet::Core
