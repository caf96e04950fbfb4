"""How well does a model read digits as people draw them?

Replays the 7,494 real pen trajectories of ../shared/data/pendigits-train onto a 280×280 canvas
(round anti-aliased pen, dark on white, each digit placed and sized at random), runs them through
``canvas_to_mnist`` and the numpy ``Predictor``, and prints overall and per-class accuracy, the
worst writers and the top confusions. Much harder than the MNIST test set: different people,
different pens, polygonal strokes sampled every 100 ms.

    python bench/drawn_digits.py [--model FILE] [--limit N] [--seed S] [--json] [--quick]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from common import PENDIGITS, bench_parser, parse_args

from model.data.pendigits import read_pendigits
from model.drawing.preprocess import canvas_to_mnist
from model.drawing.strokes import (
    CANVAS_SIZE,
    PEN_WIDTH,
    fit_strokes,
    random_placements,
    render_strokes,
)
from model.inference.predictor import Predictor
from model.resources import bundled_model_path


def drawn_images(digits, seed: int) -> np.ndarray:
    """Each digit rendered as a canvas would draw it, then seen through ``canvas_to_mnist``."""
    size = (CANVAS_SIZE, CANVAS_SIZE)
    boxes = random_placements(len(digits), size, np.random.default_rng(seed))
    return np.stack([
        canvas_to_mnist(render_strokes(fit_strokes(d.strokes, tuple(box)), size, PEN_WIDTH))
        for d, box in zip(digits, boxes, strict=True)
    ])


def drawn_digit_report(predictor: Predictor, digits, seed: int = 0) -> dict:
    """Accuracy overall, per class and per writer, and the most frequent confusions."""
    labels = np.array([d.label for d in digits])
    writers = np.array([d.writer for d in digits])
    predicted = predictor.predict_proba(drawn_images(digits, seed)).argmax(axis=1)
    correct = predicted == labels
    pairs = {}
    for true, guess in zip(labels[~correct], predicted[~correct], strict=True):
        pairs[(int(true), int(guess))] = pairs.get((int(true), int(guess)), 0) + 1
    per_writer = {int(w): float(correct[writers == w].mean()) for w in np.unique(writers)}
    return {
        "n": len(labels),
        "accuracy": float(correct.mean()),
        "per_class": {int(c): float(correct[labels == c].mean()) for c in np.unique(labels)},
        "worst_writers": dict(sorted(per_writer.items(), key=lambda kv: kv[1])[:5]),
        "top_confusions": [
            {"true": t, "predicted": p, "count": n}
            for (t, p), n in sorted(pairs.items(), key=lambda kv: -kv[1])[:8]
        ],
    }


def print_report(report: dict, model: Path) -> None:
    print(f"Drawn digits (pendigits-train, canvas {CANVAS_SIZE}px, pen {PEN_WIDTH:g}px), "
          f"model {model.name}")
    print(f"  overall   {report['accuracy']:.2%}  (n={report['n']})")
    for label, accuracy in report["per_class"].items():
        print(f"  digit {label}   {accuracy:.2%}")
    print("  top confusions: " + ", ".join(
        f"{c['true']}→{c['predicted']} ×{c['count']}" for c in report["top_confusions"]))


def main() -> int:
    parser = bench_parser(__doc__)
    parser.add_argument("--model", type=Path, default=bundled_model_path())
    parser.add_argument("--limit", type=int, help="use only the first N digits")
    parser.add_argument("--seed", type=int, default=0, help="seed for placements and sizes")
    args = parse_args(parser, limit=100)
    digits = read_pendigits(PENDIGITS)[:args.limit]
    report = drawn_digit_report(Predictor.load(args.model), digits, args.seed)
    if args.json:
        print(json.dumps({"benchmark": "drawn_digits", "model": str(args.model), **report}))
    else:
        print_report(report, args.model)
    return 0


if __name__ == "__main__":
    sys.exit(main())
