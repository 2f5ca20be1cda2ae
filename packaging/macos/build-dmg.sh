#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds trato.app with Homebrew's Qt and packs it into trato.dmg with macdeployqt.
# UNTESTED recipe: see README.md. Needs: brew install qt cmake ninja catch2 sqlite
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build="$root/build/macos"
qt=$(brew --prefix qt)
sqlite=$(brew --prefix sqlite)

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_PREFIX_PATH="$qt;$sqlite" -DTRATO_BUILD_BENCH=OFF
cmake --build "$build"

app="$build/bin/trato.app"
# One SQLite in the process: the one Trato links must be the one Qt's driver links.
plugin=$(find "$qt/" -name libqsqlite.dylib -path '*sqldrivers*' | head -n 1)
ours=$(otool -L "$app/Contents/MacOS/trato" | awk '/libsqlite3/ {print $1}')
theirs=$(otool -L "$plugin" | awk '/libsqlite3/ {print $1}')
# (An empty $theirs means the plugin has its own SQLite compiled in: also a mismatch.)
if [ -z "$ours" ] || [ "$ours" != "$theirs" ]; then
    echo "build-dmg.sh: trato links '$ours' but $plugin links '$theirs'" >&2
    exit 1
fi

rm -f "$build/bin/trato.dmg"
"$qt/bin/macdeployqt" "$app" -dmg
test -f "$app/Contents/PlugIns/sqldrivers/libqsqlite.dylib" || {
    echo "build-dmg.sh: the SQLite driver plugin was not deployed" >&2
    exit 1
}
echo "build-dmg.sh: $build/bin/trato.dmg"
