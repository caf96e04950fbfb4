"""The scripts the installers workflow calls for retries, macOS signing and notarisation, and the
Windows installer, run here against stand-ins of the macOS and Windows tools that log how they
were called (the real ones exist only on those runners)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging.conftest import PACKAGING

pytestmark = pytest.mark.skipif(shutil.which("bash") is None or os.name != "posix",
                                reason="the scripts and stand-ins are bash")
IDENTITY = "Developer ID Application: Ada Lovelace (TEAM123456)"


@pytest.fixture
def tools(tmp_path):
    """A folder first on PATH for stand-in tools; ``tools.add(name, body)`` adds one, every
    call is logged to ``tools.log`` as ``name arg…``."""
    folder = tmp_path / "bin"
    folder.mkdir()
    log = tmp_path / "calls.log"

    class Tools:
        def add(self, name: str, body: str = "") -> None:
            script = folder / name
            script.write_text(f'#!/usr/bin/env bash\necho "{name} $*" >> "{log}"\n{body}\n')
            script.chmod(0o755)

        def calls(self) -> list[str]:
            return log.read_text(encoding="utf-8").splitlines() if log.exists() else []

        def env(self, **values: str) -> dict[str, str]:
            env = {key: value for key, value in os.environ.items()
                   if not key.startswith(("MACOS_", "APPLE_"))}
            return {**env, "PATH": f"{folder}:{env['PATH']}", "RUNNER_TEMP": str(tmp_path),
                    "HDIUTIL_RETRY_PAUSE_S": "0", **values}

    return Tools()


def run(script: str, *arguments, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(PACKAGING / script), *map(str, arguments)], env=env,
                          capture_output=True, text=True, timeout=60)


def test_retry_stops_at_the_first_success(tmp_path):
    counter = tmp_path / "count"
    flaky = (f'n=$(( $(cat {counter} 2>/dev/null || echo 0) + 1 )); echo $n > {counter}; '
             '[ $n -ge 3 ]')
    done = run("retry.sh", 5, 0, "bash", "-c", flaky, env=dict(os.environ))
    assert done.returncode == 0 and counter.read_text().strip() == "3"
    assert done.stderr.count("failed (exit 1)") == 2


def test_retry_gives_up_with_the_last_failure_s_status(tmp_path):
    done = run("retry.sh", 3, 0, "bash", "-c", "exit 7", env=dict(os.environ))
    assert done.returncode == 7 and "attempt 3 of 3 failed (exit 7)" in done.stderr


def test_the_disk_image_is_retried_when_hdiutil_is_busy_then_signed_ad_hoc(tools, tmp_path):
    busy = tmp_path / "busy-once"
    tools.add("codesign")
    tools.add("hdiutil", f'if [ ! -e {busy} ]; then touch {busy}; '
                         'echo "hdiutil: create failed - Resource busy" >&2; exit 1; fi; '
                         'touch "${@: -1}"')
    dmg = tmp_path / "DigitLab.dmg"
    done = run("macos/release.sh", "dmg", "dist/DigitLab.app", dmg, env=tools.env())
    assert done.returncode == 0, done.stderr
    assert tools.calls() == [
        "codesign --verify --deep --strict --verbose=2 dist/DigitLab.app",
        f"hdiutil create -volname DigitLab -srcfolder dist/DigitLab.app -ov -format UDZO {dmg}",
        f"hdiutil create -volname DigitLab -srcfolder dist/DigitLab.app -ov -format UDZO {dmg}",
        f"codesign --force --timestamp=none --sign - {dmg}",
        f"codesign --verify --strict --verbose=2 {dmg}",
    ]


def test_with_a_developer_id_the_disk_image_is_signed_with_it_and_timestamped(tools, tmp_path):
    tools.add("codesign")
    tools.add("hdiutil", 'touch "${@: -1}"')
    dmg = tmp_path / "DigitLab.dmg"
    done = run("macos/release.sh", "dmg", "DigitLab.app", dmg,
               env=tools.env(MACOS_SIGNING_IDENTITY=IDENTITY))
    assert done.returncode == 0, done.stderr
    assert f"codesign --force --timestamp --sign {IDENTITY} {dmg}" in tools.calls()


def test_the_keychain_is_set_up_the_documented_way_with_the_partition_list(tools, tmp_path):
    tools.add("security", 'if [ "$*" = "list-keychains -d user" ]; then '
                          'echo \'    "/Users/runner/Library/Keychains/login.keychain-db"\'; fi')
    done = run("macos/release.sh", "keychain", env=tools.env(
        MACOS_CERTIFICATE="cDEyLWJ5dGVz", MACOS_CERTIFICATE_PASSWORD="p12-password"))
    assert done.returncode == 0, done.stderr
    keychain = tmp_path / "signing.keychain-db"
    verbs = [" ".join(call.split()[:2]) for call in tools.calls()]
    assert verbs == ["security create-keychain", "security set-keychain-settings",
                     "security unlock-keychain", "security import",
                     "security set-key-partition-list", "security list-keychains",
                     "security list-keychains", "security find-identity"]
    calls = tools.calls()
    password = calls[0].split()[3]
    assert calls[2] == f"security unlock-keychain -p {password} {keychain}"
    assert calls[3] == (f"security import {tmp_path / 'certificate.p12'} -P p12-password -A -t "
                        f"cert -f pkcs12 -k {keychain}")
    assert calls[4] == (f"security set-key-partition-list -S apple-tool:,apple:,codesign: -s -k "
                        f"{password} {keychain}")
    assert calls[6] == (f"security list-keychains -d user -s {keychain} "
                        "/Users/runner/Library/Keychains/login.keychain-db")
    assert not (tmp_path / "certificate.p12").exists()  # the decoded certificate is not left


def test_a_missing_secret_is_named_in_one_line(tools):
    tools.add("security")
    done = run("macos/release.sh", "keychain", env=tools.env(MACOS_CERTIFICATE="x"))
    assert done.returncode == 1 and tools.calls() == []
    assert done.stderr == ("expected $MACOS_CERTIFICATE_PASSWORD set (a repository secret), "
                           "found it empty\n")


def test_notarisation_waits_staples_and_asks_gatekeeper(tools, tmp_path):
    tools.add("xcrun")
    tools.add("spctl")
    done = run("macos/release.sh", "notarise", "DigitLab.dmg", env=tools.env(
        MACOS_SIGNING_IDENTITY=IDENTITY, APPLE_ID="ada@example.org", APPLE_TEAM_ID="TEAM123456",
        APPLE_APP_PASSWORD="abcd-efgh"))
    assert done.returncode == 0, done.stderr
    assert tools.calls() == [
        "xcrun notarytool submit DigitLab.dmg --apple-id ada@example.org --team-id TEAM123456 "
        "--password abcd-efgh --wait --timeout 60m",
        "xcrun stapler staple DigitLab.dmg",
        "xcrun stapler validate DigitLab.dmg",
        "spctl --assess --type open --context context:primary-signature --verbose=2 DigitLab.dmg",
    ]


def test_the_windows_installer_says_clearly_when_inno_setup_is_missing(tools, tmp_path):
    env = tools.env(PROGRAMFILES_X86=str(tmp_path / "none"), PROGRAMFILES=str(tmp_path / "none"))
    env["PATH"] = f"{tmp_path / 'bin'}:{Path(shutil.which('bash')).parent}"
    done = run("windows/build_installer.sh", "1.2.3", env=env)
    assert done.returncode == 1
    assert done.stderr.startswith("expected Inno Setup 6 (ISCC.exe on PATH or in Program Files")
    assert done.stderr.rstrip().endswith("found none: choco install innosetup")


def test_the_windows_installer_finds_iscc_where_inno_setup_installs_itself(tools, tmp_path):
    folder = tmp_path / "Program Files (x86)" / "Inno Setup 6"
    folder.mkdir(parents=True)
    tools.add("ISCC.exe")
    shutil.move(tmp_path / "bin" / "ISCC.exe", folder / "ISCC.exe")
    done = run("windows/build_installer.sh", "1.2.3",
               env=tools.env(PROGRAMFILES_X86=str(tmp_path / "Program Files (x86)")))
    assert done.returncode == 0, done.stderr
    assert tools.calls() == [
        f"ISCC.exe //DAppVersion=1.2.3 {PACKAGING / 'windows' / 'digitlab.iss'}"]
