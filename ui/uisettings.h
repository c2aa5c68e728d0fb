// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Broadsheet::Ui {

// Settings only the window uses; the ones the command line shares are in Core::Settings.
//
// library/watchFolders: pick up files that appear, change or disappear in the library's
// folders while it is open (default on).
class UiSettings final
{
public:
    static bool watchFolders();
    static void setWatchFolders(bool on);
};

} // namespace Broadsheet::Ui
