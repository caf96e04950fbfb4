; Inno Setup script: DigitLab-<version>-setup.exe from the one-folder bundle in dist\DigitLab.
; Built by .github/workflows/installers.yml:  iscc /DAppVersion=<version> packaging\windows\digitlab.iss
; (the version is passed in: it is written only in model/__init__.py).
#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z packaging\windows\digitlab.iss
#endif
#define Root "..\.."

[Setup]
AppId={{6F0B7C52-8E1D-4C1B-9E55-2C3A8D7F41B9}
AppName=DigitLab
AppVersion={#AppVersion}
AppVerName=DigitLab {#AppVersion}
DefaultDirName={autopf}\DigitLab
DefaultGroupName=DigitLab
DisableProgramGroupPage=yes
; Per-user or all users, as the person installing chooses (no admin rights needed for the former).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=DigitLab-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
; ~1.4 GB to compress: every core of the runner, in its own process (memory), not one thread.
LZMAUseSeparateProcess=yes
LZMANumBlockThreads=4
WizardStyle=modern
UninstallDisplayIcon={app}\DigitLab.exe
UninstallDisplayName=DigitLab {#AppVersion}

[Tasks]
Name: desktopicon; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\DigitLab\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\DigitLab"; Filename: "{app}\DigitLab.exe"
Name: "{autodesktop}\DigitLab"; Filename: "{app}\DigitLab.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\DigitLab.exe"; Description: "{cm:LaunchProgram,DigitLab}"; Flags: nowait postinstall skipifsilent
