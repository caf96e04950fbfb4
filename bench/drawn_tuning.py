"""Tune the pen-drawn-digit recipe without touching the new writers.

The new writers (``NEW_WRITERS``) must stay unseen, so choices such as how many renderings of each
drawn digit to train on are made here, on writers taken out of the 24 *training* writers:
``TUNING_WRITERS`` (six of them, drawn at random once) are left out of the drawn training images
and measured on instead, beside the MNIST validation accuracy (the validation split is MNIST
only). The new writers' score the trainer computes is not printed.

    python bench/drawn_tuning.py [--preset NAME] [--copies N] [--writing-styles P] [--epochs N]
                                 [--limit N] [--json] [--quick]
"""

from __future__ import annotations

import dataclasses
import json
import sys
import time
from unittest import mock

import numpy as np
from common import bench_parser, limited, parse_args

from model.data import drawn_training
from model.data.datasets import Dataset, load_dataset
from model.data.drawn_digits import (
    EVALUATION_SEED,
    NEW_WRITERS,
    TUNING_WRITERS,
    rendered,
    training_writers_digits,
)
from model.presets import presets
from model.training.trainer import Trainer


def split_writers(quick: bool) -> tuple[list, list]:
    """(digits to train on, digits to measure on): the training writers, minus and only
    ``TUNING_WRITERS``; a quick run keeps every 20th digit."""
    digits = training_writers_digits()[::20 if quick else 1]
    assert not {d.writer for d in digits} & set(NEW_WRITERS)
    return ([d for d in digits if d.writer not in TUNING_WRITERS],
            [d for d in digits if d.writer in TUNING_WRITERS])


def tuning_dataset(mnist: Dataset, measured: list) -> Dataset:
    """MNIST's training images, tested on one fixed rendering of the tuning writers' digits."""
    images, labels = rendered(measured, 1, np.random.default_rng(EVALUATION_SEED))
    return Dataset(mnist.name, mnist.class_names, mnist.x_train, mnist.y_train, images, labels)


def run(args) -> dict:
    preset = presets()[args.preset]
    augment = dataclasses.replace(preset.training.augment, writing_styles=args.writing_styles)
    training = dataclasses.replace(preset.training, drawn_digits=args.copies > 0,
                                   drawn_copies=max(args.copies, 1), augment=augment,
                                   epochs=args.epochs or preset.training.epochs)
    trained_on, measured = split_writers(args.quick)
    dataset = tuning_dataset(limited(load_dataset("mnist"), args.limit, training.seed), measured)
    started = time.perf_counter()
    with mock.patch.object(drawn_training, "training_writers_digits", lambda: trained_on):
        result = Trainer(preset.network, training, dataset).run()
    test = result.test
    return {"preset": args.preset, "copies": args.copies, "writing_styles": args.writing_styles,
            "epochs": result.summary.epochs_run, "seconds": round(time.perf_counter() - started),
            "mnist_val_accuracy": result.summary.val_accuracy,
            "tuning_writers": list(TUNING_WRITERS), "tuning_accuracy": test.accuracy,
            "tuning_per_class": [round(float(a), 4) for a in test.class_accuracy()], "n": test.n}


def main() -> int:
    parser = bench_parser(__doc__)
    parser.add_argument("--preset", default="DigitLab best", choices=list(presets()))
    parser.add_argument("--copies", type=int, default=3,
                        help="renderings of each training-writer digit (0 = no drawn digits)")
    parser.add_argument("--writing-styles", type=float, default=0.5)
    parser.add_argument("--epochs", type=int, help="instead of the preset's")
    parser.add_argument("--limit", type=int, help="MNIST training images (stratified subset)")
    args = parse_args(parser, limit=6000, epochs=1, copies=1)
    report = run(args)
    if args.json:
        print(json.dumps({"benchmark": "drawn_tuning", **report}))
    else:
        print(f"{report['preset']}, {report['copies']} drawn copies, writing styles "
              f"{report['writing_styles']}, {report['epochs']} epochs ({report['seconds']} s): "
              f"MNIST validation {report['mnist_val_accuracy']:.2%}, tuning writers "
              f"{report['tuning_accuracy']:.2%} (n={report['n']})")
        print("  per class: " + ", ".join(
            f"{digit} {accuracy:.1%}" for digit, accuracy in enumerate(report["tuning_per_class"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
