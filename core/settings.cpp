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

PageStyle Settings::pageStyle()
{
    const QSettings settings;
    PageStyle style;
    const QString theme = settings.value(u"reader/theme"_s).toString();
    style.theme = theme == u"dark"_s ? PageStyle::Theme::Dark
        : theme == u"light"_s        ? PageStyle::Theme::Light
                                     : PageStyle::Theme::System;
    style.fontFamily = settings.value(u"reader/fontFamily"_s).toString();
    style.fontSizePx = settings.value(u"reader/fontSize"_s, 0).toInt();
    style.widthEm = settings.value(u"reader/width"_s, 0).toInt();
    return style;
}

void Settings::setPageStyle(const PageStyle &style)
{
    QSettings settings;
    settings.setValue(u"reader/theme"_s,
                      style.theme == PageStyle::Theme::Dark        ? u"dark"_s
                          : style.theme == PageStyle::Theme::Light ? u"light"_s
                                                                   : u"system"_s);
    settings.setValue(u"reader/fontFamily"_s, style.fontFamily);
    settings.setValue(u"reader/fontSize"_s, style.fontSizePx);
    settings.setValue(u"reader/width"_s, style.widthEm);
}

int Settings::imageCacheLimitMB()
{
    return qBound(10, QSettings().value(u"images/cacheLimitMB"_s, 500).toInt(), 100000);
}

void Settings::setImageCacheLimitMB(int megabytes)
{
    QSettings().setValue(u"images/cacheLimitMB"_s, megabytes);
}

bool Settings::autoDownloadImages()
{
    return QSettings().value(u"images/autoDownload"_s, false).toBool();
}

void Settings::setAutoDownloadImages(bool on)
{
    QSettings().setValue(u"images/autoDownload"_s, on);
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
