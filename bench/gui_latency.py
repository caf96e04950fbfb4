"""End-to-end latency of a live prediction: from a mouse move on the canvas to updated bars.

Drives the real window offscreen with QTest mouse events, replaying real pendigits strokes. Each
move is sent one screen frame after the last prediction, as a moving pen's events arrive, so it
is predicted at once (the throttler's leading edge) and the figure is the work the app does per
event: recording the point, rendering the 280×280 input, ``canvas_to_mnist``, the numpy forward
pass and updating the answer, bars and input image. "painted" adds the repaint of the window.

    python bench/gui_latency.py [--model FILE] [--digits N] [--json] [--quick]
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np
from common import PENDIGITS, bench_parser, parse_args
from gui_harness import open_window
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from gui.common.throttle import frame_interval_ms
from gui.common.waiting import wait_ms
from model.data.pendigits import read_pendigits
from model.drawing.strokes import CANVAS_SIZE, fit_strokes

LEFT = Qt.MouseButton.LeftButton
NO_MODIFIER = Qt.KeyboardModifier.NoModifier
BOX = (CANVAS_SIZE * 0.2, CANVAS_SIZE * 0.15, CANVAS_SIZE * 0.6, CANVAS_SIZE * 0.7)


def measure(window, digits, frame_ms: int) -> tuple[list[float], list[float]]:
    """Per-move latency to updated bars and to a painted window, in milliseconds."""
    canvas, view = window.canvas(), window.prediction_view()
    to_bars, to_paint, shown = [], [], []
    view.updated.connect(lambda: shown.append(time.perf_counter()))
    for digit in digits:
        for stroke in fit_strokes(digit.strokes, BOX):
            points = [canvas.to_widget(tuple(point)).toPoint() for point in stroke]
            QTest.mousePress(canvas, LEFT, NO_MODIFIER, points[0])
            for point in points[1:]:
                wait_ms(frame_ms + 1)
                shown.clear()
                started = time.perf_counter()
                QTest.mouseMove(canvas, point)
                if shown:
                    to_bars.append((shown[0] - started) * 1000)
                    window.repaint()
                    to_paint.append((time.perf_counter() - started) * 1000)
            QTest.mouseRelease(canvas, LEFT, NO_MODIFIER, points[-1])
        canvas.clear()
    return to_bars, to_paint


def summary(samples: list[float]) -> dict[str, float]:
    values = np.asarray(samples)
    return {"n": int(values.size), "p50_ms": round(float(np.percentile(values, 50)), 3),
            "p95_ms": round(float(np.percentile(values, 95)), 3),
            "max_ms": round(float(values.max()), 3)}


def main() -> None:
    parser = bench_parser(__doc__)
    parser.add_argument("--model", help="model file (default: the app's default model)")
    parser.add_argument("--digits", type=int, default=20, help="pendigits samples to draw")
    args = parse_args(parser, digits=2)
    _, window = open_window(Path(args.model) if args.model else None)
    digits = read_pendigits(PENDIGITS)[:: 7494 // args.digits][: args.digits]
    frame_ms = frame_interval_ms()
    to_bars, to_paint = measure(window, digits, frame_ms)
    report = {"mouse_move_to_bars": summary(to_bars),
              "mouse_move_to_painted_window": summary(to_paint),
              "throttle_interval_ms": frame_ms, "window_size": [window.width(), window.height()]}
    if args.json:
        print(json.dumps(report))
        return
    print(f"{'latency (ms)':32s} {'n':>6s} {'p50':>8s} {'p95':>8s} {'max':>8s}")
    for name in ("mouse_move_to_bars", "mouse_move_to_painted_window"):
        row = report[name]
        print(f"{name:32s} {row['n']:6d} {row['p50_ms']:8.2f} {row['p95_ms']:8.2f} "
              f"{row['max_ms']:8.2f}")
    print(f"throttle: at most one prediction per {frame_ms} ms (one screen frame)")


if __name__ == "__main__":
    main()
