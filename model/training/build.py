"""Turn a :class:`NetworkConfig` and :class:`TrainingConfig` into a compiled Keras MLP.

The layer stack is fixed and simple so the numpy :class:`Predictor` can replay it exactly:
``Input(28, 28) → Flatten → [Normalization] → (Dense → [Dropout]) × n → Dense(softmax)``.
Input scaling lives inside the model, so every caller feeds pixels in [0, 1].
"""

from __future__ import annotations

from typing import Any

import numpy as np

from model.config import NetworkConfig, TrainingConfig
from model.image_size import IMAGE_SIDE
from model.keras_runtime import keras


def input_statistics(x_train: np.ndarray) -> tuple[float, float]:
    """Mean and variance of all training pixels in [0, 1], for the ``standardize`` scaling."""
    pixels = np.asarray(x_train, dtype=np.float64)
    if pixels.size and pixels.max() > 1.0:
        pixels = pixels / 255.0
    return float(pixels.mean()), float(pixels.var())


def build_model(network: NetworkConfig, *, input_stats: tuple[float, float] | None = None,
                seed: int | None = None) -> Any:
    """An uncompiled ``keras.Sequential`` MLP for ``network``.

    ``input_stats`` (mean, variance) is required when ``network.input_scaling == "standardize"``.
    ``seed`` makes the initial weights reproducible.
    """
    k = keras()
    layers: list[Any] = [k.Input((IMAGE_SIDE, IMAGE_SIDE), name="pixels"),
                         k.layers.Flatten(name="flatten")]
    if network.input_scaling == "standardize":
        if input_stats is None:
            raise ValueError("input_stats (mean, variance) are needed to standardize inputs")
        mean, variance = input_stats
        layers.append(k.layers.Normalization(axis=None, mean=mean, variance=variance,
                                             name="standardize"))
    regularizer = k.regularizers.L2(network.l2) if network.l2 > 0 else None
    for index, layer in enumerate(network.hidden, start=1):
        layers.append(k.layers.Dense(
            layer.units,
            activation=layer.activation,
            kernel_initializer=_initializer(k, network.initializer, seed, index),
            kernel_regularizer=regularizer,
            name=f"hidden_{index}",
        ))
        if layer.dropout > 0:
            layers.append(k.layers.Dropout(layer.dropout, seed=_offset(seed, 100 + index),
                                           name=f"dropout_{index}"))
    layers.append(k.layers.Dense(
        network.num_classes,
        activation="softmax",
        kernel_initializer=_initializer(k, network.initializer, seed, 0),
        name="output",
    ))
    return k.Sequential(layers, name="mlp")


def _offset(seed: int | None, offset: int) -> int | None:
    return None if seed is None else seed + offset


def _initializer(k: Any, name: str, seed: int | None, offset: int) -> Any:
    return k.initializers.get({"class_name": name, "config": {"seed": _offset(seed, offset)}})


def make_optimizer(training: TrainingConfig, steps_per_epoch: int) -> Any:
    """The Keras optimizer with the configured learning-rate schedule."""
    k = keras()
    rate: Any = training.learning_rate
    total_steps = max(1, steps_per_epoch * training.epochs)
    if training.lr_schedule == "cosine":
        rate = k.optimizers.schedules.CosineDecay(training.learning_rate, total_steps)
    elif training.lr_schedule == "exponential":
        rate = k.optimizers.schedules.ExponentialDecay(
            training.learning_rate, decay_steps=max(1, steps_per_epoch),
            decay_rate=training.lr_decay,
        )
    if training.optimizer == "sgd":
        return k.optimizers.SGD(rate, momentum=training.momentum, nesterov=training.nesterov)
    if training.optimizer == "rmsprop":
        return k.optimizers.RMSprop(rate, momentum=training.momentum)
    return k.optimizers.Adam(rate)


def compile_model(model: Any, training: TrainingConfig, steps_per_epoch: int) -> Any:
    """Compile ``model`` for integer labels with the configured optimizer; returns it."""
    model.compile(
        optimizer=make_optimizer(training, steps_per_epoch),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model
