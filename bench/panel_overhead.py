"""What does training through the Train panel cost? The panel vs ``python main.py train``.

Both train the same network with the same settings on all of MNIST: once through the real panel
(offscreen, live plots and canvas snapshots on, the GUI thread draining events at ~30 Hz) and
once as a ``main.py train --json`` subprocess. Each reports ``train_seconds`` (from the first
batch's start to the end of fit, TensorFlow's import excluded); the runs alternate and the ratio
compares the best of each. On a machine shared with other work the run times scatter, so the
share of a core the GUI thread used while the panel trained (its CPU time from the first batch
to the last, over that wall time) is reported too: it is what the panel takes from training.

    QT_QPA_PLATFORM=offscreen python bench/panel_overhead.py [--epochs N] [--rounds R] [--limit N]
                                                              [--json] [--quick]
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from common import REPO, bench_parser, limited, parse_args
from panel_harness import BENCH_NETWORK, bench_training, open_panel, train_to_end

from model.data.datasets import load_dataset


def cli_train_seconds(epochs: int, batch_size: int, limit: int | None) -> float:
    subset = [] if limit is None else ["--limit", str(limit)]
    with tempfile.TemporaryDirectory() as folder:
        done = subprocess.run(
            [sys.executable, "main.py", "train", "--hidden", "128", "--epochs", str(epochs),
             "--batch-size", str(batch_size), *subset, "--out", str(Path(folder) / "bench.keras"),
             "--json"],
            capture_output=True, text=True, cwd=REPO, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])["train_seconds"]


def panel_run(panel, training, dataset) -> tuple[float, float]:
    """(train_seconds, GUI-thread CPU share while batches were reported) of one panel run."""
    marks: list[tuple[float, float]] = []

    def record(_batch) -> None:
        marks.append((time.thread_time(), time.perf_counter()))

    panel.batch.connect(record)
    seconds = train_to_end(panel, BENCH_NETWORK, training, dataset)["train_seconds"]
    panel.batch.disconnect(record)
    (cpu0, wall0), (cpu1, wall1) = marks[0], marks[-1]
    if wall1 <= wall0:
        raise SystemExit("the run was over before two batch reports arrived: raise --limit")
    return seconds, (cpu1 - cpu0) / (wall1 - wall0)


def main() -> int:
    parser = bench_parser(__doc__)
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--limit", type=int, metavar="N",
                        help="train on a stratified subset of N MNIST training images")
    args = parse_args(parser, rounds=1, limit=3000)

    _app, panel = open_panel()  # the QApplication must outlive the panel
    training = bench_training(args.epochs, args.batch_size)
    dataset = limited(load_dataset("mnist"), args.limit, training.seed)
    cli, gui, gui_cpu = [], [], []
    for _ in range(args.rounds):
        cli.append(cli_train_seconds(args.epochs, args.batch_size, args.limit))
        seconds, share = panel_run(panel, training, dataset)
        gui.append(seconds)
        gui_cpu.append(share)
    panel.shutdown()
    row = {"benchmark": "panel_overhead", "epochs": args.epochs, "batch_size": args.batch_size,
           "cli_train_s": cli, "panel_train_s": gui, "ratio": min(gui) / min(cli),
           "gui_thread_cpu_share": float(np.median(gui_cpu))}
    if args.json:
        print(json.dumps(row))
        return 0
    print(f"784-128-10 MLP, {args.epochs} epoch(s) of MNIST at batch {args.batch_size}, "
          f"best of {args.rounds}:")
    print(f"  main.py train   {min(cli):.2f} s   (runs: {', '.join(f'{s:.2f}' for s in cli)})")
    print(f"  Train panel     {min(gui):.2f} s   (runs: {', '.join(f'{s:.2f}' for s in gui)})")
    print(f"  ratio           {row['ratio']:.3f}")
    print(f"  GUI thread used {row['gui_thread_cpu_share']:.1%} of a core while the panel trained")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
