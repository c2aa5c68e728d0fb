#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Broadsheet authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Re-renders the committed hicolor PNGs after the SVG changes. The PNGs are committed rather than
# rendered at build time so a build needs no SVG renderer (apt-get install librsvg2-bin to run this).
set -eu
cd "$(dirname "$0")"
id=io.github.broadsheetreader.Broadsheet
for size in 16 32 48 64 128 256; do
    src=$id.svg
    # 16 px has a hand-fitted drawing; scaling the big one blurs it
    [ "$size" = 16 ] && src=src/$id-16.svg
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" --output "hicolor/${size}x${size}/apps/$id.png" "$src"
done
