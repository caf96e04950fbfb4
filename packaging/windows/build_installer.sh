#!/usr/bin/env bash
# DigitLab-<version>-setup.exe from dist/DigitLab with Inno Setup 6 (Git Bash on Windows):
#   build_installer.sh VERSION
# ISCC.exe is looked for on PATH, then where Inno Setup 6 installs itself; if it is in neither,
# one line says so and how to get it (GitHub's current Windows images no longer carry it: the
# workflow installs it with Chocolatey first).
set -euo pipefail
version=${1:?usage: $0 VERSION}
here=$(cd "$(dirname "$0")" && pwd)
iscc=$(command -v iscc || command -v ISCC.exe || true)
for folder in "${PROGRAMFILES_X86:-/c/Program Files (x86)}" "${PROGRAMFILES:-/c/Program Files}"; do
    [ -n "$iscc" ] && break
    [ -x "$folder/Inno Setup 6/ISCC.exe" ] && iscc="$folder/Inno Setup 6/ISCC.exe"
done
if [ -z "$iscc" ]; then
    echo "expected Inno Setup 6 (ISCC.exe on PATH or in Program Files (x86)\\Inno Setup 6), found" \
         "none: choco install innosetup" >&2
    exit 1
fi
"$iscc" "//DAppVersion=$version" "$here/digitlab.iss"
