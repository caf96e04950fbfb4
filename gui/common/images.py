"""QImage ↔ numpy for grayscale pictures, and a painter that always ends: shared Qt plumbing.

The canvas, the prediction view and the image tiles all move 8-bit gray pixels between numpy (what
the model reads) and QImage (what Qt paints); these few functions do it one way everywhere.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPaintDevice, QPainter


@contextmanager
def painting(device: QPaintDevice) -> Iterator[QPainter]:
    """A QPainter on ``device`` that is always ended, even if drawing fails."""
    painter = QPainter(device)
    try:
        yield painter
    finally:
        painter.end()


def gray_array(image: QImage) -> np.ndarray:
    """A Grayscale8 QImage as an (H, W) uint8 array (a copy, so it outlives the image).

    Raises ValueError for a null image (which has no pixels to read, and once made numpy raise a
    TypeError from deep inside a drop) or one in another format (its bytes would be misread).
    """
    if image.isNull() or image.format() != QImage.Format.Format_Grayscale8:
        found = "a null image" if image.isNull() else image.format().name
        raise ValueError(f"expected a Grayscale8 QImage, got {found}")
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, : image.width()].copy()


def gray_image(gray: np.ndarray) -> QImage:
    """An (H, W) uint8 array as a Grayscale8 QImage that owns its pixels."""
    gray = np.ascontiguousarray(gray, dtype=np.uint8)
    height, width = gray.shape
    return QImage(gray.data, width, height, width, QImage.Format.Format_Grayscale8).copy()


def flatten_on_white(image: QImage) -> np.ndarray:
    """Any QImage as a gray array, transparent areas counting as white paper."""
    flat = QImage(image.size(), QImage.Format.Format_Grayscale8)
    flat.fill(Qt.GlobalColor.white)
    with painting(flat) as painter:
        painter.drawImage(0, 0, image)
    return gray_array(flat)
