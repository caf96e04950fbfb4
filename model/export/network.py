"""A model as other runtimes need it: its stages' formulas in order, its names and its scores.

Every exported format is written from the same list of :class:`~model.inference.layers.Formula`
that the numpy :class:`~model.inference.predictor.Predictor` computes, so an export replays
exactly what the app shows (a softmax is already appended to a model that ends in logits) and a
format's own reader can be checked against :func:`run_formulas`. No TensorFlow here.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from model import __version__
from model.inference.activations import ACTIVATION_OPS
from model.inference.layers import Formula
from model.inference.predictor import Predictor

PREPROCESSING_TEXT = (
    "input float32 (N, 28, 28) in [0, 1], ink = 1, background 0: a drawing cropped to its ink, "
    "scaled (aspect kept) so its longest side is 20 px, then placed by its centre of mass at "
    "(14, 14) of a 28×28 field, as MNIST was made"
)
"""What every format records about its input, for whoever uses the file elsewhere."""


@dataclass(frozen=True)
class ExportNetwork:
    """What an exported file is written from."""

    name: str
    class_names: tuple[str, ...]
    formulas: tuple[Formula, ...]
    scores: dict[str, float]

    @property
    def description(self) -> dict[str, Any]:
        """Names, scores and preprocessing: the metadata every format carries."""
        return {"name": self.name, "class_names": list(self.class_names),
                "scores": self.scores, "preprocessing": PREPROCESSING_TEXT,
                "producer": f"DigitLab {__version__}"}


def load_network(path: str | os.PathLike[str]) -> tuple[ExportNetwork, Predictor]:
    """The network of a ``.keras``/``.h5`` file, and its Predictor (the reference answers)."""
    predictor = Predictor.load(path)
    formulas = tuple(stage.formula for replayed in predictor.layers
                     for stage in replayed.step.stages)
    metrics = predictor.metadata.get("metrics") or {}
    scores = {key: float(metrics[key]) for key in ("test_accuracy", "drawn_accuracy")
              if isinstance(metrics.get(key), int | float)}
    network = ExportNetwork(Path(path).stem, predictor.class_names, formulas, scores)
    return network, predictor


def run_formulas(formulas: tuple[Formula, ...] | list[Formula], images: np.ndarray) -> np.ndarray:
    """Probabilities of ``(N, 28, 28)`` float32 images through ``formulas``: how a format read
    back from its file (its own constants, e.g. dequantised) is checked in numpy."""
    x = np.array(images, dtype=np.float32).reshape(len(images), -1)
    for formula in formulas:
        if formula.kind == "standardize":
            x = (x - formula.a) / formula.b
        elif formula.kind == "scale":
            x = x * formula.a + formula.b
        elif formula.kind == "dense":
            x = x @ formula.a + formula.b
        else:
            x = ACTIVATION_OPS[formula.name](x)
    return x
