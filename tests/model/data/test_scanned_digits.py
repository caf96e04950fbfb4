"""The scanned-digit checks: seeded pictures that take a dropped image file's path and keep the
digit readable (a check that destroyed its digits would measure nothing)."""

from __future__ import annotations

import numpy as np
import pytest

from model.data.datasets import load_dataset
from model.data.drawn_digits import rendered, training_writers_digits
from model.data.scanned_digits import (
    SCANNED_STYLES,
    THICK_PEN_CHECK,
    scanned,
    scanned_checks,
    thick_pen,
)
from model.inference.predictor import Predictor
from model.resources import bundled_model_path


@pytest.fixture(scope="module")
def mnist_digits():
    mnist = load_dataset("mnist")
    return mnist.x_test[:60], mnist.y_test[:60]


@pytest.mark.parametrize("style", list(SCANNED_STYLES))
def test_each_style_is_seeded_changes_the_digit_and_keeps_it_readable(style, mnist_digits):
    images, labels = mnist_digits
    degrade = SCANNED_STYLES[style]
    first = scanned(images, degrade, 1)
    assert first.shape == (60, 28, 28) and first.dtype == np.float32
    assert first.min() >= 0.0 and first.max() <= 1.0
    np.testing.assert_array_equal(first, scanned(images, degrade, 1))
    assert not np.allclose(first, images / 255.0, atol=0.1)
    read = Predictor.load(bundled_model_path()).predict_proba(first).argmax(axis=1)
    assert (read == labels).mean() >= 0.8


def test_thick_pens_draw_wider_strokes_than_the_canvas_renderings():
    strokes = [digit.strokes for digit in training_writers_digits()[:30]]
    thick = thick_pen(strokes, 3)
    np.testing.assert_array_equal(thick, thick_pen(strokes, 3))
    usual, _ = rendered(training_writers_digits()[:30], 1, np.random.default_rng(3))
    assert (thick > 128).mean() > 1.3 * (usual > 128).mean()


def test_the_checks_are_named_and_labelled(mnist_digits):
    digits = training_writers_digits()[:5]
    checks = scanned_checks(mnist_digits, [d.strokes for d in digits],
                            np.array([d.label for d in digits]), "MNIST validation")
    assert list(checks) == [*(f"MNIST validation, {style}" for style in SCANNED_STYLES),
                            THICK_PEN_CHECK]
    assert all(len(images) == len(labels) for images, labels in checks.values())
