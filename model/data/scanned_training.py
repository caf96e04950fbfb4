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
from model.data.scanned_digits import (
    Degrade,
    blurred,
    low_resolution,
    photographed,
    postal,
    scanned,
    thickened,
    tightly_cropped,
)
from model.image_size import IMAGE_SIDE, to_uint8

SCANNING_STREAM = 2
"""Mixed into the run's seed, so the scans differ from other seeded draws of the run."""

STYLE_WEIGHTS: dict[Degrade, int] = {
    blurred: 1, thickened: 1, tightly_cropped: 1, photographed: 1, postal: 2, low_resolution: 3}
"""How often each scanned style is chosen: the low-resolution scans (postal 16×16, 8×8) are the
ones pen-drawn training costs most, so they get more (trials in the README, measured on the
tuning writers and MNIST validation digits)."""


def with_scanned_digits(images: np.ndarray, labels: np.ndarray, dataset: Dataset,
                        training: TrainingConfig) -> tuple[np.ndarray, np.ndarray]:
    """``images`` and ``labels`` (uint8, ink 255, from ``dataset``) followed, for a digit
    dataset, by a seeded ``scanned_share`` of them, each degraded in a style drawn by
    ``STYLE_WEIGHTS``."""
    if training.scanned_share <= 0 or not dataset.is_digits:
        return images, labels
    rng = np.random.default_rng([training.seed, SCANNING_STREAM])
    picked = np.flatnonzero(rng.random(len(labels)) < training.scanned_share)
    weights = np.array(list(STYLE_WEIGHTS.values())) / sum(STYLE_WEIGHTS.values())
    styles = rng.choice(len(STYLE_WEIGHTS), size=len(picked), p=weights)
    scans = np.empty((len(picked), IMAGE_SIDE, IMAGE_SIDE), dtype=np.uint8)
    for index, degrade in enumerate(STYLE_WEIGHTS):
        chosen = styles == index
        scans[chosen] = to_uint8(scanned(images[picked[chosen]], degrade, rng))
    return np.concatenate([images, scans]), np.concatenate([labels, labels[picked]])
