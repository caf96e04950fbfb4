"""Does the window stay smooth while a network trains? Timer lateness on the GUI thread.

A 10 ms timer runs on the GUI thread of the real Train panel (offscreen, plots and live canvas
snapshots on) while it trains DigitLab's default 784-128-10 MLP on all of MNIST at batch size 32;
each tick's lateness (time since the previous tick minus 10 ms) is how long the GUI could not
react. "epoch" covers the first batch to the last; "whole run" spans Train pressed →
``finished``: importing TensorFlow, preparing the data, building and tracing the model, the
final test evaluation and keeping the model. ``--load`` starts one CPU-burning process per
core for the training measurement (and stops them after), as when a build keeps the machine
busy.

A second table feeds the plots a synthetic 50-epoch run (85,000 batches, in 200 deliveries per
epoch as the worker sends them) and times a redraw after the first and the last epoch (median of
10), and the process's resident memory growth in between.

    QT_QPA_PLATFORM=offscreen python bench/gui_responsiveness.py [--epochs N] [--limit N]
                                    [--load] [--synthetic-epochs N] [--json] [--quick]
"""

from __future__ import annotations

import gc
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
from common import bench_parser, limited, parse_args
from panel_harness import BENCH_NETWORK, bench_training, open_panel, train_to_end
from PySide6.QtCore import Qt, QTimer

from model.data.datasets import load_dataset
from model.training.events import BatchEvent, EpochEvent

TICK_MS = 10
SYNTHETIC_STEPS = 1688  # 54,000 training images at batch size 32
DRAINS_PER_EPOCH = 200


class TickRecorder:
    """A 10 ms precise timer on the GUI thread that notes when each tick really came."""

    def __init__(self) -> None:
        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def lateness_ms(self, start: float, end: float) -> np.ndarray:
        ticks = np.array([t for t in self.ticks if start <= t <= end])
        return np.maximum(np.diff(ticks) * 1000 - TICK_MS, 0.0)


def percentiles(lateness: np.ndarray) -> dict[str, float]:
    return {"ticks": int(lateness.size), "p50_ms": float(np.percentile(lateness, 50)),
            "p99_ms": float(np.percentile(lateness, 99)), "max_ms": float(lateness.max())}


@contextmanager
def cpu_load(enabled: bool) -> Iterator[None]:
    """One process per core spinning in a loop for the duration (when ``enabled``)."""
    burners = [subprocess.Popen([sys.executable, "-c", "while True: pass"])
               for _ in range(os.cpu_count() or 1)] if enabled else []
    try:
        yield
    finally:
        for burner in burners:
            burner.kill()
            burner.wait()


def measure_training(epochs: int, limit: int | None) -> dict[str, dict[str, float]]:
    _app, panel = open_panel()  # the QApplication must outlive the panel
    training = bench_training(epochs, 32)
    dataset = limited(load_dataset("mnist"), limit, training.seed)
    batches: list[float] = []
    panel.batch.connect(lambda _batch: batches.append(time.perf_counter()))
    recorder = TickRecorder()
    recorder.timer.start()
    started = time.perf_counter()
    summary = train_to_end(panel, BENCH_NETWORK, training, dataset)
    ended = time.perf_counter()
    recorder.timer.stop()
    panel.shutdown()
    return {"epoch": percentiles(recorder.lateness_ms(batches[0], batches[-1])),
            "whole run": percentiles(recorder.lateness_ms(started, ended)),
            "training": {"train_seconds": summary["train_seconds"],
                         "test_accuracy": summary["test_accuracy"]}}


def redraw_ms(plots) -> float:
    """One redraw as training triggers it: hand the data to the items, repaint both plots."""
    started = time.perf_counter()
    plots._push_data()
    for plot in (plots._loss_plot, plots._accuracy_plot):
        plot.viewport().repaint()
    return (time.perf_counter() - started) * 1000


def resident_mb() -> float:
    """The process's resident memory now (Linux), in MB, after freeing what can be freed."""
    gc.collect()
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 2**20


def measure_plot_growth(epochs: int) -> dict[str, float]:
    app, panel = open_panel(live=False)
    plots = panel.plots()
    panel.show_training()
    plots.begin()
    rng = np.random.default_rng(0)
    timings, memory = {}, {}
    for epoch in range(epochs):
        steps = np.arange(epoch * SYNTHETIC_STEPS, (epoch + 1) * SYNTHETIC_STEPS) + 1
        loss = 2.3 * np.exp(-steps / 20000) + rng.normal(0, 0.1, steps.size) ** 2
        batches = [BatchEvent(step=int(step), epoch=epoch, batch=index, loss=float(value),
                              accuracy=1 - float(value) / 2.5,
                              epoch_fraction=step / SYNTHETIC_STEPS, samples_per_s=0.0,
                              elapsed_s=0.0, eta_s=0.0)
                   for index, (step, value) in enumerate(zip(steps, loss, strict=True))]
        for chunk in np.array_split(np.asarray(batches, dtype=object), DRAINS_PER_EPOCH):
            plots.add_batches(chunk)
            app.processEvents()
        plots.add_epoch(EpochEvent(epoch=epoch + 1, loss=loss.mean(), accuracy=0.9,
                                   seconds=0.0, learning_rate=0.001, val_loss=loss.mean(),
                                   val_accuracy=0.9))
        if epoch in (0, epochs - 1):
            timings[epoch + 1] = float(np.median([redraw_ms(plots) for _ in range(10)]))
            memory[epoch + 1] = resident_mb()
    panel.shutdown()
    return {"redraw_ms_epoch_1": timings[1], f"redraw_ms_epoch_{epochs}": timings[epochs],
            "rss_growth_mb": memory[epochs] - memory[1]}


def main() -> int:
    parser = bench_parser(__doc__)
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--limit", type=int, metavar="N",
                        help="train on a stratified subset of N MNIST training images")
    parser.add_argument("--load", action="store_true",
                        help="keep every core busy with another process while training")
    parser.add_argument("--synthetic-epochs", type=int, default=50,
                        help="epochs of the synthetic run fed to the plots")
    # Quick: enough batches that the epoch spans a few ticks (~0.5 s here).
    args = parse_args(parser, limit=3000, synthetic_epochs=2)
    synthetic = args.synthetic_epochs
    plots = measure_plot_growth(synthetic)  # first: TensorFlow's allocations would blur it
    with cpu_load(args.load):
        training = measure_training(args.epochs, args.limit)
    report = {"benchmark": "gui_responsiveness", "tick_ms": TICK_MS, "batch_size": 32,
              "load": args.load, **training, "plots": plots}
    if args.json:
        print(json.dumps(report))
        return 0
    busy = ", every core kept busy by another process" if args.load else ""
    print(f"GUI timer lateness while training MNIST at batch 32 ({args.epochs} epoch(s), "
          f"{report['training']['train_seconds']:.1f} s{busy}):")
    print(f"  {'span':<10} {'ticks':>6} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for span in ("epoch", "whole run"):
        row = report[span]
        print(f"  {span:<10} {row['ticks']:>6} {row['p50_ms']:>8.2f} {row['p99_ms']:>8.2f} "
              f"{row['max_ms']:>8.1f}")
    plots = report["plots"]
    print(f"Plots over a synthetic {synthetic}-epoch run "
          f"({synthetic * SYNTHETIC_STEPS:,} batches):")
    print(f"  redraw after epoch 1   {plots['redraw_ms_epoch_1']:.1f} ms")
    print(f"  redraw after epoch {synthetic:<3} {plots[f'redraw_ms_epoch_{synthetic}']:.1f} ms")
    print(f"  memory growth between  {plots['rss_growth_mb']:.1f} MB (resident)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
