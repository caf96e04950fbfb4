"""Re-rendering drawings with random variation: seeded, the right layout, never failing."""

from __future__ import annotations

import numpy as np

from model.drawing.preprocess import canvas_to_mnist
from model.drawing.strokes import CANVAS_SIZE, PEN_WIDTH, fit_strokes, render_strokes
from model.drawing.variation import Variation, render_drawings, render_varied, vary_strokes

SEVEN = (np.array([[10.0, 10.0], [60.0, 10.0], [30.0, 90.0]]),
         np.array([[20.0, 50.0], [50.0, 50.0]]))


def test_same_seed_same_images_and_copies_differ():
    first = render_drawings([SEVEN, SEVEN[:1]], 3, np.random.default_rng(1))
    again = render_drawings([SEVEN, SEVEN[:1]], 3, np.random.default_rng(1))
    np.testing.assert_array_equal(first, again)
    assert first.shape == (6, 28, 28) and first.dtype == np.uint8
    assert not np.array_equal(first[0], first[1]), "each copy is drawn afresh"
    assert first.reshape(6, -1).max(axis=1).min() > 200, "every copy has ink"


def test_no_variation_keeps_the_shape_and_only_moves_and_scales_it():
    still = Variation(max_rotation=0.0, pen_width=(PEN_WIDTH, PEN_WIDTH), jitter=0.0)
    varied = vary_strokes(SEVEN, np.random.default_rng(0), still)
    for stroke, same in zip(SEVEN, varied, strict=True):
        np.testing.assert_allclose(stroke, same)
    plain = canvas_to_mnist(render_strokes(
        fit_strokes(SEVEN, (50, 50, 180, 180)), (CANVAS_SIZE, CANVAS_SIZE), PEN_WIDTH))
    image = render_varied(SEVEN, np.random.default_rng(0), still)
    assert np.abs(image - plain).mean() < 0.05, "placement and size are normalised away"


def test_rotation_stays_within_its_bound():
    rng = np.random.default_rng(2)
    bar = (np.array([[0.0, 0.0], [100.0, 0.0]]),)
    for _ in range(50):
        (turned,) = vary_strokes(bar, rng, Variation(max_rotation=10.0, jitter=0.0))
        dx, dy = turned[1] - turned[0]
        assert abs(np.degrees(np.arctan2(dy, dx))) <= 10.0 + 1e-9


def test_a_single_point_drawing_never_fails():
    images = render_drawings([(np.array([[5.0, 5.0]]),)], 4, np.random.default_rng(3))
    assert images.shape == (4, 28, 28)
