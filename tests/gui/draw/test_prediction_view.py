"""The prediction view on its own: answer, confidence, bars updated in place, empty state."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gui.common.waiting import wait_ms
from gui.draw.prediction_view import DIGITS, PredictionView
from gui.draw.probability_chart import ProbabilityChart

FASHION = ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker",
           "Bag", "Ankle boot")


@pytest.fixture
def view(qtbot):
    """The view in a window of fixed minimum size (as in the main window): Qt's offscreen
    platform warns when a layout changes a top-level window's size limits."""
    window = QWidget()
    window.setMinimumSize(420, 520)
    view = PredictionView()
    QVBoxLayout(window).addWidget(view)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield view


def label(view: PredictionView, name: str) -> str:
    return view.findChild(QLabel, name).text()


def one_hot_ish(index: int, top: float, count: int = 10) -> np.ndarray:
    probabilities = np.full(count, (1 - top) / (count - 1))
    probabilities[index] = top
    return probabilities


def test_the_answer_is_the_top_class_with_its_confidence(view):
    view.show_prediction(one_hot_ish(7, 0.934), np.zeros((28, 28), np.float32))
    assert view.predicted_name() == "7" and view.predicted_index() == 7
    assert label(view, "answer") == "7" and label(view, "confidence") == "93.4% sure"
    np.testing.assert_allclose(view.probabilities(), one_hot_ish(7, 0.934))
    view.show_prediction(one_hot_ish(2, 0.99999), np.zeros((28, 28), np.float32))
    assert label(view, "confidence") == "> 99.9% sure"


def test_class_names_come_from_the_model(view):
    view.set_class_names(FASHION)
    view.show_prediction(one_hot_ish(7, 0.8), np.zeros((28, 28), np.float32))
    assert view.predicted_name() == "Sneaker" and label(view, "answer") == "Sneaker"
    assert view.class_names() == FASHION


def test_the_chart_is_built_after_the_first_paint_and_updated_in_place(view, qtbot):
    qtbot.waitUntil(lambda: view.findChild(QWidget, "probabilities") is not None, timeout=5000)
    chart = view.chart()
    assert view.findChild(QWidget, "probabilities") is chart
    items = list(chart.getPlotItem().items)
    for index in range(50):
        view.show_prediction(one_hot_ish(index % 10, 0.6), np.zeros((28, 28), np.float32))
    view.set_class_names(FASHION)
    assert view.chart() is chart
    assert [item for item in chart.getPlotItem().items if item in items] == items


def test_the_empty_state_is_calm(view):
    view.show_prediction(one_hot_ish(3, 0.9), np.zeros((28, 28), np.float32))
    view.show_empty()
    assert view.probabilities() is None and view.predicted_name() is None
    assert label(view, "answer") == "" and label(view, "confidence") == "Draw a digit"


def test_a_probability_vector_of_the_wrong_length_is_refused(view):
    with pytest.raises(ValueError, match="expected 10 probabilities"):
        view.show_prediction(np.ones(3) / 3, np.zeros((28, 28), np.float32))


@pytest.mark.parametrize("width", [160, 220, 600])
def test_a_sure_answers_percentage_fits_beside_its_bar_at_any_width(qtbot, width):
    chart = ProbabilityChart()
    chart.set_class_names(DIGITS)
    chart.setFixedSize(width, 300)
    qtbot.addWidget(chart)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_probabilities(one_hot_ish(3, 0.999), top=3)
    wait_ms(50)  # a TextItem places itself when painted
    view_box = chart.getPlotItem().getViewBox()
    label = next(item for item in view_box.addedItems
                 if isinstance(item, pg.TextItem) and item.textItem.toPlainText() == "> 99%")
    assert label.sceneBoundingRect().right() <= view_box.sceneBoundingRect().right()
