# SPDX-FileCopyrightText: 2026 The Broadsheet authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the Debian package from the build tree, unpacks it into a scratch root and runs what it
# installed: the package is what users get, so a file that is missing from it, or a binary that
# only works from the build tree, must fail here.
# Usage: cmake -DBUILD_DIR=... -DWORK_DIR=... -DVERSION=... -DSAMPLE_SOURCE=resources/sample-library
#              -DCPACK=... -DDPKG_DEB=... [-DMAN=...] [-DGROFF=...] -DWITH_UI=ON|OFF
#              -P deb_installs.cmake
cmake_minimum_required(VERSION 3.25) # script mode: IN_LIST, file(CHMOD)
set(app_id io.github.broadsheetreader.Broadsheet)
set(errors "")

# fail(text...): records a failure; the pieces are joined, so long messages can span lines.
# ARGVn keep each piece whole even when program output in it holds ';'.
function(fail)
    set(what "")
    math(EXPR last "${ARGC} - 1")
    foreach(i RANGE ${last})
        string(APPEND what "${ARGV${i}}")
    endforeach()
    string(APPEND errors "\n  ${what}")
    set(errors "${errors}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

# cpack installs from the build tree; it does not build, so `broadsheet` must be built already.
execute_process(
    COMMAND "${CPACK}" --config "${BUILD_DIR}/CPackConfig.cmake" -G DEB -B "${WORK_DIR}/out"
    WORKING_DIRECTORY "${BUILD_DIR}"
    RESULT_VARIABLE cpack_result
    OUTPUT_VARIABLE cpack_output
    ERROR_VARIABLE cpack_output)
file(GLOB debs "${WORK_DIR}/out/*.deb")
list(LENGTH debs deb_count)
if(NOT cpack_result EQUAL 0 OR NOT deb_count EQUAL 1)
    message(FATAL_ERROR "cpack -G DEB failed (${cpack_result}, ${deb_count} packages); "
                        "build everything first (cmake --build).\n${cpack_output}")
endif()
get_filename_component(deb_name "${debs}" NAME)
if(NOT deb_name MATCHES "^broadsheet_${VERSION}_[a-z0-9]+\\.deb$")
    fail("package file is ${deb_name}, expected broadsheet_${VERSION}_<arch>.deb")
endif()

# --- control fields ---
foreach(field IN ITEMS Package Version Depends Recommends)
    execute_process(COMMAND "${DPKG_DEB}" --field "${debs}" ${field}
        OUTPUT_VARIABLE ${field} OUTPUT_STRIP_TRAILING_WHITESPACE)
endforeach()
if(NOT Package STREQUAL "broadsheet" OR NOT Version STREQUAL "${VERSION}")
    fail("control says '${Package} ${Version}', expected 'broadsheet ${VERSION}'")
endif()
# The C++ runtime and Qt come from dpkg-shlibdeps; the helper process and the SQL driver are only
# loaded at run time, so apt would leave them out if the package did not name them.
set(required_depends libc6 libstdc++6 libqt6core6 libqt6widgets6 libgumbo1 libyaml-cpp0.7)
if(WITH_UI)
    list(APPEND required_depends libqt6webenginewidgets6 libqt6webenginecore6-bin)
endif()
list(APPEND required_depends libqt6sql6-sqlite)
string(REGEX REPLACE " \\([^)]*\\)" "" depends_names "${Depends}") # drop the versions
string(REPLACE ", " ";" depends_names "${depends_names}")
foreach(package IN LISTS required_depends)
    if(NOT package IN_LIST depends_names)
        fail("Depends lacks ${package}: ${Depends}")
    endif()
endforeach()
if(NOT Recommends MATCHES "fonts-noto-cjk")
    fail("Recommends lacks fonts-noto-cjk (without it Chinese renders as boxes): ${Recommends}")
endif()

# --- the files ---
set(root "${WORK_DIR}/root")
execute_process(COMMAND "${DPKG_DEB}" -x "${debs}" "${root}" RESULT_VARIABLE extract_result)
if(NOT extract_result EQUAL 0)
    message(FATAL_ERROR "dpkg-deb -x ${debs} failed (${extract_result})")
endif()
set(binary "${root}/usr/bin/broadsheet")
set(sample "${root}/usr/share/broadsheet/sample-library")
set(man_page "${root}/usr/share/man/man1/broadsheet.1.gz")
set(expected_files
    usr/bin/broadsheet
    usr/share/applications/${app_id}.desktop
    usr/share/metainfo/${app_id}.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/${app_id}.svg
    usr/share/man/man1/broadsheet.1.gz
    usr/share/doc/broadsheet/copyright
    usr/share/doc/broadsheet/changelog.gz)
foreach(size IN ITEMS 16 32 48 64 128 256)
    list(APPEND expected_files usr/share/icons/hicolor/${size}x${size}/apps/${app_id}.png)
endforeach()
foreach(file IN LISTS expected_files)
    if(NOT EXISTS "${root}/${file}")
        fail("missing /${file}")
    endif()
endforeach()
if(EXISTS "${sample}/EXPECTED.json")
    fail("the sample library's test-only EXPECTED.json is in the package")
endif()

# Debian wants man pages and changelogs compressed by gzip -n: no file name and no time stamp in
# the header (flags byte 00, mtime 00000000), so two builds of one source give the same package.
foreach(gz IN ITEMS "${man_page}" "${root}/usr/share/doc/broadsheet/changelog.gz")
    if(EXISTS "${gz}")
        file(READ "${gz}" gz_head LIMIT 8 HEX)
        if(NOT gz_head STREQUAL "1f8b080000000000")
            fail("${gz}: not compressed with gzip -n (header ${gz_head})")
        endif()
    endif()
endforeach()

# Both are written by hand: a release that bumps project(VERSION) must bump them too.
execute_process(COMMAND gzip -dc "${root}/usr/share/doc/broadsheet/changelog.gz" OUTPUT_VARIABLE changelog)
if(NOT changelog MATCHES "^broadsheet \\(${VERSION}\\) ")
    string(REGEX MATCH "^[^\n]*" first_line "${changelog}")
    fail("changelog starts with '${first_line}', expected an entry for broadsheet (${VERSION})")
endif()
execute_process(COMMAND gzip -dc "${man_page}" OUTPUT_VARIABLE man_source)
string(REGEX MATCH "\n\\.TH [^\n]*" title_line "${man_source}")
string(STRIP "${title_line}" title_line)
if(NOT title_line MATCHES "\"Broadsheet ${VERSION}\"")
    fail("man page title line '${title_line}' does not name Broadsheet ${VERSION}")
endif()

# --- the installed binary ---
# Every run gets a scratch home, so nothing of the user running the tests is read or changed.
set(home "${WORK_DIR}/home")
file(MAKE_DIRECTORY "${home}/config" "${home}/cache" "${home}/runtime")
file(CHMOD "${home}/runtime" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
set(scratch_env HOME=${home} XDG_CONFIG_HOME=${home}/config XDG_CACHE_HOME=${home}/cache
                XDG_RUNTIME_DIR=${home}/runtime --unset=LANGUAGE --unset=LC_MESSAGES)

execute_process(COMMAND "${CMAKE_COMMAND}" -E env ${scratch_env} LC_ALL=C.UTF-8 "${binary}" --version
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE error)
if(NOT result EQUAL 0 OR NOT output STREQUAL "broadsheet ${VERSION}\n")
    fail("broadsheet --version: exit ${result}, printed '${output}' ${error}")
endif()

# The translation is compiled into the binary, so the package needs no .qm files of its own.
execute_process(
    COMMAND "${CMAKE_COMMAND}" -E env ${scratch_env} --unset=LC_ALL LANG=zh_CN.UTF-8 "${binary}" --help
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE error)
if(NOT result EQUAL 0 OR NOT output MATCHES "退出状态")
    fail("LANG=zh_CN.UTF-8 broadsheet --help: exit ${result}, no Chinese:\n${output}${error}")
endif()

# Every article of the installed sample library, read without a problem (exit 0).
file(GLOB_RECURSE sample_articles "${SAMPLE_SOURCE}/*.md" "${SAMPLE_SOURCE}/*.markdown"
                                  "${SAMPLE_SOURCE}/*.html" "${SAMPLE_SOURCE}/*.htm")
list(LENGTH sample_articles article_count)
execute_process(COMMAND "${CMAKE_COMMAND}" -E env ${scratch_env} LC_ALL=C.UTF-8 "${binary}" list "${sample}"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE error)
# Count through placeholders: titles may hold ';', which would split a CMake list.
string(REPLACE "\t${sample}/" "\t<installed>/" marked "${output}")
string(REGEX MATCHALL "\n" lines "${output}")
string(REGEX MATCHALL "\t<installed>/" installed_paths "${marked}")
list(LENGTH lines line_count)
list(LENGTH installed_paths installed_count)
if(NOT result EQUAL 0 OR article_count EQUAL 0 OR NOT line_count EQUAL article_count
   OR NOT installed_count EQUAL article_count)
    fail("broadsheet list ${sample}: exit ${result}, ${line_count} lines (${installed_count} "
         "in the installed library), expected ${article_count}:\n${output}${error}")
endif()

# --- the man page formats without warnings ---
if(MAN)
    execute_process(
        COMMAND "${CMAKE_COMMAND}" -E env LC_ALL=C.UTF-8 MANWIDTH=80 "${MAN}" --warnings -l "${man_page}"
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE error)
elseif(GROFF)
    # -P-cbou: plain text, without the overstriking grotty uses for bold and underline.
    execute_process(COMMAND gzip -dc "${man_page}" COMMAND "${GROFF}" -man -Tutf8 -ww -P-cbou
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE error)
else()
    message(STATUS "neither man nor groff found: the man page was not formatted")
endif()
if(MAN OR GROFF)
    if(NOT result EQUAL 0 OR NOT error STREQUAL "" OR NOT output MATCHES "EXIT STATUS"
       OR NOT output MATCHES "/usr/share/broadsheet/sample-library")
        fail("man page: exit ${result}, warnings: '${error}'")
    endif()
endif()

# --- the window's first run opens the installed sample library ---
# main.cpp looks for ../share/broadsheet/sample-library beside the binary and falls back to the
# source tree, which exists on a build machine; only the remembered folder tells the two apart.
# The window never quits by itself: start it in the background, wait until it has saved the
# library it opened (QSettings writes the file whole), then stop it.
if(WITH_UI)
    set(conf "${home}/config/Broadsheet/broadsheet.conf")
    set(window_log "${WORK_DIR}/window.log")
    execute_process(
        COMMAND "${CMAKE_COMMAND}" -E env ${scratch_env} LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
                QTWEBENGINE_DISABLE_SANDBOX=1 sh -c "\"$0\" >\"$1\" 2>&1 & echo $!" "${binary}" "${window_log}"
        OUTPUT_VARIABLE pid OUTPUT_STRIP_TRAILING_WHITESPACE)
    set(remembered "")
    set(alive 0)
    foreach(attempt RANGE 300) # at most a minute, on a loaded machine
        execute_process(COMMAND kill -0 ${pid} RESULT_VARIABLE alive OUTPUT_QUIET ERROR_QUIET)
        if(EXISTS "${conf}")
            file(STRINGS "${conf}" remembered REGEX "^folders=")
        endif()
        if(remembered OR NOT alive EQUAL 0)
            break()
        endif()
        execute_process(COMMAND "${CMAKE_COMMAND}" -E sleep 0.2)
    endforeach()
    if(alive EQUAL 0)
        set(state "was still running")
        # Wait for the end, so no process of the test outlives it or writes into the next run.
        execute_process(COMMAND kill ${pid})
        foreach(attempt RANGE 50)
            execute_process(COMMAND kill -0 ${pid} RESULT_VARIABLE alive OUTPUT_QUIET ERROR_QUIET)
            if(NOT alive EQUAL 0)
                break()
            endif()
            execute_process(COMMAND "${CMAKE_COMMAND}" -E sleep 0.2)
        endforeach()
        if(alive EQUAL 0)
            execute_process(COMMAND kill -KILL ${pid})
        endif()
    else()
        set(state "had exited")
    endif()
    if(NOT remembered STREQUAL "folders=${sample}")
        file(READ "${window_log}" log)
        fail("the window's first run remembered '${remembered}', expected 'folders=${sample}'; "
             "the window ${state}, its output:\n${log}")
    endif()
endif()

if(errors)
    message(FATAL_ERROR "The Debian package ${deb_name} is not right:${errors}")
endif()
message(STATUS "${deb_name}: ${article_count} sample articles listed from ${root}")
