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


def test_model_package_never_imports_qt_or_gui():
    offenders = [
        str(path.relative_to(REPO)) for path in (REPO / "model").rglob("*.py")
        for line in path.read_text().splitlines()
        if line.lstrip().startswith(("import ", "from "))
        and any(name in line.split()[1] for name in ("PySide6", "pyqtgraph", "shiboken", "gui"))
    ]
    assert offenders == []


def test_import_linter_contract_holds():
    lint_imports = Path(sys.executable).parent / "lint-imports"
    done = subprocess.run([str(lint_imports), "--no-cache"], capture_output=True, text=True,
                          cwd=REPO, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
