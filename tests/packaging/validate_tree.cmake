# SPDX-FileCopyrightText: 2026 The Broadsheet authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the "desktop" component into a scratch prefix and lets appstreamcli check the result as a
# whole: unlike validating the metainfo alone, this catches a launchable that names a desktop file
# which is not installed, or files installed under the wrong directory.
# Usage: cmake -DBUILD_DIR=... -DPREFIX=... -DAPPSTREAMCLI=... -P validate_tree.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(
    COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --component desktop --prefix "${PREFIX}"
    RESULT_VARIABLE install_result)
if(NOT install_result EQUAL 0)
    message(FATAL_ERROR "cmake --install of the desktop component failed (${install_result})")
endif()
# --strict: any issue above "pedantic" fails, warnings and infos included.
execute_process(
    COMMAND "${APPSTREAMCLI}" validate-tree --no-net --strict --pedantic --explain "${PREFIX}"
    RESULT_VARIABLE validate_result)
if(NOT validate_result EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate-tree found problems in ${PREFIX} (exit ${validate_result})")
endif()
