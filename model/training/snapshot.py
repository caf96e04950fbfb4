"""A copy of a training model's weights that can cross threads and processes.

Keras may only be touched on the thread that trains, and the window that shows the weights lives
in another process, so a snapshot is plain data: the model's config, its arrays and what the
numpy :class:`~model.inference.predictor.Predictor` needs to name the classes. Pickling it costs
a copy of the arrays; turning it into a Predictor is left to whoever reads it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from model.inference.predictor import Predictor, keras_config_and_weights


@dataclass(frozen=True)
class WeightSnapshot:
    """A Keras model's config and per-layer weights at one moment, with its class names and
    DigitLab metadata."""

    config: dict[str, Any]
    weights: dict[str, list[np.ndarray]] = field(repr=False)
    class_names: tuple[str, ...]
    metadata: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, model: Any, class_names: tuple[str, ...],
           metadata: dict[str, Any] | None = None) -> WeightSnapshot:
        """Copy ``model``'s weights now; call it on the thread that trains ``model``."""
        config, weights = keras_config_and_weights(model)
        return cls(config, weights, tuple(class_names), dict(metadata or {}))

    def predictor(self) -> Predictor:
        """The numpy forward pass of these weights (no TensorFlow)."""
        return Predictor.from_config(self.config, self.weights, self.class_names, self.metadata,
                                     source="the weights being trained")
