"""The bundled pen-drawn digits and their writer split: no held-out writer ever reaches training."""

from __future__ import annotations

import numpy as np

from model.data.drawn_digits import (
    NEW_WRITERS,
    TUNING_WRITERS,
    new_writers_digits,
    new_writers_images,
    pen_digits,
    rendered,
    training_writers_digits,
)


def test_bundled_digits_are_the_whole_pendigits_training_file():
    digits = pen_digits()
    assert len(digits) == 7494 and {d.writer for d in digits} == set(range(1, 31))
    assert {d.label for d in digits} == set(range(10))


def test_the_split_by_writer_never_leaks_a_new_writer_into_training():
    training = training_writers_digits()
    held_out = new_writers_digits()
    assert {d.writer for d in training}.isdisjoint(NEW_WRITERS)
    assert {d.writer for d in held_out} == set(NEW_WRITERS) and len(NEW_WRITERS) == 6
    assert len(training) + len(held_out) == len(pen_digits())
    assert set(TUNING_WRITERS) <= {d.writer for d in training} and len(TUNING_WRITERS) == 6


def test_the_evaluation_images_are_fixed_and_training_renderings_fresh():
    images, labels = new_writers_images()
    assert images.shape == (len(new_writers_digits()), 28, 28) and images.dtype == np.uint8
    np.testing.assert_array_equal(labels, [d.label for d in new_writers_digits()])
    sample = training_writers_digits()[:5]
    first, first_labels = rendered(sample, 2, np.random.default_rng(1))
    second, _ = rendered(sample, 2, np.random.default_rng(2))
    assert first.shape == (10, 28, 28) and first_labels.tolist() == [
        d.label for d in sample for _ in range(2)]
    assert not np.array_equal(first, second)
