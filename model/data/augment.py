"""Seeded random distortions of training digits, so an MLP trained on MNIST reads drawn digits too.

People draw digits a little rotated, slanted, off-centre, wobbly and with pens thicker or thinner
than MNIST's. Each training batch gets a fresh random affine map (shift, rotation, scale, shear
about the image centre), a Simard-style elastic distortion (Simard, Steinkraus & Platt 2003:
uniform noise in [-1, 1] smoothed by a Gaussian of ``elastic_sigma``, times ``elastic_alpha``)
and, on some images, a stroke one pixel thicker or thinner.

All geometric distortions are composed into one source coordinate per output pixel and sampled
once, bilinearly, so each image is blurred by a single interpolation. The sampling is done in numpy
rather than by ``scipy.ndimage.map_coordinates``: it is the same bilinear interpolation with zeros
outside (a test checks it against scipy's ``grid-constant`` mode), but one ``map_coordinates`` call
on a stacked batch of 128 takes ~8 ms against ~1.3 ms here, and the whole distortion has to stay
near 3 ms a batch for augmentation not to slow training down. The Gaussian is numpy's too (SciPy
would be ~90 MB of installers for this one filter).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from model.config import AugmentConfig
from model.image_size import IMAGE_SIDE

_CENTRE = (IMAGE_SIDE - 1) / 2
"""Rotation, scale and shear act about the image's centre, 13.5 in pixel-index coordinates."""

_FRAME = 2
"""Each image sits inside a zero frame 2 px wide: a 2×2 thickness change grows ink one pixel into
it, and the row beyond stays zero, so sampling clamped to the frame reads zeros outside the image.
"""

_PADDED = IMAGE_SIDE + 2 * _FRAME

_CHUNK = 128
"""Images distorted at a time: a default training batch in one go, temporaries fit in cache."""

_THICKNESS_OFFSET = -0.5
"""A 2×2 min/max window reaching half a pixel down-right moves ink half a pixel up-left; sampling
half a pixel up-left as well keeps thickened or thinned digits where they were."""


def batch_rng(seed: int, epoch: int, batch: int) -> np.random.Generator:
    """The generator for one batch: each batch reproducible in whatever order batches are made."""
    return np.random.default_rng([seed, epoch, batch])


_TRUNCATE = 4.0
"""The kernel reaches ``int(4 * sigma + 0.5)`` pixels each way, as ``scipy.ndimage``'s."""


@lru_cache(maxsize=8)
def _gaussian_matrix(sigma: float) -> np.ndarray:
    """``K`` with ``K @ v == scipy.ndimage.gaussian_filter1d(v, sigma)``: the normalised kernel
    with reflecting edges (``d c b a | a b c d | d c b a``, scipy's default mode), so a row of
    ``K`` adds each weight to the pixel its mirrored neighbour lands on."""
    radius = int(_TRUNCATE * sigma + 0.5)
    offsets = np.arange(-radius, radius + 1)
    weights = np.exp(-0.5 * (offsets / sigma) ** 2)
    weights /= weights.sum()
    sources = np.arange(IMAGE_SIDE)[:, None] + offsets[None, :]
    period = np.mod(sources, 2 * IMAGE_SIDE)  # reflecting twice is a shift by 2 * IMAGE_SIDE
    mirrored = np.where(period < IMAGE_SIDE, period, 2 * IMAGE_SIDE - 1 - period)
    kernel = np.zeros((IMAGE_SIDE, IMAGE_SIDE))
    np.add.at(kernel, (np.broadcast_to(np.arange(IMAGE_SIDE)[:, None], mirrored.shape), mirrored),
              np.broadcast_to(weights, mirrored.shape))
    return kernel.astype(np.float32)


def _elastic_fields(n: int, config: AugmentConfig, rng: np.random.Generator) -> np.ndarray:
    """``(2, n, 28, 28)`` row and column displacements: ``alpha * gaussian_filter(noise, sigma)``.

    The noise is uniform on 256 evenly spaced values in (-1, 1), made from random bytes (3× faster
    than floats): its mean is 0 and its variance within 0.002 % of the continuous uniform's, and
    a Gaussian of sigma ≥ 0.5 averages it beyond telling apart. Smoothing is ``K @ noise @ Kᵀ``,
    a stack of 28×28 products, each too small for BLAS to spread over threads that other processes
    may be using.
    """
    kernel = _gaussian_matrix(config.elastic_sigma)
    noise = np.frombuffer(rng.bytes(2 * n * IMAGE_SIDE ** 2), dtype=np.int8)
    noise = noise.reshape(2 * n, IMAGE_SIDE, IMAGE_SIDE)
    noise = noise.astype(np.float32) + np.float32(0.5)
    right = (kernel * np.float32(config.elastic_alpha / 128)).T.copy()  # C order: faster product
    smooth = kernel @ noise @ right
    return smooth.reshape(2, n, IMAGE_SIDE, IMAGE_SIDE)


def _inverse_affines(n: int, config: AugmentConfig,
                     rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Per image, the inverse ``(n, 2, 2)`` matrix and the ``(n, 2)`` shift of a random affine map.

    The forward map scales, shears (col += k·row), rotates about the centre and then shifts; each
    output pixel needs to know where it came from, so the matrix is inverted here analytically.
    Matrices act on ``(row, col)`` offsets from the centre.
    """
    shift = rng.uniform(-config.max_shift, config.max_shift, (n, 2))
    angle = np.deg2rad(rng.uniform(-config.max_rotation, config.max_rotation, n))
    scale = rng.uniform(1 - config.max_scale, 1 + config.max_scale, n)
    shear = rng.uniform(-config.max_shear, config.max_shear, n)
    cos, sin = np.cos(angle), np.sin(angle)
    unrotate = np.stack([np.stack([cos, sin], -1), np.stack([-sin, cos], -1)], -2)
    unshear = np.broadcast_to(np.eye(2), (n, 2, 2)).copy()
    unshear[:, 1, 0] = -shear
    inverse = (unshear @ unrotate) / scale[:, None, None]
    return inverse.astype(np.float32), shift.astype(np.float32)


def _change_thickness(framed: np.ndarray, config: AugmentConfig,
                      rng: np.random.Generator) -> np.ndarray:
    """Thicken or thin (50/50) a ``thickness`` share of the images in place; returns which.

    Grey dilation/erosion with a 2×2 footprint changes the stroke width by one pixel: the step from
    a fine to a broad pen, which MNIST's fairly uniform strokes never show.
    """
    n = len(framed)
    changed = rng.random(n) < config.thickness
    thicker = rng.random(n) < 0.5
    low, high = _FRAME - 1, _FRAME + IMAGE_SIDE  # the image and one pixel up and left of it
    for which, ufunc in ((changed & thicker, np.maximum), (changed & ~thicker, np.minimum)):
        index = np.flatnonzero(which)
        block = framed[index]
        views = [block[:, low + dr:high + dr, low + dc:high + dc] for dr in (0, 1) for dc in (0, 1)]
        framed[index, low:high, low:high] = ufunc.reduce(views)
    return changed


def _sample(framed: np.ndarray, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """Bilinear lookup at ``(n, 28, 28)`` coordinates of the framed images (zeros outside).

    Coordinates are clamped to the frame, whose outer rows are zero; ``rows`` and ``cols`` are
    overwritten.
    """
    np.clip(rows, 0, _PADDED - 2, out=rows)
    np.clip(cols, 0, _PADDED - 2, out=cols)
    row0, col0 = np.floor(rows), np.floor(cols)
    rows -= row0
    cols -= col0
    start = np.arange(len(framed))[:, None, None] * _PADDED**2
    base = (row0 * _PADDED + col0).astype(np.intp)  # exact: below 32 * 32 in float32
    base += start
    flat = framed.reshape(-1)
    # The three other corners are the same indices into views starting 1, 32 and 33 floats later.
    top = flat.take(base)
    top += cols * (flat[1:].take(base) - top)
    bottom = flat[_PADDED:].take(base)
    bottom += cols * (flat[_PADDED + 1:].take(base) - bottom)
    top += rows * (bottom - top)
    return np.clip(top, 0.0, 1.0, out=top)


def _source_coordinates(n: int, config: AugmentConfig, rng: np.random.Generator,
                        centre: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where each output pixel samples: elastic wobble, then the inverse affine, about ``centre``.

    ``centre`` is each image's centre in the framed array, so no further offset is needed.
    """
    inverse, shift = _inverse_affines(n, config, rng)
    d_row, d_col = _elastic_fields(n, config, rng)
    grid = np.arange(IMAGE_SIDE, dtype=np.float32) - np.float32(_CENTRE)
    out_row = grid[None, :, None] + d_row - shift[:, 0, None, None]
    out_col = grid[None, None, :] + d_col - shift[:, 1, None, None]
    m = inverse[:, :, :, None, None]
    rows = m[:, 0, 0] * out_row + m[:, 0, 1] * out_col + centre
    cols = m[:, 1, 0] * out_row + m[:, 1, 1] * out_col + centre
    return rows, cols


def _augment_chunk(images: np.ndarray, config: AugmentConfig,
                   rng: np.random.Generator) -> np.ndarray:
    """Thickness first, on the sharp source, then one warp: each image is interpolated once."""
    n = len(images)
    framed = np.zeros((n, _PADDED, _PADDED), dtype=np.float32)
    framed[:, _FRAME:_FRAME + IMAGE_SIDE, _FRAME:_FRAME + IMAGE_SIDE] = images
    changed = _change_thickness(framed, config, rng)
    centre = np.where(changed, _CENTRE + _THICKNESS_OFFSET, _CENTRE) + _FRAME
    rows, cols = _source_coordinates(n, config, rng, centre[:, None, None].astype(np.float32))
    return _sample(framed, rows, cols)


def augment_batch(images: np.ndarray, config: AugmentConfig,
                  rng: np.random.Generator) -> np.ndarray:
    """Distort ``(N, 28, 28)`` float images in [0, 1] (ink = 1); same ``rng`` state, same result.

    ``config.enabled`` is the caller's business: this always distorts, by the amounts in
    ``config``; all amounts zero give the images back unchanged. Large ``N`` goes in chunks of
    ``_CHUNK`` images, whose temporaries stay in cache (a single 54,000-image pass is far slower).
    """
    if images.ndim != 3 or images.shape[1:] != (IMAGE_SIDE, IMAGE_SIDE):
        raise ValueError(f"expected images of shape (N, {IMAGE_SIDE}, {IMAGE_SIDE}), "
                         f"got {images.shape}")
    out = np.empty(images.shape, dtype=np.float32)
    for start in range(0, len(images), _CHUNK):
        out[start:start + _CHUNK] = _augment_chunk(images[start:start + _CHUNK], config, rng)
    return out
