"""Every preset trained on its dataset, its test accuracy beside the figure its source published.

"DigitLab best" takes ~40 augmented epochs, so by default its row evaluates the shipped default
model (made by ``make default-model`` from that preset) instead of training it again; pass
``--retrain-best`` to train it here too.

    python bench/accuracy.py [--preset NAME ...] [--retrain-best] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from model.config import presets  # noqa: E402
from model.data.datasets import Dataset, load_dataset  # noqa: E402
from model.inference.evaluation import evaluate  # noqa: E402
from model.inference.predictor import Predictor  # noqa: E402
from model.resources import bundled_model_path  # noqa: E402
from model.training.trainer import Trainer  # noqa: E402

SHARED = REPO.parent / "shared" / "data"
BEST = "DigitLab best"


def dataset_for(name: str) -> Dataset:
    """The preset's dataset; Fashion-MNIST from ../shared when it is not in the user's cache."""
    shared = SHARED / name
    return load_dataset(str(shared) if name != "mnist" and shared.is_dir() else name)


def trained_row(preset) -> dict:
    started = time.perf_counter()
    result = Trainer(preset.network, preset.training, dataset_for(preset.dataset)).run()
    return {"test_accuracy": result.test.accuracy, "epochs_run": result.epochs_run,
            "seconds": time.perf_counter() - started, "how": "trained"}


def shipped_row() -> dict:
    predictor = Predictor.load(bundled_model_path())
    mnist = load_dataset("mnist")
    scores = evaluate(predictor.predict_proba, mnist.x_test, mnist.y_test)
    metrics = predictor.metadata.get("metrics", {})
    return {"test_accuracy": scores.accuracy, "epochs_run": metrics.get("epochs_run"),
            "seconds": metrics.get("train_seconds"), "how": "default model"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--preset", action="append", choices=list(presets()))
    parser.add_argument("--retrain-best", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    rows = []
    for name in args.preset or list(presets()):
        preset = presets()[name]
        row = shipped_row() if name == BEST and not args.retrain_best else trained_row(preset)
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
