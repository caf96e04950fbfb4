"""Texts the answer view composes or paints itself are made again on a language change."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel

from gui.draw import announcement
from gui.draw.canvas import Canvas, hint
from gui.draw.prediction_view import PredictionView


def language_changed(widget) -> None:
    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))


def test_the_answer_and_the_chart_are_said_again(qtbot, monkeypatch):
    said = []
    monkeypatch.setattr(announcement.QAccessible, "updateAccessibility",
                        lambda event: said.append(event.message()))
    view = PredictionView()
    qtbot.addWidget(view)
    chart = view.chart()
    probabilities = np.zeros(10)
    probabilities[3] = 1.0
    view.show_prediction(probabilities, np.zeros((28, 28), np.float32))
    view.findChild(QLabel, "confidence").setText("stale")
    chart.setAccessibleDescription("stale")
    chart._figures["100%"] = "stale"
    language_changed(view)
    language_changed(chart)
    assert view.findChild(QLabel, "confidence").text() == "> 99.9% sure"
    assert "3: > 99%" in chart.accessibleDescription()
    assert said == ["Draw a digit", "Three, > 99% sure"]  # nothing more for the switch


def test_the_canvas_has_a_name_a_description_and_a_hint(qtbot):
    canvas = Canvas()
    qtbot.addWidget(canvas)
    assert canvas.accessibleName() == "Drawing canvas"
    assert "Undo" in canvas.accessibleDescription()
    assert hint() == "Draw a digit here\nor drop an image"
    language_changed(canvas)  # repaints the hint in the new language
