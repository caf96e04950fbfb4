"""QImage ↔ numpy: round trips, and images that have no gray pixels to give are refused."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QImage

from gui.common.images import gray_array, gray_image


def test_gray_pixels_survive_a_round_trip_at_an_odd_width(qapp):
    pixels = np.arange(7 * 5, dtype=np.uint8).reshape(5, 7)  # rows padded to 8 bytes in the QImage
    assert np.array_equal(gray_array(gray_image(pixels)), pixels)


@pytest.mark.parametrize(("image", "found"), [
    (QImage(), "a null image"),
    (QImage(4, 4, QImage.Format.Format_ARGB32), "Format_ARGB32"),
])
def test_images_without_gray_pixels_are_refused(qapp, image, found):
    """A null image from a failed drop once made numpy raise a TypeError (then a crash)."""
    with pytest.raises(ValueError, match=f"expected a Grayscale8 QImage, got {found}"):
        gray_array(image)
