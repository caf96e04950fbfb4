"""The real Train panel for the training benchmarks: shown offscreen, driven through its API.

    from panel_harness import open_panel, train_to_end
    app, panel = open_panel()
    summary = train_to_end(panel, network, training, dataset)
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as gui/app.py sets it for the real app

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox

from gui.common.waiting import wait_for_signal
from gui.train.panel import TrainingPanel
from model.config import LayerConfig, NetworkConfig, TrainingConfig

AS_LONG_AS_IT_TAKES_MS = 2**31 - 1
"""Qt's longest timer (~24 days): a benchmark run is waited for however long it trains."""
BENCH_NETWORK = NetworkConfig(hidden=(LayerConfig(128),))
"""DigitLab's default network (784-128-10 ReLU), also what ``main.py train --hidden 128`` builds."""


def bench_training(epochs: int, batch_size: int) -> TrainingConfig:
    """The default training settings (Adam 0.001, 10 % validation, seed 42) at this size."""
    return TrainingConfig(epochs=epochs, batch_size=batch_size)


def open_panel(*, live: bool = True) -> tuple[QApplication, TrainingPanel]:
    """A shown panel the size of a docked one; ``live`` turns on the canvas snapshots a user
    watching the network learn would have on."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the QApplication is made
    app = QApplication.instance() or QApplication([sys.argv[0]])
    panel = TrainingPanel()
    panel.show_error = _fail
    panel.resize(520, 900)
    panel.show()
    QTest.qWaitForWindowExposed(panel)
    panel.datasets().wait()  # showing the panel loads MNIST in the background: let it finish
    panel.findChild(QCheckBox, "liveSnapshots").setChecked(live)
    return app, panel


def train_to_end(panel: TrainingPanel, network, training, dataset) -> dict:
    """Start a run and spin the event loop until it ends; returns its summary as a dict."""
    ended = {}

    def record(summary) -> None:
        ended.update(summary.to_dict())

    panel.finished.connect(record)
    wait_for_signal(panel.finished, AS_LONG_AS_IT_TAKES_MS,
                    start=lambda: panel.start(network, training, dataset=dataset))
    panel.finished.disconnect(record)
    return ended


def _fail(title: str, text: str) -> None:
    sys.exit(f"{title}: {text}")
