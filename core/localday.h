// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>

namespace Broadsheet::Core {

// The local calendar day of an instant, as QDateTime::toLocalTime().date() gives it, without
// asking the system for the zone's offset at every call: the date tree and the list place
// 100,000 articles this way, and each toLocalTime() costs microseconds (it re-reads the
// zone settings). Offsets are looked up once per day of time and remembered. Thread-safe.
QDate localDay(const QDateTime &instant);

} // namespace Broadsheet::Core
