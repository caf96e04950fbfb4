"""Does the window's process grow with every training run? Its memory over train/stop cycles.

The real Train panel (offscreen, live snapshots on) trains a small 784-32-10 MLP on all of MNIST
again and again: each cycle presses Train, waits for the first batch and half a second more,
presses Stop and waits for ``finished``. After each cycle the GUI process's resident memory is
read (after a full garbage collection); during each run it is sampled every 50 ms for its peak.
Whatever trains, only this process is measured: the one the user's window lives in.

    QT_QPA_PLATFORM=offscreen python bench/train_cycles_memory.py [--cycles N] [--json] [--quick]
"""

from __future__ import annotations

import gc
import json
import resource

import numpy as np
from common import bench_parser, parse_args
from panel_harness import bench_training, open_panel
from PySide6.QtCore import QEventLoop, QTimer

from model.config import LayerConfig, NetworkConfig
from model.data.datasets import load_dataset

SMALL_NETWORK = NetworkConfig(hidden=(LayerConfig(32),))
TRAIN_AFTER_FIRST_BATCH_MS = 500
SAMPLE_MS = 50


def resident_mb() -> float:
    """This process's resident memory now (Linux), in MB."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 2**20


def train_and_stop(panel, dataset) -> dict[str, float]:
    """One cycle; this process's peak resident MB during the run and resident MB after it."""
    loop = QEventLoop()
    peak = [resident_mb()]
    sampler = QTimer()
    sampler.setInterval(SAMPLE_MS)
    sampler.timeout.connect(lambda: peak.append(resident_mb()))
    armed = []

    def on_batch(_event) -> None:
        if not armed:
            armed.append(True)
            QTimer.singleShot(TRAIN_AFTER_FIRST_BATCH_MS, panel.stop)

    panel.batch.connect(on_batch)
    panel.finished.connect(loop.quit)
    sampler.start()
    panel.start(SMALL_NETWORK, bench_training(5, 32), dataset=dataset)
    loop.exec()
    sampler.stop()
    panel.batch.disconnect(on_batch)
    panel.finished.disconnect(loop.quit)
    assert panel.outcome().predictor is not None, panel.outcome().report.summary.message
    gc.collect()
    return {"peak_mb": max(peak), "after_mb": resident_mb()}


def main() -> int:
    parser = bench_parser(__doc__)
    parser.add_argument("--cycles", type=int, default=20)
    args = parse_args(parser, cycles=2)  # --quick: two cycles, the fewest a growth figure needs

    _app, panel = open_panel()  # the QApplication must outlive the panel
    dataset = load_dataset("mnist")
    before = resident_mb()
    cycles = [train_and_stop(panel, dataset) for _ in range(args.cycles)]
    panel.shutdown()
    after = np.array([cycle["after_mb"] for cycle in cycles])
    report = {
        "benchmark": "train_cycles_memory", "cycles": len(cycles), "before_mb": before,
        "after_first_mb": float(after[0]), "after_last_mb": float(after[-1]),
        "growth_after_first_mb": float(after[-1] - after[0]),
        "growth_per_run_mb": float(np.polyfit(np.arange(len(after)), after, 1)[0])
        if len(after) > 1 else 0.0,
        "peak_while_training_mb": max(cycle["peak_mb"] for cycle in cycles),
        "after_each_mb": [round(value, 1) for value in after],
    }
    if args.json:
        print(json.dumps(report))
        return 0
    print(f"GUI process resident memory over {len(cycles)} train/stop cycles "
          "(784-32-10, MNIST, batch 32):")
    print(f"  before the first run        {before:7.1f} MB")
    print(f"  after the first run         {report['after_first_mb']:7.1f} MB")
    print(f"  after the last run          {report['after_last_mb']:7.1f} MB "
          f"({report['growth_after_first_mb']:+.1f} MB, {report['growth_per_run_mb']:+.2f} MB "
          "a run)")
    print(f"  peak while a run trains     {report['peak_while_training_mb']:7.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
