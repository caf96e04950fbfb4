#!/usr/bin/env bash
# Run a command again when it fails, for steps that flake on CI runners (hdiutil's "Resource
# busy" on GitHub's macOS images, actions/runner-images#7522):
#   retry.sh ATTEMPTS PAUSE_S COMMAND [ARGUMENT…]
# Exits with the command's status: 0 at its first success, else its last failure's.
set -uo pipefail
if [ $# -lt 3 ]; then
    echo "usage: $0 ATTEMPTS PAUSE_S COMMAND [ARGUMENT…]" >&2
    exit 2
fi
attempts=$1 pause=$2
shift 2
for attempt in $(seq 1 "$attempts"); do
    "$@"
    status=$?
    [ "$status" -eq 0 ] && exit 0
    echo "attempt $attempt of $attempts failed (exit $status): $1" >&2
    [ "$attempt" -lt "$attempts" ] && sleep "$pause"
done
exit "$status"
