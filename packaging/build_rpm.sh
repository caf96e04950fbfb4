#!/usr/bin/env bash
# Build the .rpm (Fedora, openSUSE) from the same bundle and layout as the .deb:
#   build_rpm.sh VERSION BUNDLE_DIR ICON_SVG OUT_DIR   → OUT_DIR/digitlab-VERSION-1.x86_64.rpm
# rpmbuild comes from Debian's `rpm` package; the spec is packaging/rpm_spec.py's.
set -euo pipefail
if [ $# -ne 4 ]; then
    echo "usage: $0 VERSION BUNDLE_DIR ICON_SVG OUT_DIR" >&2
    exit 2
fi
version=$1 bundle=$2 icon=$3 out=$4
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$here/linux/layout.sh" "$bundle" "$icon" "$work/root"
"${PYTHON:-python3}" "$here/rpm_spec.py" "$version" "$work/root/opt/digitlab" "$work/root" \
    > "$work/digitlab.spec"
mkdir -p "$out"
rpmbuild -bb --quiet --define "_topdir $work/rpmbuild" --define "_rpmdir $(cd "$out" && pwd)" \
    --define "_build_name_fmt %%{NAME}-%%{VERSION}-%%{RELEASE}.%%{ARCH}.rpm" \
    --define "_source_date_epoch_from_changelog 0" "$work/digitlab.spec"
