"""Architecture rules that keep start-up fast and the core reusable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=REPO, timeout=120)


def test_importing_the_core_loads_neither_tensorflow_nor_qt():
    done = run_python(
        "import sys, pkgutil, importlib, model\n"
        "for m in pkgutil.walk_packages(model.__path__, 'model.'):\n"
        "    if m.name not in ('model.training.monitor', 'model.training.augmented_batches'):\n"
        "        importlib.import_module(m.name)\n"
        "bad = [n for n in ('tensorflow', 'keras', 'PySide6', 'pyqtgraph') if n in sys.modules]\n"
        "print(bad)\n"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def run_tool(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    """A console script of this venv (``make lint`` runs the same two)."""
    return subprocess.run([str(Path(sys.executable).parent / name), *args], capture_output=True,
                          text=True, cwd=REPO, timeout=120)


def test_import_linter_contracts_hold():
    done = run_tool("lint-imports", "--no-cache")
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_finds_nothing():
    done = run_tool("ruff", "check", "--no-cache", ".")
    assert done.returncode == 0, done.stdout + done.stderr
