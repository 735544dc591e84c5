; The LPHM installer for Windows (64-bit), built by scripts/windows-installer:
;   makensis -DVERSION=0.1.0 -DBIN=<folder with lphm-app.exe, lphm.exe, WebView2Loader.dll>
;            -DROOT=<repository> -DOUT=<setup.exe> windows/installer/lphm.nsi
;
; - Per user, no administrator rights: into %LOCALAPPDATA%\Programs\LPHM, registered under
;   HKCU, with a Start-menu shortcut and (if chosen) a desktop one.
; - Installing over an older LPHM replaces the program; the learner's data lives in
;   %APPDATA%\org.unitar.lphm, which neither installing nor uninstalling ever touches.
; - WebView2: when Windows lacks the runtime, runs Microsoft's standalone WebView2 installer
;   if it lies beside this one (a USB stick prepared as docs/install-windows.md says); else
;   says so, and the app explains it again when it starts.
; - In English, French, Polish and isiZulu (the system's language, or the learner's choice).
; - Silent: setup.exe /S [/DESKTOP] [/D=folder]; uninstall.exe /S.

Unicode true
; A 64-bit installer (LPHM is 64-bit only, and so is the Wine that tests it).
Target amd64-unicode
ManifestDPIAware true
SetCompressor /SOLID lzma

!macro REQUIRE name
  !ifndef ${name}
    !error "${name} is missing: makensis -DVERSION=x.y.z -DBIN=dir -DROOT=repo -DOUT=setup.exe lphm.nsi"
  !endif
!macroend
!insertmacro REQUIRE VERSION
!insertmacro REQUIRE BIN
!insertmacro REQUIRE ROOT
!insertmacro REQUIRE OUT

!include MUI2.nsh
!include LogicLib.nsh
!include x64.nsh
!include FileFunc.nsh

!define APP "LPHM"
!define EXE "lphm-app.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\LPHM"
!define SETTINGS_KEY "Software\UNITAR\LPHM"
; The Evergreen WebView2 runtime's id, and the standalone installer a stick may carry.
!define WEBVIEW2_ID "{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}"
!define WEBVIEW2_SETUP "MicrosoftEdgeWebView2RuntimeInstallerX64.exe"

Name "${APP}"
OutFile "${OUT}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${SETTINGS_KEY}" "InstallDir"
BrandingText "UNITAR · ${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "UNITAR"
VIAddVersionKey /LANG=0 "FileDescription" "LPHM setup: Learning Platform on Human Mobility"
VIAddVersionKey /LANG=0 "LegalCopyright" "UNITAR"

!define MUI_ICON "${ROOT}\src-tauri\icons\icon.ico"
!define MUI_UNICON "${ROOT}\src-tauri\icons\icon.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${SETTINGS_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "Polish"
!insertmacro MUI_LANGUAGEEX "${ROOT}/windows/installer/lang" "Zulu"

!include "${ROOT}/windows/installer/strings.nsh"

Section "!$(SEC_APP)" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An LPHM that is running holds its files: ask to close it rather than fail half-way.
  retry:
  ClearErrors
  FileOpen $0 "$INSTDIR\${EXE}" a
  ${If} ${Errors}
  ${AndIf} ${FileExists} "$INSTDIR\${EXE}"
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(APP_RUNNING)" /SD IDCANCEL IDRETRY retry
    Abort "$(APP_RUNNING)"
  ${EndIf}
  FileClose $0
  File "${BIN}\${EXE}"
  File "${BIN}\lphm.exe"
  File "${BIN}\WebView2Loader.dll"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  WriteRegStr HKCU "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}: Learning Platform on Human Mobility"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "UNITAR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0

  Call WebView2
SectionEnd

Section /o "$(SEC_DESKTOP)" SecDesktop
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecApp} "$(SEC_APP_DESC)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "$(SEC_DESKTOP_DESC)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

; The WebView2 runtime, per machine (HKLM, 64-bit view's WOW6432Node) or per user (HKCU).
Function WebView2
  ReadRegStr $0 HKLM "SOFTWARE\WOW6432Node\Microsoft\EdgeUpdate\Clients\${WEBVIEW2_ID}" "pv"
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    ReadRegStr $0 HKCU "Software\Microsoft\EdgeUpdate\Clients\${WEBVIEW2_ID}" "pv"
  ${EndIf}
  ${If} $0 != ""
  ${AndIf} $0 != "0.0.0.0"
    DetailPrint "WebView2 $0"
    Return
  ${EndIf}
  ${If} ${FileExists} "$EXEDIR\${WEBVIEW2_SETUP}"
    DetailPrint "$(WEBVIEW2_INSTALLING)"
    ExecWait '"$EXEDIR\${WEBVIEW2_SETUP}" /silent /install' $1
    DetailPrint "${WEBVIEW2_SETUP}: $1"
  ${Else}
    DetailPrint "$(WEBVIEW2_MISSING)"
    MessageBox MB_OK|MB_ICONINFORMATION "$(WEBVIEW2_MISSING)" /SD IDOK
  ${EndIf}
FunctionEnd

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "$(NEEDS_64BIT)" /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  ; /DESKTOP on the command line adds the desktop shortcut (for silent installs).
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/DESKTOP" $1
  ${IfNot} ${Errors}
    SectionSetFlags ${SecDesktop} ${SF_SELECTED}
  ${EndIf}
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  SetRegView 64
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Uninstall"
  ; The program only: the learner's courses and progress (%APPDATA%\org.unitar.lphm) stay.
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\lphm.exe"
  Delete "$INSTDIR\WebView2Loader.dll"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$DESKTOP\${APP}.lnk"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${SETTINGS_KEY}"
SectionEnd
