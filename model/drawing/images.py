"""Read image files as drawings: (H, W) uint8, dark ink on a light background.

People drop or pass two kinds of pictures: photos or scans of ink on paper (dark on light) and
MNIST-style images (light on dark). The border tells which: it is background in both.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from model.errors import DigitLabError


class ImageFileError(DigitLabError):
    """An image file is missing, unreadable or not an image."""


def as_dark_on_light(gray: np.ndarray) -> np.ndarray:
    """``gray`` with dark ink on a light background, inverting it when its border is dark."""
    border = np.concatenate([gray[0], gray[-1], gray[:, 0], gray[:, -1]])
    return 255 - gray if np.median(border) < 128 else gray


def load_drawing(path: str | Path) -> np.ndarray:
    """The image at ``path`` as a dark-on-light uint8 drawing (alpha composited on white)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as opened:
            opened.load()
            picture = opened
            if picture.mode in ("RGBA", "LA", "P"):
                picture = picture.convert("RGBA")
                white = Image.new("RGBA", picture.size, "white")
                picture = Image.alpha_composite(white, picture)
            gray = np.asarray(picture.convert("L"), dtype=np.uint8)
    except FileNotFoundError:
        raise ImageFileError(f"{path}: no such file") from None
    except (UnidentifiedImageError, OSError, ValueError) as error:
        raise ImageFileError(f"{path}: not a readable image ({error})") from None
    return as_dark_on_light(gray)
