"""Pen strokes on the canvas, Qt-free: the canvas's size and pen, fitting and rendering strokes.

The GUI canvas, the benchmarks and training on pen-drawn digits all take the canvas geometry from
here, and :func:`render_strokes` draws exactly as the canvas paints, so a replayed drawing reaches
the network as the same pixels a person's drawing would.

Coordinates are pixel-index coordinates (pixel ``(row, col)`` has its centre at ``x = col``,
``y = row``), the frame :func:`model.drawing.preprocess.canvas_to_mnist` measures centres of
mass in.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PIL import Image, ImageDraw

CANVAS_SIZE = 280
"""Side of the GUI's square drawing canvas in pixels (10× MNIST's 28), shared with benchmarks."""

DIGIT_BOX = (CANVAS_SIZE * 0.2, CANVAS_SIZE * 0.15, CANVAS_SIZE * 0.6, CANVAS_SIZE * 0.7)
"""Where a person draws a digit on the canvas, ``(left, top, width, height)``: in the middle,
most of its height — for strokes placed as if drawn there (:func:`fit_strokes`)."""

PEN_WIDTH = 18.0
"""The canvas pen's diameter in pixels: a digit drawn 200 px tall reaches the network with strokes
1.7 px wide, about as thin as MNIST's thinnest (augmentation's thickness change covers the rest)."""

_SUPERSAMPLE = 4
"""Drawing at 4× and averaging 4×4 blocks gives 17 grey levels of edge coverage: smooth enough."""

Strokes = tuple[np.ndarray, ...]


def _bounds(strokes: Sequence[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    points = np.concatenate(strokes)
    return points.min(axis=0), points.max(axis=0)


def fit_strokes(strokes: Sequence[np.ndarray],
                box: tuple[float, float, float, float]) -> Strokes:
    """Scale and move strokes so their bounding box fills ``(left, top, width, height)``.

    The aspect ratio is kept (a "1" stays thin) and the digit is centred in the box. The box bounds
    the pen's centre line: the ink reaches half a pen width further.
    """
    left, top, width, height = box
    low, high = _bounds(strokes)
    extent = high - low
    ratios = np.array([width, height], dtype=np.float64)[extent > 0] / extent[extent > 0]
    scale = ratios.min() if ratios.size else 1.0
    shift = np.array([left + width / 2, top + height / 2]) - scale * (low + high) / 2
    return tuple(scale * stroke + shift for stroke in strokes)


def render_strokes(strokes: Sequence[np.ndarray], size: tuple[int, int],
                   pen_width: float) -> np.ndarray:
    """Rasterise strokes as the canvas does: an anti-aliased round pen, ink 0 on white 255.

    ``size`` is ``(width, height)``; the result is an ``(height, width)`` uint8 array. Lines are
    drawn 4× larger with a disc at every vertex (round caps and joins; a one-point stroke is a dot),
    then box-averaged down, which is the anti-aliasing a painter's coverage computation gives.
    """
    width, height = size
    image = Image.new("L", (width * _SUPERSAMPLE, height * _SUPERSAMPLE), 255)
    draw = ImageDraw.Draw(image)
    pen = pen_width * _SUPERSAMPLE
    # PIL's ellipse box is inclusive: x0..x1 paints x1 - x0 + 1 pixels. A pen under one
    # supersampled pixel (a large canvas drawn as a thumbnail) paints that one pixel.
    radius = max(0.0, (pen - 1) / 2)
    for stroke in strokes:
        # Supersampled pixel m is centred at m, so canvas pixel i's centre is 4i + 1.5.
        points = np.asarray(stroke, dtype=np.float64) * _SUPERSAMPLE + (_SUPERSAMPLE - 1) / 2
        if len(points) > 1:
            draw.line([tuple(p) for p in points], fill=0, width=max(1, round(pen)))
        for x, y in points:
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=0)
    return np.array(image.reduce(_SUPERSAMPLE))


def random_placements(n: int, canvas_size: tuple[int, int], rng: np.random.Generator,
                      min_frac: float = 0.35, max_frac: float = 0.9,
                      margin: float = PEN_WIDTH / 2) -> np.ndarray:
    """``n`` random square boxes ``(left, top, width, height)`` to :func:`fit_strokes` digits into.

    People draw small or large, anywhere on the canvas; the side is a uniform fraction of the
    canvas's usable side and the position uniform over where it fits. ``margin`` keeps the box that
    far from the edges so a pen of width ``2 * margin`` is not clipped.
    """
    width, height = canvas_size
    usable = min(width, height) - 2 * margin
    side = rng.uniform(min_frac, max_frac, n) * usable
    left = margin + rng.uniform(0, 1, n) * (width - 2 * margin - side)
    top = margin + rng.uniform(0, 1, n) * (height - 2 * margin - side)
    return np.column_stack([left, top, side, side])
