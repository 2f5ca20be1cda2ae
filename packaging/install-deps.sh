#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs, with apt-get, what a bare Debian 12 (or Ubuntu 24.04+) machine needs to build and run
# Trato; with --test also what its test suite needs. Installs only what is missing, runs
# `apt-get update` only then, and prints nothing when everything is already there.
#
#   packaging/install-deps.sh [--test] [--check] [--list]
#     --test   also the test suite's packages (Xvfb for the screenshot test, PostgreSQL, ...)
#     --check  install nothing: list what is missing and exit 1 if anything is
#     --list   print the package names and exit
set -eu

# Building: compilers and CMake/Ninja (the presets use Ninja), Qt 6 with the SQLite driver,
# Charts and the translation tools, SQLite's headers and shell, GL headers that Qt6Gui's CMake
# package looks for, and Catch2 (the test suite is configured by default). Qt6Charts' CMake
# package needs Qt6OpenGL's, which qt6-charts-dev does not pull in: libqt6opengl6-dev.
# libphonenumber-dev: phone numbers to E.164 for duplicate detection. libical-dev: iCalendar (RFC 5545)
# import and export of activities. libpq-dev: the team server (PostgreSQL) client. qtkeychain-qt6-dev:
# the team server password in the OS keychain.
BUILD="cmake ninja-build g++ ccache
qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev libqt6opengl6-dev
qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6svg6
libsqlite3-dev sqlite3 libgl-dev catch2 libphonenumber-dev libical-dev
libpq-dev qtkeychain-qt6-dev"
# Testing: Catch2 and the sqlite3 shell (already above), a virtual X server for the GUI tests and
# the screenshot, PostgreSQL for the server-storage tests, and pdftotext (poppler-utils) to read
# printed PDFs back in the report tests.
TEST="catch2 sqlite3 xvfb xauth postgresql poppler-utils"

want_test=0
action=install
for arg in "$@"; do
    case "$arg" in
        --test) want_test=1 ;;
        --check) action=check ;;
        --list) action=list ;;
        -h|--help) sed -n '3,10s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) echo "install-deps.sh: unknown argument '$arg' (try --help)" >&2; exit 1 ;;
    esac
done

packages=""
all=$BUILD
[ "$want_test" = 1 ] && all="$all $TEST"
for p in $all; do
    case " $packages " in *" $p "*) ;; *) packages="$packages $p" ;; esac
done
if [ "$action" = list ]; then
    # shellcheck disable=SC2086 # one name per line
    printf '%s\n' $packages
    exit 0
fi

missing=""
for p in $packages; do
    if ! dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0

if [ "$action" = check ]; then
    echo "missing:$missing"
    exit 1
fi

if [ "$(id -u)" = 0 ]; then
    as_root=""
elif command -v sudo >/dev/null 2>&1; then
    as_root="sudo"
else
    echo "install-deps.sh: these packages are missing and I am neither root nor have sudo:$missing" >&2
    exit 1
fi

echo "install-deps.sh: installing$missing"
export DEBIAN_FRONTEND=noninteractive
# Package lists are fetched only now that something is missing (a fresh container has none).
$as_root apt-get update -qq
# shellcheck disable=SC2086 # word splitting of the package list is intended
$as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
