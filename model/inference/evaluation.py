"""Judge a model on labelled images: accuracy, loss, confusion matrix, the images it gets wrong;
and a digit model on digits drawn by people it has never seen (:func:`drawn_score`).

Works on predicted probabilities, so the same code judges a numpy ``Predictor`` (no TensorFlow)
and anything else that yields ``(N, C)`` probabilities.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from model.data.drawn_digits import new_writers_images
from model.image_size import to_unit_float

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

    def class_accuracy(self) -> np.ndarray:
        """Accuracy within each true class (NaN for a class with no images): where it fails."""
        totals = self.confusion.sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.diag(self.confusion) / totals

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


def drawn_score(predict_proba: Callable[[np.ndarray], np.ndarray]) -> Evaluation:
    """Scores of a digit model on the pen-drawn digits of the new writers, people no training or
    tuning has seen (one fixed rendering, so models compare): how it reads real drawings."""
    images, labels = new_writers_images()
    return evaluate(predict_proba, images, labels)

