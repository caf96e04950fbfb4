"""Drawn-digit accuracy through the real window: the new writers' strokes replayed as mouse drags.

Unlike ``bench/drawn_digits.py``, which renders the strokes itself, this one draws every digit of
the new writers (the pendigits writers no model is trained or tuned on) on the canvas widget with
QTest mouse events (each digit placed and sized at random with ``random_placements``) and reads
the answer from the prediction view. It measures what a user gets, including the canvas's
rendering and its mapping from screen to canvas coordinates.

    python bench/drawn_canvas.py [--model FILE] [--limit N] [--seed S] [--json] [--quick]
"""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

import numpy as np
from common import bench_parser, parse_args
from gui_harness import open_window

from gui.draw.replay import drag_strokes
from model.data.drawn_digits import new_writers_digits
from model.drawing.strokes import CANVAS_SIZE, fit_strokes, random_placements


def read_all(window, app, digits, seed: int) -> list[str | None]:
    """The view's answer for each digit drawn on the canvas, then cleared."""
    canvas, view = window.canvas(), window.prediction_view()
    boxes = random_placements(len(digits), (CANVAS_SIZE, CANVAS_SIZE),
                              np.random.default_rng(seed))
    answers = []
    for digit, box in zip(digits, boxes, strict=True):
        drag_strokes(canvas, fit_strokes(digit.strokes, tuple(box)))
        answers.append(view.predicted_name())
        canvas.clear()
        app.processEvents()
    return answers


def report(digits, answers: list[str | None], seconds: float) -> dict:
    labels = [str(digit.label) for digit in digits]
    correct = np.array([answer == label for answer, label in zip(answers, labels, strict=True)])
    classes = sorted(set(labels))
    confusions = Counter((label, answer) for label, answer, ok in zip(labels, answers, correct,
                                                                      strict=True)
                         if not ok)
    return {
        "n": len(labels),
        "accuracy": round(float(correct.mean()), 4),
        "per_class": {c: round(float(correct[np.array(labels) == c].mean()), 4) for c in classes},
        "top_confusions": [{"true": t, "predicted": p, "count": n}
                           for (t, p), n in confusions.most_common(8)],
        "seconds": round(seconds, 1),
        "digits_per_second": round(len(labels) / seconds, 1),
    }


def print_table(result: dict) -> None:
    print(f"digits by new writers drawn through the canvas: {result['accuracy']:.2%} "
          f"of {result['n']} digits ({result['digits_per_second']} digits/s)")
    print("per class: " + "  ".join(f"{c}: {a:.1%}" for c, a in result["per_class"].items()))
    print("top confusions (true → predicted): " + ", ".join(
        f"{c['true']}→{c['predicted']} ×{c['count']}" for c in result["top_confusions"]))


def main() -> None:
    parser = bench_parser(__doc__)
    parser.add_argument("--model", help="model file (default: the app's default model)")
    parser.add_argument("--limit", type=int, help="draw only the first N digits")
    parser.add_argument("--seed", type=int, default=0, help="seed of the random placements")
    args = parse_args(parser, limit=20)
    app, window = open_window(Path(args.model) if args.model else None)
    digits = new_writers_digits()[: args.limit]
    started = time.perf_counter()
    answers = read_all(window, app, digits, args.seed)
    result = report(digits, answers, time.perf_counter() - started)
    if args.json:
        print(json.dumps(result))
    else:
        print_table(result)


if __name__ == "__main__":
    main()
