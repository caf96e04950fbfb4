#!/usr/bin/env bash
# The macOS release steps around PyInstaller (which signs the app itself: digitlab.spec), run by
# .github/workflows/installers.yml on macos-15:
#   release.sh keychain           import $MACOS_CERTIFICATE into a temporary keychain
#   release.sh dmg APP DMG        the disk image (hdiutil, retried), then sign it
#   release.sh notarise DMG       submit to Apple, wait, staple, check Gatekeeper accepts it
# Signing uses $MACOS_SIGNING_IDENTITY when set (a Developer ID), else an ad-hoc signature; the
# notarisation needs $APPLE_ID, $APPLE_TEAM_ID and $APPLE_APP_PASSWORD (an app-specific password).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
identity=${MACOS_SIGNING_IDENTITY:-}

need() {  # NAME… : each must be set, or one clear line says which is missing
    local name
    for name in "$@"; do
        [ -n "${!name:-}" ] || { echo "expected \$$name set (a repository secret), found it empty" >&2; exit 1; }
    done
}

keychain() {
    # GitHub's documented recipe ("Installing an Apple certificate on macOS runners"), plus
    # codesign: in the partition list, so codesign may use the key without a dialog that a CI
    # runner can never answer, and the user's existing keychains kept in the search list.
    need MACOS_CERTIFICATE MACOS_CERTIFICATE_PASSWORD RUNNER_TEMP
    local keychain="$RUNNER_TEMP/signing.keychain-db" certificate="$RUNNER_TEMP/certificate.p12"
    local password
    password=$(openssl rand -base64 24)
    printf '%s' "$MACOS_CERTIFICATE" | base64 --decode > "$certificate"
    security create-keychain -p "$password" "$keychain"
    security set-keychain-settings -lut 21600 "$keychain"
    security unlock-keychain -p "$password" "$keychain"
    security import "$certificate" -P "$MACOS_CERTIFICATE_PASSWORD" -A -t cert -f pkcs12 \
        -k "$keychain"
    security set-key-partition-list -S apple-tool:,apple:,codesign: -s -k "$password" "$keychain"
    # shellcheck disable=SC2046  # one word per keychain path, as security prints them
    security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
    rm -f "$certificate"
    security find-identity -v -p codesigning "$keychain"
}

sign() {  # FILE: Developer ID with a secure timestamp, or ad hoc (which cannot be timestamped)
    if [ -n "$identity" ]; then
        codesign --force --timestamp --sign "$identity" "$1"
    else
        codesign --force --timestamp=none --sign - "$1"
    fi
    codesign --verify --strict --verbose=2 "$1"
}

dmg() {  # APP DMG
    local app=${1:?usage: release.sh dmg APP DMG} image=${2:?usage: release.sh dmg APP DMG}
    codesign --verify --deep --strict --verbose=2 "$app"
    rm -f "$image"
    "$here/../retry.sh" 4 "${HDIUTIL_RETRY_PAUSE_S:-15}" hdiutil create -volname DigitLab -srcfolder "$app" -ov \
        -format UDZO "$image"
    sign "$image"
}

notarise() {  # DMG
    local image=${1:?usage: release.sh notarise DMG}
    need MACOS_SIGNING_IDENTITY APPLE_ID APPLE_TEAM_ID APPLE_APP_PASSWORD
    xcrun notarytool submit "$image" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
        --password "$APPLE_APP_PASSWORD" --wait --timeout 60m
    xcrun stapler staple "$image"
    xcrun stapler validate "$image"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$image"
}

case ${1:-} in
    keychain) keychain ;;
    dmg) shift; dmg "$@" ;;
    notarise) shift; notarise "$@" ;;
    *) echo "usage: $0 keychain | dmg APP DMG | notarise DMG" >&2; exit 2 ;;
esac
