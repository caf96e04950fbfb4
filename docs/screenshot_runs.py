"""Take docs/runs.png: the Runs tab of the real window comparing three real training runs.

Three recipes are trained with the real command line (``digitlab train``), which records them
in the run history as any user's runs are: the Next Tech tutorial's tanh network with momentum
SGD, a sigmoid network with plain SGD (the slow learner) and the Keras example's 512-512 ReLU
network with RMSprop, each on ``--limit`` MNIST images, a tenth held out for validation. Then the
window opens on a throwaway data folder, the Train dock shows its Runs tab, the three runs are
selected and the window is grabbed. Like docs/screenshot.py it runs under Xvfb (re-running itself
under ``xvfb-run``).

    python docs/screenshot_runs.py [--epochs N] [--limit N] [--history DIR] [--scale 2]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "docs"))

from screenshot import rerun_under_xvfb  # noqa: E402  (one Xvfb recipe for every picture)
from screenshot_training import draw_three, open_window, save  # noqa: E402

WINDOW_SIZE = (1440, 860)
DOCK_WIDTH = 760
"""Wide enough for every column and long curves: the view as a teacher would show it."""
RECIPES = (
    ("--preset", "Next Tech tutorial"),
    ("--hidden", "100", "--activation", "sigmoid", "--optimizer", "sgd", "--learning-rate",
     "0.1", "--batch-size", "64"),
    ("--preset", "Keras mnist_mlp"),
)


def record_runs(args: argparse.Namespace) -> None:
    """Train each recipe with ``digitlab train``, recording it in ``args.history``."""
    env = {**os.environ, "DIGITLAB_DATA_DIR": str(args.history), "TF_CPP_MIN_LOG_LEVEL": "3"}
    for index, recipe in enumerate(RECIPES):
        out = args.history / f"run-{index}.keras"
        done = subprocess.run(
            [sys.executable, str(REPO / "main.py"), "train", *recipe, "--dataset", "mnist",
             "--validation-split", "0.1", "--epochs", str(args.epochs), "--limit",
             str(args.limit), "--out", str(out)],
            env=env, cwd=REPO, capture_output=True, text=True)
        if done.returncode != 0:
            sys.exit(done.stderr)
        print(done.stderr.strip().splitlines()[-1])


def photograph(args: argparse.Namespace) -> None:
    from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
    from PySide6.QtWidgets import QDockWidget, QTabWidget

    from gui.common.waiting import wait_for_signal, wait_ms
    from gui.runs.view import RunsView

    window, panel = open_window()
    draw_three(window)
    window.resize(*WINDOW_SIZE)
    window.resizeDocks([window.findChild(QDockWidget, "trainingDock")], [DOCK_WIDTH],
                       Qt.Orientation.Horizontal)
    view = panel.findChild(RunsView, "runs")
    if not wait_for_signal(view.refreshed, 10_000,
                           lambda: panel.findChild(QTabWidget).setCurrentWidget(view)):
        sys.exit("the Runs view was not filled")
    table = view.table().model()
    runs = QItemSelection()
    runs.select(table.index(0, 0), table.index(table.rowCount() - 1, table.columnCount() - 1))
    if not wait_for_signal(view.compared, 10_000, lambda: view.table().selectionModel().select(
            runs, QItemSelectionModel.SelectionFlag.ClearAndSelect)):
        sys.exit("the runs were not compared")
    wait_ms(500)
    save(window, args.out)
    panel.shutdown()
    window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--limit", type=int, default=12000,
                        help="MNIST training images per run (a stratified subset)")
    parser.add_argument("--history", type=Path,
                        help="a data folder to record in (and reuse: runs already recorded "
                             "there are not trained again)")
    parser.add_argument("--scale", type=float, help="device pixel ratio (2 = HiDPI)")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "runs.png")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        return rerun_under_xvfb()
    args.history = args.history or Path(tempfile.mkdtemp(prefix="digitlab-runs-"))
    args.history.mkdir(parents=True, exist_ok=True)
    if not (args.history / "runs.sqlite").is_file():
        record_runs(args)
    os.environ["DIGITLAB_DATA_DIR"] = str(args.history)
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    photograph(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
