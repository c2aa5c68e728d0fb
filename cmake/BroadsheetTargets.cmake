# SPDX-FileCopyrightText: 2026 The Broadsheet authors
# SPDX-License-Identifier: GPL-3.0-or-later

# Compile options every Broadsheet target shares: link it, never set flags globally.
add_library(broadsheet_options INTERFACE)
add_library(Broadsheet::Options ALIAS broadsheet_options)
target_compile_definitions(broadsheet_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
target_compile_options(broadsheet_options INTERFACE -Wall -Wextra -Wpedantic)
if(BROADSHEET_WARNINGS_AS_ERRORS)
    target_compile_options(broadsheet_options INTERFACE -Werror)
endif()
# Includes read as paths from the source root: #include "core/article.h".
target_include_directories(broadsheet_options INTERFACE
    ${PROJECT_SOURCE_DIR}
    ${PROJECT_BINARY_DIR}/generated)
