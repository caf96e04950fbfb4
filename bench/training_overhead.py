"""What does the Trainer's live reporting cost? ``Trainer`` vs a plain ``model.fit`` script.

Both train the same network with the same config on the same data split in the same process,
alternating (plain, trainer, plain, trainer…); the ratio compares the best fit time of each.
The Trainer adds a per-batch listener call, pause/stop checks and per-epoch weight snapshots.

    python bench/training_overhead.py [--epochs N] [--rounds R] [--limit N] [--json] [--quick]
"""

from __future__ import annotations

import json
import math
import sys
import time

from common import bench_parser, limited, parse_args

from model.data.datasets import load_dataset
from model.keras_runtime import keras
from model.presets import presets
from model.training.build import build_model, compile_model
from model.training.events import TrainingListener
from model.training.trainer import Trainer, prepare_data


class CountingListener(TrainingListener):
    """Receives every event like the GUI does (it only counts them)."""

    def __init__(self) -> None:
        self.events = 0

    def on_batch(self, info):
        self.events += 1


def plain_fit_seconds(network, training, data) -> float:
    keras().utils.set_random_seed(training.seed)
    model = build_model(network, input_stats=data.input_stats, seed=training.seed)
    compile_model(model, training, math.ceil(len(data.y_train) / training.batch_size))
    started = time.perf_counter()
    model.fit(data.x_train, data.y_train, batch_size=training.batch_size,
              epochs=training.epochs, validation_data=data.validation, shuffle=True, verbose=0)
    return time.perf_counter() - started


def trainer_fit_seconds(network, training, dataset) -> float:
    return Trainer(network, training, dataset, CountingListener()).run().summary.train_seconds


def main() -> int:
    parser = bench_parser(__doc__)
    parser.add_argument("--preset", default="Keras mnist_mlp")
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--limit", type=int, metavar="N",
                        help="train on a stratified subset of N MNIST training images")
    args = parse_args(parser, epochs=1, rounds=1, limit=600)

    preset = presets()[args.preset]
    training = type(preset.training).from_dict(
        {**preset.training.to_dict(), "epochs": args.epochs, "validation_split": 0.1})
    dataset = limited(load_dataset("mnist"), args.limit, training.seed)
    data = prepare_data(dataset, training)
    plain, trainer = [], []
    for _ in range(args.rounds):
        plain.append(plain_fit_seconds(preset.network, training, data))
        trainer.append(trainer_fit_seconds(preset.network, training, dataset))
    row = {"benchmark": "training_overhead", "preset": preset.name, "epochs": args.epochs,
           "plain_fit_s": min(plain), "trainer_fit_s": min(trainer),
           "ratio": min(trainer) / min(plain)}
    if args.json:
        print(json.dumps(row))
    else:
        print(f"{preset.name}, {args.epochs} epochs of MNIST, best of {args.rounds}:")
        print(f"  plain model.fit  {row['plain_fit_s']:.2f} s")
        print(f"  Trainer          {row['trainer_fit_s']:.2f} s")
        print(f"  ratio            {row['ratio']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
