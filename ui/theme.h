// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/articlepage.h"

namespace Broadsheet::Ui {

// Light and dark for the whole window. System keeps the desktop's own palette; Light and Dark
// use Qt's Fusion style with a palette of ours, so they look the same on every desktop.
// Returns the page style with an explicit theme, so the article matches the window.
Core::PageStyle applyTheme(Core::PageStyle style);

} // namespace Broadsheet::Ui
