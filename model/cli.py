"""The command line: ``digitlab train | evaluate | predict | presets | runs | adapt | export``.

Progress goes to stderr (a bar on a terminal, one line per epoch otherwise) so that with
``--json`` the last line of stdout is always one JSON object for scripts to read. Bad arguments
and bad files end with one line on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from model.cli_adapt import add_adapt_options, run_adapt
from model.cli_export import add_export_options, run_export
from model.cli_lessons import (
    add_lessons_parsers,
    check_training_policy,
    lesson_command,
    lessons_command,
)
from model.config import (
    MAX_HIDDEN_LAYERS,
    AugmentConfig,
    LayerConfig,
    NetworkConfig,
    TrainingConfig,
)
from model.errors import ConfigError, DigitLabError
from model.history.commands import CliRecording, add_runs_parser, runs_command
from model.presets import Preset, presets
from model.settings import Choice, Flag, Number, settings_of
from model.training.events import (
    BatchEvent,
    BeginEvent,
    EndReason,
    EpochEvent,
    FinishedEvent,
    TrainingListener,
)

if TYPE_CHECKING:
    import numpy as np

    from model.data.datasets import Dataset
    from model.inference.predictor import Predictor

EXIT_USAGE = 2
EXIT_BROKEN_PIPE = 128 + 13
"""What a shell reports for a program ended by SIGPIPE (as ``yes | head -1`` ends ``yes``)."""


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (and a pointer to --help), not a usage dump."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise _UsageError(f"{self.prog}: {message} (see {self.prog} --help)")


HELP_DESCRIPTION = ("Train a tf.keras MLP on MNIST-style images, evaluate it, classify images "
                    "with it.")
HELP_EPILOG = ("Run 'digitlab COMMAND --help' for the options of one command. The window opens "
               "with 'digitlab-gui' (or 'python main.py' with no command).")
"""What ``digitlab --help`` prints around the commands: plain text, not this module's docstring,
whose reStructuredText markup would be printed as it is."""


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="digitlab", description=HELP_DESCRIPTION, epilog=HELP_EPILOG)
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    _add_train(commands.add_parser("train", help="train an MLP and save it"))
    _add_evaluate(commands.add_parser("evaluate", help="score a saved model on a test set"))
    _add_predict(commands.add_parser("predict", help="classify image files"))
    commands.add_parser("presets", help="list the built-in recipes").add_argument(
        "--json", action="store_true", help="print JSON")
    add_runs_parser(commands.add_parser("runs", help="list, show, export or delete past runs"))
    add_adapt_options(commands.add_parser("adapt", help="fine-tune a model to your drawings"))
    add_export_options(commands.add_parser(
        "export", help="write a model as ONNX, TF.js, LiteRT or a one-file web page"))
    add_lessons_parsers(commands)
    return parser


def _add_train(p: argparse.ArgumentParser) -> None:
    p.description = "Options left out take the --preset's value, or else the default shown."
    p.add_argument("--dataset", help="mnist, fashion-mnist, or a folder of IDX files "
                                     "(default: the preset's, else mnist)")
    p.add_argument("--download", action="store_true",
                   help="allow downloading Fashion-MNIST through keras.datasets (online only)")
    p.add_argument("--preset", choices=list(presets()), metavar="NAME",
                   help="start from a built-in recipe: " + "; ".join(presets()))
    add_config_options(p)
    p.add_argument("--limit", type=int, metavar="N",
                   help="train on a stratified subset of N training images (the score is "
                        "still measured on the whole test set)")
    p.add_argument("--out", required=True, help="model file to write (.keras, or legacy .h5)")
    p.add_argument("--slim", action="store_true",
                   help="save without optimizer state: a smaller file, for shipping")
    p.add_argument("--json", action="store_true", help="end with one JSON line on stdout")
    p.add_argument("--tensorboard", metavar="DIR", help="also write TensorBoard logs to DIR")


CONFIG_OPTIONS = (
    ("--activation", LayerConfig, "activation"), ("--dropout", LayerConfig, "dropout"),
    ("--initializer", NetworkConfig, "initializer"), ("--l2", NetworkConfig, "l2"),
    ("--input-scaling", NetworkConfig, "input_scaling"),
    ("--optimizer", TrainingConfig, "optimizer"),
    ("--learning-rate", TrainingConfig, "learning_rate"),
    ("--momentum", TrainingConfig, "momentum"), ("--nesterov", TrainingConfig, "nesterov"),
    ("--schedule", TrainingConfig, "lr_schedule"), ("--lr-decay", TrainingConfig, "lr_decay"),
    ("--batch-size", TrainingConfig, "batch_size"), ("--epochs", TrainingConfig, "epochs"),
    ("--validation-split", TrainingConfig, "validation_split"),
    ("--seed", TrainingConfig, "seed"),
    ("--early-stopping", TrainingConfig, "early_stopping_patience"),
    ("--with-drawn", TrainingConfig, "drawn_digits"),
    ("--drawn-copies", TrainingConfig, "drawn_copies"),
    ("--scanned-share", TrainingConfig, "scanned_share"),
    ("--writing-styles", AugmentConfig, "writing_styles"),
    ("--thickness", AugmentConfig, "thickness"),
)
"""The options that set one config field each: (flag, config class, field)."""
NOTES = {LayerConfig: "Every hidden layer gets it.",
         AugmentConfig: "Only with --augment."}
"""What an option's help adds for every field of its config class."""


def add_config_options(p: argparse.ArgumentParser) -> None:
    """``--hidden``, ``--augment`` and every option of :data:`CONFIG_OPTIONS`: what
    :func:`configs_from_args` lays over a preset (benches that train take them too)."""
    network, training = NetworkConfig(), TrainingConfig()
    defaults = {LayerConfig: network.hidden[0], NetworkConfig: network,
                TrainingConfig: training, AugmentConfig: training.augment}
    _add_setting(p, "--hidden", LayerConfig, "units", dest="hidden", nargs="+", metavar="UNITS",
                 shown_default=" ".join(str(layer.units) for layer in network.hidden),
                 note=f"One number per hidden layer, at most {MAX_HIDDEN_LAYERS}.")
    for flag, config_class, name in CONFIG_OPTIONS:
        _add_setting(p, flag, config_class, name,
                     shown_default=getattr(defaults[config_class], name),
                     note=NOTES.get(config_class, ""))
    _add_setting(p, "--augment", AugmentConfig, "enabled", dest="augment")


def _add_setting(p: argparse.ArgumentParser, flag: str, config_class: type, name: str, *,
                 dest: str | None = None, note: str = "", shown_default: Any = None,
                 **options: Any) -> None:
    """An option whose type, choices, range and help come from the config field's setting.

    The option itself defaults to None ("not given"), so that a preset's value survives;
    ``shown_default`` is the value used when neither the option nor a preset sets one. A
    :class:`Flag` can only switch its setting on (it is None or True), as the configs' flags are
    all off by default.
    """
    spec = settings_of(config_class)[name]
    help_text = " ".join(filter(None, (spec.help, note))).replace("%", "%%")
    if isinstance(spec, Flag):
        p.add_argument(flag, action="store_true", default=None, dest=dest or name,
                       help=help_text)
        return
    if isinstance(spec, Choice):
        options["choices"] = spec.values
        limits = ""
    else:
        options["type"] = _number_type(spec)
        options.setdefault("metavar", spec.unit.upper() or None)
        limits = f"in {spec.allowed()}; "
    p.add_argument(flag, dest=dest or name, help=f"{help_text} ({limits}default: {shown_default})",
                   **options)


def _number_type(spec: Number):
    if spec.count_from is not None:
        return _fraction_or_count
    return int if spec.integer else float


MODEL_HELP = "a .keras or .h5 model file (default: the bundled model the window opens with)"


def _add_evaluate(p: argparse.ArgumentParser) -> None:
    p.add_argument("--model", help=MODEL_HELP)
    p.add_argument("--dataset", default=None,
                   help="mnist, fashion-mnist or a folder (default: the model's own)")
    p.add_argument("--json", action="store_true")


def _add_predict(p: argparse.ArgumentParser) -> None:
    p.add_argument("--model", help=MODEL_HELP)
    p.add_argument("images", nargs="+", metavar="IMG", help="PNG/JPG files")
    p.add_argument("--json", action="store_true")


def _fraction_or_count(text: str) -> float | int:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a fraction or a count, got {text!r}") from None
    return int(value) if value >= 1 and value.is_integer() else value


def main(argv: Sequence[str]) -> int:
    try:
        args = build_parser().parse_args(list(argv))
        status = {"train": _train, "evaluate": _evaluate, "predict": _predict,
                  "presets": _presets, "runs": runs_command,
                  "lessons": lessons_command, "lesson": lesson_command,
                  "adapt": lambda a: run_adapt(a, ProgressPrinter(), _writable_model_path(a.out)),
                  "export": run_export,
                  }[args.command](args)
        sys.stdout.flush()  # here, where a closed pipe is caught, not at exit
        return status
    except _UsageError as error:
        print(error, file=sys.stderr)
    except DigitLabError as error:
        print(f"digitlab: error: {error}", file=sys.stderr)
    except KeyboardInterrupt:
        print("digitlab: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `digitlab runs | head -1`: the reader has all it wanted
        _stop_writing_stdout()
        return EXIT_BROKEN_PIPE
    return EXIT_USAGE


def _stop_writing_stdout() -> None:
    """Point stdout at /dev/null, so the flush at exit does not fail on the closed pipe again
    (Python's advice for SIGPIPE)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _preset(args: argparse.Namespace) -> Preset | None:
    return presets()[args.preset] if args.preset else None


def configs_from_args(args: argparse.Namespace) -> tuple[NetworkConfig, TrainingConfig]:
    """The preset (if any) with every flag of :func:`add_config_options` laid over it."""
    preset = _preset(args)
    network = (preset.network if preset else NetworkConfig()).to_dict()
    training = (preset.training if preset else TrainingConfig()).to_dict()
    if args.hidden:
        template = network["hidden"][0]
        network["hidden"] = [{**template, "units": units} for units in args.hidden]
    configs = {NetworkConfig: network, TrainingConfig: training,
               AugmentConfig: training["augment"]}
    for _, config_class, name in CONFIG_OPTIONS:
        value = getattr(args, name)
        if value is None:
            continue
        if config_class is LayerConfig:
            network["hidden"] = [{**layer, name: value} for layer in network["hidden"]]
        else:
            configs[config_class][name] = value
    if args.augment:
        training["augment"]["enabled"] = True
    return NetworkConfig.from_dict(network), TrainingConfig.from_dict(training)


def _dataset_name(args: argparse.Namespace) -> str:
    """``--dataset``, else the preset's, else MNIST."""
    preset = _preset(args)
    return args.dataset or (preset.dataset if preset else "mnist")


def _train(args: argparse.Namespace) -> int:
    from model.data.datasets import load_dataset
    from model.data.drawn_training import check_drawn_digits
    from model.files.keras_io import save_model
    from model.files.metadata import model_metadata
    from model.training.tensorboard import tensorboard_callbacks
    from model.training.trainer import Trainer

    network, training = configs_from_args(args)
    dataset_name = _dataset_name(args)
    check_training_policy(network, training)
    out = _writable_model_path(args.out)
    callbacks = tensorboard_callbacks(args.tensorboard)
    dataset = _limited(load_dataset(dataset_name, download=args.download), args.limit,
                       training.seed)
    _check_validation_split(training, len(dataset.y_train))
    check_drawn_digits(dataset, training)
    print(f"Training on {dataset.describe()}", file=sys.stderr)
    trainer = Trainer(network, training, dataset, callbacks=callbacks)
    network = trainer.network  # its output layer sized to the dataset's classes
    recording = CliRecording(network, training, dataset, dataset_name, ProgressPrinter())
    trainer.listener = recording.recorder
    try:
        result = trainer.run()
        if result.model is None:
            print(f"digitlab: error: {result.summary.message}", file=sys.stderr)
            return EXIT_USAGE
        metadata = model_metadata(network, training, dataset, result)
        save_model(result.model, out, metadata, include_optimizer=not args.slim)
        recording.recorder.on_model_saved(out)
    finally:
        recording.close()
    summary = {**result.summary.to_dict(), "model_path": str(out)}
    print(f"{result.summary.message} Test accuracy {_percent(summary['test_accuracy'])}; "
          f"saved {out}", file=sys.stderr)
    if args.json:
        print(json.dumps(summary))
    return 1 if result.summary.reason is EndReason.ERROR else 0


def _writable_model_path(text: str) -> Path:
    """``--out`` as a path a model can be saved to, checked before minutes of training."""
    from model.files.keras_io import check_output_path

    try:
        return check_output_path(Path(text))
    except DigitLabError as error:
        raise DigitLabError(f"--out: {error}") from None


def _limited(dataset: Dataset, limit: int | None, seed: int) -> Dataset:
    """``--limit N``: a stratified subset of N training images (the whole test set)."""
    if limit is None:
        return dataset
    available = len(dataset.y_train)
    if not dataset.num_classes <= limit <= available:
        raise DigitLabError(f"--limit must be between {dataset.num_classes} (one image per "
                            f"class) and the {available:,} training images of {dataset.name}, "
                            f"got {limit}")
    return dataset.limited(limit, seed)


def _check_validation_split(training: TrainingConfig, train_count: int) -> None:
    try:
        training.validation_count(train_count)
    except ConfigError:
        raise DigitLabError(
            f"--validation-split {training.validation_split} takes all {train_count:,} training "
            f"images; give a fraction up to 0.5 or a count below {train_count:,}") from None


def _evaluate(args: argparse.Namespace) -> int:
    from model.data.datasets import load_dataset
    from model.inference.evaluation import drawn_score, evaluate

    model_path, predictor = _load_predictor(args.model)
    dataset = load_dataset(args.dataset or predictor.metadata.get("dataset") or "mnist")
    if dataset.num_classes != predictor.num_classes:
        raise DigitLabError(
            f"{model_path} has {predictor.num_classes} outputs but {dataset.name} has "
            f"{dataset.num_classes} classes")
    predict = _answering(predictor, model_path)
    result = evaluate(predict, dataset.x_test, dataset.y_test)
    report = {"model": str(model_path), "dataset": dataset.name, **result.to_dict()}
    if dataset.is_digits:
        report["drawn_accuracy"] = drawn_score(predict).accuracy
    if args.json:
        print(json.dumps(report))
        return 0
    print(f"{dataset.name} test set: accuracy {_percent(result.accuracy)}, "
          f"loss {result.loss:.4f}, n={result.n}")
    if "drawn_accuracy" in report:
        print(f"digits drawn by new writers: accuracy {_percent(report['drawn_accuracy'])}")
    _print_confusion(result.confusion.tolist(), dataset.class_names)
    return 0


def _print_confusion(matrix: list[list[int]], names: Sequence[str]) -> None:
    width = max(5, *(len(str(v)) for row in matrix for v in row)) + 1
    labels = [name[:width - 1] for name in names]
    print("true\\pred".ljust(12) + "".join(label.rjust(width) for label in labels))
    for label, row in zip(labels, matrix, strict=True):
        print(label.ljust(12) + "".join(str(v).rjust(width) for v in row))


def _predict(args: argparse.Namespace) -> int:
    import numpy as np

    from model.drawing.images import load_drawing
    from model.drawing.preprocess import canvas_to_mnist
    from model.inference.confidence import confidence_text

    model_path, predictor = _load_predictor(args.model)
    images = [canvas_to_mnist(load_drawing(path)) for path in args.images]
    probabilities = _answering(predictor, model_path)(np.stack(images))
    results = []
    for path, probs in zip(args.images, probabilities, strict=True):
        best = int(probs.argmax())
        results.append({"image": str(path), "label": predictor.class_names[best],
                        "index": best, "confidence": float(probs[best]),
                        "probabilities": [round(float(p), 6) for p in probs]})
        if not args.json:
            print(f"{path}: {predictor.class_names[best]} ({confidence_text(probs[best], 1)})")
    if args.json:
        print(json.dumps(results if len(results) > 1 else results[0]))
    return 0


def _load_predictor(model: str | None) -> tuple[Path, Predictor]:
    """``--model``, else the bundled model the window opens with: its path and predictor."""
    from model.inference.predictor import Predictor
    from model.resources import default_model_path

    path = Path(model) if model is not None else default_model_path()
    return path, Predictor.load(path)


def _answering(predictor: Predictor, path: Path) -> Callable[[np.ndarray], np.ndarray]:
    """``predictor.predict_proba``, refusing outputs that are no answer (a diverged model), as
    the window does, instead of calling them the first class."""
    from model.inference.answers import DIVERGED, outputs_are_numbers

    def predict(images: np.ndarray) -> np.ndarray:
        probabilities = predictor.predict_proba(images)
        if not outputs_are_numbers(probabilities):
            raise DigitLabError(f"{path} gives no answer: {DIVERGED}")
        return probabilities

    return predict


def _presets(args: argparse.Namespace) -> int:
    table = [{"name": p.name, "dataset": p.dataset, "published_accuracy": p.published_accuracy,
              "layers": p.network.layer_sizes(), "epochs": p.training.epochs,
              "description": p.description} for p in presets().values()]
    if args.json:
        print(json.dumps(table))
        return 0
    for row in table:
        published = _percent(row["published_accuracy"]) if row["published_accuracy"] else "—"
        print(f"{row['name']:<20} {row['dataset']:<14} {published:>8}  {row['description']}")
    return 0


def _percent(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2%}"


class ProgressPrinter(TrainingListener):
    """Training progress on stderr: a live bar on a terminal, one line per epoch otherwise."""

    def __init__(self, stream=None, *, min_interval: float = 0.1) -> None:
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty()
        self.min_interval = min_interval
        self._last = 0.0
        self._epochs = 0

    def on_status(self, text: str) -> None:
        print(text, file=self.stream)

    def on_begin(self, event: BeginEvent) -> None:
        self._epochs = event.epochs

    def on_batch(self, event: BatchEvent) -> None:
        now = time.monotonic()
        if not self.live or now - self._last < self.min_interval:
            return
        self._last = now
        fraction = event.epoch_fraction / self._epochs
        bar = "█" * int(30 * fraction)
        eta_text = f"{event.eta_s:4.0f}s" if math.isfinite(event.eta_s) else "   ?"
        self.stream.write(f"\r{bar:<30} {fraction:6.1%} epoch {event.epoch + 1}/{self._epochs}"
                          f" loss {event.loss:.4f} {event.samples_per_s:7.0f} img/s "
                          f"ETA {eta_text}")
        self.stream.flush()

    def on_epoch(self, event: EpochEvent) -> None:
        prefix = "\r" if self.live else ""
        val = (f" val_loss {event.val_loss:.4f} val_acc {event.val_accuracy:.4f}"
               if event.val_loss is not None else "")
        print(f"{prefix}epoch {event.epoch}/{self._epochs} loss {event.loss:.4f} "
              f"acc {event.accuracy:.4f}{val} ({event.seconds:.1f}s)".ljust(100),
              file=self.stream)

    def on_finished(self, event: FinishedEvent) -> None:
        if self.live:
            self.stream.write("\n")
