#!/usr/bin/env bash
# Screenshots of Berth in Simplified Chinese, for checking the translation by eye: the main window
# on a seeded demo registry, a tag's details, the Pull dialog, the Registry and View menus and the
# Add Registry dialog.
# Usage: tests/i18n/screenshots.sh BUILD_DIR OUT_DIR [LANG]   (needs Xvfb, xdotool, ImageMagick)
# Runs itself under xvfb-run when there is no display.
set -euo pipefail
build=$(realpath "${1:?build folder}")
out=$(realpath -m "${2:?output folder}")
lang=${3:-zh_CN.UTF-8}
prefix=$(echo "$lang" | cut -c1-2)
if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1440x900x24" "$0" "$@"
fi
mkdir -p "$out"
work=$(mktemp -d)
fifo="$work/ready"
mkfifo "$fifo"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

"$build/tests/support/berth-testregistry" --seed demo --data "$work/registry" >"$fifo" &
pids+=($!)
read -r status address <"$fifo"
[ "$status" = ready ] || { echo "the demo registry did not start" >&2; exit 1; }

LANG=$lang LC_ALL= LANGUAGE= QT_QPA_PLATFORM=xcb "$build/app/berth/berth" --config-dir "$work/config" "$address" &
pids+=($!)
win=$(xdotool search --sync --onlyvisible --name '^Berth$' | head -1)
xdotool windowmove "$win" 0 0 windowsize "$win" 1440 900
shot() { sleep "${2:-1}"; import -window root "$out/$prefix-$1.png"; echo "$out/$prefix-$1.png"; }

shot main 4
# Into the tree (no window manager under Xvfb: focus by clicking): library/, its first
# repository, that repository's first tag.
xdotool mousemove --window "$win" 90 113 click 1
xdotool key --delay 600 Right Down Right
sleep 2
xdotool key --delay 600 Down
shot details 4
xdotool key ctrl+p
shot pull-dialog 2
xdotool key Escape
xdotool key --delay 400 Down Down Right Down
shot platforms 4
# Menus by mouse (menu bar positions of the Chinese titles at 1440 px).
xdotool mousemove --window "$win" 200 10 click 1
shot registry-menu 1
xdotool key Escape
xdotool mousemove --window "$win" 135 10 click 1
shot view-menu 1
xdotool key Escape Escape ctrl+n
shot add-registry 2
xdotool key Escape
