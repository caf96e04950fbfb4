"""How long after pressing Stop has training really ended? Stop → the panel's ``finished``.

The real Train panel trains DigitLab's default 784-128-10 MLP on all of MNIST at batch size 32
and Stop is pressed at a random moment, in two ways: "after Train" picks it uniformly 0.1–3 s
after Train was pressed, so most stops land while TensorFlow imports, the data is prepared or
the model is traced; "mid-epoch" picks it 0.2–4 s after the first batch. The time until
``finished`` reached the GUI thread includes the batch in flight, scoring the kept weights on the
test sets and keeping the model. Each try also records whether weights were kept (a run stopped
before its first batch has none to keep).

    QT_QPA_PLATFORM=offscreen python bench/stop_latency.py [--tries N] [--json] [--quick]
"""

from __future__ import annotations

import json
import time

import numpy as np
from common import bench_parser, parse_args
from panel_harness import BENCH_NETWORK, bench_training, open_panel
from PySide6.QtCore import QEventLoop, QTimer

from model.data.datasets import load_dataset

MOMENTS = {"after Train": (0.1, 3.0), "mid-epoch": (0.2, 4.0)}
"""Where Stop is pressed: uniform over (earliest, latest) seconds after Train, or after the first
batch for "mid-epoch"."""


def stop_after(panel, dataset, delay_s: float, *, after_first_batch: bool) -> dict:
    """Start a run and press Stop ``delay_s`` later; seconds from Stop to ``finished``."""
    loop = QEventLoop()
    pressed = {}

    def press_stop():
        pressed["at"] = time.perf_counter()
        panel.stop()

    def on_batch(_event):
        if after_first_batch and "armed" not in pressed:
            pressed["armed"] = True
            QTimer.singleShot(int(delay_s * 1000), press_stop)

    panel.batch.connect(on_batch)
    panel.finished.connect(loop.quit)
    panel.start(BENCH_NETWORK, bench_training(5, 32), dataset=dataset)
    if not after_first_batch:
        QTimer.singleShot(int(delay_s * 1000), press_stop)
    loop.exec()
    ended = time.perf_counter()
    panel.batch.disconnect(on_batch)
    panel.finished.disconnect(loop.quit)
    outcome = panel.outcome()
    assert outcome.report.summary.reason == "stopped", outcome.report.summary.message
    return {"delay_s": delay_s, "latency_s": ended - pressed["at"],
            "kept_weights": outcome.predictor is not None}


def summary(tries: list[dict]) -> dict[str, float]:
    latencies = np.array([one["latency_s"] for one in tries])
    return {"tries": len(tries), "p50_s": float(np.percentile(latencies, 50)),
            "p95_s": float(np.percentile(latencies, 95)), "max_s": float(latencies.max()),
            "kept_weights": sum(one["kept_weights"] for one in tries)}


def main() -> int:
    parser = bench_parser(__doc__)
    parser.add_argument("--tries", type=int, default=11, help="stops per row")
    parser.add_argument("--seed", type=int, default=0)
    args = parse_args(parser, tries=1)

    _app, panel = open_panel()  # the QApplication must outlive the panel
    dataset = load_dataset("mnist")
    rng = np.random.default_rng(args.seed)
    rows = {}
    for label, (earliest, latest) in MOMENTS.items():
        rows[label] = [stop_after(panel, dataset, rng.uniform(earliest, latest),
                                  after_first_batch=label == "mid-epoch")
                       for _ in range(args.tries)]
    panel.shutdown()
    report = {"benchmark": "stop_latency",
              **{label: summary(tries) for label, tries in rows.items()},
              "all": summary([one for tries in rows.values() for one in tries]),
              "tries": rows}
    if args.json:
        print(json.dumps(report))
        return 0
    print("Stop pressed → finished (784-128-10 MLP, MNIST, batch 32):")
    print(f"  {'when':<34} {'tries':>5} {'p50 s':>7} {'p95 s':>7} {'max s':>7} {'kept':>5}")
    for label in (*MOMENTS, "all"):
        row = report[label]
        span = f" ({MOMENTS[label][0]}–{MOMENTS[label][1]} s)" if label in MOMENTS else ""
        print(f"  {label + span:<34} {row['tries']:>5} {row['p50_s']:>7.3f} "
              f"{row['p95_s']:>7.3f} {row['max_s']:>7.3f} {row['kept_weights']:>5}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
