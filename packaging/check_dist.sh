#!/usr/bin/env bash
# make dist-check: the release files in dist/ work where a user puts them.
#   check_dist.sh VERSION
# The archive, unpacked elsewhere: both self-tests, train/evaluate/predict, size, no CUDA
# (smoke_test.py). The .deb: size, no CUDA, a valid .desktop entry, its launcher's self-test
# from a scratch root (dpkg -x) and, as root, a real install, self-test and clean removal.
set -euo pipefail
version=${1:?usage: $0 VERSION}
here=$(cd "$(dirname "$0")" && pwd)
dist=$(cd "$here/../dist" && pwd)
python=${PYTHON:-python3}
tarball="$dist/DigitLab-$version-linux-x86_64.tar.gz"
deb="$dist/digitlab_${version}_amd64.deb"
max_deb_mb=300
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

echo "== $tarball"
tar -xzf "$tarball" -C "$scratch"
"$python" "$here/smoke_test.py" --app "$scratch/DigitLab/digitlab" --bundle "$scratch/DigitLab"

echo "== $deb"
deb_mb=$(( $(stat -c %s "$deb") / 1000000 ))
[ "$deb_mb" -le "$max_deb_mb" ] || fail "expected the .deb to be at most $max_deb_mb MB, found $deb_mb MB"
if dpkg-deb -c "$deb" | grep -Ei 'libcuda|nvidia'; then
    fail "expected no CUDA/NVIDIA file in the .deb, found the files above"
fi
dpkg-deb -f "$deb" Depends
command -v desktop-file-validate >/dev/null \
    || fail "expected desktop-file-validate, found none: apt-get install desktop-file-utils"
dpkg -x "$deb" "$scratch/root"
desktop-file-validate "$scratch/root/usr/share/applications/digitlab.desktop"
[ -f "$scratch/root/usr/share/icons/hicolor/scalable/apps/digitlab.svg" ] \
    || fail "expected the icon in hicolor/scalable/apps, found none"
"$python" "$here/smoke_test.py" --quick --app "$scratch/root/usr/bin/digitlab"

if [ "$(id -u)" -ne 0 ]; then
    echo "skipped: a real dpkg -i / dpkg -r (needs root)"
    exit 0
fi
echo "== dpkg -i, self-test, dpkg -r"
if ! dpkg -i "$deb"; then
    # Missing Depends: apt fetches them (this also proves the Depends line names real packages).
    apt-get install -y --no-install-recommends -f || fail "expected the Depends to be installable"
fi
"$python" "$here/smoke_test.py" --quick --app /usr/bin/digitlab
dpkg -r digitlab
for left in /opt/digitlab /usr/bin/digitlab /usr/share/applications/digitlab.desktop \
            /usr/share/icons/hicolor/scalable/apps/digitlab.svg; do
    if [ -e "$left" ] || [ -L "$left" ]; then fail "expected $left removed, found it"; fi
done
echo "dist-check: all passed"
