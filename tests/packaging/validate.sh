#!/usr/bin/env bash
# Checks the desktop integration files and the install tree of a built Berth.
# Usage: validate.sh BUILD_DIR   (berth and berthctl must be built there)
set -euo pipefail

build=${1:?usage: validate.sh BUILD_DIR}
src=$(cd "$(dirname "$0")/../.." && pwd)
id=io.github.berth.Berth
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

for tool in desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool missing (scripts/setup-deps installs it)" >&2; exit 1; }
done

desktop-file-validate "$src/packaging/$id.desktop" || fail "desktop-file-validate $id.desktop"
appstreamcli validate --no-net "$src/packaging/$id.metainfo.xml" || fail "appstreamcli validate $id.metainfo.xml"

# The zh_CN entries are what a Chinese desktop shows; make sure they stay there.
for key in 'Name[zh_CN]' 'GenericName[zh_CN]' 'Comment[zh_CN]'; do
    cut -d= -f1 "$src/packaging/$id.desktop" | grep -qxF "$key" || fail "$key missing from $id.desktop"
done
grep -q '<summary xml:lang="zh-CN">' "$src/packaging/$id.metainfo.xml" || fail "zh-CN summary missing"

dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
DESTDIR="$dest" cmake --install "$build" --prefix /usr >/dev/null
root="$dest/usr"

expected=(
    bin/berth
    bin/berthctl
    share/applications/$id.desktop
    share/metainfo/$id.metainfo.xml
    share/icons/hicolor/scalable/apps/$id.svg
    share/doc/berth/LICENSE
)
for size in 16 32 48 64 128 256; do
    expected+=("share/icons/hicolor/${size}x${size}/apps/$id.png")
done
for f in "${expected[@]}"; do
    [ -f "$root/$f" ] || fail "not installed: /usr/$f"
done
for f in bin/berth bin/berthctl; do
    [ -x "$root/$f" ] || fail "not executable: /usr/$f"
done
for size in 16 32 48 64 128 256; do
    png="$root/share/icons/hicolor/${size}x${size}/apps/$id.png"
    [ -f "$png" ] || continue
    # PNG header: width and height are big-endian 32-bit values at bytes 16 and 20.
    dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
    [ "$dims" = "${size}x${size}" ] || fail "$png is $dims, expected ${size}x${size}"
done

# The installed tree as a whole: desktop file, metainfo and icons agree with each other.
appstreamcli validate-tree --no-net "$dest" || fail "appstreamcli validate-tree"

"$root/bin/berthctl" --help >/dev/null || fail "installed berthctl --help"

if [ "$failures" -ne 0 ]; then
    echo "$failures packaging check(s) failed" >&2
    exit 1
fi
echo "packaging checks passed"
