"""How well does "Adapt to my handwriting" learn one person's handwriting, and what does it cost?

For every held-out writer (``NEW_WRITERS``: never trained or tuned on), k drawings per class are
taken as "theirs" (k = 1, 3, 5) and the default model is adapted to them; the writer's accuracy on
their OTHER drawings (never trained on) is measured before and after, with MNIST's test accuracy
after and the time the adaptation took (TensorFlow already imported, as it is in the child
process once it runs). Targets at k = 5: median writer accuracy ≥ 99.5%, the two hardest
writers (read worst before adapting) ≥ 99.0%, MNIST drop ≤ 0.3 points, adaptation ≤ 20 s on the
2-core development machine.

Recipes are tuned with ``--tuning``, never on the new writers: it adapts to the six training
writers ``TUNING_WRITERS`` instead, from a ``--base`` model that never saw their drawings (the
default model was trained on them; the previous default, MNIST only, was not).

    python bench/adaptation.py [--k 1 3 5] [--writers 1 5 ...] [--tuning] [--base FILE]
                               [--seed S] [--recipe JSON] [--json] [--quick]
"""

from __future__ import annotations

import dataclasses
import json
import statistics
import sys
from pathlib import Path

import numpy as np
from common import bench_parser, parse_args

from model.data.drawn_digits import (
    EVALUATION_SEED,
    NEW_WRITERS,
    TUNING_WRITERS,
    pen_digits,
    rendered,
)
from model.data.my_drawings import LabelledDrawing
from model.data.pendigits import PenDigit
from model.drawing.strokes import DIGIT_BOX, fit_strokes
from model.image_size import to_unit_float
from model.inference.predictor import Predictor
from model.keras_runtime import keras
from model.resources import bundled_model_path
from model.training.adaptation import AdaptRecipe, adapt
from model.training.snapshot import WeightSnapshot

QUICK_RECIPE = AdaptRecipe(epochs=1, mine=50, copies=(5, 50), mnist=200, pen=100)
HARDEST = 2
"""Writers reported one by one: those the base model reads worst."""


def as_drawn(digit: PenDigit) -> LabelledDrawing:
    """A pen digit as if drawn on the window's canvas."""
    return LabelledDrawing(digit.label, fit_strokes(digit.strokes, DIGIT_BOX))


def split(digits: list[PenDigit], k: int, rng: np.random.Generator
          ) -> tuple[list[PenDigit], list[PenDigit]]:
    """k random digits of each class as "theirs", the rest to measure on."""
    labels = np.array([digit.label for digit in digits])
    chosen = {int(i) for label in range(10)
              for i in rng.choice(np.flatnonzero(labels == label), size=k, replace=False)}
    return ([d for i, d in enumerate(digits) if i in chosen],
            [d for i, d in enumerate(digits) if i not in chosen])


def accuracy(predictor: Predictor, images: np.ndarray, labels: np.ndarray) -> float:
    return float((predictor.predict_proba(to_unit_float(images)).argmax(axis=1) == labels).mean())


def writer_row(base: Predictor, writer: int, k: int, recipe: AdaptRecipe, seed: int) -> dict:
    digits = [digit for digit in pen_digits() if digit.writer == writer]
    theirs, others = split(digits, k, np.random.default_rng([seed, writer, k]))
    images, labels = rendered(others, 1, np.random.default_rng(EVALUATION_SEED))
    result = adapt(base.path, [as_drawn(d) for d in theirs], recipe)
    after = WeightSnapshot.of(result.fine_tune.model, base.class_names).predictor()
    return {"writer": writer, "k": k, "theirs": len(theirs), "others": len(others),
            "before": accuracy(base, images, labels), "after": accuracy(after, images, labels),
            "mnist_before": result.report.mnist_before, "mnist_after": result.report.mnist_after,
            "seconds": result.report.seconds}


def summary(rows: list[dict], mnist_before: float) -> list[dict]:
    """Per k: median and worst writer before/after, the hardest writers, worst MNIST drop,
    slowest adaptation."""
    table = []
    for k in sorted({row["k"] for row in rows}):
        some = [row for row in rows if row["k"] == k]
        hardest = sorted(some, key=lambda row: row["before"])[:HARDEST]
        table.append({
            "k": k,
            "median_before": statistics.median(row["before"] for row in some),
            "median_after": statistics.median(row["after"] for row in some),
            "worst_after": min(row["after"] for row in some),
            "hardest": [{key: row[key] for key in ("writer", "before", "after")}
                        for row in hardest],
            "max_mnist_drop_points": 100 * max(mnist_before - row["mnist_after"] for row in some),
            "max_seconds": max(row["seconds"] for row in some),
            "median_seconds": statistics.median(row["seconds"] for row in some),
        })
    return table


def print_tables(rows: list[dict], table: list[dict], mnist_before: float) -> None:
    print(f"Base model, MNIST test before: {mnist_before:.2%}")
    print("writer  k  theirs  others  before   after    MNIST after  seconds")
    for row in rows:
        print(f"{row['writer']:>6} {row['k']:>2} {row['theirs']:>7} {row['others']:>7}  "
              f"{row['before']:7.2%} {row['after']:7.2%}  {row['mnist_after']:10.2%}  "
              f"{row['seconds']:6.1f}")
    print("\n k  median before  median after  worst after  max MNIST drop  max s  median s")
    for line in table:
        print(f"{line['k']:>2}  {line['median_before']:12.2%}  {line['median_after']:11.2%}  "
              f"{line['worst_after']:10.2%}  {line['max_mnist_drop_points']:11.2f} pt  "
              f"{line['max_seconds']:5.1f}  {line['median_seconds']:7.1f}")
        print("    hardest: " + ", ".join(f"writer {row['writer']} {row['before']:.2%} → "
                                          f"{row['after']:.2%}" for row in line["hardest"]))


def main() -> int:
    parser = bench_parser(__doc__)
    parser.add_argument("--k", type=int, nargs="+", default=[1, 3, 5],
                        help="drawings per class taken as the writer's own")
    parser.add_argument("--writers", type=int, nargs="+", choices=NEW_WRITERS,
                        help="held-out writers to adapt to (default: all six)")
    parser.add_argument("--tuning", action="store_true",
                        help="adapt to the tuning writers instead (see above)")
    parser.add_argument("--base", type=Path, default=bundled_model_path(),
                        help="the model adapted (default: the default model)")
    parser.add_argument("--seed", type=int, default=0, help="which drawings are theirs")
    parser.add_argument("--recipe", type=json.loads, default={}, metavar="JSON",
                        help='change the adaptation recipe, e.g. \'{"epochs": 5}\'')
    args = parse_args(parser, k=[1], writers=[NEW_WRITERS[0]])
    recipe = dataclasses.replace(QUICK_RECIPE if args.quick else AdaptRecipe(), **args.recipe)
    keras()  # imported once, before any timing: the window's child process pays it up front
    base = Predictor.load(args.base)
    rows = []
    for writer in args.writers or (TUNING_WRITERS if args.tuning else NEW_WRITERS):
        for k in args.k:
            rows.append(writer_row(base, writer, k, recipe, args.seed))
            if not args.json:
                print(f"writer {writer} k={k}: {rows[-1]['before']:.2%} → "
                      f"{rows[-1]['after']:.2%} ({rows[-1]['seconds']:.1f} s)", flush=True)
    mnist_before = rows[0]["mnist_before"]
    table = summary(rows, mnist_before)
    if args.json:
        print(json.dumps({"benchmark": "adaptation", "recipe": dataclasses.asdict(recipe),
                          "mnist_before": mnist_before, "rows": rows, "summary": table}))
    else:
        print_tables(rows, table, mnist_before)
    return 0


if __name__ == "__main__":
    sys.exit(main())
