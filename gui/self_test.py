"""``python main.py --self-test``: open the real window, draw a digit with real mouse events, check.

It proves on any machine, in a few seconds and without a person, that the installed app starts,
loads its default model without TensorFlow and reads a drawn digit, and it measures how long the
user waits for the window and for the first answer (from process start, as the user counts).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QSettings, QTemporaryDir
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gui.draw.replay import drag_strokes
from gui.main_window import MainWindow
from model.drawing.strokes import DIGIT_BOX, fit_strokes
from model.user_data import DATA_DIR_ENV

EXPECTED = "3"
STROKES = (np.array([
    (178, 174), (189, 168), (202, 163), (217, 159), (235, 157), (252, 156), (267, 158), (278, 161),
    (281, 168), (277, 177), (266, 188), (252, 201), (236, 214), (221, 228), (208, 242), (199, 256),
    (197, 268), (200, 279), (207, 290), (215, 302), (222, 314), (225, 326), (222, 338), (212, 351),
    (184, 368), (160, 377), (133, 383), (108, 385), (87, 386), (78, 383),
], dtype=np.float64),)
"""A "3" from the UCI pendigits set (digit 1043, writer 20), tablet units with y downward."""


def run_self_test(app: QApplication, model_path: Path,
                  seconds_since_start: Callable[[], float], output: Path | None = None) -> int:
    """Draw the built-in "3", report one JSON line of timings and the verdict, 0 if it was read."""
    scratch = QTemporaryDir()
    window, errors = open_test_window(Path(scratch.path()))
    report = {"window_shown_s": round(seconds_since_start(), 3)}
    if not window.open_model(model_path, remember=False):
        return finish(window, {**report, "ok": False, "error": errors[0]}, output)
    drag_strokes(window.canvas(), fit_strokes(STROKES, DIGIT_BOX))
    app.processEvents()
    predicted = window.prediction_view().predicted_name()
    report.update(first_prediction_s=round(seconds_since_start(), 3), predicted=predicted,
                  expected=EXPECTED, ok=predicted == EXPECTED)
    return finish(window, report, output)


def open_test_window(scratch: Path) -> tuple[MainWindow, list[str]]:
    """The real window, shown, with its settings and data folder (run history, drawings) in
    ``scratch``, and error dialogs collected into the returned list instead of waiting for a
    click.

    The self-tests, the GUI benchmarks and the documentation's screenshots all open it so: the
    user's settings and data are neither read (a machine's own run history would show in a
    screenshot) nor changed (a self-test's training run would land in it).
    """
    os.environ[DATA_DIR_ENV] = str(scratch / "data")  # read on use; a training child inherits it
    window = MainWindow(QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    errors: list[str] = []
    window.show_error = lambda title, text: errors.append(f"{title}: {text}")
    window.show()
    QTest.qWaitForWindowExposed(window)
    return window, errors


def finish(window: MainWindow, report: dict[str, Any], output: Path | None) -> int:
    """Close the window and report: one JSON line on stdout, or in ``output`` when given (a
    windowed Windows build has no stdout). Exit status 0 if the report says ``ok``."""
    line = json.dumps(report) + "\n"
    if output is None:
        print(line, end="", flush=True)
    else:
        output.write_text(line, encoding="utf-8")
    window.close()
    return 0 if report["ok"] else 1
