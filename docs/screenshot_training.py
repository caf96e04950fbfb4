"""Take docs/training.png (the Train panel mid-run) and docs/results.png (the run judged), or,
with ``--window-sizes``, docs/window-1024x640.png and docs/window-1920x1080.png.

The real window trains the "Keras mnist_mlp" preset (512-512 ReLU, RMSprop) on MNIST (``--limit
N`` training images, else all) for a few epochs, with 10 % held out so the validation curves show,
while the canvas reads a drawn "3" with the newest weights. The first picture is taken a little
past halfway, the second once the results are in. With ``--window-sizes`` the canvas keeps the
default model and, once the results are in, the window is photographed at a small and a large
size: does everything still show? Like docs/screenshot.py it runs under Xvfb (re-running itself
under ``xvfb-run``), so fonts and style are those of a Linux desktop; settings live in a
throwaway folder.

    python docs/screenshot_training.py [--epochs N] [--limit N] [--grab-at EPOCHS] [--scale 2]
                                       [--language CODE]
    python docs/screenshot_training.py --window-sizes --epochs 2 --limit 3000
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

from screenshot import rerun_under_xvfb, save_window  # noqa: E402  (one Xvfb recipe for all)

WINDOW_SIZE = (1560, 940)
CHECKED_SIZES = ((1024, 640), (1920, 1080))
"""``--window-sizes``: near the smallest the window may be, and a full-HD screen."""
PRESET = "Keras mnist_mlp"
GRAB_SHARE = 0.6
"""training.png is taken once this share of the epochs is done (unless ``--grab-at``)."""
TEST_IMAGES = 2000
"""With ``--limit``, the test digits judged: enough for a confusion matrix like the full one's."""


def open_window(language: str | None = None):
    """The main window reading with the default model, the Train panel docked and shown,
    settings and data in a temporary folder (:func:`gui.self_test.open_test_window`); in
    ``language`` (English by default), numbers in its locale's form as the app's start-up sets
    them (not the bare C locale of a build machine)."""
    from PySide6.QtWidgets import QDockWidget

    from gui.app import create_application
    from gui.common.language import ENGLISH, set_language
    from gui.self_test import open_test_window
    from gui.train.panel import TrainingPanel
    from model.resources import default_model_path

    create_application([])
    set_language(language or ENGLISH)
    window, errors = open_test_window(Path(tempfile.mkdtemp(prefix="digitlab-screenshot-")))
    if not window.open_model(default_model_path(), remember=False):
        sys.exit(errors[0])
    panel = TrainingPanel()
    window.add_training_panel(panel)
    window.findChild(QDockWidget, "trainingDock").show()
    window.resize(*WINDOW_SIZE)
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
    picture = save_window(window, path)
    print(f"{path}: {picture.width()}×{picture.height()} px")


def start_run(panel, args: argparse.Namespace, *, live: bool) -> tuple[dict, dict]:
    """Train the preset as ``args`` say; returns the run's progress (``epoch_fraction``, kept
    up to date) and its end (the FinishedEvent's fields, once it has ended)."""
    from PySide6.QtWidgets import QCheckBox

    from model.data.datasets import load_dataset
    from model.presets import presets

    preset = presets()[PRESET]
    training = dataclasses.replace(preset.training, epochs=args.epochs, validation_split=0.1)
    dataset = (preset.dataset if args.limit is None else
               load_dataset(preset.dataset).subset(args.limit, TEST_IMAGES, seed=0))
    panel.apply_preset(PRESET)
    panel.findChild(QCheckBox, "liveSnapshots").setChecked(live)
    progress = {"epoch_fraction": 0.0}
    panel.batch.connect(lambda batch: progress.update(epoch_fraction=batch.epoch_fraction))
    ended = {}
    panel.finished.connect(lambda summary: ended.update(summary.to_dict()))
    panel.start(preset.network, training, dataset=dataset)
    return progress, ended


def photograph_run(window, panel, args: argparse.Namespace) -> None:
    """training.png a little past halfway, results.png at the end."""
    progress, ended = start_run(panel, args, live=True)
    grab_at = args.grab_at if args.grab_at is not None else args.epochs * GRAB_SHARE
    wait_until(lambda: progress["epoch_fraction"] >= grab_at, timeout_s=1800)
    save(window, args.out / "training.png")
    wait_until(lambda: bool(ended), timeout_s=1800)
    settle()
    save(window, args.out / "results.png")
    print(f"{ended['message']} Test accuracy {ended['test_accuracy']:.2%}")


def photograph_sizes(window, panel, args: argparse.Namespace) -> None:
    """The window with its results, at each of CHECKED_SIZES."""
    _, ended = start_run(panel, args, live=False)
    wait_until(lambda: bool(ended), timeout_s=1800)
    for width, height in CHECKED_SIZES:
        window.resize(width, height)
        settle()
        save(window, args.out / f"window-{width}x{height}.png")


def settle() -> None:
    """Let the results tab, a new window size and the canvas's answer be painted."""
    from gui.common.waiting import wait_ms

    wait_ms(500)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--limit", type=int, metavar="N",
                        help="train on a stratified subset of N MNIST images (default: all)")
    parser.add_argument("--grab-at", type=float,
                        help="take training.png once this many epochs are done "
                             f"(default: {GRAB_SHARE:.0%} of --epochs)")
    sizes = " and ".join(f"{width}x{height}" for width, height in CHECKED_SIZES)
    parser.add_argument("--window-sizes", action="store_true",
                        help=f"take the window at {sizes} after the run instead, the canvas "
                             "reading with the default model")
    parser.add_argument("--scale", type=float, help="device pixel ratio (2 = HiDPI)")
    parser.add_argument("--language", metavar="CODE", help="the window's language (de, zh_CN …)")
    parser.add_argument("--out", type=Path, default=REPO / "docs")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        return rerun_under_xvfb()
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    window, panel = open_window(args.language)
    draw_three(window)
    if args.window_sizes:
        photograph_sizes(window, panel, args)
    else:
        photograph_run(window, panel, args)
    panel.shutdown()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
