"""Digits as scanners, phone cameras and thick pens give them: checks that a model reading pen-drawn
digits well has not learnt to read only clean, thin strokes.

Training on canvas renderings makes a network surer of thin, sharp, well-framed strokes. People
also drop scans and photos on the window, so a default model must keep reading those. The one real
set of other people's scans a checkout carries is small and 8×8 (:mod:`model.data.optdigits`), so
the checks are made here, seeded, from data DigitLab has: MNIST test digits put on paper at 4× and
degraded the way scanners and cameras degrade them, and pen-drawn digits re-rendered with pens far
thicker than the canvas's. Every picture then takes the path a dropped image file takes
(:func:`~model.drawing.images.drawing_from_gray`, then
:func:`~model.drawing.preprocess.canvas_to_mnist`), so the checks also test that path.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence

import numpy as np
from PIL import Image, ImageFilter

from model.drawing.images import drawing_from_gray
from model.drawing.preprocess import canvas_to_mnist
from model.drawing.strokes import PEN_WIDTH
from model.drawing.variation import Variation, render_drawings
from model.errors import EmptyDrawingError
from model.image_size import IMAGE_SIDE

PAPER_SCALE = 4
"""MNIST digits are put on paper at 4× (112 px): degradations then act below a 28×28 pixel."""
THICK_PEN = (2.0 * PEN_WIDTH, 2.8 * PEN_WIDTH)
"""Felt-tip widths, beyond the canvas renderings trained on (0.7–1.4× the canvas pen)."""

Degrade = Callable[[np.ndarray, np.random.Generator], np.ndarray]
"""A degradation: ink-high 28×28 uint8 → a grey picture of dark ink on light paper (any size)."""


def _on_paper(digit: np.ndarray) -> Image.Image:
    """An MNIST digit (ink 255) as dark ink on white paper, ``PAPER_SCALE`` times larger."""
    side = IMAGE_SIDE * PAPER_SCALE
    return Image.fromarray(255 - digit).resize((side, side), Image.BICUBIC)


def _ink_box(paper: np.ndarray) -> tuple[slice, slice]:
    rows = np.flatnonzero(paper.min(axis=1) < 128)
    cols = np.flatnonzero(paper.min(axis=0) < 128)
    return slice(rows[0], rows[-1] + 1), slice(cols[0], cols[-1] + 1)


def blurred(digit: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """An out-of-focus photo or a cheap scanner: a Gaussian of 0.8–1.2 MNIST pixels."""
    radius = rng.uniform(0.8, 1.2) * PAPER_SCALE
    return np.asarray(_on_paper(digit).filter(ImageFilter.GaussianBlur(radius)))


def thickened(digit: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A marker or ink bleeding into the paper: strokes 1–2 MNIST pixels wider, edges soft."""
    grow = 2 * int(rng.integers(2, 5)) + 1  # 5-9 px at 4×: +1 to +2 px at 28×28
    paper = _on_paper(digit).filter(ImageFilter.MinFilter(grow))
    return np.asarray(paper.filter(ImageFilter.GaussianBlur(PAPER_SCALE / 2)))


def tightly_cropped(digit: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A photo cropped to the digit: no paper margin, so its border is part ink; sometimes a
    sliver of the digit is cut off (up to half an MNIST pixel a side)."""
    paper = np.asarray(_on_paper(digit))
    rows, cols = _ink_box(paper)
    cut = rng.integers(0, PAPER_SCALE // 2 + 1, 4)
    return paper[rows.start + cut[0]:rows.stop - cut[1], cols.start + cut[2]:cols.stop - cut[3]]


def photographed(digit: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A phone photo: grey paper, grey ink, sensor noise, then JPEG at a low quality."""
    paper, ink = rng.uniform(150, 230), rng.uniform(20, 90)
    clean = np.asarray(_on_paper(digit), dtype=np.float32) / 255
    picture = ink + (paper - ink) * clean + rng.normal(0, 8, clean.shape)
    encoded = io.BytesIO()
    Image.fromarray(np.clip(picture, 0, 255).astype(np.uint8)).save(
        encoded, "JPEG", quality=int(rng.integers(15, 40)))
    return np.asarray(Image.open(encoded).convert("L"))


def postal(digit: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A postal scan (as the USPS set): the digit stretched to fill 16×16, both ways, read back
    at 4× (the 16×16 pixels' blur stays)."""
    paper = np.asarray(_on_paper(digit))
    rows, cols = _ink_box(paper)
    small = Image.fromarray(paper[rows, cols]).resize((16, 16), Image.BILINEAR)
    return np.asarray(small.resize((16 * PAPER_SCALE,) * 2, Image.BILINEAR))


def low_resolution(digit: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """As the UCI optdigits set made them: a 32×32 bitmap of the digit, counted in 4×4 blocks
    into 8×8 grey pixels, then read back at 4× the block size."""
    paper = np.asarray(_on_paper(digit))
    rows, cols = _ink_box(paper)
    crop = paper[rows, cols]
    side = max(crop.shape)
    square = np.full((side, side), 255, dtype=np.uint8)
    top, left = (side - crop.shape[0]) // 2, (side - crop.shape[1]) // 2
    square[top:top + crop.shape[0], left:left + crop.shape[1]] = crop
    bitmap = np.asarray(Image.fromarray(square).resize((32, 32), Image.BILINEAR)) < 128
    return block_counts_picture(bitmap.reshape(8, 4, 8, 4).sum(axis=(1, 3)))


def block_counts_picture(counts: np.ndarray) -> np.ndarray:
    """8×8 block counts (how many of each 4×4 block's 16 bitmap pixels are ink) as grey pixels,
    dark ink on white, read back at 4× the block size as a dropped 8×8 picture would be."""
    eight = (255 - np.asarray(counts, dtype=np.int32) * 255 // 16).astype(np.uint8)
    return np.asarray(Image.fromarray(eight).resize((8 * 4 * PAPER_SCALE,) * 2, Image.BILINEAR))


SCANNED_STYLES: dict[str, Degrade] = {
    "blurred": blurred,
    "thickened": thickened,
    "tightly cropped": tightly_cropped,
    "photographed (grey, noise, JPEG)": photographed,
    "postal 16×16": postal,
    "8×8 (as UCI optdigits)": low_resolution,
}
"""Each style's name (a check's, after the digits it degrades) and how its pictures are made."""


def scanned(digits: np.ndarray, degrade: Degrade, seed: int | np.random.Generator) -> np.ndarray:
    """``degrade`` applied to each ink-high uint8 digit and read as a dropped image file is:
    float32 ``(N, 28, 28)`` in [0, 1]. A picture left with no ink (never seen) stays blank.
    ``seed`` is a seed, or a generator to draw from (training draws several styles from one)."""
    rng = np.random.default_rng(seed)
    return read_as_dropped(degrade(np.asarray(digit, dtype=np.uint8), rng) for digit in digits)


def read_as_dropped(pictures: Iterable[np.ndarray]) -> np.ndarray:
    """Grey pictures (dark ink on light paper) as a dropped image file is read: float32
    ``(N, 28, 28)`` in [0, 1]; a picture with no ink stays blank."""
    images = []
    for picture in pictures:
        try:
            images.append(canvas_to_mnist(drawing_from_gray(picture)))
        except EmptyDrawingError:
            images.append(np.zeros((IMAGE_SIDE, IMAGE_SIDE), dtype=np.float32))
    return np.array(images, dtype=np.float32).reshape(-1, IMAGE_SIDE, IMAGE_SIDE)


def thick_pen(drawings: Sequence[Sequence[np.ndarray]], seed: int) -> np.ndarray:
    """Pen drawings rendered once each with a ``THICK_PEN``: uint8 ``(N, 28, 28)``, ink 255."""
    return render_drawings(drawings, 1, np.random.default_rng(seed), Variation(pen_width=THICK_PEN))


CHECKS_SEED = 2026
"""Check ``i`` (in ``SCANNED_STYLES`` order, thick pens last) is made with seed ``CHECKS_SEED + i``:
the same pictures for every model compared."""
THICK_PEN_CHECK = "pen-drawn, thick pen"

LabelledImages = tuple[np.ndarray, np.ndarray]


def scanned_checks(digits: LabelledImages, drawings: Sequence[Sequence[np.ndarray]],
                   drawing_labels: np.ndarray, source: str = "MNIST test"
                   ) -> dict[str, LabelledImages]:
    """Every check by name: each scanned style of ``digits`` (ink-high uint8 images and labels,
    named ``source``: "MNIST test, blurred"), and ``drawings`` (pen strokes) rendered with a
    thick pen."""
    images, labels = digits
    checks = {f"{source}, {style}": (scanned(images, degrade, CHECKS_SEED + index), labels)
              for index, (style, degrade) in enumerate(SCANNED_STYLES.items())}
    checks[THICK_PEN_CHECK] = (thick_pen(drawings, CHECKS_SEED + len(SCANNED_STYLES)),
                               np.asarray(drawing_labels))
    return checks
