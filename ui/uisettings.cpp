// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/uisettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace Broadsheet::Ui {

namespace {
const auto watchFoldersKey = u"library/watchFolders"_s;
} // namespace

bool UiSettings::watchFolders()
{
    return QSettings().value(watchFoldersKey, true).toBool();
}

void UiSettings::setWatchFolders(bool on)
{
    QSettings().setValue(watchFoldersKey, on);
}

} // namespace Broadsheet::Ui
