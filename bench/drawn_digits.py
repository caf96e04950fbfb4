"""How well does a model read digits drawn by people it has never seen?

The new writers' pen-drawn digits (``NEW_WRITERS`` in ``model/data/drawn_digits.py``: six of the
bundled pendigits set's 30 writers, never trained or tuned on) are rendered once, the same way for
every model, through the canvas's renderer and ``canvas_to_mnist``, and read by the numpy
``Predictor``. Prints the accuracy overall, per class and per writer, and the top confusions: the
"drawn digits by new writers" figure the trainer, ``digitlab evaluate`` and the window show.

Then the checks that a model reading pen-drawn digits has not lost scanned and photographed ones
(``model/data/scanned_digits.py``): MNIST test digits blurred, thickened, tightly cropped,
photographed, as postal 16×16 and UCI-style 8×8 scans, the new writers' digits drawn with a
thick pen, and real 8×8 scans by 13 other people (UCI optdigits' test set,
``model/data/optdigits.py``), each read by ``--model`` and by every ``--compare`` model (e.g. the
previous default).

    python bench/drawn_digits.py [--model FILE] [--compare FILE ...] [--limit N] [--scanned N]
                                 [--json] [--quick]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from common import bench_parser, parse_args, per_writer, top_confusions

from model.data.datasets import load_dataset
from model.data.drawn_digits import new_writers_digits, new_writers_images
from model.data.optdigits import OPTDIGITS_CHECK, optdigits_check
from model.data.scanned_digits import scanned_checks
from model.inference.evaluation import evaluate
from model.inference.predictor import Predictor
from model.resources import bundled_model_path


def new_writers_report(predictor: Predictor, limit: int | None = None) -> dict:
    """Accuracy overall, per class and per writer, and the most frequent confusions."""
    images, labels = new_writers_images()
    writers = np.array([digit.writer for digit in new_writers_digits()])[:limit]
    scores = evaluate(predictor.predict_proba, images[:limit], labels[:limit])
    return {
        "n": scores.n,
        "accuracy": scores.accuracy,
        "per_class": {str(label): float(accuracy)
                      for label, accuracy in enumerate(scores.class_accuracy())
                      if np.isfinite(accuracy)},
        "per_writer": per_writer(scores.predicted == labels[:limit], writers),
        "top_confusions": top_confusions(scores.confusion),
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


def checks_report(predictors: dict[str, Predictor], scanned: int | None,
                  limit: int | None) -> dict[str, dict[str, float]]:
    """Per check (the new writers' first ``limit`` digits as rendered and with thick pens, MNIST
    test, each scanned style of its first ``scanned`` digits, the first ``scanned`` real
    optdigits scans), each model's accuracy."""
    mnist = load_dataset("mnist")
    digits = new_writers_digits()[:limit]
    rendered, rendered_labels = new_writers_images()
    checks = {"new writers, rendered": (rendered[:limit], rendered_labels[:limit]),
              "MNIST test": (mnist.x_test, mnist.y_test),
              **scanned_checks((mnist.x_test[:scanned], mnist.y_test[:scanned]),
                               [digit.strokes for digit in digits],
                               np.array([digit.label for digit in digits])),
              OPTDIGITS_CHECK: optdigits_check(scanned)}
    return {check: {name: evaluate(predictor.predict_proba, images, labels).accuracy
                    for name, predictor in predictors.items()}
            for check, (images, labels) in checks.items()}


def print_checks(checks: dict[str, dict[str, float]]) -> None:
    paths = list(next(iter(checks.values())))
    print(f"\n{'check':<46}" + "".join(f"{Path(path).name:>24}" for path in paths))
    for check, scores in checks.items():
        print(f"{check:<46}" + "".join(f"{scores[path]:>24.2%}" for path in paths))


def main() -> int:
    parser = bench_parser(__doc__)
    parser.add_argument("--model", type=Path, default=bundled_model_path())
    parser.add_argument("--compare", type=Path, action="append", default=[],
                        help="another model to read the checks with (repeatable)")
    parser.add_argument("--limit", type=int, help="read only the first N drawn digits")
    parser.add_argument("--scanned", type=int, help="scan only the first N MNIST test digits")
    args = parse_args(parser, limit=100, scanned=100)
    predictor = Predictor.load(args.model)
    report = new_writers_report(predictor, args.limit)
    predictors = {**{str(path): Predictor.load(path) for path in args.compare},
                  str(args.model): predictor}
    checks = checks_report(predictors, args.scanned, args.limit)
    if args.json:
        print(json.dumps({"benchmark": "drawn_digits", "model": str(args.model), **report,
                          "checks": checks}))
    else:
        print_report(report, args.model)
        print_checks(checks)
    return 0


if __name__ == "__main__":
    sys.exit(main())
