"""``main.py --self-test-train``: the Train panel trains one short epoch inside the real window.

Where ``--self-test`` proves the drawing path (no TensorFlow), this one proves the other half of
an installed or frozen app: TensorFlow imports and trains (on the panel's worker, wherever that
runs it), pyqtgraph draws the live curves, and the trained network reads digits. It trains on a
few hundred MNIST images so it ends in seconds, and judges the run only by what the panel hands
back (a model that reads the held-out test images better than chance), not by the shape of its
events: only TensorFlow can have trained that model.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTemporaryDir
from PySide6.QtWidgets import QApplication

from gui.common.waiting import wait_for_signal
from gui.self_test import finish, open_test_window
from gui.train.panel import TrainingPanel
from model.config import NetworkConfig, TrainingConfig
from model.data.datasets import Dataset, load_dataset
from model.image_size import to_unit_float

TRAIN_IMAGES, TEST_IMAGES = 600, 200
MIN_ACCURACY = 0.5
"""After one epoch on 600 images the default MLP reads about 70% of the test digits; chance is
10%."""
TIMEOUT_S = 300
"""Generous: a frozen TensorFlow's first import can take tens of seconds on a slow disk."""


def run_training_self_test(app: QApplication, seconds_since_start: Callable[[], float],
                           output: Path | None = None) -> int:
    """Open the window and its Train panel, train one epoch, report JSON; 0 if the model learnt."""
    scratch = QTemporaryDir()
    window, errors = open_test_window(Path(scratch.path()))
    panel = TrainingPanel()
    panel.show_error = lambda title, text: errors.append(f"{title}: {text}")
    dock = window.add_training_panel(panel)
    report = {"window_shown_s": round(seconds_since_start(), 3)}
    dataset = load_dataset("mnist").subset(TRAIN_IMAGES, TEST_IMAGES, seed=0)
    finished = _train(panel, dataset, on_started=dock.show)
    accuracy = _accuracy(panel, dataset)
    report.update(
        trained_s=round(seconds_since_start(), 3), finished=finished,
        test_accuracy=accuracy, pyqtgraph=_version("pyqtgraph"), status=panel.status_text(),
        errors=errors,
        ok=finished and accuracy is not None and accuracy >= MIN_ACCURACY and not errors,
    )
    return finish(window, report, output)


def _train(panel: TrainingPanel, dataset: Dataset, on_started: Callable[[], object]) -> bool:
    """Start one epoch and wait for ``finished`` (True) or the time-out (False)."""

    def start() -> None:
        panel.start(NetworkConfig(), TrainingConfig(epochs=1, batch_size=32), dataset)
        on_started()  # shown after start(), so the panel does not begin loading all of MNIST

    return wait_for_signal(panel.finished, TIMEOUT_S * 1000, start=start)


def _accuracy(panel: TrainingPanel, dataset: Dataset) -> float | None:
    """The trained network's accuracy on the subset's test images, by the numpy predictor the
    canvas would use; None if the panel has no trained network to offer."""
    predictor = getattr(panel.outcome(), "predictor", None)
    if predictor is None:
        return None
    labels, _ = predictor.predict(to_unit_float(dataset.x_test))
    return round(float((labels == dataset.y_test).mean()), 4)


def _version(module: str) -> str | None:
    """The version of ``module`` if this process imported it (proof that it ran here)."""
    loaded = sys.modules.get(module)
    return getattr(loaded, "__version__", "?") if loaded is not None else None
