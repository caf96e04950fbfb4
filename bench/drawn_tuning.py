"""Tune the pen-drawn-digit recipe without touching the new writers.

The new writers (``NEW_WRITERS``) must stay unseen, so choices such as how many renderings of each
drawn digit to train on are made here, on writers taken out of the 24 *training* writers:
``TUNING_WRITERS`` (six of them, drawn at random once) are left out of the drawn training images
and measured on instead, beside the MNIST validation accuracy (the validation split is MNIST
only). The new writers' score the trainer computes is not printed.

The checks that scans and thick pens still read (``model/data/scanned_digits.py``) are made here
from the MNIST *validation* digits and the tuning writers' drawings, so the scanned share and the
network's width are chosen without the test digits either.

Six writers are few: one writer's style can decide a digit's score. ``--fold 1`` … ``3`` measure
on another six of the training writers instead (:func:`writer_folds`: the 24 in four folds),
so a weakness can be checked across all of them — still never on the new writers.

    python bench/drawn_tuning.py [--preset NAME] [any `digitlab train` option: --drawn-copies N,
                                 --writing-styles P, --thickness P, --epochs N, --scanned-share P,
                                 --hidden N ..., --dropout P, …] [--scanned N] [--limit N]
                                 [--fold K] [--json] [--quick]

The options change the preset as they do for ``digitlab train --preset`` (one function,
:func:`model.cli.configs_from_args`, lays them over it).
"""

from __future__ import annotations

import json
import sys
import time
from unittest import mock

import numpy as np
from common import bench_parser, limited, parse_args, per_writer, top_confusions

from model.cli import add_config_options, configs_from_args
from model.data import drawn_training
from model.data.datasets import Dataset, load_dataset
from model.data.drawn_digits import (
    EVALUATION_SEED,
    NEW_WRITERS,
    TUNING_WRITERS,
    rendered,
    training_writers_digits,
)
from model.data.scanned_digits import scanned_checks
from model.inference.evaluation import evaluate
from model.presets import presets
from model.training.snapshot import WeightSnapshot
from model.training.trainer import Trainer, validation_split

FOLDS_SEED = 7


def writer_folds() -> list[tuple[int, ...]]:
    """The 24 training writers in four folds of six: ``TUNING_WRITERS`` first, then the other
    18 shuffled once (``FOLDS_SEED``) and cut in three."""
    writers = sorted({digit.writer for digit in training_writers_digits()})
    rest = np.random.default_rng(FOLDS_SEED).permutation(
        [writer for writer in writers if writer not in TUNING_WRITERS])
    return [TUNING_WRITERS, *(tuple(sorted(int(w) for w in fold)) for fold in rest.reshape(3, -1))]


def split_writers(quick: bool, measured_writers: tuple[int, ...] = TUNING_WRITERS,
                  ) -> tuple[list, list]:
    """(digits to train on, digits to measure on): the training writers, minus and only
    ``measured_writers`` (a fold of :func:`writer_folds`); a quick run keeps every 20th digit."""
    digits = training_writers_digits()[::20 if quick else 1]
    assert not {d.writer for d in digits} & set(NEW_WRITERS)
    return ([d for d in digits if d.writer not in measured_writers],
            [d for d in digits if d.writer in measured_writers])


def tuning_dataset(mnist: Dataset, measured: list) -> Dataset:
    """MNIST's training images, tested on one fixed rendering of the tuning writers' digits."""
    images, labels = rendered(measured, 1, np.random.default_rng(EVALUATION_SEED))
    return Dataset(mnist.name, mnist.class_names, mnist.x_train, mnist.y_train, images, labels)


def check_scores(predict_proba, dataset: Dataset, training, measured: list,
                 scanned: int | None) -> dict[str, float]:
    """Each scanned style of the first ``scanned`` validation digits (the split the run held
    out), and the tuning writers' drawings with a thick pen: accuracy by check."""
    val_idx = validation_split(dataset, training)[1][:scanned]
    checks = scanned_checks((dataset.x_train[val_idx], dataset.y_train[val_idx]),
                            [digit.strokes for digit in measured],
                            np.array([digit.label for digit in measured]), "MNIST validation")
    return {name: evaluate(predict_proba, images, labels).accuracy
            for name, (images, labels) in checks.items()}


def run(args) -> dict:
    network, training = configs_from_args(args)
    fold = writer_folds()[args.fold]
    trained_on, measured = split_writers(args.quick, fold)
    dataset = tuning_dataset(limited(load_dataset("mnist"), args.limit, training.seed), measured)
    started = time.perf_counter()
    with mock.patch.object(drawn_training, "training_writers_digits", lambda: trained_on):
        result = Trainer(network, training, dataset).run()
    seconds = round(time.perf_counter() - started)
    test = result.test
    predict_proba = WeightSnapshot.of(result.model, dataset.class_names).predictor().predict_proba
    augment = training.augment
    return {"preset": args.preset, "copies": training.drawn_copies,
            "writing_styles": augment.writing_styles, "thickness": augment.thickness,
            "scanned_share": training.scanned_share, "layer_sizes": network.layer_sizes(),
            "dropout": [layer.dropout for layer in network.hidden],
            "epochs": result.summary.epochs_run, "seconds": seconds,
            "mnist_val_accuracy": result.summary.val_accuracy,
            "tuning_writers": list(fold), "tuning_accuracy": test.accuracy,
            "tuning_per_class": [round(float(a), 4) for a in test.class_accuracy()], "n": test.n,
            "tuning_per_writer": per_writer(test.predicted == dataset.y_test,
                                            np.array([digit.writer for digit in measured])),
            "tuning_confusions": top_confusions(test.confusion),
            "checks": check_scores(predict_proba, dataset, training, measured, args.scanned)}


def main() -> int:
    parser = bench_parser(__doc__)
    parser.add_argument("--preset", default="DigitLab best", choices=list(presets()))
    add_config_options(parser)  # every `digitlab train` option, laid over the preset alike
    parser.add_argument("--scanned", type=int,
                        help="make the scanned checks from the first N validation digits only")
    parser.add_argument("--limit", type=int, help="MNIST training images (stratified subset)")
    parser.add_argument("--fold", type=int, default=0, choices=range(4),
                        help="measure on these six training writers (0: TUNING_WRITERS)")
    args = parse_args(parser, limit=6000, epochs=1, drawn_copies=1, scanned=100)
    report = run(args)
    if args.json:
        print(json.dumps({"benchmark": "drawn_tuning", **report}))
    else:
        print(f"{report['preset']} ({'-'.join(map(str, report['layer_sizes']))}), "
              f"{report['copies']} drawn copies, writing styles {report['writing_styles']}, "
              f"scanned share {report['scanned_share']}, {report['epochs']} epochs "
              f"({report['seconds']} s): "
              f"MNIST validation {report['mnist_val_accuracy']:.2%}, tuning writers "
              f"{report['tuning_writers']} "
              f"{report['tuning_accuracy']:.2%} (n={report['n']})")
        print("  per class: " + ", ".join(
            f"{digit} {accuracy:.1%}" for digit, accuracy in enumerate(report["tuning_per_class"])))
        print("  per writer: " + ", ".join(
            f"{writer} {accuracy:.1%}" for writer, accuracy in report["tuning_per_writer"].items()))
        print("  top confusions: " + ", ".join(
            f"{c['true']}→{c['predicted']} ×{c['count']}" for c in report["tuning_confusions"]))
        for check, accuracy in report["checks"].items():
            print(f"  {check:<52} {accuracy:.2%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
