// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QSqlDatabase;

namespace Broadsheet::Core {

// Makes SearchTokenizer available to SQLite's FTS5 as `tokenize='broadsheet'` (its tokens) and
// `tokenize='broadsheet_characters'` (SearchTokenizer::characters()) on an open QSQLITE
// connection. It must be registered on every connection before the full-text table
// is used. Returns false when the driver is not SQLite or FTS5 is missing.
bool registerFullTextTokenizer(const QSqlDatabase &database);

} // namespace Broadsheet::Core
