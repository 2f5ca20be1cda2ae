; SPDX-License-Identifier: GPL-3.0-or-later
; NSIS installer for Trato. UNTESTED: see README.md. Build it with build.ps1, or:
;   makensis /DVERSION=0.1.0 /DDEPLOY_DIR=C:\path\to\deploy /DOUTFILE=Trato-0.1.0-setup.exe trato.nsi
; DEPLOY_DIR is the folder windeployqt filled (trato.exe, trato-cli.exe, Qt DLLs, plugins).
Unicode true
!include "MUI2.nsh"
!include "x64.nsh"

!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef DEPLOY_DIR
  !error "Pass /DDEPLOY_DIR=<folder filled by windeployqt>"
!endif
!ifndef OUTFILE
  !define OUTFILE "Trato-${VERSION}-setup.exe"
!endif
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Trato"

Name "Trato ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\Trato"
InstallDirRegKey HKLM "Software\Trato" "InstallDir"
RequestExecutionLevel admin
SetCompressor /SOLID lzma

!define MUI_ABORTWARNING
!insertmacro MUI_PAGE_LICENSE "${__FILEDIR__}\..\..\LICENSE"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\trato.exe"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Spanish"
!insertmacro MUI_LANGUAGE "English"

; 64-bit program: registry writes go to the 64-bit view, not WOW6432Node.
Function .onInit
  SetRegView 64
FunctionEnd
Function un.onInit
  SetRegView 64
FunctionEnd

Section "Trato" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  File /r "${DEPLOY_DIR}\*.*"
  WriteRegStr HKLM "Software\Trato" "InstallDir" "$INSTDIR"
  WriteUninstaller "$INSTDIR\Uninstall.exe"
  CreateShortcut "$SMPROGRAMS\Trato.lnk" "$INSTDIR\trato.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "Trato"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "Trato developers"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\trato.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

; Removes the program only: the user's database under %APPDATA% stays.
Section "Uninstall"
  Delete "$SMPROGRAMS\Trato.lnk"
  RMDir /r "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DeleteRegKey HKLM "Software\Trato"
SectionEnd
