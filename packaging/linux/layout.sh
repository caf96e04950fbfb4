#!/usr/bin/env bash
# Lay out the installed files of the .deb and the .rpm under ROOT (one layout for both):
#   layout.sh BUNDLE_DIR ICON_SVG ROOT
# /opt/digitlab (the bundle), /usr/bin/digitlab (an absolute link to its launcher), the .desktop
# entry, the icon, the MIME types it opens, the man page and /usr/share/doc/digitlab/copyright
# (the bundle's THIRD-PARTY-NOTICES.txt with common licences referred to, as Debian asks).
# Desktop, icon and MIME caches are refreshed by the package managers' own triggers (dpkg) or
# file triggers (rpm), so neither package has maintainer scripts.
set -euo pipefail
if [ $# -ne 3 ]; then
    echo "usage: $0 BUNDLE_DIR ICON_SVG ROOT" >&2
    exit 2
fi
bundle=$1 icon=$2 root=$3
here=$(cd "$(dirname "$0")" && pwd)
notices=$(find "$bundle" -name THIRD-PARTY-NOTICES.txt -print -quit)
if [ -z "$notices" ]; then
    echo "expected THIRD-PARTY-NOTICES.txt in $bundle (packaging/digitlab.spec writes it), found none" >&2
    exit 1
fi
share=$root/usr/share
install -d "$root/opt" "$root/usr/bin" "$share/applications" "$share/icons/hicolor/scalable/apps" \
    "$share/mime/packages" "$share/man/man1" "$share/doc/digitlab"
cp -a "$bundle" "$root/opt/digitlab"
# PyInstaller leaves every library executable; Debian wants them 644 (only programs run).
find "$root/opt/digitlab" -type f -name '*.so*' -exec chmod 644 {} +
ln -s /opt/digitlab/digitlab "$root/usr/bin/digitlab"
install -m 644 "$here/digitlab.desktop" "$share/applications/digitlab.desktop"
install -m 644 "$icon" "$share/icons/hicolor/scalable/apps/digitlab.svg"
install -m 644 "$here/digitlab-mime.xml" "$share/mime/packages/digitlab.xml"
gzip -9n < "$here/digitlab.1" > "$share/man/man1/digitlab.1.gz"
"${PYTHON:-python3}" "$here/../notices.py" --debian "$notices" "$share/doc/digitlab/copyright"
chmod -R u=rwX,go=rX "$root"
