// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Broadsheet::Ui {

// Registers the broadsheet:// scheme with WebEngine. Must run before the QApplication is
// created (a WebEngine rule).
void registerUrlScheme();

} // namespace Broadsheet::Ui
