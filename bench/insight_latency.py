"""Live inside view: from a mouse move on the canvas to the Inside tab updated and repainted.

bench/gui_latency.py's measurement (real pendigits strokes as QTest mouse events, each move one
screen frame after the last prediction, so it is predicted at once), at the window's minimum
size, first with the Answer tab in front (bars), then with the Inside tab: the same digits in the
same run, so the two compare even on a busy machine. With the Inside tab the app also runs the
attribution's backward pass, recolours the layer grids, the strongest units' weights and the unit
up close; "painted" adds the view's repaint, "cpu" is the GUI thread's CPU time for it all. Also:
pointing at a unit (its pattern and strongest class need backward passes of their own), and the
numpy side alone.

    python bench/insight_latency.py [--model FILE] [--digits N] [--json] [--quick]
"""

from __future__ import annotations

import json
import os
import time

# As in the app (gui/app.py): one BLAS thread. Set before numpy loads, so the imports follow it.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from pathlib import Path

import numpy as np
from common import bench_parser, parse_args
from gui_harness import open_window
from gui_latency import measure, print_table, summary
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTabWidget, QWidget

from gui.common.throttle import frame_interval_ms
from gui.common.waiting import wait_ms
from gui.draw.replay import drag_strokes
from gui.window_geometry import MINIMUM_WINDOW_SIZE
from model.data.drawn_digits import pen_digits
from model.drawing.strokes import DIGIT_BOX, fit_strokes
from model.image_size import IMAGE_SIDE
from model.inference.insight import Trace

POINTED_UNITS = 200
NUMPY_CALLS = 500


def point_at_units(inside, count: int) -> list[float]:
    """Milliseconds from a mouse move onto a unit of the first hidden layer to the view
    repainted with it up close, for ``count`` random units, each on a fresh trace (a pointed
    unit's gradients are cached per drawing)."""
    grid = inside.layer_grids()[0]
    trace = inside.trace()
    units = np.random.default_rng(0).integers(0, grid.count(), count)
    times = []
    for unit in units:
        inside.show_trace(Trace(trace.predictor, trace.image))
        started = time.perf_counter()
        QTest.mouseMove(grid, grid.tile_rect(int(unit)).center())
        inside.repaint()
        times.append((time.perf_counter() - started) * 1000)
    return times


def numpy_side(trace: Trace) -> list[float]:
    """Milliseconds for the model side of one update: the trace and the answer's attribution."""
    times = []
    for _ in range(NUMPY_CALLS):
        started = time.perf_counter()
        fresh = Trace(trace.predictor, trace.image)
        fresh.attribution(fresh.predicted)
        times.append((time.perf_counter() - started) * 1000)
    return times


def measure_tab(window, name: str, view, digits, frame_ms: int) -> dict[str, dict]:
    """The latency rows for the tab ``name`` in front, its ``view`` timed and repainted."""
    tabs = window.findChild(QTabWidget, "viewTabs")
    tabs.setCurrentIndex([tabs.tabText(index) for index in range(tabs.count())].index(name))
    wait_ms(100)
    times = measure(window.canvas(), view.updated, view, digits, frame_ms)
    what = "bars" if name == "Answer" else name.lower()
    return {f"mouse_move_to_{what}": summary(times["shown"]),
            f"mouse_move_to_painted_{what}": summary(times["painted"]),
            f"mouse_move_to_painted_{what}_cpu": summary(times["painted_cpu"])}


def main() -> None:
    parser = bench_parser(__doc__)
    parser.add_argument("--model", help="model file (default: the app's default model)")
    parser.add_argument("--digits", type=int, default=20, help="pendigits samples to draw")
    args = parse_args(parser, digits=2)
    _, window = open_window(Path(args.model) if args.model else None)
    window.resize(MINIMUM_WINDOW_SIZE)
    inside = window.findChild(QWidget, "insight")
    digits = pen_digits()[:: 7494 // args.digits][: args.digits]
    frame_ms = frame_interval_ms()
    report = {**measure_tab(window, "Answer", window.prediction_view(), digits, frame_ms),
              **measure_tab(window, "Inside", inside, digits, frame_ms)}
    drag_strokes(window.canvas(), fit_strokes(digits[0].strokes, DIGIT_BOX))
    trace = inside.trace()
    sizes = [IMAGE_SIDE ** 2, *(layer.values.size for layer in trace.hidden),
             len(trace.class_names)]
    report |= {"point_at_unit_to_painted": summary(point_at_units(inside, POINTED_UNITS)),
              "numpy_trace_and_attribution": summary(numpy_side(trace)),
              "network": "-".join(map(str, sizes)), "throttle_interval_ms": frame_ms,
              "inside_size": [inside.width(), inside.height()]}
    if args.json:
        print(json.dumps(report))
        return
    print_table(report)
    print(f"network {report['network']}, inside view {inside.width()}×{inside.height()} px")


if __name__ == "__main__":
    main()
