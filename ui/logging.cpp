// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/logging.h"

Q_LOGGING_CATEGORY(lcReaderView, "broadsheet.ui.reader")
Q_LOGGING_CATEGORY(lcWindow, "broadsheet.ui.window")
