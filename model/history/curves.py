"""A run's per-batch curves, kept and smoothed one way for every view.

The recorder keeps a run's batch losses with :class:`BatchCurve`; the Training tab feeds the same
batches into the same class while the run goes on, and both tabs draw :func:`smoothed` of the
points. So a run looks the same live in the Training tab, afterwards in the Runs tab, and in its
exported CSV (which holds the points before smoothing).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

BATCH_POINTS = 2000
"""Enough to draw any run's batch curve as finely as a screen can show it."""
SMOOTHING_EPOCHS = 0.25
"""How much of an epoch each point of a smoothed batch curve averages over: long enough to calm
the batch noise (raw, the curves of a few runs merge into one band), short enough to follow
the trend within an epoch."""


class BatchCurve:
    """Per-batch values averaged into at most ``limit`` points, in O(1) per batch.

    Each point is the mean of a bucket of ``width`` consecutive batches (position and value);
    when ``limit`` buckets are full, neighbours merge and the width doubles, so a curve of any
    length keeps its shape at a fixed size. A NaN value (a diverged loss) makes its bucket NaN:
    a gap where it happened.
    """

    def __init__(self, limit: int = BATCH_POINTS) -> None:
        self._limit = limit
        self._positions: list[float] = []
        self._values: list[float] = []
        self._width = 1
        self._position_sum = self._value_sum = 0.0
        self._count = 0

    def add(self, position: float, value: float) -> None:
        if not self._count and len(self._positions) == self._limit:
            self._merge_pairs()  # only now: a run of exactly ``limit`` batches keeps them all
        self._position_sum += position
        self._value_sum += value
        self._count += 1
        if self._count == self._width:
            self._positions.append(self._position_sum / self._count)
            self._values.append(self._value_sum / self._count)
            self._position_sum = self._value_sum = 0.0
            self._count = 0

    def points(self) -> tuple[list[float], list[float]]:
        """(positions in epochs, values): the full buckets, then the one being filled."""
        if not self._count:
            return list(self._positions), list(self._values)
        return ([*self._positions, self._position_sum / self._count],
                [*self._values, self._value_sum / self._count])

    def _merge_pairs(self) -> None:
        self._positions = _pair_means(self._positions)
        self._values = _pair_means(self._values)
        self._width *= 2


def _pair_means(values: list[float]) -> list[float]:
    return [(a + b) / 2 for a, b in zip(values[::2], values[1::2], strict=True)]


def smoothed(positions: Sequence[float], values: Sequence[float | None]) -> np.ndarray:
    """``values`` as a centred moving mean over :data:`SMOOTHING_EPOCHS`, gaps kept (NaN where
    a value is missing or not finite). O(n): it runs on every redraw of a live curve."""
    known_values = finite(values)
    if len(known_values) < 2:
        return known_values
    per_epoch = (len(positions) - 1) / max(positions[-1] - positions[0], 1e-9)
    width = min(len(known_values), max(1, round(SMOOTHING_EPOCHS * per_epoch)))
    known = np.isfinite(known_values)
    sums = _window_sums(np.where(known, known_values, 0.0), width)
    counts = _window_sums(known.astype(float), width)
    return np.where(known, sums / np.maximum(counts, 1.0), math.nan)


def finite(values: Sequence[float | None]) -> np.ndarray:
    """NaN for what cannot be drawn (a diverged loss, a value never measured): plots leave a
    gap there."""
    array = np.array([math.nan if v is None else v for v in values], dtype=float)
    array[~np.isfinite(array)] = math.nan
    return array


def _window_sums(values: np.ndarray, width: int) -> np.ndarray:
    """The sum over ``width`` neighbours of each value, centred (``np.convolve`` "same" with a
    window of ones), the window cut short at both ends."""
    cumulative = np.concatenate([[0.0], np.cumsum(values)])
    index = np.arange(len(values))
    low = np.clip(index - width // 2, 0, len(values))
    high = np.clip(index + (width - 1) // 2 + 1, 0, len(values))
    return cumulative[high] - cumulative[low]
