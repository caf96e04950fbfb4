"""The answer said to a screen reader: once per settled answer, never during a stroke, never
twice the same."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QLocale

from gui.common.language import confidence
from gui.draw import announcement
from gui.draw.announcement import Announcer
from gui.draw.answer_text import spoken_answer, spoken_class
from gui.draw.prediction_view import PredictionView
from gui.draw.replay import drag_strokes
from tests.gui.helpers import strokes_in_box

SAMPLE_SEVEN = np.zeros((28, 28), np.float32)


class Said(list):
    """Stands in for QAccessible: the texts announced, and whether a stroke was in progress."""

    def __init__(self, is_drawing=lambda: False) -> None:
        super().__init__()
        self.is_drawing = is_drawing
        self.during_strokes = 0

    def updateAccessibility(self, event) -> None:
        self.append(event.message())
        self.during_strokes += bool(self.is_drawing())


@pytest.fixture
def said(monkeypatch) -> Said:
    said = Said()
    monkeypatch.setattr(announcement, "QAccessible", said)
    return said


def test_only_settled_answers_that_changed_are_said():
    said: list[str] = []
    settled = [False]
    announcer = Announcer(said.append, lambda: settled[0])
    announcer.shown(lambda: "Seven, 90% sure")
    assert said == []  # mid-stroke
    settled[0] = True
    for text in ("Seven, 98% sure", "Seven, 98% sure", "One, 60% sure", "", "One, 60% sure"):
        announcer.shown(lambda text=text: text)
    assert said == ["Seven, 98% sure", "One, 60% sure"]


def test_digits_are_said_as_words_and_other_classes_by_name():
    assert spoken_class("7") == "Seven" and spoken_class("0") == "Zero"
    assert spoken_class("Ankle boot") == "Ankle boot"
    assert spoken_answer("7", "98%") == "Seven, 98% sure"


def test_the_view_says_each_new_answer_once(qtbot, said):
    view = PredictionView()
    qtbot.addWidget(view)
    said.clear()
    seven = np.full(10, 0.002)
    seven[7] = 0.982
    view.show_prediction(seven, SAMPLE_SEVEN)
    view.show_prediction(seven, SAMPLE_SEVEN)  # a stroke that left the answer as it was
    assert said == ["Seven, 98% sure"]
    view.show_prediction(np.roll(seven, -6), SAMPLE_SEVEN)
    assert said == ["Seven, 98% sure", "One, 98% sure"]
    view.show_empty()
    assert said[-1] == "Draw a digit"


def test_the_window_says_the_answer_after_each_pen_up_not_during_strokes(window, pendigits,
                                                                          monkeypatch):
    said = Said(window.canvas().is_drawing)
    monkeypatch.setattr(announcement, "QAccessible", said)
    five = pendigits[1109]  # two strokes
    drag_strokes(window.canvas(), strokes_in_box(five))
    assert said.during_strokes == 0 and 1 <= len(said) <= 2
    assert said[-1] == window.prediction_view().answer_text()
    assert said[-1].startswith("Five, ")


def test_the_same_picture_twice_is_said_once_a_new_answer_again(window, monkeypatch):
    said = Said()
    monkeypatch.setattr(announcement, "QAccessible", said)
    canvas, view = window.canvas(), window.prediction_view()
    picture = np.full((140, 140), 255, np.uint8)
    picture[30:110, 66:74] = 0  # a one
    canvas.set_picture(picture)
    canvas.set_picture(picture)
    assert said == [view.answer_text()]
    canvas.clear()
    assert said == [said[0], "Draw a digit"]
    canvas.set_picture(picture)
    assert len(said) == 3 and said[2] == said[0]


def test_a_screen_reader_reads_the_chart_as_every_class_and_its_percentage(qtbot):
    view = PredictionView()
    qtbot.addWidget(view)
    chart = view.chart()
    probabilities = np.zeros(10)
    probabilities[7], probabilities[1] = 0.98, 0.02
    view.show_prediction(probabilities, SAMPLE_SEVEN)
    assert chart.accessibleName() == "Probabilities"
    assert chart.accessibleDescription().startswith("0: 0%, 1: 2%, 2: 0%")
    assert "7: 98%" in chart.accessibleDescription()


def test_a_new_model_says_its_answer(bare_window, model_path, pendigits, monkeypatch):
    said = Said()
    monkeypatch.setattr(announcement, "QAccessible", said)
    drag_strokes(bare_window.canvas(), strokes_in_box(pendigits[1109]))
    assert said == []  # the no-model message, already said when the window opened
    assert bare_window.open_model(model_path, remember=False)
    assert said[-1] == bare_window.prediction_view().answer_text()
    assert said[-1].startswith("Five, ")


def test_percentages_follow_the_locale():
    QLocale.setDefault(QLocale("de"))  # the conftest puts the locale back
    assert confidence(0.983, 1).startswith("98,3")
