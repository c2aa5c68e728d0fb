// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QUrl>

namespace Broadsheet::Core {

// Images some feeds put on every article that say nothing about it: Sina's "download our app"
// QR code used as every Sina article's head image, generic stock photos. They are neither shown
// as a head image nor downloaded.
//
// Patterns are wildcards over the whole address ("*://n.sinaimg.cn/finance/cece9e13/*/343233024.png");
// the built-in ones can be extended with the setting images/hiddenPatterns (a list).
class PlaceholderImages final
{
public:
    static QStringList builtinPatterns();
    static bool isPlaceholder(const QUrl &url, const QStringList &hidden = patterns());
    static QStringList patterns(); // built-in plus the user's
};

} // namespace Broadsheet::Core
