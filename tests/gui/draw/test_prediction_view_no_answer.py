"""The prediction view given outputs that are no answer: nothing is claimed, the reason is said."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QLabel

from gui.draw.answer_text import not_a_number_message
from gui.draw.prediction_view import PredictionView


@pytest.mark.parametrize("bad", [np.nan, np.inf])
def test_probabilities_that_are_not_numbers_answer_nothing(qtbot, bad):
    """A diverged model's NaN outputs were shown as "0, nan% sure"."""
    view = PredictionView()
    qtbot.addWidget(view)
    probabilities = np.full(10, 0.1)
    probabilities[4] = bad
    view.show_prediction(probabilities, np.zeros((28, 28), np.float32))
    assert view.predicted_name() is None and view.probabilities() is None
    assert view.findChild(QLabel, "confidence").text() == not_a_number_message()
