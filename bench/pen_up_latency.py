"""Pen-up, pen-move and undo latency on a canvas never cleared, at 1, 100 and 500 strokes.

Drives the real window offscreen with QTest mouse events. At each level the canvas first holds
that many strokes less one; then one more stroke is drawn and taken back, ``--repeats`` times:

* pen-up: from the mouse release to the prediction shown and the window repainted;
* move: from a mouse move (one screen frame after the last, as a moving pen's arrive) to the
  prediction shown and the window repainted;
* undo: from undo to the window repainted (undo paints the remaining strokes afresh).

Strokes are smooth seeded curves of 20 points across random boxes, the size of a digit's strokes.

    python bench/pen_up_latency.py [--levels 1 100 500] [--repeats N] [--json] [--quick]
"""

from __future__ import annotations

import json
import os
import time

# As in the app (gui/app.py): a single drawing's forward pass is faster on one BLAS thread than
# waking more on a busy machine. Set before numpy loads, so the imports come after it.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np
from common import bench_parser, parse_args
from gui_harness import open_window
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from gui.common.throttle import frame_interval_ms
from model.drawing.strokes import CANVAS_SIZE, random_placements

LEFT = Qt.MouseButton.LeftButton
NO_MODIFIER = Qt.KeyboardModifier.NoModifier
POINTS_PER_STROKE = 20


def curves(count: int, rng: np.random.Generator) -> list[np.ndarray]:
    """``count`` quadratic Bézier strokes, each through a random box of the canvas."""
    boxes = random_placements(count, (CANVAS_SIZE, CANVAS_SIZE), rng)
    t = np.linspace(0, 1, POINTS_PER_STROKE)[:, None]
    strokes = []
    for left, top, side, _ in boxes:
        start, bend, end = rng.uniform(0, 1, (3, 2)) * side + (left, top)
        strokes.append((1 - t) ** 2 * start + 2 * (1 - t) * t * bend + t ** 2 * end)
    return strokes


class Pen:
    """Draws strokes on the window's canvas and times what the user waits for."""

    def __init__(self, app, window) -> None:
        self.app, self.window, self.canvas = app, window, window.canvas()
        self.frame_s = frame_interval_ms() / 1000

    def draw(self, stroke: np.ndarray, moves: list[float] | None = None) -> float:
        """Draw ``stroke``; time each move into ``moves`` (if given); return the pen-up time."""
        points = [self.canvas.to_widget(tuple(point)).toPoint() for point in stroke]
        QTest.mousePress(self.canvas, LEFT, NO_MODIFIER, points[0])
        for point in points[1:]:
            if moves is None:
                QTest.mouseMove(self.canvas, point)
            else:
                time.sleep(self.frame_s)  # so the throttle predicts this move at once
                self.app.processEvents()
                moves.append(self.timed(lambda p=point: QTest.mouseMove(self.canvas, p)))
        self.app.processEvents()
        return self.timed(lambda: QTest.mouseRelease(self.canvas, LEFT, NO_MODIFIER, points[-1]))

    def undo(self) -> float:
        return self.timed(self.canvas.undo)

    def timed(self, action) -> float:
        """Milliseconds from ``action`` to the window repainted."""
        started = time.perf_counter()
        action()
        self.window.repaint()
        return (time.perf_counter() - started) * 1000


def percentiles(samples: list[float]) -> dict[str, float]:
    values = np.asarray(samples)
    return {"n": int(values.size), "p50_ms": round(float(np.percentile(values, 50)), 3),
            "p95_ms": round(float(np.percentile(values, 95)), 3),
            "max_ms": round(float(values.max()), 3)}


def measure(pen: Pen, levels: list[int], repeats: int) -> list[dict]:
    """Latencies at each level of strokes already on the canvas (levels ascending)."""
    strokes = curves(max(levels) + repeats, np.random.default_rng(0))
    rows = []
    for level in levels:
        while len(pen.canvas.strokes()) < level - 1:
            pen.draw(strokes[len(pen.canvas.strokes())])
        pen_ups, moves, undos = [], [], []
        for extra in strokes[-repeats:]:
            pen_ups.append(pen.draw(extra, moves))
            undos.append(pen.undo())
        rows.append({"strokes": level, "pen_up": percentiles(pen_ups), "move": percentiles(moves),
                     "undo": percentiles(undos)})
    return rows


def main() -> None:
    parser = bench_parser(__doc__)
    parser.add_argument("--levels", type=int, nargs="+", default=[1, 100, 500],
                        help="strokes on the canvas when measuring")
    parser.add_argument("--repeats", type=int, default=20, help="strokes measured per level")
    args = parse_args(parser, levels=[1, 5], repeats=2)
    app, window = open_window()
    rows = measure(Pen(app, window), sorted(args.levels), args.repeats)
    report = {"levels": rows, "points_per_stroke": POINTS_PER_STROKE,
              "canvas_widget_size": [window.canvas().width(), window.canvas().height()]}
    if args.json:
        print(json.dumps(report))
        return
    print(f"{'strokes':>8s} {'pen-up p50':>11s} {'p95':>8s} {'move p50':>9s} {'p95':>8s} "
          f"{'undo p50':>9s} {'p95':>8s}   (ms, to the window repainted)")
    for row in rows:
        print(f"{row['strokes']:8d} {row['pen_up']['p50_ms']:11.2f} {row['pen_up']['p95_ms']:8.2f} "
              f"{row['move']['p50_ms']:9.2f} {row['move']['p95_ms']:8.2f} "
              f"{row['undo']['p50_ms']:9.2f} {row['undo']['p95_ms']:8.2f}")


if __name__ == "__main__":
    main()
