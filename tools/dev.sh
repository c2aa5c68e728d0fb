#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Broadsheet authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The README's Quick start, for a fresh Debian 12 machine (as root, or with sudo):
#   tools/dev.sh run    install what is missing, build, and open the bundled sample library
#   tools/dev.sh test   install what is missing, build, and run the whole test suite
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)

install_dependencies() {
    local wanted missing=()
    wanted=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' packaging/debian-build-deps.txt)
    for package in $wanted; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return
    fi
    echo "Installing: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo=sudo
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

prepare() {
    install_dependencies
    # ccache keeps rebuilds cheap; CMake picks the launcher up from the environment.
    if command -v ccache >/dev/null 2>&1; then
        export CMAKE_CXX_COMPILER_LAUNCHER=ccache
    fi
}

# Chromium refuses its sandbox as root, which is how CI and fresh machines run.
if [ "$(id -u)" -eq 0 ]; then
    export QTWEBENGINE_DISABLE_SANDBOX=1
fi

case "${1:-}" in
run)
    prepare
    cmake --preset dev
    cmake --build --preset dev --target broadsheet
    app="$root/build/dev/app/broadsheet"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found: starting Broadsheet on a virtual X server (xvfb-run)."
        exec xvfb-run -a -s "-screen 0 1600x1000x24" "$app" "$root/resources/sample-library"
    fi
    exec "$app" "$root/resources/sample-library"
    ;;
test)
    prepare
    cmake --workflow --preset ci
    ;;
*)
    echo "usage: tools/dev.sh run|test" >&2
    exit 2
    ;;
esac
