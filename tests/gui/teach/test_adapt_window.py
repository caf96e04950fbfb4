"""*Adapt to my handwriting* in the window: a child process adapts, the window switches to the
result and says what changed, and the base model is one click away."""

from __future__ import annotations

import functools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton

from gui.draw.replay import drag_strokes
from gui.teach import teaching as teaching_module
from model.adaptation_job import AdaptationJob
from model.training.adaptation import AdaptRecipe, adapted_models_dir
from tests.gui.teach.test_teaching import SEVEN, news, teaching_window

TINY = AdaptRecipe(epochs=1, batch_size=64, mine=100, copies=(20, 100), mnist=200, pen=50)


@pytest.fixture
def tiny_jobs(monkeypatch):
    """Adaptations in seconds: the window's jobs take a tiny recipe."""
    monkeypatch.setattr(teaching_module, "AdaptationJob",
                        functools.partial(AdaptationJob, recipe=TINY))


def test_adapting_needs_a_drawing(taught_window):
    window, teaching = taught_window
    assert teaching.adapt() is None
    ((title, text),) = window.errors
    assert title == "Cannot adapt" and text.startswith("Label at least one drawing first")


@pytest.fixture
def taught_window(qtbot, settings, model_path):
    return teaching_window(qtbot, settings, model_path)


@pytest.mark.slow
def test_adapt_switches_to_the_adapted_model_and_back(taught_window, tiny_jobs, qtbot,
                                                      model_path):
    window, teaching = taught_window
    drag_strokes(window.canvas(), SEVEN)
    QTest.keyClick(window, Qt.Key.Key_7)
    dialog = teaching.adapt()
    assert teaching.is_adapting() and dialog.isVisible()
    qtbot.waitUntil(lambda: not teaching.is_adapting(), timeout=180_000)
    adapted = window.predictor()
    assert adapted.path.parent == adapted_models_dir(), window.errors
    assert adapted.path.name.startswith("mnist-mlp-mine-")
    assert adapted.metadata["adaptation"]["drawings"] == 1
    assert adapted.metadata["adaptation"]["base_path"] == str(model_path.resolve())
    result = dialog.findChild(QLabel, "adaptStatus").text()
    assert result.startswith("Your 7s: ") and "MNIST test" in result and news(teaching) in result
    back = dialog.findChild(QPushButton, "adaptBack")
    assert back.isVisible() and back.text() == "Back to mnist-mlp.keras"
    back.click()
    assert window.predictor().path == model_path.resolve()


@pytest.mark.slow
def test_closing_the_window_stops_an_adaptation(taught_window, tiny_jobs):
    window, teaching = taught_window
    drag_strokes(window.canvas(), SEVEN)
    QTest.keyClick(window, Qt.Key.Key_7)
    teaching.adapt()
    window.close()
    assert not teaching.is_adapting()
    assert not list(adapted_models_dir().glob("*.keras")), "a stopped adaptation keeps nothing"
