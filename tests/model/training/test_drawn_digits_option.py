"""Training on pen-drawn digits (``TrainingConfig.drawn_digits``) and the drawn-digit score: only
training writers' digits reach the training arrays, never the validation split; non-digit
datasets are refused; every digit run ends with its score on the new writers."""

from __future__ import annotations

import numpy as np
import pytest

from model.config import LayerConfig, NetworkConfig, TrainingConfig
from model.data import drawn_digits
from model.data.datasets import FASHION_MNIST_CLASSES, Dataset, load_dataset, stratified_split
from model.data.drawn_training import check_drawn_digits
from model.errors import ConfigError
from model.training.events import EndReason
from model.training.trainer import Trainer, prepare_data

SMALL_NET = NetworkConfig(hidden=(LayerConfig(16),))
QUICK = {"batch_size": 100, "epochs": 1, "validation_split": 0.1, "seed": 5}


@pytest.fixture(scope="module")
def tiny_mnist() -> Dataset:
    return load_dataset("mnist").subset(600, 100, seed=0)


@pytest.fixture
def few_writers(monkeypatch) -> tuple[list, list]:
    """A handful of digits from each side of the split, and a record of what gets rendered."""
    training = drawn_digits.training_writers_digits()[:7]
    new = drawn_digits.new_writers_digits()[:5]
    monkeypatch.setattr(drawn_digits, "pen_digits", lambda: (*new, *training))
    drawn = []
    render = drawn_digits.render_drawings

    def recording(drawings, copies, rng):
        drawn.extend(drawings)
        return render(drawings, copies, rng)

    monkeypatch.setattr(drawn_digits, "render_drawings", recording)
    return training, drawn


def test_only_training_writers_digits_join_the_training_images(tiny_mnist, few_writers):
    training, drawn = few_writers
    config = TrainingConfig(drawn_digits=True, drawn_copies=2, **QUICK)
    plain = prepare_data(tiny_mnist, TrainingConfig(**QUICK))
    data = prepare_data(tiny_mnist, config)
    assert [id(strokes) for strokes in drawn] == [id(digit.strokes) for digit in training]
    added = len(data.y_train) - len(plain.y_train)
    assert added == 2 * len(training)
    np.testing.assert_array_equal(data.x_train[:-added], plain.x_train)
    assert data.y_train[-added:].tolist() == [d.label for d in training for _ in range(2)]
    assert data.x_train[-added:].max() == pytest.approx(1.0)


def test_the_validation_images_stay_the_datasets_own(tiny_mnist, few_writers):
    config = TrainingConfig(drawn_digits=True, **QUICK)
    _, val_idx = stratified_split(tiny_mnist.y_train, config.validation_count(600), config.seed)
    x_val, y_val = prepare_data(tiny_mnist, config).validation
    np.testing.assert_array_equal(y_val, tiny_mnist.y_train[val_idx])
    np.testing.assert_array_equal(x_val, tiny_mnist.x_train[val_idx] / np.float32(255))


def test_the_renderings_follow_the_seed(tiny_mnist, few_writers):
    config = TrainingConfig(drawn_digits=True, **QUICK)
    first, again = prepare_data(tiny_mnist, config), prepare_data(tiny_mnist, config)
    np.testing.assert_array_equal(first.x_train, again.x_train)


def fashion_like(dataset: Dataset) -> Dataset:
    return Dataset("fashion-mnist", FASHION_MNIST_CLASSES, dataset.x_train, dataset.y_train,
                   dataset.x_test, dataset.y_test)


@pytest.mark.slow
def test_datasets_of_other_classes_are_refused_before_training(tiny_mnist):
    fashion = fashion_like(tiny_mnist)
    with pytest.raises(ConfigError, match="needs a dataset of the digits 0–9; fashion-mnist has "
                                          "the classes T-shirt/top"):
        check_drawn_digits(fashion, TrainingConfig(drawn_digits=True))
    check_drawn_digits(fashion, TrainingConfig())
    result = Trainer(SMALL_NET, TrainingConfig(drawn_digits=True, **QUICK), fashion).run()
    assert result.summary.reason is EndReason.ERROR and result.model is None
    assert "digits 0–9" in result.summary.message


@pytest.mark.slow
def test_a_digit_run_ends_with_its_drawn_score_and_others_without(tiny_mnist):
    digits = Trainer(SMALL_NET, TrainingConfig(**QUICK), tiny_mnist).run().summary
    assert 0.0 < digits.drawn_accuracy < 1.0
    assert digits.to_dict()["drawn_accuracy"] == digits.drawn_accuracy
    fashion = Trainer(SMALL_NET, TrainingConfig(**QUICK), fashion_like(tiny_mnist)).run()
    assert fashion.summary.reason is EndReason.FINISHED
    assert fashion.summary.drawn_accuracy is None
