# SPDX-FileCopyrightText: 2026 The Broadsheet authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks the icon set the desktop file points at: the name in Icon= has a scalable SVG and a PNG of the
# right pixel size in every hicolor folder. A PNG of the wrong size in a size folder makes icon themes
# scale it a second time, so it shows up blurred in menus and docks.
# Usage: cmake -DICON_DIR=resources/icons -DDESKTOP_FILE=... -DAPP_ID=... -P check_icons.cmake
set(errors "")

file(STRINGS "${DESKTOP_FILE}" icon_lines REGEX "^Icon=")
if(NOT icon_lines STREQUAL "Icon=${APP_ID}")
    string(APPEND errors "\n  ${DESKTOP_FILE}: expected 'Icon=${APP_ID}', found '${icon_lines}'")
endif()

set(svg "${ICON_DIR}/${APP_ID}.svg")
if(NOT EXISTS "${svg}")
    string(APPEND errors "\n  missing ${svg}")
else()
    file(READ "${svg}" svg_text)
    if(NOT svg_text MATCHES "<svg[^>]*xmlns=\"http://www.w3.org/2000/svg\"")
        string(APPEND errors "\n  ${svg}: no <svg> root in the SVG namespace")
    endif()
    # Icon themes expect a square drawing; a missing viewBox makes renderers guess the scale.
    if(NOT svg_text MATCHES "<svg[^>]*viewBox=\"0 0 128 128\"")
        string(APPEND errors "\n  ${svg}: root needs viewBox=\"0 0 128 128\"")
    endif()
    if(NOT svg_text MATCHES "</svg>[ \t\r\n]*$")
        string(APPEND errors "\n  ${svg}: does not end with </svg> (truncated?)")
    endif()
endif()

foreach(size IN ITEMS 16 32 48 64 128 256)
    set(png "${ICON_DIR}/hicolor/${size}x${size}/apps/${APP_ID}.png")
    if(NOT EXISTS "${png}")
        string(APPEND errors "\n  missing ${png}")
        continue()
    endif()
    # PNG signature (8 bytes), IHDR length and tag (8 bytes), then width and height, big-endian.
    file(READ "${png}" head LIMIT 24 HEX)
    string(SUBSTRING "${head}" 0 16 signature)
    string(SUBSTRING "${head}" 32 8 width_hex)
    string(SUBSTRING "${head}" 40 8 height_hex)
    if(NOT signature STREQUAL "89504e470d0a1a0a")
        string(APPEND errors "\n  ${png}: not a PNG file")
        continue()
    endif()
    math(EXPR width "0x${width_hex}")
    math(EXPR height "0x${height_hex}")
    if(NOT width EQUAL size OR NOT height EQUAL size)
        string(APPEND errors "\n  ${png}: is ${width}x${height}, expected ${size}x${size}")
    endif()
endforeach()

if(errors)
    message(FATAL_ERROR "Icon set problems:${errors}")
endif()
message(STATUS "Icon set for ${APP_ID} is complete")
