// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logging.h"

Q_LOGGING_CATEGORY(lcReader, "broadsheet.core.reader")
Q_LOGGING_CATEGORY(lcSanitizer, "broadsheet.core.sanitizer")
Q_LOGGING_CATEGORY(lcScanner, "broadsheet.core.scanner")
Q_LOGGING_CATEGORY(lcLibrary, "broadsheet.core.library")
Q_LOGGING_CATEGORY(lcIndex, "broadsheet.core.index")
Q_LOGGING_CATEGORY(lcWatcher, "broadsheet.core.watcher")
