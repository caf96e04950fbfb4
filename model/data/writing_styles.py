"""Handwriting styles MNIST lacks: the flagged (and footed) "1" and the hooked "9".

MNIST's writers were American; much of the world writes a "1" with a long up-stroke (a flag),
often on a foot, and a "9" whose tail curls back to the left. A network that has never seen them
reads such a "1" as "7" or "2" and such a "9" as "3". These functions draw the missing strokes
onto MNIST's own 1s and 9s (anti-aliased, at the digit's own stroke width) and renormalise the
result with :func:`canvas_to_mnist`, so the network learns the styles without any other data.
"""

from __future__ import annotations

import numpy as np

from model.drawing.preprocess import canvas_to_mnist

ONE, NINE = 1, 9
_INK = 0.5
_MARGIN = 8
"""Room around the 28×28 digit for strokes that reach past its field before renormalising."""


def _ink_extremes(image: np.ndarray) -> tuple[np.ndarray, np.ndarray, float]:
    """(top point, bottom point) of the ink as (row, col), and the mean stroke width in px."""
    rows, cols = np.nonzero(image > _INK)
    top = np.array([rows.min(), cols[rows == rows.min()].mean()], dtype=np.float64)
    bottom = np.array([rows.max(), cols[rows == rows.max()].mean()], dtype=np.float64)
    height = rows.max() - rows.min() + 1
    width = float(np.clip(image.sum() / max(height, 1), 1.2, 3.5))
    return top, bottom, width


def _draw_polyline(image: np.ndarray, points: np.ndarray, width: float) -> np.ndarray:
    """``image`` with an anti-aliased polyline of ``width`` px over it (ink combined by max)."""
    grid = np.stack(np.mgrid[0:image.shape[0], 0:image.shape[1]], axis=-1).astype(np.float64)
    start, end = points[:-1], points[1:]
    along = end - start
    length2 = np.maximum((along ** 2).sum(axis=1), 1e-9)
    offset = grid[:, :, None, :] - start
    t = np.clip((offset * along).sum(axis=-1) / length2, 0.0, 1.0)
    nearest = start + t[..., None] * along
    distance = np.sqrt(((grid[:, :, None, :] - nearest) ** 2).sum(axis=-1)).min(axis=-1)
    stroke = np.clip(width / 2 + 0.5 - distance, 0.0, 1.0)
    return np.maximum(image, stroke.astype(np.float32))


def flag_one(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A "1" with a flag and, one time in three, a foot across its base.

    The flag leaves the top 25–55° off the stem, to the left, never flatter than 35° below level:
    flatter, on a slanted stem, it would be a "7".
    """
    top, bottom, width = _ink_extremes(image)
    stem = bottom - top
    height = np.hypot(*stem)
    angle = min(np.arctan2(stem[0], stem[1]) + np.radians(rng.uniform(25, 55)), np.radians(145))
    tip = top + rng.uniform(0.25, 0.6) * height * np.array([np.sin(angle), np.cos(angle)])
    flagged = _draw_polyline(image, np.stack([top, tip]), width)
    if rng.random() >= 1 / 3:
        return flagged
    half_foot = rng.uniform(0.2, 0.4) * height * np.array([0.0, 1.0])
    return _draw_polyline(flagged, np.stack([bottom - half_foot, bottom + half_foot]), width)


def hook_nine(image: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A "9" whose tail curls back to the left, like a "g", from its lowest point."""
    _, bottom, width = _ink_extremes(image)
    radius = rng.uniform(2.0, 6.0)
    sweep = np.radians(np.linspace(0, rng.uniform(140, 220), 12))
    centre = bottom + np.array([-radius * 0.3, -radius])
    arc = centre + radius * np.stack([np.sin(sweep) + 0.3, np.cos(sweep)], axis=1)
    return _draw_polyline(image, np.vstack([bottom, arc]), width)


def _restyled(image: np.ndarray, style, rng: np.random.Generator) -> np.ndarray:
    """``style`` drawn on a margin-padded copy, then back into MNIST geometry (20 px box, centre
    of mass centred)."""
    padded = np.pad(image, _MARGIN)
    return canvas_to_mnist(np.round(255 - 255 * style(padded, rng)).astype(np.uint8))


def add_writing_styles(images: np.ndarray, labels: np.ndarray, rate: float,
                       rng: np.random.Generator) -> np.ndarray:
    """Copy of ``images`` (N, 28, 28) in [0, 1] where each 1 and 9 gets its other-style stroke
    with probability ``rate``. Only for digit datasets: the labels must mean digits."""
    styled = images.copy()
    styles = {ONE: flag_one, NINE: hook_nine}
    for index in np.flatnonzero(np.isin(labels, list(styles)) & (rng.random(len(labels)) < rate)):
        if (images[index] > _INK).any():
            styled[index] = _restyled(images[index], styles[int(labels[index])], rng)
    return styled
