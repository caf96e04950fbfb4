"""No window shape crashes the app: bench/window_shapes.py's sample, each crash counted.

Every named size (the minimum window, small laptops, the 1400–1420×900 that crashed, full HD,
1440p) with every tab and every state of the Train dock, then random shapes; each case draws,
resizes and draws again in the real window, then must settle (no widget still being resized
once the window is left alone: a layout chasing itself for ever). The cases run in child
processes, so a crash is a count in the report, not the end of the test run. The bench
script's default runs a larger sample.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import REPO

SCRIPT = REPO / "bench" / "window_shapes.py"
CASES = 180
"""165 named-size cases and 15 random ones: about 30 s on a quiet 2-core machine."""
LANGUAGE_CASES = 60
"""The four smallest named sizes with every tab and dock state: where labels wrap most."""
TIMEOUT_S = 280


def run_shapes(*arguments: str) -> dict:
    done = subprocess.run([sys.executable, str(SCRIPT), "--json", *arguments],
                          capture_output=True, text=True, cwd=REPO, timeout=TIMEOUT_S,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_no_window_shape_crashes_the_window():
    report = run_shapes("--cases", str(CASES))
    assert report["crashes"] == 0, report["crashed"]
    assert report["unsettled"] == 0, report["unsettled_cases"]
    assert report["ran"] == CASES


@pytest.mark.parametrize("language", ["de", "zh_CN"])
def test_no_small_window_crashes_in_the_longest_and_the_tightest_language(language):
    """German's words run longest and Chinese wraps anywhere: other shapes for every label."""
    report = run_shapes("--cases", str(LANGUAGE_CASES), "--language", language)
    assert report["crashes"] == 0, report["crashed"]
    assert report["unsettled"] == 0, report["unsettled_cases"]
    assert report["ran"] == LANGUAGE_CASES and report["language"] == language


def test_a_crash_is_counted_and_the_cases_after_it_still_run():
    report = run_shapes("--cases", "5", "--crash-at", "2")
    assert report["crashes"] == 1 and report["crashed"][0]["index"] == 2
    assert report["ran"] == 4
