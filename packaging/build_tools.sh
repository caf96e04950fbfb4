#!/usr/bin/env bash
# The Debian tools `make dist` and `make dist-check` need, checked before any work starts (and
# installed with apt-get when run as root, as on CI and a fresh build container).
#   build_tools.sh            check (install as root)
# Each command → the Debian package that provides it.
set -euo pipefail
declare -A PACKAGE_OF=(
    [objdump]=binutils          # the .deb's Depends, read off the bundle's ELF files
    [strip]=binutils            # TensorFlow's symbol tables (packaging/bundle_rules.py)
    [dpkg-deb]=dpkg
    [lintian]=lintian           # Debian's checks, 0 errors (dist-check)
    [desktop-file-validate]=desktop-file-utils
    [update-mime-database]=shared-mime-info   # checks the MIME type XML (dist-check)
    [rpmbuild]=rpm              # the .rpm, from the same bundle
    [xz]=xz-utils               # the .tar.xz archive
    [fakeroot]=fakeroot         # lintian unpacks as a non-root user would
    [patchelf]=patchelf         # build-machine RUNPATHs out of the bundle (runpaths.py)
)
missing=()
for command in "${!PACKAGE_OF[@]}"; do
    command -v "$command" >/dev/null || missing+=("${PACKAGE_OF[$command]}")
done
[ ${#missing[@]} -eq 0 ] && exit 0
mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "installing the build tools: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    exit 0
fi
echo "expected the build tools installed, found these packages missing: ${missing[*]}" >&2
echo "install them with: sudo apt-get install ${missing[*]}" >&2
exit 1
