// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/logging.h"

Q_LOGGING_CATEGORY(lcNet, "broadsheet.net")
