#!/usr/bin/env bash
# Build the .deb from the one-folder bundle:  build_deb.sh VERSION BUNDLE_DIR ICON_SVG OUT.deb
# The bundle goes to /opt/digitlab, /usr/bin/digitlab links to its launcher, and the .desktop
# entry and the icon go where desktops look (their caches are refreshed by dpkg triggers of
# desktop-file-utils and hicolor-icon-theme, so no maintainer scripts: removal is dpkg's alone).
# The lesson file type is registered the same way (shared-mime-info's trigger).
set -euo pipefail
if [ $# -ne 4 ]; then
    echo "usage: $0 VERSION BUNDLE_DIR ICON_SVG OUT.deb" >&2
    exit 2
fi
version=$1 bundle=$2 icon=$3 deb=$4
here=$(cd "$(dirname "$0")" && pwd)
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT

install -d "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
    "$root/usr/share/icons/hicolor/scalable/apps" "$root/usr/share/mime/packages"
cp -a "$bundle" "$root/opt/digitlab"
# Relative, so the launcher also works from a scratch root (dpkg -x) in dist-check.
ln -s ../../opt/digitlab/digitlab "$root/usr/bin/digitlab"
install -m 644 "$here/linux/digitlab.desktop" "$root/usr/share/applications/digitlab.desktop"
install -m 644 "$icon" "$root/usr/share/icons/hicolor/scalable/apps/digitlab.svg"
install -m 644 "$here/linux/digitlab-lesson.xml" "$root/usr/share/mime/packages/digitlab-lesson.xml"
chmod -R u=rwX,go=rX "$root"
"${PYTHON:-python3}" "$here/deb_control.py" "$version" "$root/opt/digitlab" > "$root/DEBIAN/control"
mkdir -p "$(dirname "$deb")"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb"
