"""How well does a model read digits drawn by people it has never seen?

The new writers' pen-drawn digits (``NEW_WRITERS`` in ``model/data/drawn_digits.py``: six of the
bundled pendigits set's 30 writers, never trained or tuned on) are rendered once, the same way for
every model, through the canvas's renderer and ``canvas_to_mnist``, and read by the numpy
``Predictor``. Prints the accuracy overall, per class and per writer, and the top confusions: the
"drawn digits by new writers" figure the trainer, ``digitlab evaluate`` and the window show.

    python bench/drawn_digits.py [--model FILE] [--limit N] [--json] [--quick]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from common import bench_parser, parse_args

from model.data.drawn_digits import new_writers_digits, new_writers_images
from model.inference.evaluation import evaluate
from model.inference.predictor import Predictor
from model.resources import bundled_model_path

CONFUSIONS_SHOWN = 8


def new_writers_report(predictor: Predictor, limit: int | None = None) -> dict:
    """Accuracy overall, per class and per writer, and the most frequent confusions."""
    images, labels = new_writers_images()
    writers = np.array([digit.writer for digit in new_writers_digits()])[:limit]
    scores = evaluate(predictor.predict_proba, images[:limit], labels[:limit])
    correct = scores.predicted == labels[:limit]
    mistakes = scores.confusion * (1 - np.eye(len(scores.confusion), dtype=np.int64))
    top = np.argsort(-mistakes, axis=None, kind="stable")[:CONFUSIONS_SHOWN]
    return {
        "n": scores.n,
        "accuracy": scores.accuracy,
        "per_class": {str(label): float(accuracy)
                      for label, accuracy in enumerate(scores.class_accuracy())
                      if np.isfinite(accuracy)},
        "per_writer": {str(writer): float(correct[writers == writer].mean())
                       for writer in np.unique(writers)},
        "top_confusions": [
            {"true": int(true), "predicted": int(said), "count": int(mistakes[true, said])}
            for true, said in zip(*np.unravel_index(top, mistakes.shape), strict=True)
            if mistakes[true, said]
        ],
    }


def print_report(report: dict, model: Path) -> None:
    print(f"Digits drawn by new writers (pendigits, {len(report['per_writer'])} writers never "
          f"trained on), model {model.name}")
    print(f"  overall   {report['accuracy']:.2%}  (n={report['n']})")
    for label, accuracy in report["per_class"].items():
        print(f"  digit {label}   {accuracy:.2%}")
    print("  per writer: " + ", ".join(
        f"{writer} {accuracy:.1%}" for writer, accuracy in report["per_writer"].items()))
    print("  top confusions: " + ", ".join(
        f"{c['true']}→{c['predicted']} ×{c['count']}" for c in report["top_confusions"]))


def main() -> int:
    parser = bench_parser(__doc__)
    parser.add_argument("--model", type=Path, default=bundled_model_path())
    parser.add_argument("--limit", type=int, help="read only the first N digits")
    args = parse_args(parser, limit=100)
    report = new_writers_report(Predictor.load(args.model), args.limit)
    if args.json:
        print(json.dumps({"benchmark": "drawn_digits", "model": str(args.model), **report}))
    else:
        print_report(report, args.model)
    return 0


if __name__ == "__main__":
    sys.exit(main())
