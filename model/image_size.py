"""The size and the pixel scale of the images every DigitLab network reads, written once.

MNIST's 28×28 grey pixels: datasets must have it, drawings are scaled to it, model files must
declare it as their input (28×28 or the 784 pixels flat), and the views tile and magnify it.
Datasets keep pixels as uint8 (0–255, ink high) to stay small; networks read float32 in [0, 1].
The two conversions live here so every renderer, dataset and view rounds the same way.
"""

from __future__ import annotations

import numpy as np

IMAGE_SIDE = 28
"""Pixels along each side of a network's square input image (``IMAGE_SIDE ** 2`` inputs)."""

FULL_INK = 255
"""A uint8 pixel's largest value: full ink in MNIST's convention."""


def to_unit_float(images: np.ndarray) -> np.ndarray:
    """uint8 pixels (0–255) as float32 in [0, 1]; float input is passed through as float32."""
    if images.dtype == np.uint8:
        return images.astype(np.float32) / np.float32(FULL_INK)
    return images.astype(np.float32, copy=False)


def to_uint8(images: np.ndarray) -> np.ndarray:
    """Float pixels in [0, 1] as uint8 (0–255), rounded to nearest and clipped."""
    return np.clip(np.rint(np.asarray(images) * FULL_INK), 0, FULL_INK).astype(np.uint8)
