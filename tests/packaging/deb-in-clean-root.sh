#!/usr/bin/env bash
# Builds the Debian package with CPack and installs it into a fresh Debian 12 root made with
# debootstrap, then runs berthctl there. Slow (downloads Debian packages); not part of ctest.
# Usage (as root): deb-in-clean-root.sh BUILD_DIR
#   BUILD_DIR: a configured build folder; configure it with -DBERTH_BUILD_TESTS=OFF so that CPack,
#   which builds everything first, builds only the programs.
# Environment: BERTH_DEBIAN_MIRROR (default http://deb.debian.org/debian),
#   BERTH_DEBOOTSTRAP_CACHE (a folder that keeps downloaded .debs between runs),
#   BERTH_KEEP_ROOT=1 (leave the root for a look afterwards).
set -euo pipefail

build=$(cd "${1:?usage: deb-in-clean-root.sh BUILD_DIR}" && pwd)
mirror=${BERTH_DEBIAN_MIRROR:-http://deb.debian.org/debian}
[ "$(id -u)" -eq 0 ] || { echo "needs root (debootstrap, chroot)" >&2; exit 1; }
for tool in debootstrap cpack dpkg-deb dpkg-shlibdeps; do
    command -v "$tool" >/dev/null || { echo "$tool missing (apt-get install debootstrap dpkg-dev)" >&2; exit 1; }
done

start=$(date +%s)
step() { echo "== [$(( $(date +%s) - start ))s] $*"; }

work=$(mktemp -d /tmp/berth-deb-check.XXXXXX)
root="$work/root"
cleanup() {
    for m in proc dev/pts dev; do mountpoint -q "$root/$m" 2>/dev/null && umount -l "$root/$m"; done
    if [ "${BERTH_KEEP_ROOT:-0}" = 1 ]; then echo "root kept in $root"; else rm -rf "$work"; fi
}
trap cleanup EXIT

step "building the package in $build"
cmake --build "$build"
(cd "$build" && cpack -G DEB -B "$work/out") >/dev/null
deb=$(ls "$work"/out/berth_*.deb)
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
missing=0
for want in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6keychain1 libssl3 libsecret-1-0; do
    grep -qE "(^|, )$want( |,|$)" <<<"$depends" || { echo "FAIL: Depends lacks $want" >&2; missing=1; }
done
[ "$missing" -eq 0 ]

step "debootstrap bookworm (minbase) from $mirror"
cache_args=()
if [ -n "${BERTH_DEBOOTSTRAP_CACHE:-}" ]; then
    mkdir -p "$BERTH_DEBOOTSTRAP_CACHE"
    cache_args=(--cache-dir="$(cd "$BERTH_DEBOOTSTRAP_CACHE" && pwd)")
fi
debootstrap --variant=minbase "${cache_args[@]}" bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 \
    || { tail -20 "$work/debootstrap.log" >&2; exit 1; }
cat >"$root/etc/apt/sources.list" <<SOURCES
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb ${mirror%/debian}/debian-security bookworm-security main
SOURCES
# No services start inside the root.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod +x "$root/usr/sbin/policy-rc.d"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"

step "installing $(basename "$deb") and its dependencies"
cp "$deb" "$root/tmp/"
chroot "$root" apt-get update -qq
chroot "$root" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$deb")" >"$work/install.log" 2>&1 \
    || { tail -30 "$work/install.log" >&2; exit 1; }

step "running the installed programs"
chroot "$root" berthctl --help
chroot "$root" env QT_QPA_PLATFORM=offscreen berth --version
for f in /usr/share/applications/io.github.berth.Berth.desktop \
         /usr/share/metainfo/io.github.berth.Berth.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/io.github.berth.Berth.svg; do
    [ -f "$root$f" ] || { echo "FAIL: $f not installed by the package" >&2; exit 1; }
done
step "the package installs and runs in a clean Debian 12 root"
