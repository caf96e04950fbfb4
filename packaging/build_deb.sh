#!/usr/bin/env bash
# Build the .deb from the one-folder bundle:  build_deb.sh VERSION BUNDLE_DIR ICON_SVG OUT.deb
# The installed files are packaging/linux/layout.sh's (shared with the .rpm); this adds what Debian
# asks of a package: the control file (Depends read off the bundle, maintainer from
# $DEB_MAINTAINER), a changelog, and lintian overrides for what a self-contained app in /opt must
# do (packaging/linux/lintian-overrides, each one explained there).
set -euo pipefail
if [ $# -ne 4 ]; then
    echo "usage: $0 VERSION BUNDLE_DIR ICON_SVG OUT.deb" >&2
    exit 2
fi
version=$1 bundle=$2 icon=$3 deb=$4
here=$(cd "$(dirname "$0")" && pwd)
python=${PYTHON:-python3}
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT

"$here/linux/layout.sh" "$bundle" "$icon" "$root"
maintainer=$("$python" "$here/deb_control.py" --maintainer)
doc=$root/usr/share/doc/digitlab
# A native package (no Debian revision): its changelog is changelog.gz.
printf 'digitlab (%s) unstable; urgency=medium\n\n  * Release %s: see the README for what it brings.\n\n -- %s  %s\n' \
    "$version" "$version" "$maintainer" "$(date -R -u -d "@${SOURCE_DATE_EPOCH:-$(date +%s)}")" \
    | gzip -9n > "$doc/changelog.gz"
install -d "$root/usr/share/lintian/overrides" "$root/DEBIAN"
install -m 644 "$here/linux/lintian-overrides" "$root/usr/share/lintian/overrides/digitlab"
"$python" "$here/deb_control.py" "$version" "$root/opt/digitlab" > "$root/DEBIAN/control"
mkdir -p "$(dirname "$deb")"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb"
