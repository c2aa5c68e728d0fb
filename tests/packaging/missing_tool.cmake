# SPDX-FileCopyrightText: 2026 The Broadsheet authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Stands in for a packaging test whose tool was not found at configure time, so the gap shows up as a
# failing test instead of a test that silently never ran.
# Usage: cmake -DTOOL=<program> -DPACKAGE=<debian package> -P missing_tool.cmake
message(FATAL_ERROR "${TOOL} was not found when the build was configured. "
                    "Install it (Debian: apt-get install ${PACKAGE}) and re-run cmake.")
