"""augment_batch: seeded, shape- and range-preserving distortions that really distort."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from scipy.ndimage import gaussian_filter, gaussian_filter1d, map_coordinates

from model.config import AugmentConfig
from model.data.augment import (
    _elastic_fields,
    _gaussian_matrix,
    _sample,
    augment_batch,
    batch_rng,
)
from model.image_size import IMAGE_SIDE

DEFAULT = AugmentConfig(enabled=True)
NOTHING = AugmentConfig(max_shift=0.0, max_rotation=0.0, max_scale=0.0, max_shear=0.0,
                        elastic_alpha=0.0, thickness=0.0)


def strokes(n: int, seed: int = 0) -> np.ndarray:
    """``n`` digit-like images: two thick random strokes each, grey edges, ink 1, in the middle."""
    rng = np.random.default_rng(seed)
    grid = np.mgrid[0:28, 0:28].astype(np.float32)[:, None]
    ends = rng.uniform(6, 22, (4, n, 1, 1)).astype(np.float32)
    images = np.zeros((n, 28, 28), np.float32)
    for (r0, c0), (r1, c1) in [((ends[0], ends[1]), (ends[2], ends[3])),
                               ((ends[1], ends[2]), (ends[3], ends[0]))]:
        t = np.clip(((grid[0] - r0) * (r1 - r0) + (grid[1] - c0) * (c1 - c0))
                    / ((r1 - r0) ** 2 + (c1 - c0) ** 2 + 1e-6), 0, 1)
        distance = np.hypot(grid[0] - r0 - t * (r1 - r0), grid[1] - c0 - t * (c1 - c0))
        images = np.maximum(images, np.clip(2.0 - distance, 0, 1))
    return images


def centre_of_mass(images: np.ndarray) -> np.ndarray:
    index = np.arange(28)
    mass = images.sum(axis=(1, 2))
    return np.stack([images.sum(2) @ index / mass, images.sum(1) @ index / mass], axis=1)


def test_output_has_the_input_shape_dtype_and_range():
    images = strokes(300)
    out = augment_batch(images, DEFAULT, batch_rng(1, 0, 0))
    assert out.shape == images.shape and out.dtype == np.float32
    assert out.min() >= 0.0 and out.max() <= 1.0
    assert (out.sum(axis=(1, 2)) > 0).all()


def test_input_is_left_untouched():
    images = strokes(20)
    before = images.copy()
    augment_batch(images, DEFAULT, batch_rng(1, 0, 0))
    np.testing.assert_array_equal(images, before)


def test_same_seed_same_output_other_batch_other_output():
    images = strokes(300)
    first = augment_batch(images, DEFAULT, batch_rng(7, 2, 5))
    np.testing.assert_array_equal(first, augment_batch(images, DEFAULT, batch_rng(7, 2, 5)))
    for other in (batch_rng(7, 2, 6), batch_rng(7, 3, 5), batch_rng(8, 2, 5)):
        assert not np.array_equal(first, augment_batch(images, DEFAULT, other))


def test_zero_strength_is_the_identity():
    images = strokes(50)
    np.testing.assert_array_equal(augment_batch(images, NOTHING, batch_rng(0, 0, 0)), images)


@pytest.mark.parametrize("field, value", [
    ("max_shift", 2.0), ("max_rotation", 12.0), ("max_scale", 0.12), ("max_shear", 0.2),
    ("elastic_alpha", 34.0), ("thickness", 1.0),
])
def test_each_distortion_alone_changes_the_images(field, value):
    images = strokes(64)
    out = augment_batch(images, dataclasses.replace(NOTHING, **{field: value}), batch_rng(3, 0, 0))
    change = np.abs(out - images).mean(axis=(1, 2)) / images.mean(axis=(1, 2))
    assert (change > 0.01).mean() > 0.8  # a random amount is sometimes close to none
    assert change.mean() > 0.1


def test_default_distortion_moves_ink_but_keeps_the_digit():
    images = strokes(256)
    out = augment_batch(images, DEFAULT, batch_rng(4, 0, 0))
    moved = np.abs(centre_of_mass(out) - centre_of_mass(images))
    assert 0.3 < moved.mean() < 3.0
    assert (out.sum(axis=(1, 2)) > 0.2 * images.sum(axis=(1, 2))).all()  # no digit erased


def test_thickness_change_keeps_digits_in_place():
    images = strokes(256)
    only_thickness = dataclasses.replace(NOTHING, thickness=1.0)
    out = augment_batch(images, only_thickness, batch_rng(5, 0, 0))
    ink_ratio = out.sum(axis=(1, 2)) / images.sum(axis=(1, 2))
    assert (ink_ratio > 1.2).sum() > 80 and (ink_ratio < 0.8).sum() > 80  # about half each way
    shift = (centre_of_mass(out) - centre_of_mass(images)).mean(axis=0)
    assert np.abs(shift).max() < 0.1  # the half-pixel offset of a 2×2 window is compensated


def test_sampling_matches_scipy_map_coordinates():
    """The numpy sampler is bilinear with zeros outside, as scipy's 'grid-constant' mode."""
    rng = np.random.default_rng(6)
    images = strokes(16)
    framed = np.zeros((16, 32, 32), np.float32)
    framed[:, 2:30, 2:30] = images
    rows = np.arange(28)[None, :, None] + rng.uniform(-5, 5, (16, 28, 28))
    cols = np.arange(28)[None, None, :] + rng.uniform(-5, 5, (16, 28, 28))
    plane = np.broadcast_to(np.arange(16)[:, None, None], rows.shape)
    expected = map_coordinates(images, [plane, rows, cols], order=1, mode="grid-constant")
    got = _sample(framed, (rows + 2).astype(np.float32), (cols + 2).astype(np.float32))
    np.testing.assert_allclose(got, expected, atol=1e-5)


@pytest.mark.parametrize("sigma", [0.5, 1.0, 2.5, 4.0, 7.3, 20.0])
def test_the_numpy_gaussian_is_scipys_gaussian_filter1d(sigma):
    """SciPy left the installers; its filter, reflecting edges and all (sigma 20 reaches past both
    edges more than once), is what the numpy kernel must still compute."""
    vectors = np.random.default_rng(3).uniform(-1, 1, (IMAGE_SIDE, 5))
    expected = gaussian_filter1d(vectors, sigma, axis=0)
    np.testing.assert_allclose(_gaussian_matrix(sigma) @ vectors, expected, atol=1e-6)


def test_elastic_fields_have_simards_statistics():
    """Byte noise smoothed by matrix products behaves as gaussian_filter of uniform noise."""
    config = AugmentConfig(elastic_alpha=34.0, elastic_sigma=4.0)
    fields = _elastic_fields(500, config, np.random.default_rng(8))
    rng = np.random.default_rng(9)
    reference = 34.0 * gaussian_filter(rng.uniform(-1, 1, (1000, 28, 28)), (0, 4, 4))
    assert fields.shape == (2, 500, 28, 28)
    assert abs(fields.mean()) < 0.05
    assert fields.std() == pytest.approx(reference.std(), rel=0.05)
    neighbours = np.corrcoef(fields[..., :-1].ravel(), fields[..., 1:].ravel())[0, 1]
    expected = np.corrcoef(reference[..., :-1].ravel(), reference[..., 1:].ravel())[0, 1]
    assert neighbours == pytest.approx(expected, abs=0.01)


def test_batch_rng_is_reproducible_and_independent_of_order():
    later = batch_rng(1, 0, 9).random(4)
    batch_rng(1, 0, 3).random(4)
    np.testing.assert_array_equal(batch_rng(1, 0, 9).random(4), later)


def test_empty_batch_and_wrong_shape():
    assert augment_batch(np.zeros((0, 28, 28), np.float32), DEFAULT, batch_rng(0, 0, 0)).shape == (
        0, 28, 28)
    with pytest.raises(ValueError, match=r"\(N, 28, 28\)"):
        augment_batch(np.zeros((4, 784), np.float32), DEFAULT, batch_rng(0, 0, 0))
