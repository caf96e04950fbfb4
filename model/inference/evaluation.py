"""Judge a model on labelled images: accuracy, loss, confusion matrix, the images it gets wrong.

Works on predicted probabilities, so the same code judges a numpy ``Predictor`` (no TensorFlow)
and anything else that yields ``(N, C)`` probabilities.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

_EPSILON = 1e-7


@dataclass(frozen=True)
class Evaluation:
    """Scores of one model on one labelled set."""

    accuracy: float
    loss: float
    n: int
    confusion: np.ndarray
    predicted: np.ndarray
    confidence: np.ndarray

    def misclassified(self, labels: np.ndarray) -> np.ndarray:
        """Indices of wrong answers, most confidently wrong first (the most telling mistakes)."""
        wrong = np.flatnonzero(self.predicted != labels)
        return wrong[np.argsort(-self.confidence[wrong], kind="stable")]

    def to_dict(self) -> dict[str, Any]:
        return {
            "accuracy": self.accuracy,
            "loss": self.loss,
            "n": self.n,
            "confusion_matrix": self.confusion.tolist(),
        }


def evaluate_probabilities(probabilities: np.ndarray, labels: np.ndarray) -> Evaluation:
    """Scores from ``(N, C)`` probabilities and ``(N,)`` integer labels.

    The loss is the mean sparse categorical cross-entropy, clipped like Keras so a confident
    mistake costs a finite amount.
    """
    labels = np.asarray(labels, dtype=np.int64)
    classes = probabilities.shape[1]
    predicted = probabilities.argmax(axis=1)
    picked = probabilities[np.arange(len(labels)), labels]
    loss = float(-np.log(np.clip(picked, _EPSILON, 1.0)).mean()) if len(labels) else float("nan")
    confusion = np.zeros((classes, classes), dtype=np.int64)
    np.add.at(confusion, (labels, predicted), 1)
    return Evaluation(
        accuracy=float((predicted == labels).mean()) if len(labels) else float("nan"),
        loss=loss,
        n=len(labels),
        confusion=confusion,
        predicted=predicted,
        confidence=probabilities.max(axis=1),
    )


def evaluate(predict_proba: Callable[[np.ndarray], np.ndarray], images: np.ndarray,
             labels: np.ndarray, *, batch_size: int = 2000) -> Evaluation:
    """Scores of ``predict_proba`` on uint8 (0–255) or float ([0, 1]) images, in batches."""
    parts = [
        predict_proba(to_unit_float(images[start:start + batch_size]))
        for start in range(0, len(images), batch_size)
    ]
    return evaluate_probabilities(np.concatenate(parts), labels)


def to_unit_float(images: np.ndarray) -> np.ndarray:
    """uint8 pixels (0–255) as float32 in [0, 1]; float input is passed through as float32."""
    if images.dtype == np.uint8:
        return images.astype(np.float32) / np.float32(255.0)
    return images.astype(np.float32, copy=False)
