"""How long after pressing Stop has training really ended? Stop → worker finished.

The real Train panel trains DigitLab's default 784-128-10 MLP on all of MNIST at batch size 32;
at a random moment within the first epoch (uniform over 0.2–4 s after the first batch) Stop is
pressed, and the time until the worker thread has ended and ``finished`` reached the GUI thread
is measured. That includes finishing the batch in flight and scoring the kept weights on the
10,000 test images. Stopping before the first batch (while TensorFlow traces the model) can only
take effect once tracing is done; the second row measures that case.

    QT_QPA_PLATFORM=offscreen python bench/stop_latency.py [--tries N] [--startup-tries N]
                                                            [--json] [--quick]
"""

from __future__ import annotations

import json
import time

import numpy as np
from common import bench_parser, parse_args
from panel_harness import BENCH_NETWORK, bench_training, open_panel
from PySide6.QtCore import QEventLoop, QTimer

from model.data.datasets import load_dataset

EARLIEST_S, LATEST_S = 0.2, 4.0


def stop_after(panel, dataset, delay_s: float, *, after_first_batch: bool) -> float:
    """Start a run, press Stop ``delay_s`` later; seconds from Stop to ``finished``."""
    loop = QEventLoop()
    pressed = {}

    def press_stop():
        pressed["at"] = time.perf_counter()
        panel.stop()

    def on_progress(_info):
        if after_first_batch and "armed" not in pressed:
            pressed["armed"] = True
            QTimer.singleShot(int(delay_s * 1000), press_stop)

    panel.batch.connect(on_progress)
    panel.finished.connect(loop.quit)
    panel.start(BENCH_NETWORK, bench_training(5, 32), dataset=dataset)
    if not after_first_batch:
        QTimer.singleShot(int(delay_s * 1000), press_stop)
    loop.exec()
    ended = time.perf_counter()
    panel.batch.disconnect(on_progress)
    panel.finished.disconnect(loop.quit)
    summary = panel.outcome().summary
    assert summary.reason == "stopped", summary.message
    return ended - pressed["at"]


def summary(latencies: list[float]) -> dict[str, float]:
    values = np.array(latencies)
    return {"tries": len(values), "p50_s": float(np.percentile(values, 50)),
            "p95_s": float(np.percentile(values, 95)), "max_s": float(values.max())}


def main() -> int:
    parser = bench_parser(__doc__)
    parser.add_argument("--tries", type=int, default=10, help="stops at random mid-epoch moments")
    parser.add_argument("--startup-tries", type=int, default=3, help="stops before the first batch")
    parser.add_argument("--seed", type=int, default=0)
    args = parse_args(parser, tries=1, startup_tries=1)

    _app, panel = open_panel()  # the QApplication must outlive the panel
    dataset = load_dataset("mnist")
    rng = np.random.default_rng(args.seed)
    mid_epoch = [stop_after(panel, dataset, rng.uniform(EARLIEST_S, LATEST_S),
                            after_first_batch=True) for _ in range(args.tries)]
    during_startup = [stop_after(panel, dataset, 0.05, after_first_batch=False)
                      for _ in range(args.startup_tries)]
    panel.shutdown()
    report = {"benchmark": "stop_latency", "mid_epoch": summary(mid_epoch),
              "before_first_batch": summary(during_startup)}
    if args.json:
        print(json.dumps(report))
        return 0
    print("Stop pressed → worker finished (784-128-10 MLP, MNIST, batch 32):")
    print(f"  {'when':<20} {'tries':>5} {'p50 s':>7} {'p95 s':>7} {'max s':>7}")
    for label, key in (("mid-epoch (random)", "mid_epoch"),
                       ("before first batch", "before_first_batch")):
        row = report[key]
        print(f"  {label:<20} {row['tries']:>5} {row['p50_s']:>7.3f} {row['p95_s']:>7.3f} "
              f"{row['max_s']:>7.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
