"""What to build and how to train it: plain dataclasses with validation and a JSON round trip.

Configs are the contract between the GUI, the CLI, saved model files and the trainer, so they are
checked once, here, at construction: an invalid value raises :class:`ConfigError` saying what was
expected and what was given, and nothing downstream needs to re-check.

Each field's range, unit and help is declared once, beside it (see ``model.settings``); the checks
below, the Train panel's widgets and ``digitlab train --help`` all read it from there.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar

from model.errors import ConfigError
from model.image_size import IMAGE_SIDE
from model.settings import REQUIRED, Choice, Flag, Number, setting, settings_of, unlabelled
from model.translatable import QT_TRANSLATE_NOOP


class _Config:
    """Checks every field declared with a setting; ``to_dict``/``from_dict`` for the JSON files."""

    _path_prefix: ClassVar[str] = ""

    def __post_init__(self) -> None:
        for name, spec in settings_of(type(self)).items():
            spec.check(self.path(name), getattr(self, name))

    @classmethod
    def path(cls, name: str) -> str:
        """``name`` as spelled from the top config down (``augment.enabled``): error messages and
        the Train panel's widget names use it."""
        return cls._path_prefix + name

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, left_out: list[str] | None = None):
        """The config ``data`` describes. Unknown keys are refused, unless ``left_out`` is
        given (reading a newer DigitLab's file): then they are left out and named in it."""
        if not isinstance(data, dict):
            raise ConfigError(f"{cls.__name__} must be a JSON object, got {type(data).__name__}")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown and left_out is None:
            raise ConfigError(
                f"{cls.__name__} got unknown keys {unknown}; expected some of {sorted(known)}"
            )
        if unknown:
            left_out.extend(cls.path(key) for key in unknown)
        known_data = {key: value for key, value in data.items() if key in known}
        return cls(**cls._decode(known_data, left_out))

    @classmethod
    def _decode(cls, data: dict[str, Any], left_out: list[str] | None) -> dict[str, Any]:
        """``data`` with nested configs made from their dicts (the same way as this one)."""
        return data


MAX_HIDDEN_LAYERS = 8
"""The deepest network DigitLab trains. Plain MLPs gain nothing from more depth long before eight
layers, and eight of the widest (8,192 units) already save 5.8 GB of weights and optimizer state;
model files are read up to the size of the largest network allowed (``NetworkConfig.largest``)."""


@dataclass(frozen=True)
class LayerConfig(_Config):
    """One hidden Dense layer, optionally followed by dropout."""

    units: int = setting(REQUIRED, Number(
        1, 8192, integer=True,
        help=QT_TRANSLATE_NOOP(
            "Model",
            "Neurons in this layer: more can learn finer patterns, but cost more time and "
            "overfit more easily.")))
    activation: str = setting("relu", Choice(
        unlabelled("relu", "tanh", "sigmoid", "elu", "selu", "gelu", "swish", "leaky_relu",
                   "linear"),
        help=QT_TRANSLATE_NOOP(
            "Model",
            "The non-linearity each neuron applies to its weighted sum; without one, stacked "
            "layers collapse into a single linear map.")))
    dropout: float = setting(0.0, Number(
        0.0, 0.9, decimals=2, step=0.05,
        help=QT_TRANSLATE_NOOP(
            "Model",
            "Fraction of this layer's outputs switched off at random in each training step, so "
            "the network cannot rely on any single neuron (less overfitting).")))


@dataclass(frozen=True)
class NetworkConfig(_Config):
    """The MLP: 28×28 input → hidden Dense layers → softmax over ``num_classes``.

    ``input_scaling`` is part of the model (a layer in it), so callers always feed pixels in [0, 1]:
    ``"unit"`` uses them as they are; ``"standardize"`` subtracts the training set's mean pixel and
    divides by its standard deviation, as the Next Tech tutorial does.
    """

    hidden: tuple[LayerConfig, ...] = (LayerConfig(128),)
    initializer: str = setting("glorot_uniform", Choice(
        unlabelled("glorot_uniform", "glorot_normal", "he_uniform", "he_normal", "lecun_uniform",
                   "lecun_normal"),
        help=QT_TRANSLATE_NOOP(
            "Model",
            "How the starting weights are drawn: Glorot suits tanh/sigmoid, He suits ReLU; a "
            "poor choice makes deep nets start slowly or diverge.")))
    l2: float = setting(0.0, Number(
        0.0, 1.0, decimals=5, step=0.0001,
        help=QT_TRANSLATE_NOOP(
            "Model",
            "Penalty on large weights added to the loss: keeps weights small, which smooths the "
            "decision boundary and reduces overfitting (0 = off).")))
    input_scaling: str = setting("unit", Choice(
        (("unit", QT_TRANSLATE_NOOP("Model", "pixels 0…1")),
         ("standardize", QT_TRANSLATE_NOOP("Model", "standardized (mean 0, std 1)"))),
        help=QT_TRANSLATE_NOOP(
            "Model",
            "What the network sees: pixels in 0…1, or standardized to mean 0 and standard "
            "deviation 1 (helps SGD with tanh layers).")))
    num_classes: int = setting(10, Number(
        2, 1000, integer=True,
        help=QT_TRANSLATE_NOOP(
            "Model",
            "Outputs of the softmax layer, one per class: the dataset decides it.")))

    def __post_init__(self) -> None:
        hidden = tuple(self.hidden)
        if not hidden or not all(isinstance(layer, LayerConfig) for layer in hidden):
            raise ConfigError(f"hidden must be one or more LayerConfig, got {self.hidden!r}")
        if len(hidden) > MAX_HIDDEN_LAYERS:
            raise ConfigError(f"hidden must have at most {MAX_HIDDEN_LAYERS} layers (deeper plain "
                              f"networks learn no better), got {len(hidden)}")
        object.__setattr__(self, "hidden", hidden)
        super().__post_init__()

    @classmethod
    def _decode(cls, data: dict[str, Any], left_out: list[str] | None) -> dict[str, Any]:
        if "hidden" in data:
            if not isinstance(data["hidden"], (list, tuple)):
                raise ConfigError(f"hidden must be a list of layers, got {data['hidden']!r}")
            data["hidden"] = tuple(LayerConfig.from_dict(layer, left_out=left_out)
                                   for layer in data["hidden"])
        return data

    @classmethod
    def largest(cls) -> NetworkConfig:
        """The network with the most weights the settings allow: every model file DigitLab
        makes is at most this one's size."""
        units = settings_of(LayerConfig)["units"].high
        classes = settings_of(cls)["num_classes"].high
        return cls(hidden=(LayerConfig(int(units)),) * MAX_HIDDEN_LAYERS, num_classes=int(classes))

    def layer_sizes(self) -> list[int]:
        """Units per layer from input to output, e.g. ``[784, 300, 100, 10]``."""
        return [IMAGE_SIDE ** 2, *(layer.units for layer in self.hidden), self.num_classes]

    def parameter_count(self) -> int:
        """Trainable weights and biases, computed without Keras (for live summaries)."""
        sizes = self.layer_sizes()
        return sum((a + 1) * b for a, b in itertools.pairwise(sizes))


@dataclass(frozen=True)
class AugmentConfig(_Config):
    """On-the-fly distortions of training images, so the network reads digits as people draw them.

    Each batch is distorted afresh (seeded), so the network never sees the exact same image twice.
    ``writing_styles`` applies to digit datasets only (see ``model.data.writing_styles``).
    """

    _path_prefix: ClassVar[str] = "augment."

    enabled: bool = setting(False, Flag(
        help=QT_TRANSLATE_NOOP(
            "Model",
            "Distort each training batch afresh (shift, rotate, scale, shear, bend, stroke "
            "width) so the network learns digits as people really draw them.")))
    max_shift: float = setting(2.0, Number(
        0.0, 8.0, unit=QT_TRANSLATE_NOOP("Model", "pixels"),
        help=QT_TRANSLATE_NOOP(
            "Model",
            "Largest move of a digit up, down or sideways: people seldom draw in the centre.")))
    max_rotation: float = setting(12.0, Number(
        0.0, 45.0, unit=QT_TRANSLATE_NOOP("Model", "degrees"),
        help=QT_TRANSLATE_NOOP("Model", "Largest tilt either way: handwriting leans.")))
    max_scale: float = setting(0.12, Number(
        0.0, 0.5,
        help=QT_TRANSLATE_NOOP(
            "Model",
            "Largest change of size, as a fraction (0.12 = up to 12% larger or smaller).")))
    max_shear: float = setting(0.2, Number(
        0.0, 1.0,
        help=QT_TRANSLATE_NOOP(
            "Model",
            "Largest slant, as columns shifted per row: upright and italic writers differ.")))
    elastic_alpha: float = setting(34.0, Number(
        0.0, 100.0,
        help=QT_TRANSLATE_NOOP(
            "Model",
            "How far the elastic distortion bends strokes, like an unsteady hand (0 = none).")))
    elastic_sigma: float = setting(4.0, Number(
        0.5, 20.0,
        help=QT_TRANSLATE_NOOP(
            "Model",
            "How smooth that bending is: small values wobble, large ones bend whole strokes.")))
    thickness: float = setting(0.5, Number(
        0.0, 1.0,
        help=QT_TRANSLATE_NOOP(
            "Model",
            "Share of images whose stroke is made a pixel thicker or thinner, like another pen.")))
    writing_styles: float = setting(0.0, Number(
        0.0, 1.0,
        help=QT_TRANSLATE_NOOP(
            "Model",
            "Chance that a 1 or 9 is shown in the style MNIST lacks (flagged 1, hooked 9).")))


@dataclass(frozen=True)
class TrainingConfig(_Config):
    """How ``fit`` runs: optimizer, schedule, batches, epochs, validation, seed, stopping, and
    what it learns from besides the dataset (pen-drawn digits, distortions)."""

    optimizer: str = setting("adam", Choice(
        (("sgd", "SGD"), ("adam", "Adam"), ("rmsprop", "RMSprop")),
        help=QT_TRANSLATE_NOOP(
            "Model",
            "The rule that turns gradients into weight updates: SGD takes plain steps, Adam and "
            "RMSprop adapt the step size for each weight.")))
    learning_rate: float = setting(0.001, Number(
        0.0, 10.0, low_open=True, decimals=6, log_steps=True,
        help=QT_TRANSLATE_NOOP(
            "Model",
            "How big a step each update takes: too small learns slowly, too large overshoots and "
            "the loss explodes.")))
    momentum: float = setting(0.0, Number(
        0.0, 0.999, decimals=3, step=0.05,
        help=QT_TRANSLATE_NOOP(
            "Model",
            "Keeps a running direction of past updates so SGD rolls through small bumps and "
            "noise (0 = none; 0.9 is typical).")))
    nesterov: bool = setting(False, Flag(
        help=QT_TRANSLATE_NOOP(
            "Model",
            "Nesterov momentum looks ahead along the running direction before computing the "
            "gradient, which usually converges a little faster.")))
    lr_schedule: str = setting("constant", Choice(
        (("constant", QT_TRANSLATE_NOOP("Model", "constant")),
         ("cosine", QT_TRANSLATE_NOOP("Model", "cosine decay to 0")),
         ("exponential", QT_TRANSLATE_NOOP("Model", "exponential decay per epoch"))),
        help=QT_TRANSLATE_NOOP(
            "Model",
            "How the learning rate changes during training: big steps early and smaller ones "
            "later often end at a better minimum.")))
    lr_decay: float = setting(0.95, Number(
        0.0, 1.0, low_open=True, decimals=3, step=0.01,
        help=QT_TRANSLATE_NOOP(
            "Model",
            "Factor the learning rate is multiplied by after every epoch (exponential "
            "schedule).")))
    batch_size: int = setting(128, Number(
        1, 65536, integer=True,
        help=QT_TRANSLATE_NOOP(
            "Model",
            "Images per weight update: small batches give noisy but frequent updates, large "
            "batches smooth but fewer updates per epoch.")))
    epochs: int = setting(10, Number(
        1, 10000, integer=True,
        help=QT_TRANSLATE_NOOP(
            "Model",
            "How many times training goes through the whole training set.")))
    validation_split: float | int = setting(0.1, Number(
        0.0, 0.5, decimals=3, step=0.05, count_from=1,
        help=QT_TRANSLATE_NOOP(
            "Model",
            "Training images held back to check the network on data it does not learn from (a "
            "fraction up to half, or a number of images): when validation loss rises while "
            "training loss falls, it overfits.")))
    seed: int = setting(42, Number(
        0, 2**31 - 1, integer=True,
        help=QT_TRANSLATE_NOOP(
            "Model",
            "Seeds the random start weights, shuffling and dropout, so the same settings give "
            "the same run again.")))
    early_stopping_patience: int = setting(0, Number(
        0, 1000, integer=True, unit=QT_TRANSLATE_NOOP("Model", "epochs"),
        off_text=QT_TRANSLATE_NOOP("Model", "off"),
        help=QT_TRANSLATE_NOOP(
            "Model",
            "Stop when the validation loss has not improved for this many epochs and keep the "
            "best weights (0 = off: train every epoch).")))
    drawn_digits: bool = setting(False, Flag(
        help=QT_TRANSLATE_NOOP(
            "Model",
            "Also train on digits drawn with a pen by 24 writers, each re-rendered as on the "
            "canvas at a random place, size, pen width and slant: it teaches the network how "
            "people draw rather than how MNIST was scanned. Digit datasets only; six more "
            "writers are never trained on, to measure with.")))
    drawn_copies: int = setting(3, Number(
        1, 20, integer=True,
        help=QT_TRANSLATE_NOOP(
            "Model",
            "Random renderings of each pen-drawn digit added to the training images (about 6,000 "
            "digits each time).")))
    scanned_share: float = setting(0.0, Number(
        0.0, 1.0,
        help=QT_TRANSLATE_NOOP(
            "Model",
            "Share of the training digits added once more as a scanner or a phone camera would "
            "give them (blurred, thickened, cropped, photographed, postal 16×16 or 8×8), so "
            "learning the canvas's sharp strokes does not cost the scans. Digit datasets only.")))
    augment: AugmentConfig = field(default_factory=AugmentConfig)

    def __post_init__(self) -> None:
        super().__post_init__()
        if not isinstance(self.augment, AugmentConfig):
            raise ConfigError(f"augment must be an AugmentConfig, got {self.augment!r}")

    def validation_count(self, n_train: int) -> int:
        """How many of ``n_train`` images the validation split takes."""
        value = self.validation_split
        spec = settings_of(TrainingConfig)["validation_split"]
        count = value if spec.is_count(value) else round(value * n_train)
        if count >= n_train:
            raise ConfigError(
                f"validation_split {value} leaves no training images out of {n_train}"
            )
        return count

    @classmethod
    def _decode(cls, data: dict[str, Any], left_out: list[str] | None) -> dict[str, Any]:
        if "augment" in data:
            data["augment"] = AugmentConfig.from_dict(data["augment"], left_out=left_out)
        return data


def _values(config_class: type, name: str) -> tuple[str, ...]:
    return settings_of(config_class)[name].values


ACTIVATIONS = _values(LayerConfig, "activation")
INITIALIZERS = _values(NetworkConfig, "initializer")
INPUT_SCALINGS = _values(NetworkConfig, "input_scaling")
OPTIMIZERS = _values(TrainingConfig, "optimizer")
SCHEDULES = _values(TrainingConfig, "lr_schedule")


# Stored configs: versioned, migrated on read --------------------------------------------------

StoredDicts = dict[str, Any]
"""A file's configs as stored: ``{"network": {...}, "training": {...}}``."""
ConfigMigration = Callable[[StoredDicts], StoredDicts]


def _from_unversioned(stored: StoredDicts) -> StoredDicts:
    """0 → 1: configs written before they carried a version have today's keys already."""
    return stored


CONFIG_MIGRATIONS: tuple[ConfigMigration, ...] = (_from_unversioned,)
"""Entry k takes stored configs from version k to k + 1 (a renamed key, a changed unit…): an
older file is brought up to date on read, as Orange's ``migrate_settings`` does. A change to a
config's keys or meaning adds a step here."""
CONFIG_VERSION = len(CONFIG_MIGRATIONS)
"""The version written with stored configs (model files' metadata, the run history)."""
CONFIG_VERSION_KEY = "config_version"
"""The key (metadata) or column (run history) the version is written under; missing = 0."""


@dataclass(frozen=True)
class StoredConfigs:
    """The configs read back from a model file or the run history."""

    network: NetworkConfig
    training: TrainingConfig
    note: str = ""
    """One line when a newer DigitLab wrote them (what this one left out), else ""."""


def read_stored_configs(network: Any, training: Any, version: Any, *,
                        migrations: tuple[ConfigMigration, ...] = CONFIG_MIGRATIONS,
                        ) -> StoredConfigs:
    """The configs stored at ``version`` (None: written before versions, 0), migrated up to
    today's. A newer version's unknown keys are left out and said in the note; bad values and
    an older version's unknown keys are refused (:class:`ConfigError`), as always."""
    version = _stored_version(version)
    stored: StoredDicts = {"network": network, "training": training}
    for migrate in migrations[version:]:
        stored = migrate(stored)
    newest = len(migrations)
    left_out: list[str] | None = [] if version > newest else None
    configs = StoredConfigs(NetworkConfig.from_dict(stored["network"], left_out=left_out),
                            TrainingConfig.from_dict(stored["training"], left_out=left_out))
    if left_out is None:
        return configs
    ignored = f"left out {', '.join(left_out)}" if left_out else "nothing left out"
    return dataclasses.replace(configs, note=(
        f"Made by a newer DigitLab (settings version {version}; this one knows up to "
        f"{newest}): {ignored}."))


def _stored_version(version: Any) -> int:
    if version is None:
        return 0
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        raise ConfigError(f"{CONFIG_VERSION_KEY} must be a whole number from 0, got {version!r}")
    return version
