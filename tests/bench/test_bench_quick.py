"""Every bench script still runs: ``python bench/X.py --quick --json`` on a tiny workload.

Benchmarks are run by hand, rarely, so an API change can break one unnoticed for months; this
runs each one's own code in seconds. The scripts are found by globbing ``bench/``, so a new
script that has no ``--quick`` fails here until it gets one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import REPO

BENCH = REPO / "bench"
HELPERS = {"browser_harness", "common", "gui_harness", "panel_harness"}
"""Modules the scripts import, not scripts themselves."""
TRAINS = {"accuracy", "adaptation", "drawn_tuning", "gui_responsiveness", "lessons",
          "panel_overhead", "run_history", "stop_latency", "train_cycles_memory",
          "training_overhead"}
TIMEOUT_S = 240
"""Per script; on the 2-core CI machine the slowest quick run takes well under a minute."""

SCRIPTS = sorted(path.stem for path in BENCH.glob("*.py") if path.stem not in HELPERS)


def test_helper_list_names_existing_modules():
    """A renamed helper must not turn into an untested "script" nor leave a stale name here."""
    assert all((BENCH / f"{name}.py").is_file() for name in HELPERS)


@pytest.mark.parametrize("script", [
    pytest.param(name, marks=pytest.mark.slow) if name in TRAINS else name for name in SCRIPTS
])
def test_quick_run_prints_json(script):
    done = subprocess.run(
        [sys.executable, str(BENCH / f"{script}.py"), "--quick", "--json"],
        capture_output=True, text=True, cwd=REPO, timeout=TIMEOUT_S,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stdout.strip().splitlines()
    assert lines, f"no output; stderr:\n{done.stderr}"
    assert isinstance(json.loads(lines[-1]), dict)
