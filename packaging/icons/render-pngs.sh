#!/bin/sh
# Renders the hicolor PNG sizes from the SVG app icon (needs rsvg-convert from librsvg2-bin).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
for size in 16 32 48 64 128 256; do
    mkdir -p "$here/hicolor/${size}x${size}"
    rsvg-convert -w "$size" -h "$size" -o "$here/hicolor/${size}x${size}/io.github.berth.Berth.png" \
        "$here/io.github.berth.Berth.svg"
done
