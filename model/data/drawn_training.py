"""Pen-drawn digits added to a digit dataset's training images (``TrainingConfig.drawn_digits``).

MNIST's scanned digits teach a network how a few hundred American students wrote in the 1990s;
people drawing on the canvas write differently (flagged 1s, crossed 7s, hooked 9s) and with a
round pen. So the training writers' pen trajectories (:func:`training_writers_digits`: never the
new writers, whose digits are only measured on) are rendered through the canvas's own renderer,
``drawn_copies`` times each with fresh random variation, and appended to the training images.

Only the training part grows: the validation images are split off the dataset first, so the
validation score stays an MNIST score, comparable with runs without drawn digits, and the drawn
score comes from the new writers alone (``model.inference.evaluation.drawn_score``).
"""

from __future__ import annotations

import numpy as np

from model.config import TrainingConfig
from model.data.datasets import Dataset
from model.data.drawn_digits import rendered, training_writers_digits
from model.errors import ConfigError

RENDERING_STREAM = 1
"""Mixed into the run's seed, so the renderings differ from other seeded draws of the run."""


def check_drawn_digits(dataset: Dataset, training: TrainingConfig) -> None:
    """Refuse pen-drawn digits for a dataset whose classes are not the digits 0–9."""
    if training.drawn_digits and not dataset.is_digits:
        raise ConfigError(
            f"drawn_digits adds pen-drawn digits, so it needs a dataset of the digits 0–9; "
            f"{dataset.name} has the classes {', '.join(dataset.class_names)}")


def with_drawn_digits(images: np.ndarray, labels: np.ndarray, dataset: Dataset,
                      training: TrainingConfig) -> tuple[np.ndarray, np.ndarray]:
    """``images`` and ``labels`` (uint8, from ``dataset``) followed, if ``training`` asks for it,
    by ``drawn_copies`` seeded renderings of every training writer's digit."""
    if not training.drawn_digits:
        return images, labels
    check_drawn_digits(dataset, training)
    rng = np.random.default_rng([training.seed, RENDERING_STREAM])
    drawn_images, drawn_labels = rendered(training_writers_digits(), training.drawn_copies, rng)
    return (np.concatenate([images, drawn_images]),
            np.concatenate([labels, drawn_labels.astype(labels.dtype)]))
