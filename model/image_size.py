"""The size of the images every DigitLab network reads, written once.

MNIST's 28×28 grey pixels: datasets must have it, drawings are scaled to it, model files must
declare it as their input (28×28 or the 784 pixels flat), and the views tile and magnify it.
"""

from __future__ import annotations

IMAGE_SIDE = 28
"""Pixels along each side of a network's square input image (``IMAGE_SIDE ** 2`` inputs)."""
