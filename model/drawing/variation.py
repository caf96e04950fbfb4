"""Pen strokes drawn again as another person might draw them: placed, sized, slanted, jittered.

Training on drawn digits (pen-drawn corpora, or the user's own labelled drawings) should teach the
network the *styles*, not the exact drawings: each time a drawing is used it is re-rendered through
the canvas's own renderer at a fresh random place and size, with a fresh pen width, a slight
rotation and a little jitter on every point, and then normalised as the canvas's drawings are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from model.drawing.preprocess import canvas_to_mnist
from model.drawing.strokes import (
    CANVAS_SIZE,
    PEN_WIDTH,
    fit_strokes,
    random_placements,
    render_strokes,
)
from model.errors import EmptyDrawingError
from model.image_size import IMAGE_SIDE, to_uint8


@dataclass(frozen=True)
class Variation:
    """How much one re-rendering may differ from the drawing (all drawn uniformly at random)."""

    max_rotation: float = 10.0
    """Degrees either way: people slant their digits, but a 7 turned 40° is no longer a 7."""
    pen_width: tuple[float, float] = (0.7 * PEN_WIDTH, 1.4 * PEN_WIDTH)
    """Canvas pixels: thin to bold pens, around the canvas's default."""
    jitter: float = 0.015
    """Standard deviation of point noise, as a fraction of the drawing's size (a shaky hand)."""


def vary_strokes(strokes: Sequence[np.ndarray], rng: np.random.Generator,
                 variation: Variation) -> tuple[np.ndarray, ...]:
    """``strokes`` rotated about their centre and jittered point by point (same frame)."""
    points = np.concatenate(strokes)
    centre = (points.min(axis=0) + points.max(axis=0)) / 2
    size = max(float(np.ptp(points, axis=0).max()), 1.0)
    angle = np.radians(rng.uniform(-variation.max_rotation, variation.max_rotation))
    rotation = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    return tuple(
        (np.asarray(stroke, dtype=np.float64) - centre) @ rotation.T + centre
        + rng.normal(0.0, variation.jitter * size, size=np.shape(stroke))
        for stroke in strokes
    )


def render_varied(strokes: Sequence[np.ndarray], rng: np.random.Generator,
                  variation: Variation = Variation()) -> np.ndarray:
    """One random re-rendering of a drawing as the 28×28 float image the network sees."""
    pen = rng.uniform(*variation.pen_width)
    box = random_placements(1, (CANVAS_SIZE, CANVAS_SIZE), rng, margin=pen / 2)[0]
    placed = fit_strokes(vary_strokes(strokes, rng, variation), tuple(box))
    return canvas_to_mnist(render_strokes(placed, (CANVAS_SIZE, CANVAS_SIZE), pen))


def render_drawings(drawings: Sequence[Sequence[np.ndarray]], copies: int,
                    rng: np.random.Generator, variation: Variation = Variation()) -> np.ndarray:
    """``copies`` random re-renderings of every drawing, as uint8 (N·copies, 28, 28), ink = 255.

    Drawing ``i``'s copies are rows ``i·copies … i·copies + copies − 1`` (labels repeat alike).
    A drawing too faint to survive rendering (a single tiny dot) comes out blank, never fails.
    """
    images = np.zeros((len(drawings) * copies, IMAGE_SIDE, IMAGE_SIDE), dtype=np.uint8)
    for index, strokes in enumerate(drawings):
        for copy in range(copies):
            try:
                image = render_varied(strokes, rng, variation)
            except EmptyDrawingError:
                continue
            images[index * copies + copy] = to_uint8(image)
    return images
