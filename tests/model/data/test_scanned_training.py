"""Scanned copies of the training digits (``TrainingConfig.scanned_share``): a seeded share of
the training images is added once more, degraded as scanners and cameras do, with its labels;
the validation split and other datasets are left alone."""

from __future__ import annotations

import numpy as np
import pytest

from model.config import TrainingConfig
from model.data.datasets import FASHION_MNIST_CLASSES, Dataset, load_dataset
from model.data.scanned_digits import SCANNED_STYLES
from model.data.scanned_training import STYLE_WEIGHTS, with_scanned_digits
from model.training.trainer import prepare_data

QUICK = {"validation_split": 0.1, "seed": 5}


@pytest.fixture(scope="module")
def tiny_mnist() -> Dataset:
    return load_dataset("mnist").subset(400, 100, seed=0)


def test_a_share_of_the_training_digits_is_added_as_scans(tiny_mnist):
    config = TrainingConfig(scanned_share=0.25, **QUICK)
    plain = prepare_data(tiny_mnist, TrainingConfig(**QUICK))
    data = prepare_data(tiny_mnist, config)
    added = len(data.y_train) - len(plain.y_train)
    assert 0.15 * len(plain.y_train) < added < 0.35 * len(plain.y_train)
    np.testing.assert_array_equal(data.x_train[:-added], plain.x_train)
    np.testing.assert_array_equal(data.validation[1], plain.validation[1])
    scans = data.x_train[-added:]
    assert scans.dtype == np.float32 and scans.max() <= 1.0
    assert (scans.reshape(added, -1).max(axis=1) > 0.5).mean() > 0.95  # ink survives


def test_each_scan_keeps_its_digits_label(tiny_mnist):
    images, labels = tiny_mnist.x_train[:60], tiny_mnist.y_train[:60]
    scanned_images, scanned_labels = with_scanned_digits(
        images, labels, tiny_mnist, TrainingConfig(scanned_share=1.0, **QUICK))
    assert len(scanned_labels) == 120
    np.testing.assert_array_equal(scanned_labels[60:], labels)
    assert not np.array_equal(scanned_images[60:], images)


def test_the_scans_follow_the_seed(tiny_mnist):
    config = TrainingConfig(scanned_share=0.5, **QUICK)
    first, again = (with_scanned_digits(tiny_mnist.x_train, tiny_mnist.y_train, tiny_mnist, config)
                    for _ in range(2))
    np.testing.assert_array_equal(first[0], again[0])


def test_only_digit_datasets_get_scans(tiny_mnist):
    fashion = Dataset("fashion-mnist", FASHION_MNIST_CLASSES, tiny_mnist.x_train,
                      tiny_mnist.y_train, tiny_mnist.x_test, tiny_mnist.y_test)
    images, labels = with_scanned_digits(fashion.x_train, fashion.y_train, fashion,
                                         TrainingConfig(scanned_share=1.0, **QUICK))
    assert images is fashion.x_train and labels is fashion.y_train


def test_every_scanned_style_is_trained_on():
    assert set(STYLE_WEIGHTS) == set(SCANNED_STYLES.values())
    assert all(weight > 0 for weight in STYLE_WEIGHTS.values())
