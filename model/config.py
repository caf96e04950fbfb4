"""What to build and how to train it: plain dataclasses with validation and a JSON round trip.

Configs are the contract between the GUI, the CLI, saved model files and the trainer, so they are
checked once, here, at construction: an invalid value raises :class:`ConfigError` saying what was
expected and what was given, and nothing downstream needs to re-check.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field, fields
from typing import Any

from model.errors import ConfigError

ACTIVATIONS = ("relu", "tanh", "sigmoid", "elu", "selu", "gelu", "swish", "leaky_relu", "linear")
INITIALIZERS = (
    "glorot_uniform",
    "glorot_normal",
    "he_uniform",
    "he_normal",
    "lecun_uniform",
    "lecun_normal",
)
INPUT_SCALINGS = ("unit", "standardize")
OPTIMIZERS = ("sgd", "adam", "rmsprop")
SCHEDULES = ("constant", "cosine", "exponential")


def _check_number(name: str, value: Any, low: float, high: float, *, integer: bool = False,
                  low_open: bool = False) -> None:
    kind = "an integer" if integer else "a number"
    ok_type = isinstance(value, int) if integer else isinstance(value, (int, float))
    if isinstance(value, bool) or not ok_type or (not integer and not math.isfinite(value)):
        raise ConfigError(f"{name} must be {kind}, got {value!r}")
    below = value <= low if low_open else value < low
    if below or value > high:
        bracket = "(" if low_open else "["
        raise ConfigError(f"{name} must be in {bracket}{low}, {high}], got {value!r}")


def _check_choice(name: str, value: Any, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise ConfigError(f"{name} must be one of {', '.join(choices)}; got {value!r}")


class _JsonConfig:
    """``to_dict``/``from_dict`` for the flat config dataclasses below."""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        if not isinstance(data, dict):
            raise ConfigError(f"{cls.__name__} must be a JSON object, got {type(data).__name__}")
        known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(
                f"{cls.__name__} got unknown keys {unknown}; expected some of {sorted(known)}"
            )
        return cls(**cls._decode(dict(data)))

    @classmethod
    def _decode(cls, data: dict[str, Any]) -> dict[str, Any]:
        return data


@dataclass(frozen=True)
class LayerConfig(_JsonConfig):
    """One hidden Dense layer, optionally followed by dropout."""

    units: int
    activation: str = "relu"
    dropout: float = 0.0

    def __post_init__(self) -> None:
        _check_number("units", self.units, 1, 8192, integer=True)
        _check_choice("activation", self.activation, ACTIVATIONS)
        _check_number("dropout", self.dropout, 0.0, 0.9)


@dataclass(frozen=True)
class NetworkConfig(_JsonConfig):
    """The MLP: 28×28 input → hidden Dense layers → softmax over ``num_classes``.

    ``input_scaling`` is part of the model (a layer in it), so callers always feed pixels in [0, 1]:
    ``"unit"`` uses them as they are; ``"standardize"`` subtracts the training set's mean pixel and
    divides by its standard deviation, as the Next Tech tutorial does.
    """

    hidden: tuple[LayerConfig, ...] = (LayerConfig(128),)
    initializer: str = "glorot_uniform"
    l2: float = 0.0
    input_scaling: str = "unit"
    num_classes: int = 10

    def __post_init__(self) -> None:
        hidden = tuple(self.hidden)
        if not hidden or not all(isinstance(layer, LayerConfig) for layer in hidden):
            raise ConfigError(f"hidden must be one or more LayerConfig, got {self.hidden!r}")
        object.__setattr__(self, "hidden", hidden)
        _check_choice("initializer", self.initializer, INITIALIZERS)
        _check_number("l2", self.l2, 0.0, 1.0)
        _check_choice("input_scaling", self.input_scaling, INPUT_SCALINGS)
        _check_number("num_classes", self.num_classes, 2, 1000, integer=True)

    @classmethod
    def _decode(cls, data: dict[str, Any]) -> dict[str, Any]:
        if "hidden" in data:
            if not isinstance(data["hidden"], (list, tuple)):
                raise ConfigError(f"hidden must be a list of layers, got {data['hidden']!r}")
            data["hidden"] = tuple(LayerConfig.from_dict(layer) for layer in data["hidden"])
        return data

    def layer_sizes(self) -> list[int]:
        """Units per layer from input to output, e.g. ``[784, 300, 100, 10]``."""
        return [28 * 28, *(layer.units for layer in self.hidden), self.num_classes]

    def parameter_count(self) -> int:
        """Trainable weights and biases, computed without Keras (for live summaries)."""
        sizes = self.layer_sizes()
        return sum((a + 1) * b for a, b in zip(sizes, sizes[1:]))


@dataclass(frozen=True)
class AugmentConfig(_JsonConfig):
    """On-the-fly distortions of training images, so the network reads digits as people draw them.

    Each batch is distorted afresh (seeded), so the network never sees the exact same image twice.
    ``writing_styles`` is the chance that a 1 or 9 is shown in the style MNIST lacks (flagged 1,
    hooked 9; see ``model.data.writing_styles``); it applies to digit datasets only.
    """

    enabled: bool = False
    max_shift: float = 2.0
    max_rotation: float = 12.0
    max_scale: float = 0.12
    max_shear: float = 0.2
    elastic_alpha: float = 34.0
    elastic_sigma: float = 4.0
    thickness: float = 0.5
    writing_styles: float = 0.0

    def __post_init__(self) -> None:
        if not isinstance(self.enabled, bool):
            raise ConfigError(f"augment.enabled must be true or false, got {self.enabled!r}")
        _check_number("augment.max_shift (pixels)", self.max_shift, 0.0, 8.0)
        _check_number("augment.max_rotation (degrees)", self.max_rotation, 0.0, 45.0)
        _check_number("augment.max_scale", self.max_scale, 0.0, 0.5)
        _check_number("augment.max_shear", self.max_shear, 0.0, 1.0)
        _check_number("augment.elastic_alpha", self.elastic_alpha, 0.0, 100.0)
        _check_number("augment.elastic_sigma", self.elastic_sigma, 0.5, 20.0)
        _check_number("augment.thickness", self.thickness, 0.0, 1.0)
        _check_number("augment.writing_styles", self.writing_styles, 0.0, 1.0)


@dataclass(frozen=True)
class TrainingConfig(_JsonConfig):
    """How ``fit`` runs: optimizer, schedule, batches, epochs, validation, seed, stopping.

    ``validation_split`` is a fraction of the training set in [0, 0.5], or a whole number of
    images (≥ 1), e.g. Géron's 5,000. ``early_stopping_patience`` 0 means never stop early.
    """

    optimizer: str = "adam"
    learning_rate: float = 0.001
    momentum: float = 0.0
    nesterov: bool = False
    lr_schedule: str = "constant"
    lr_decay: float = 0.95
    batch_size: int = 128
    epochs: int = 10
    validation_split: float = 0.1
    seed: int = 42
    early_stopping_patience: int = 0
    augment: AugmentConfig = field(default_factory=AugmentConfig)

    def __post_init__(self) -> None:
        _check_choice("optimizer", self.optimizer, OPTIMIZERS)
        _check_number("learning_rate", self.learning_rate, 0.0, 10.0, low_open=True)
        _check_number("momentum", self.momentum, 0.0, 0.999)
        if not isinstance(self.nesterov, bool):
            raise ConfigError(f"nesterov must be true or false, got {self.nesterov!r}")
        _check_choice("lr_schedule", self.lr_schedule, SCHEDULES)
        _check_number("lr_decay", self.lr_decay, 0.0, 1.0, low_open=True)
        _check_number("batch_size", self.batch_size, 1, 65536, integer=True)
        _check_number("epochs", self.epochs, 1, 10000, integer=True)
        self._check_validation_split()
        _check_number("seed", self.seed, 0, 2**31 - 1, integer=True)
        _check_number("early_stopping_patience", self.early_stopping_patience, 0, 1000,
                      integer=True)
        if not isinstance(self.augment, AugmentConfig):
            raise ConfigError(f"augment must be an AugmentConfig, got {self.augment!r}")

    def _check_validation_split(self) -> None:
        value = self.validation_split
        if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
            return
        _check_number("validation_split (a fraction, or a count ≥ 1)", value, 0.0, 0.5)

    def validation_count(self, n_train: int) -> int:
        """How many of ``n_train`` images the validation split takes."""
        value = self.validation_split
        count = int(value) if value >= 1 else int(round(value * n_train))
        if count >= n_train:
            raise ConfigError(
                f"validation_split {value} leaves no training images out of {n_train}"
            )
        return count

    @classmethod
    def _decode(cls, data: dict[str, Any]) -> dict[str, Any]:
        if "augment" in data:
            data["augment"] = AugmentConfig.from_dict(data["augment"])
        return data


@dataclass(frozen=True)
class Preset:
    """A named, reproducible recipe and the test accuracy its source published."""

    name: str
    description: str
    network: NetworkConfig
    training: TrainingConfig
    dataset: str
    published_accuracy: float | None
    source: str = ""


def _next_tech() -> Preset:
    return Preset(
        name="Next Tech tutorial",
        description="784-50-50-10 tanh MLP trained with momentum SGD on standardized pixels.",
        network=NetworkConfig(
            hidden=(LayerConfig(50, "tanh"), LayerConfig(50, "tanh")),
            initializer="glorot_uniform",
            input_scaling="standardize",
        ),
        training=TrainingConfig(
            optimizer="sgd", learning_rate=0.001, momentum=0.9, batch_size=64, epochs=50,
            validation_split=0.1, seed=1,
        ),
        dataset="mnist",
        published_accuracy=0.9627,
        source="Next Tech, 'Building an MLP with Keras' (test accuracy 96.27%)",
    )


def _geron() -> Preset:
    return Preset(
        name="Géron ch.10",
        description="Flatten-300-100-10 ReLU classifier from Hands-On Machine Learning, ch. 10.",
        network=NetworkConfig(hidden=(LayerConfig(300), LayerConfig(100))),
        training=TrainingConfig(
            optimizer="sgd", learning_rate=0.01, batch_size=32, epochs=30,
            validation_split=5000, seed=42,
        ),
        dataset="fashion-mnist",
        published_accuracy=0.886,
        source="A. Géron, Hands-On Machine Learning, 2nd ed., ch. 10 (Fashion-MNIST 88.6%)",
    )


def _keras_mnist_mlp() -> Preset:
    return Preset(
        name="Keras mnist_mlp",
        description="The classic Keras example: 512-512 ReLU with dropout 0.2, RMSprop.",
        network=NetworkConfig(hidden=(LayerConfig(512, "relu", 0.2), LayerConfig(512, "relu", 0.2))),
        training=TrainingConfig(
            optimizer="rmsprop", learning_rate=0.001, batch_size=128, epochs=20,
            validation_split=0.0, seed=42,
        ),
        dataset="mnist",
        published_accuracy=0.9840,
        source="keras/examples/mnist_mlp.py (test accuracy 98.40%)",
    )


def _digitlab_best() -> Preset:
    return Preset(
        name="DigitLab best",
        description=(
            "768-768 ReLU with dropout, Adam with cosine decay, trained on distorted digits "
            "(shift, rotation, scale, shear, elastic, stroke thickness, flagged 1s and hooked 9s) "
            "so it reads digits as people draw them."
        ),
        network=NetworkConfig(
            hidden=(LayerConfig(768, "relu", 0.3), LayerConfig(768, "relu", 0.3)),
            initializer="he_normal",
        ),
        training=TrainingConfig(
            optimizer="adam", learning_rate=0.001, lr_schedule="cosine", batch_size=128,
            epochs=50, validation_split=5000, seed=7,
            augment=AugmentConfig(enabled=True, writing_styles=0.5),
        ),
        dataset="mnist",
        published_accuracy=None,
        source="DigitLab (bench/accuracy.py measures it)",
    )


def presets() -> dict[str, Preset]:
    """The built-in recipes by name, in menu order."""
    return {p.name: p for p in (_next_tech(), _geron(), _keras_mnist_mlp(), _digitlab_best())}
