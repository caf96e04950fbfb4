"""Scores from probabilities: per-class accuracy, and the drawn-digit score on the new writers."""

from __future__ import annotations

import numpy as np
import pytest

from model.data.drawn_digits import new_writers_digits
from model.inference.evaluation import drawn_score, evaluate_probabilities
from model.inference.predictor import Predictor
from model.resources import bundled_model_path


def test_class_accuracy_is_the_share_right_within_each_true_class():
    probabilities = np.eye(3)[[0, 0, 1, 0]]
    scores = evaluate_probabilities(probabilities, np.array([0, 1, 1, 0]))
    accuracy = scores.class_accuracy()
    assert accuracy[:2].tolist() == [1.0, 0.5] and np.isnan(accuracy[2])


def test_the_drawn_score_reads_every_new_writers_digit_once():
    labels = np.array([digit.label for digit in new_writers_digits()])

    def always_seven(images: np.ndarray) -> np.ndarray:
        return np.tile(np.eye(10)[7], (len(images), 1))

    scores = drawn_score(always_seven)
    assert scores.n == len(labels)
    assert scores.accuracy == pytest.approx(np.mean(labels == 7))


def test_the_bundled_model_reads_most_new_writers_digits_the_same_each_time():
    predictor = Predictor.load(bundled_model_path())
    scores = drawn_score(predictor.predict_proba)
    assert scores.accuracy > 0.95
    assert drawn_score(predictor.predict_proba).accuracy == scores.accuracy
