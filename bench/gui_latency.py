"""End-to-end latency of a live prediction: from a mouse move on the canvas to updated bars.

Drives the real window offscreen with QTest mouse events, replaying real pendigits strokes. Each
move is sent one screen frame after the last prediction, as a moving pen's events arrive, so it
is predicted at once (the throttler's leading edge) and the figure is the work the app does per
event: recording the point, rendering the 280×280 input, ``canvas_to_mnist``, the numpy forward
pass and updating the answer, bars and input image. "painted" adds the repaint of the window, and
"cpu" is the GUI thread's CPU time for all that: the work itself, which other jobs sharing the
machine's cores delay but do not inflate.

    python bench/gui_latency.py [--model FILE] [--digits N] [--json] [--quick]
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np
from common import bench_parser, parse_args
from gui_harness import open_window
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from gui.common.throttle import frame_interval_ms
from gui.common.waiting import wait_ms
from model.data.drawn_digits import pen_digits
from model.drawing.strokes import DIGIT_BOX, fit_strokes

LEFT = Qt.MouseButton.LeftButton
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def measure(canvas, updated, painted, digits, frame_ms: int) -> dict[str, list[float]]:
    """Per-move latency in milliseconds: to the ``updated`` signal of the view that shows the
    prediction ("shown"), to that view (or the window) ``painted``, and the GUI thread's CPU time
    until then ("painted_cpu": the work itself, which other jobs on the machine do not inflate)."""
    times: dict[str, list[float]] = {"shown": [], "painted": [], "painted_cpu": []}
    shown = []
    updated.connect(lambda: shown.append(time.perf_counter()))
    for digit in digits:
        for stroke in fit_strokes(digit.strokes, DIGIT_BOX):
            points = [canvas.to_widget(tuple(point)).toPoint() for point in stroke]
            QTest.mousePress(canvas, LEFT, NO_MODIFIER, points[0])
            for point in points[1:]:
                wait_ms(frame_ms + 1)
                shown.clear()
                started, cpu_started = time.perf_counter(), time.thread_time()
                QTest.mouseMove(canvas, point)
                if shown:
                    painted.repaint()
                    times["shown"].append((shown[0] - started) * 1000)
                    times["painted"].append((time.perf_counter() - started) * 1000)
                    times["painted_cpu"].append((time.thread_time() - cpu_started) * 1000)
            QTest.mouseRelease(canvas, LEFT, NO_MODIFIER, points[-1])
        canvas.clear()
    return times


def summary(samples: list[float]) -> dict[str, float]:
    values = np.asarray(samples)
    return {"n": int(values.size), "p50_ms": round(float(np.percentile(values, 50)), 3),
            "p95_ms": round(float(np.percentile(values, 95)), 3),
            "max_ms": round(float(values.max()), 3)}


def print_table(report: dict) -> None:
    """The report's latency rows (its dicts) as a table."""
    print(f"{'latency (ms)':36s} {'n':>6s} {'p50':>8s} {'p95':>8s} {'max':>8s}")
    for name, row in report.items():
        if isinstance(row, dict):
            print(f"{name:36s} {row['n']:6d} {row['p50_ms']:8.2f} {row['p95_ms']:8.2f} "
                  f"{row['max_ms']:8.2f}")


def main() -> None:
    parser = bench_parser(__doc__)
    parser.add_argument("--model", help="model file (default: the app's default model)")
    parser.add_argument("--digits", type=int, default=20, help="pendigits samples to draw")
    args = parse_args(parser, digits=2)
    _, window = open_window(Path(args.model) if args.model else None)
    digits = pen_digits()[:: 7494 // args.digits][: args.digits]
    frame_ms = frame_interval_ms()
    times = measure(window.canvas(), window.prediction_view().updated, window, digits, frame_ms)
    report = {"mouse_move_to_bars": summary(times["shown"]),
              "mouse_move_to_painted_window": summary(times["painted"]),
              "mouse_move_to_painted_window_cpu": summary(times["painted_cpu"]),
              "throttle_interval_ms": frame_ms, "window_size": [window.width(), window.height()]}
    if args.json:
        print(json.dumps(report))
        return
    print_table(report)
    print(f"throttle: at most one prediction per {frame_ms} ms (one screen frame)")


if __name__ == "__main__":
    main()
