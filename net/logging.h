// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The network library's one logging category.
Q_DECLARE_LOGGING_CATEGORY(lcNet)
