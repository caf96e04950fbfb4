#!/usr/bin/env bash
# make dist-check: the release files in dist/ work where a user puts them.
#   check_dist.sh VERSION
# The archive, unpacked elsewhere: both self-tests (start-up timed), train/evaluate/predict, the
# bundle's gates (smoke_test.py). The .deb: size, lintian with 0 errors, a valid .desktop entry
# and MIME types, the absolute launcher link, the launcher's self-test from a scratch root and,
# as root, a real install (dpkg -i), run (the real window under Xvfb when xvfb-run is there) and
# removal (dpkg -r) that leaves nothing. The .rpm:
# its file list and digests (rpm -qlp, rpm -K) and, as root, an install into a scratch root
# (rpm -i --nodeps: the scratch root has no Fedora libraries to satisfy its dependencies).
set -euo pipefail
version=${1:?usage: $0 VERSION}
here=$(cd "$(dirname "$0")" && pwd)
dist=$(cd "$here/../dist" && pwd)
python=${PYTHON:-python3}
archive="$dist/DigitLab-$version-linux-x86_64.tar.xz"
deb="$dist/digitlab_${version}_amd64.deb"
rpm="$dist/digitlab-$version-1.x86_64.rpm"
max_archive_mb=260
max_deb_mb=225
# The start-up targets, from process start (CI's shared runners pass looser ones).
max_window_s=${MAX_WINDOW_S:-0.5}
max_prediction_s=${MAX_PREDICTION_S:-0.8}
installed=(/opt/digitlab /usr/bin/digitlab /usr/share/applications/digitlab.desktop
           /usr/share/icons/hicolor/scalable/apps/digitlab.svg /usr/share/mime/packages/digitlab.xml
           /usr/share/man/man1/digitlab.1.gz /usr/share/doc/digitlab)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
at_most_mb() {  # FILE MAX_MB
    local mb=$(( $(stat -c %s "$1") / 1000000 ))
    echo "$(basename "$1"): $mb MB (gate $2 MB)"
    [ "$mb" -le "$2" ] || fail "expected $(basename "$1") to be at most $2 MB, found $mb MB"
}
smoke() { "$python" "$here/smoke_test.py" "$@"; }

echo "== $archive"
at_most_mb "$archive" "$max_archive_mb"
tar -xJf "$archive" -C "$scratch"
smoke --app "$scratch/DigitLab/digitlab" --bundle "$scratch/DigitLab" \
    --max-window-s "$max_window_s" --max-prediction-s "$max_prediction_s"

echo "== $deb"
at_most_mb "$deb" "$max_deb_mb"
if dpkg-deb -c "$deb" | grep -Ei 'libcuda|nvidia|libreadline'; then
    fail "expected no CUDA/NVIDIA or readline file in the .deb, found the files above"
fi
dpkg-deb -f "$deb" Maintainer Depends
# Errors fail; warnings and the rest are shown (overrides: packaging/linux/lintian-overrides).
lintian --fail-on error --display-level ">=warning" "$deb" \
    || fail "expected lintian to find no error in the .deb, found the errors above"
root="$scratch/root"
dpkg -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/digitlab.desktop"
mime="$scratch/share/mime"
mkdir -p "$mime/packages"
cp "$root/usr/share/mime/packages/digitlab.xml" "$mime/packages/"
# In the data path, or update-mime-database notes that applications would not look there.
XDG_DATA_DIRS="$scratch/share" update-mime-database "$mime" 2>&1 | tee "$scratch/mime.log"
[ ! -s "$scratch/mime.log" ] || fail "expected the MIME types to register quietly, found the above"
[ "$(readlink "$root/usr/bin/digitlab")" = /opt/digitlab/digitlab ] \
    || fail "expected /usr/bin/digitlab → /opt/digitlab/digitlab, found $(readlink "$root/usr/bin/digitlab")"
[ -s "$root/usr/share/doc/digitlab/copyright" ] || fail "expected a copyright file, found none"
smoke --quick --app "$root/opt/digitlab/digitlab"

echo "== $rpm"
rpm -qlp "$rpm" > "$scratch/rpm-files"
for path in /opt/digitlab/digitlab /usr/bin/digitlab /usr/share/doc/digitlab/copyright; do
    grep -qx "$path" "$scratch/rpm-files" || fail "expected $path in the .rpm, found it missing"
done
rpm -K "$rpm"

if [ "$(id -u)" -ne 0 ]; then
    echo "skipped: a real dpkg -i / dpkg -r and rpm -i into a scratch root (need root)"
    exit 0
fi
echo "== rpm -i --nodeps into a scratch root, self-test, rpm -e"
rpm_root="$scratch/rpm-root"
rpm --root "$rpm_root" --initdb
rpm -i --nodeps --root "$rpm_root" "$rpm"
smoke --quick --app "$rpm_root/opt/digitlab/digitlab"
rpm --root "$rpm_root" -e digitlab
[ ! -e "$rpm_root/opt/digitlab" ] || fail "expected rpm -e to remove /opt/digitlab, found it"

echo "== dpkg -i, self-test, dpkg -r"
if ! dpkg -i "$deb"; then
    # Missing Depends: apt fetches them (this also proves the Depends line names real packages).
    apt-get install -y --no-install-recommends -f || fail "expected the Depends to be installable"
fi
if command -v xvfb-run >/dev/null; then
    # The real window (xcb, not offscreen): it must come up with only the declared Depends.
    xvfb-run -a "$python" "$here/smoke_test.py" --quick --window --app /usr/bin/digitlab
else
    smoke --quick --app /usr/bin/digitlab
fi
dpkg -r digitlab
for left in "${installed[@]}"; do
    if [ -e "$left" ] || [ -L "$left" ]; then fail "expected $left removed, found it"; fi
done
echo "dist-check: all passed"
