// SPDX-FileCopyrightText: 2026 The Broadsheet authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fulltexttokenizer.h"

#include "core/logging.h"
#include "core/searchtokenizer.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace Broadsheet::Core {

namespace {

// FTS5 asks for a tokenizer object per table; ours has no state, so one static instance does.
Fts5Tokenizer *theTokenizer()
{
    static int instance = 0;
    return reinterpret_cast<Fts5Tokenizer *>(&instance);
}

int create(void *, const char **, int, Fts5Tokenizer **out)
{
    *out = theTokenizer();
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer *)
{ }

using TokenCallback = int (*)(void *, int, const char *, int, int, int);

// Hands every token `split` finds to FTS5, stopping at the first error FTS5 returns.
template<typename Split> int forward(void *context, TokenCallback token, Split split)
{
    int result = SQLITE_OK;
    split([&](std::string_view piece, int start, int end) {
        result = token(context, 0, piece.data(), int(piece.size()), start, end);
        return result == SQLITE_OK;
    });
    return result == SQLITE_DONE ? SQLITE_OK : result;
}

int tokenize(Fts5Tokenizer *, void *context, int flags, const char *text, int length, TokenCallback token)
{
    const auto mode =
        (flags & FTS5_TOKENIZE_QUERY) ? SearchTokenizer::Mode::Query : SearchTokenizer::Mode::Document;
    return forward(context, token, [&](auto emit) {
        SearchTokenizer::tokenize(std::string_view(text, size_t(length)), mode, emit);
    });
}

// The characters table: each CJK character of a document once, for single-character queries.
int tokenizeCharacters(Fts5Tokenizer *, void *context, int, const char *text, int length, TokenCallback token)
{
    return forward(context, token, [&](auto emit) {
        SearchTokenizer::characters(std::string_view(text, size_t(length)), emit);
    });
}

fts5_api *fts5Of(sqlite3 *handle)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

} // namespace

bool registerFullTextTokenizer(const QSqlDatabase &database)
{
    const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        qCWarning(lcIndex) << "not an SQLite connection:" << handle.typeName();
        return false;
    }
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    fts5_api *api = connection ? fts5Of(connection) : nullptr;
    if (!api || api->iVersion < 2) {
        qCWarning(lcIndex) << "SQLite has no FTS5";
        return false;
    }
    static fts5_tokenizer tokenizer = {create, destroy, tokenize};
    static fts5_tokenizer characters = {create, destroy, tokenizeCharacters};
    return api->xCreateTokenizer(api, "broadsheet", nullptr, &tokenizer, nullptr) == SQLITE_OK
        && api->xCreateTokenizer(api, "broadsheet_characters", nullptr, &characters, nullptr) == SQLITE_OK;
}

} // namespace Broadsheet::Core
