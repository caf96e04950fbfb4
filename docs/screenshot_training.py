"""Take docs/training.png (the Train panel mid-run) and docs/results.png (the run judged).

The real window trains the "Keras mnist_mlp" preset (512-512 ReLU, RMSprop) on all of MNIST for a
few epochs, with 10 % held out so the validation curves show, while the canvas reads a drawn "3"
with the newest weights. The first picture is taken halfway through, the second once the results
are in. Like docs/screenshot.py it runs under Xvfb (re-running itself under ``xvfb-run``), so
fonts and style are those of a Linux desktop; settings live in a throwaway folder.

    python docs/screenshot_training.py [--epochs N] [--grab-at EPOCHS] [--scale 2]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "docs"))

from screenshot import rerun_under_xvfb  # noqa: E402  (one Xvfb recipe for both pictures)

WINDOW_SIZE = (1560, 940)
PRESET = "Keras mnist_mlp"


def open_window():
    """The main window with the Train panel docked and shown, settings in a temporary file."""
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QDockWidget

    from gui.app import create_application
    from gui.main_window import MainWindow
    from gui.train.panel import TrainingPanel

    create_application([])
    settings = Path(tempfile.mkdtemp(prefix="digitlab-screenshot-")) / "settings.ini"
    window = MainWindow(QSettings(str(settings), QSettings.Format.IniFormat))
    panel = TrainingPanel()
    window.add_training_panel(panel)
    window.findChild(QDockWidget, "trainingDock").show()
    window.resize(*WINDOW_SIZE)
    window.show()
    QTest.qWaitForWindowExposed(window)
    return window, panel


def draw_three(window) -> None:
    from gui.draw.replay import drag_strokes
    from gui.self_test import DIGIT_BOX, STROKES
    from model.drawing.strokes import fit_strokes

    drag_strokes(window.canvas(), fit_strokes(STROKES, DIGIT_BOX))


def wait_until(condition, timeout_s: float) -> None:
    from gui.common.waiting import wait_ms

    waited = 0.0
    while not condition():
        if waited > timeout_s:
            sys.exit("timed out waiting for training")
        wait_ms(100)
        waited += 0.1


def save(window, path: Path) -> None:
    picture = window.screen().grabWindow(window.winId())
    picture.save(str(path))
    print(f"{path}: {picture.width()}×{picture.height()} px")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--grab-at", type=float, default=3.5,
                        help="take training.png once this many epochs are done")
    parser.add_argument("--scale", type=float, help="device pixel ratio (2 = HiDPI)")
    parser.add_argument("--out", type=Path, default=REPO / "docs")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        return rerun_under_xvfb()
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    window, panel = open_window()

    from PySide6.QtWidgets import QCheckBox

    from gui.common.waiting import wait_ms
    from model.presets import presets

    preset = presets()[PRESET]
    training = dataclasses.replace(preset.training, epochs=args.epochs, validation_split=0.1)
    panel.apply_preset(PRESET)
    panel.findChild(QCheckBox, "liveSnapshots").setChecked(True)
    draw_three(window)
    progress = {"epoch_fraction": 0.0}
    panel.batch.connect(lambda batch: progress.update(epoch_fraction=batch.epoch_fraction))
    ended = {}
    panel.finished.connect(lambda summary: ended.update(summary.to_dict()))
    panel.start(preset.network, training, dataset=preset.dataset)
    wait_until(lambda: progress["epoch_fraction"] >= args.grab_at, timeout_s=1800)
    save(window, args.out / "training.png")
    wait_until(lambda: bool(ended), timeout_s=1800)
    wait_ms(500)  # the results tab and the canvas's final answer are painted
    save(window, args.out / "results.png")
    print(f"{ended['message']} Test accuracy {ended['test_accuracy']:.2%}")
    panel.shutdown()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
