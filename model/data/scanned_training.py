"""Scanned and photographed digits added to a digit dataset's training images
(``TrainingConfig.scanned_share``).

Training on the canvas's sharp, thin renderings makes a network surer of such strokes and less
sure of the soft, thick, low-resolution digits that scanners and phone cameras give (the previous
default read 1.3 points more 8×8 scans). So a share of the training digits is added once more,
each degraded in one of the ways :mod:`model.data.scanned_digits` knows (blurred, thickened,
tightly cropped, photographed, postal 16×16, 8×8) and read back through the path a dropped image
file takes, as the window would read it.

The checks in ``bench/drawn_digits.py`` degrade the MNIST *test* digits the same ways; training
sees only training digits, so those checks measure how well the degradations were learnt, not
whether test digits were memorised. Pen-drawn digits are not scanned (they are added after).
"""

from __future__ import annotations

import numpy as np

from model.config import TrainingConfig
from model.data.datasets import Dataset
from model.data.scanned_digits import SCANNED_STYLES, scanned
from model.image_size import IMAGE_SIDE

SCANNING_STREAM = 2
"""Mixed into the run's seed, so the scans differ from other seeded draws of the run."""


def with_scanned_digits(images: np.ndarray, labels: np.ndarray, dataset: Dataset,
                        training: TrainingConfig) -> tuple[np.ndarray, np.ndarray]:
    """``images`` and ``labels`` (uint8, ink 255, from ``dataset``) followed, for a digit
    dataset, by a seeded ``scanned_share`` of them, each degraded in a random scanned style."""
    if training.scanned_share <= 0 or not dataset.is_digits:
        return images, labels
    rng = np.random.default_rng([training.seed, SCANNING_STREAM])
    picked = np.flatnonzero(rng.random(len(labels)) < training.scanned_share)
    styles = rng.integers(len(SCANNED_STYLES), size=len(picked))
    scans = np.empty((len(picked), IMAGE_SIDE, IMAGE_SIDE), dtype=np.uint8)
    for index, degrade in enumerate(SCANNED_STYLES.values()):
        chosen = styles == index
        scans[chosen] = np.round(scanned(images[picked[chosen]], degrade, rng) * 255.0)
    return np.concatenate([images, scans]), np.concatenate([labels, labels[picked]])
