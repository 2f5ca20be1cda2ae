# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Trato with MSVC, deploys the Qt runtime next to it with windeployqt and makes the NSIS
# installer. UNTESTED outline: see README.md. Run from a Developer PowerShell for VS 2022 (x64).
param(
    [string]$Toolchain = "",   # vcpkg: C:\vcpkg\scripts\buildsystems\vcpkg.cmake
    [string]$QtDir = "",       # Qt installer: C:\Qt\6.5.3\msvc2019_64
    [string]$SqliteDir = "",   # with -QtDir: where sqlite3.h / sqlite3.lib / sqlite3.dll are
    [string]$Version = "0.1.0"
)
$ErrorActionPreference = "Stop"
$root = Resolve-Path "$PSScriptRoot\..\.."
$build = "$root\build\windows"
$deploy = "$build\deploy"

$configure = @("-S", $root, "-B", $build, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Release",
               "-DTRATO_BUILD_TESTS=OFF", "-DTRATO_BUILD_BENCH=OFF")
if ($Toolchain) { $configure += "-DCMAKE_TOOLCHAIN_FILE=$Toolchain"; $configure += "-DVCPKG_TARGET_TRIPLET=x64-windows" }
if ($QtDir) { $configure += "-DCMAKE_PREFIX_PATH=$QtDir;$SqliteDir" }
cmake @configure
cmake --build $build

# windeployqt: from the Qt kit, or from vcpkg's tools folder (classic or manifest mode).
$windeployqt = if ($QtDir) { "$QtDir\bin\windeployqt.exe" } else {
    $vcpkgRoot = Split-Path (Split-Path (Split-Path $Toolchain))
    Get-ChildItem -Recurse -Filter windeployqt.exe "$vcpkgRoot\installed\x64-windows\tools", "$build\vcpkg_installed" `
        -ErrorAction SilentlyContinue | Select-Object -First 1 -ExpandProperty FullName }
if (-not $windeployqt) { throw "windeployqt.exe not found" }
Remove-Item -Recurse -Force $deploy -ErrorAction SilentlyContinue
New-Item -ItemType Directory $deploy | Out-Null
Copy-Item "$build\bin\trato.exe", "$build\bin\trato-cli.exe" $deploy
& $windeployqt --release --compiler-runtime "$deploy\trato.exe"
if ($LASTEXITCODE -ne 0) { throw "windeployqt failed" }

# The SQLite driver plugin and the SQLite DLL both Trato and the plugin use.
if (-not (Test-Path "$deploy\sqldrivers\qsqlite.dll")) { throw "sqldrivers\qsqlite.dll was not deployed" }
$sqliteDll = Get-ChildItem -Recurse -Filter sqlite3.dll $build, $SqliteDir -ErrorAction SilentlyContinue |
    Select-Object -First 1 -ExpandProperty FullName
if ($sqliteDll) { Copy-Item $sqliteDll $deploy } else { Write-Warning "sqlite3.dll not found: copy it next to trato.exe" }

makensis /DVERSION=$Version "/DDEPLOY_DIR=$deploy" "/DOUTFILE=$build\Trato-$Version-setup.exe" "$PSScriptRoot\trato.nsi"
if ($LASTEXITCODE -ne 0) { throw "makensis failed" }
Write-Host "Installer: $build\Trato-$Version-setup.exe"
