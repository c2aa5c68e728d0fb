// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/articlepage.h"
#include "core/dateparser.h"
#include "core/quoteprovider.h"

#include <QString>

#include <optional>

namespace Broadsheet::Core {

// Settings shared by the window and the command line.
//
// dates/assumedTimeZone: the IANA zone in which dates written without a zone are read
// ("2021-04-11 00:30:33"); default Asia/Shanghai. `--assume-zone` overrides it for one run.
class Settings final
{
public:
    static QString assumedTimeZoneKey();
    // The zone setting as stored: empty means the default (DateParser::defaultZone()).
    static QString assumedTimeZone();
    static void setAssumedTimeZone(const QString &ianaName);
    // reader/theme, reader/fontFamily, reader/fontSize, reader/width: how articles look.
    static PageStyle pageStyle();
    static void setPageStyle(const PageStyle &style);

    // images/cacheLimitMB: the image cache is trimmed to this size after downloads (default 500).
    static int imageCacheLimitMB();
    static void setImageCacheLimitMB(int megabytes);
    // images/autoDownload: fetch a library's images whenever it is opened (default off).
    static bool autoDownloadImages();
    static void setAutoDownloadImages(bool on);

    // quotes/provider: where a stock code's link goes ("sina", "eastmoney", "xueqiu").
    static QString quoteProviderId();
    static void setQuoteProviderId(const QString &id);

    // Nothing when `zoneOverride` is set but names no zone this system knows.
    static std::optional<DateParser> dateParser(const QString &zoneOverride = {});
};

} // namespace Broadsheet::Core
