// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/appsettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace Broadsheet::App {

QString AppSettings::assumedTimeZoneKey()
{
    return u"dates/assumedTimeZone"_s;
}

std::optional<Core::DateParser> AppSettings::dateParser(const QString &zoneOverride)
{
    const QString name = zoneOverride.isEmpty() ? QSettings().value(assumedTimeZoneKey()).toString() : zoneOverride;
    if (name.isEmpty())
        return Core::DateParser();
    const QTimeZone zone(name.toUtf8());
    if (!zone.isValid()) {
        if (!zoneOverride.isEmpty())
            return std::nullopt;
        return Core::DateParser(); // a broken setting must not stop the app
    }
    return Core::DateParser(zone);
}

} // namespace Broadsheet::App
