"""Read image files as drawings: (H, W) uint8, dark ink on white paper.

People drop or pass two kinds of pictures: photos or scans of ink on paper (dark on light) and
MNIST-style images (light on dark). The border tells which: it is background in both. Photos add
two more things to undo: paper that is not white, and sizes and bit depths far beyond the 28×28
the network reads. Every picture, from a file or dropped on the canvas, goes through
:func:`drawing_from_gray`, so the command line and the window read it alike.
"""

from __future__ import annotations

import io
import math
import warnings
from pathlib import Path
from typing import BinaryIO

import numpy as np
from PIL import Image, UnidentifiedImageError

from model.errors import DigitLabError
from model.input_files import UnsuitableFileError, open_regular_file
from model.translatable import QT_TRANSLATE_NOOP, marked

MAX_IMAGE_PIXELS = 50_000_000
"""The largest picture DigitLab reads, checked from the file's header before any pixel is decoded.

It admits the biggest photos phones take (50 MP sensors save 8160×6120; most save 12 MP), yet stays
below Pillow's own bomb limit (89 MP). A PNG of under 100 KB can claim 20000×20000 pixels
(400 MP, 1.6 GB as RGBA): such files are refused, with this limit in the message, not decoded.
"""

WORKING_SIDE = 1024
"""Longer pictures are shrunk by a whole factor to a long side of 1024–2047 px while decoding.

The network reads the ink scaled to 20 px and the canvas shows a picture at 280 px, so nothing is
lost that either could use. A JPEG is decoded at 1/2–1/8 scale (``Image.draft``): a 48 MP photo
peaks at 53 MB of RSS in all. PNG has no such shortcut and is decoded whole, then shrunk before any
further copy: 4 bytes a pixel, twice that with transparency (Pillow shrinks premultiplied), so a
48 MP PNG peaks at 230 MB, 414 MB with an alpha channel (measured; the limit bounds both).
"""

PAPER_NOISE_MARGIN = 4.0
"""Grey levels within 4 noise deviations (σ) below the paper's level still count as paper.

After stretching, noise reaches ``preprocess.INK_THRESHOLD`` (and stretches the ink's bounding box)
only 4 + 8/σ deviations below the paper: 6σ for noise as strong as σ = 4 grey levels, one pixel in
a billion.
"""

LEAST_WHITE_POINT = 0.75
"""The white point never goes below 3/4 of the paper's level, so a border mostly covered in ink
(its spread mistaken for noise) can at worst wash out ink lighter than a quarter grey."""

_NOISE_QUANTILE = 15.87
"""The percentile one standard deviation below the median of normally distributed noise."""

_WIDE_MODES = ("I", "F")
"""Pillow's 32-bit integer and float modes (16-bit ones are converted to "I" first)."""

_RESIZABLE_MODES = ("L", "LA", "RGB", "RGBA", *_WIDE_MODES)


class ImageFileError(DigitLabError):
    """An image file is missing, unreadable, not an image or too large."""


def check_image_size(width: int, height: int, source: object) -> None:
    """Refuse a picture of more than :data:`MAX_IMAGE_PIXELS`, before it is decoded."""
    if width * height > MAX_IMAGE_PIXELS:
        raise ImageFileError(marked(
            QT_TRANSLATE_NOOP("Model", "{path}: the image is {width}×{height} pixels "
                                       "({megapixels} megapixels); DigitLab reads images of at "
                                       "most {limit} megapixels"),
            path=str(source), width=str(width), height=str(height),  # not grouped
            megapixels=_megapixels(width * height), limit=_megapixels(MAX_IMAGE_PIXELS)))


def _megapixels(pixels: int) -> float:
    """Megapixels to a tenth, rounded up: a picture just over the limit must not read as the
    limit itself (8200×6150 was "50 megapixels; … at most 50 megapixels")."""
    return math.ceil(pixels / 1e5) / 10


def as_dark_on_light(gray: np.ndarray) -> np.ndarray:
    """``gray`` with dark ink on a light background, inverting it when its border is dark."""
    return 255 - gray if np.median(_border(gray)) < 128 else gray


def paper_white_point(gray: np.ndarray) -> float:
    """The grey level at and above which a dark-on-light picture shows bare paper.

    The paper's level is the border's median (ink rarely covers half the border); its noise is
    the distance from there down to the border's 16th percentile, one deviation for normal noise,
    measured below the median because noise on near-white paper is clipped at 255 above it.
    """
    border = _border(gray)
    paper = float(np.median(border))
    noise = paper - float(np.percentile(border, _NOISE_QUANTILE))
    return max(paper - PAPER_NOISE_MARGIN * noise, LEAST_WHITE_POINT * paper)


def on_white_paper(gray: np.ndarray) -> np.ndarray:
    """A dark-on-light picture with its paper made white: grey levels stretched so the paper's
    white point becomes 255, ink staying as dark as it was.

    Off-white paper (a photo's 235 grey) would otherwise count as faint ink everywhere, the ink's
    bounding box would be the whole picture and the digit would reach the network tiny in a grey
    fog: a 7 on grey-235 paper was read as an 8.
    """
    white = paper_white_point(gray)
    if white >= 255:
        return gray
    levels = np.minimum(np.arange(256) * (255 / white), 255)
    return np.rint(levels).astype(np.uint8)[gray]


def drawing_from_gray(gray: np.ndarray) -> np.ndarray:
    """Any (H, W) uint8 picture as a drawing: at most working size, dark ink on white paper."""
    small = np.asarray(_shrunk(Image.fromarray(np.ascontiguousarray(gray))))
    return on_white_paper(as_dark_on_light(small))


def load_drawing(path: str | Path) -> np.ndarray:
    """The image at ``path`` as a drawing (see :func:`drawing_from_gray`).

    Transparent areas count as white paper; 16-bit, 32-bit and float grey images are scaled from
    their own darkest to lightest pixel. Raises :class:`ImageFileError` for a missing file, one
    that is not a regular file (a pipe or a device is never opened), not a readable image or
    over :data:`MAX_IMAGE_PIXELS`.
    """
    try:
        with open_regular_file(path) as handle:
            gray = _decoded_gray(handle, path)
    except FileNotFoundError:
        raise ImageFileError(marked(QT_TRANSLATE_NOOP("Model", "{path}: no such file"),
                                    path=str(path))) from None
    except UnsuitableFileError as error:
        raise ImageFileError(marked(QT_TRANSLATE_NOOP("Model", "{path}: {problem}"),
                                    path=str(path), problem=error.args[0])) from None
    except OSError as error:
        raise ImageFileError(marked(QT_TRANSLATE_NOOP("Model", "{path}: cannot read it ({reason})"),
                                    path=str(path), reason=error.strerror or str(error))) from None
    return drawing_from_gray(gray)


def drawing_from_bytes(data: bytes, source: object) -> np.ndarray:
    """Encoded image bytes (a drop's image data) as a drawing, decoded exactly as files are;
    ``source`` names them in messages."""
    return drawing_from_gray(_decoded_gray(io.BytesIO(data), source))


def _decoded_gray(handle: BinaryIO, path: object) -> np.ndarray:
    """The picture in ``handle`` decoded to grey, at most working size.

    Pillow's decoders meet a damaged file with whatever their parsing hits (``SyntaxError`` for a
    bad PNG chunk, ``NotImplementedError`` for an odd DDS, ``struct.error``, ``IndexError`` …)
    and warn about others, so every failure here is one :class:`ImageFileError` and every warning
    is silenced (Pillow's bomb warning among them: the exact size is checked next, and its own
    bomb limit, twice its warning's, is folded into ours).
    """
    if not handle.read(1):  # an interrupted save or download: say so, not "unknown format"
        raise ImageFileError(marked(
            QT_TRANSLATE_NOOP("Model", "{path}: the file is empty (0 bytes)"), path=str(path)))
    handle.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(handle) as picture:
                check_image_size(*picture.size, path)
                picture.draft("L", (WORKING_SIDE, WORKING_SIDE))
                return _gray_pixels(picture)
    except ImageFileError:
        raise
    except Image.DecompressionBombError:
        raise ImageFileError(marked(
            QT_TRANSLATE_NOOP("Model", "{path}: the image is over {megapixels} megapixels; "
                                       "DigitLab reads images of at most {limit} megapixels"),
            path=str(path), megapixels=round(2 * Image.MAX_IMAGE_PIXELS / 1e6),
            limit=_megapixels(MAX_IMAGE_PIXELS))) from None
    except UnidentifiedImageError:
        raise ImageFileError(marked(
            QT_TRANSLATE_NOOP("Model", "{path}: not a readable image (not a picture format "
                                       "DigitLab knows)"), path=str(path))) from None
    except Exception as error:  # a damaged file: see above
        raise ImageFileError(marked(
            QT_TRANSLATE_NOOP("Model", "{path}: not a readable image ({reason})"),
            path=str(path), reason=_one_line(error))) from None


def _one_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__


def _gray_pixels(picture: Image.Image) -> np.ndarray:
    """Decode, shrink and flatten to uint8 grey: transparency on white, wide modes by range."""
    picture = _shrunk(_resizable(picture))
    if picture.mode in _WIDE_MODES:
        return _stretched_to_bytes(np.asarray(picture))
    if picture.mode in ("LA", "RGBA"):
        paper = Image.new("L", picture.size, 255)
        paper.paste(picture.convert("L"), mask=picture.getchannel("A"))
        picture = paper
    return np.asarray(picture.convert("L"), dtype=np.uint8)


def _resizable(picture: Image.Image) -> Image.Image:
    """``picture`` in a mode Pillow can shrink, keeping its bit depth and its transparency."""
    if picture.mode.startswith("I;16"):
        return picture.convert("I")
    if picture.mode in _WIDE_MODES:
        return picture
    if picture.has_transparency_data and picture.mode not in ("LA", "RGBA"):
        return picture.convert("RGBA")
    return picture if picture.mode in _RESIZABLE_MODES else picture.convert("L")


def _shrunk(picture: Image.Image) -> Image.Image:
    """``picture`` reduced by the whole factor that brings its long side under 2 × WORKING_SIDE."""
    factor = max(picture.size) // WORKING_SIDE
    return picture.reduce(factor) if factor > 1 else picture


def _stretched_to_bytes(values: np.ndarray) -> np.ndarray:
    """16-bit, 32-bit or float grey values mapped linearly from their own range onto 0–255.

    Pillow's own conversion clips them at 255 instead, so a 16-bit scan (paper near 65535, ink in
    the thousands) became a blank white drawing.
    """
    if not np.isfinite(values).all():
        raise ValueError("expected finite grey levels, found NaN or infinity")
    low, high = float(values.min()), float(values.max())
    if high == low:
        return np.zeros(values.shape, np.uint8)
    return np.rint((values - low) * (255 / (high - low))).astype(np.uint8)


def _border(gray: np.ndarray) -> np.ndarray:
    return np.concatenate([gray[0], gray[-1], gray[:, 0], gray[:, -1]])
