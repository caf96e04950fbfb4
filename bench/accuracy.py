"""Every preset trained on its dataset, its test accuracy beside the figure its source published.

"DigitLab best" takes ~40 augmented epochs, so by default its row evaluates the shipped default
model (made by ``make default-model`` from that preset) instead of training it again; pass
``--retrain-best`` to train it here too.

    python bench/accuracy.py [--preset NAME ...] [--retrain-best] [--limit N] [--epochs N]
                             [--json] [--quick]
"""

from __future__ import annotations

import dataclasses
import json
import sys
import time

from common import bench_parser, limited, parse_args

from model.data.datasets import Dataset, load_dataset
from model.inference.evaluation import evaluate
from model.inference.predictor import Predictor
from model.presets import presets
from model.resources import bundled_model_path
from model.training.trainer import Trainer

BEST = "DigitLab best"
QUICK_LIMIT = 6000
"""Training images in a quick run: more than any preset holds out for validation."""


def trained_row(preset, dataset: Dataset, epochs: int | None) -> dict:
    """Train ``preset`` (for ``epochs`` instead of its own, if given) and score it."""
    training = preset.training if epochs is None else dataclasses.replace(preset.training,
                                                                          epochs=epochs)
    started = time.perf_counter()
    result = Trainer(preset.network, training, dataset).run()
    return {"test_accuracy": result.test.accuracy, "epochs_run": result.summary.epochs_run,
            "seconds": time.perf_counter() - started, "how": "trained"}


def shipped_row(dataset: Dataset) -> dict:
    predictor = Predictor.load(bundled_model_path())
    scores = evaluate(predictor.predict_proba, dataset.x_test, dataset.y_test)
    metrics = predictor.metadata.get("metrics", {})
    return {"test_accuracy": scores.accuracy, "epochs_run": metrics.get("epochs_run"),
            "seconds": metrics.get("train_seconds"), "how": "default model"}


def main() -> int:
    parser = bench_parser(__doc__)
    parser.add_argument("--preset", action="append", choices=list(presets()))
    parser.add_argument("--retrain-best", action="store_true")
    parser.add_argument("--limit", type=int, metavar="N",
                        help="train and test on a stratified subset of N training images")
    parser.add_argument("--epochs", type=int, help="train for N epochs instead of the preset's")
    args = parse_args(parser, limit=QUICK_LIMIT, epochs=1)

    rows = []
    for name in args.preset or list(presets()):
        preset = presets()[name]
        dataset = limited(load_dataset(preset.dataset), args.limit, preset.training.seed)
        row = (shipped_row(dataset) if name == BEST and not args.retrain_best
               else trained_row(preset, dataset, args.epochs))
        rows.append({"preset": name, "dataset": preset.dataset,
                     "published_accuracy": preset.published_accuracy, **row})
        if not args.json:
            published = preset.published_accuracy
            print(f"{name:<20} {preset.dataset:<14} measured {row['test_accuracy']:.2%}  "
                  f"published {'—' if published is None else f'{published:.2%}'}  "
                  f"({row['how']}, {row['epochs_run']} epochs, {row['seconds'] or 0:.0f} s)",
                  flush=True)
    if args.json:
        print(json.dumps({"benchmark": "accuracy", "rows": rows}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
