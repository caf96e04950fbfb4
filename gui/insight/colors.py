"""One diverging colour map for every picture of the network's insides: blue below zero, white at
zero, red above, so a reader learns it once. Blue–red (ColorBrewer's RdBu) stays readable for the
common red–green colour blindness and on a washed-out projector.

Colours are ``uint32`` 0xAARRGGBB values, what a ``QImage.Format_RGB32`` row holds, so a whole
layer becomes an image with one table lookup.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor, QImage

OPAQUE = np.uint32(0xFF000000)
_ANCHORS = ("#2166ac", "#67a9cf", "#d1e5f0", "#f7f7f7", "#fddbc7", "#ef8a62", "#b2182b")
_LEVELS = 255  # odd, so that zero has a level of its own
_MIDDLE = _LEVELS // 2


def _channels(colors: np.ndarray) -> np.ndarray:
    return np.stack([(colors >> shift) & 0xFF for shift in (16, 8, 0)], axis=-1).astype(
        np.float32)


def _pack(channels: np.ndarray) -> np.ndarray:
    return OPAQUE | channels[..., 0] << 16 | channels[..., 1] << 8 | channels[..., 2]


def _table() -> np.ndarray:
    """The anchors interpolated to ``_LEVELS`` colours, as 0xFFRRGGBB."""
    rgb = np.array([QColor(name).getRgb()[:3] for name in _ANCHORS], dtype=np.float64)
    positions = np.linspace(0.0, 1.0, len(_ANCHORS))
    levels = np.linspace(0.0, 1.0, _LEVELS)
    channels = [np.rint(np.interp(levels, positions, rgb[:, c])).astype(np.uint32)
                for c in range(3)]
    return _pack(np.stack(channels, axis=-1))


TABLE = _table()


def diverging(values: np.ndarray, limit: float | np.ndarray) -> np.ndarray:
    """Colours for ``values``: ±``limit`` (a number, or one per leading row) at the ends of the
    map, beyond it clipped; a limit of 0 shows everything as zero."""
    limit = np.asarray(limit, dtype=np.float32)
    scale = np.divide(np.float32(_MIDDLE), limit, out=np.zeros_like(limit), where=limit > 0)
    scale = scale.reshape(scale.shape + (1,) * (values.ndim - scale.ndim))
    levels = np.rint(values * scale) + _MIDDLE
    return TABLE[np.clip(levels, 0, _LEVELS - 1).astype(np.intp)]


def robust_limit(values: np.ndarray, share: float = 0.9) -> float:
    """The magnitude ``share`` of the non-zero values stay within, as the end of the map: the
    few extreme values saturate instead of washing every other value out to near white."""
    magnitudes = np.abs(values[values != 0]).ravel()
    if magnitudes.size == 0:
        return 0.0
    rank = int(share * (magnitudes.size - 1))
    return float(np.partition(magnitudes, rank)[rank])  # a quantile, without sorting them all


def tile_limits(tiles: np.ndarray) -> np.ndarray:
    """Each tile's largest magnitude, so every tile uses the whole map: weight images differ in
    size by orders of magnitude, and each is read for its own pattern."""
    return np.abs(tiles).max(axis=tuple(range(1, tiles.ndim)))


def blend(under: np.ndarray, over: np.ndarray, opacity: np.ndarray) -> np.ndarray:
    """``over`` laid on ``under`` (both 0xFFRRGGBB) with ``opacity`` in [0, 1] per pixel."""
    alpha = np.clip(opacity, 0.0, 1.0)[..., np.newaxis]
    mixed = _channels(under) * (1.0 - alpha) + _channels(over) * alpha
    return _pack(np.rint(mixed).astype(np.uint32))


def gray(levels: np.ndarray) -> np.ndarray:
    """Grey levels 0–255 as opaque colours."""
    level = np.asarray(levels, dtype=np.uint32)
    return OPAQUE | level << 16 | level << 8 | level


def rgb_image(colors: np.ndarray) -> QImage:
    """An ``(H, W)`` array of 0xFFRRGGBB colours as a QImage that owns its pixels."""
    colors = np.ascontiguousarray(colors, dtype=np.uint32)
    height, width = colors.shape
    return QImage(colors.data, width, height, width * 4, QImage.Format.Format_RGB32).copy()
