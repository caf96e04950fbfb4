"""Flagged 1s and hooked 9s: the strokes land where that style puts them, in MNIST geometry."""

from __future__ import annotations

import numpy as np
import pytest

from model.data.datasets import load_dataset
from model.data.writing_styles import add_writing_styles
from model.image_size import to_unit_float


@pytest.fixture(scope="module")
def ones_and_nines():
    mnist = load_dataset("mnist")
    picked = np.concatenate([np.flatnonzero(mnist.y_train == digit)[:20] for digit in (1, 9, 4)])
    return to_unit_float(mnist.x_train[picked]), mnist.y_train[picked]


def centre_of_mass(image):
    rows, cols = np.indices(image.shape)
    return np.array([(rows * image).sum(), (cols * image).sum()]) / image.sum()


def test_rate_zero_changes_nothing(ones_and_nines):
    images, labels = ones_and_nines
    styled = add_writing_styles(images, labels, 0.0, np.random.default_rng(0))
    np.testing.assert_array_equal(styled, images)


def test_only_ones_and_nines_are_restyled(ones_and_nines):
    images, labels = ones_and_nines
    styled = add_writing_styles(images, labels, 1.0, np.random.default_rng(0))
    changed = np.abs(styled - images).reshape(len(images), -1).max(axis=1) > 0
    assert changed[labels == 1].all() and changed[labels == 9].all()
    assert not changed[labels == 4].any()


def test_flag_adds_ink_left_of_the_stem(ones_and_nines):
    images, labels = ones_and_nines
    ones = images[labels == 1]
    styled = add_writing_styles(ones, np.ones(len(ones), int), 1.0, np.random.default_rng(1))
    upper_left_before = ones[:, :12, :14].sum(axis=(1, 2))
    upper_left_after = styled[:, :12, :14].sum(axis=(1, 2))
    assert np.mean(upper_left_after > upper_left_before + 1) >= 0.8


def test_results_stay_in_mnist_geometry(ones_and_nines):
    images, labels = ones_and_nines
    styled = add_writing_styles(images, labels, 1.0, np.random.default_rng(2))
    for image in styled[labels != 4]:
        assert image.dtype == np.float32 and image.min() >= 0 and image.max() <= 1
        assert np.abs(centre_of_mass(image) - 14.0).max() <= 0.75
        rows, cols = np.nonzero(image > 0.03)
        assert max(np.ptp(rows), np.ptp(cols)) + 1 <= 21


def test_same_seed_same_styles(ones_and_nines):
    images, labels = ones_and_nines
    first = add_writing_styles(images, labels, 0.5, np.random.default_rng(3))
    second = add_writing_styles(images, labels, 0.5, np.random.default_rng(3))
    np.testing.assert_array_equal(first, second)
