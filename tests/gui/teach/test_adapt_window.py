"""*Adapt to my handwriting* in the window: a child process adapts, the window switches to the
result and says what changed, and the base model is one click away."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton

from gui.draw.replay import drag_strokes
from gui.teach import adapt_run
from gui.teach import teaching as teaching_module
from gui.teach.adapt_run import AdaptRun
from model.adaptation_job import AdaptationJob
from model.history.records import ADAPTATION_KIND
from model.history.store import RunStore
from model.training.adaptation import AdaptRecipe, adapted_models_dir
from model.training.events import BatchEvent, BeginEvent
from tests.gui.teach.test_teaching import SEVEN, news, teaching_window
from tests.gui.threads import qt_calls_off_the_gui_thread

TINY = AdaptRecipe(epochs=1, batch_size=64, mine=100, copies=(20, 100), mnist=200, pen=50)


@pytest.fixture
def tiny_jobs(monkeypatch):
    """Adaptations in seconds: the window's jobs take a tiny recipe."""
    monkeypatch.setattr(teaching_module, "AdaptationJob",
                        functools.partial(AdaptationJob, recipe=TINY))


def test_the_dialog_says_the_stage_then_the_epoch_and_the_time_left(monkeypatch, qtbot):
    """The stage is marked in model/ and said in the window's language ("Loading TensorFlow…"
    stayed English in French). The waiting thread only records events; the GUI thread says them
    when it drains, each batch it is shown."""
    monkeypatch.setattr(adapt_run, "translated", lambda text: f"[{text}]")
    run = AdaptRun(AdaptationJob(Path("base.keras"), (), Path("adapted.keras"), TINY))
    said, done = [], []
    run.status.connect(said.append)
    run.progress.connect(done.append)
    listener = run._inbox  # what the waiting thread is handed
    listener.on_status("Preparing data…")
    listener.on_begin(BeginEvent(epochs=4, steps_per_epoch=10, batch_size=32))
    run.drain()
    for step in (1, 2, 11):
        listener.on_batch(BatchEvent(step, (step - 1) // 10, (step - 1) % 10, 0.5, 0.5,
                                     step / 10, 100.0, 1.0, eta_s=75.2 - step))
        run.drain()
    assert said == ["[Preparing data…]", "Adapting: epoch 1 of 4, about – left",
                    "Adapting: epoch 1 of 4, about 1:14 left",
                    "Adapting: epoch 1 of 4, about 1:13 left",
                    "Adapting: epoch 2 of 4, about 1:04 left"]
    assert done == [25, 50, 275]


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
    events: list[str] = []
    window.follow_events(events.append)
    with qt_calls_off_the_gui_thread() as qt_calls:  # the thread waiting for the child
        dialog = teaching.adapt()
        said: list[str] = []
        teaching._run.status.connect(said.append)
        assert teaching.is_adapting() and dialog.isVisible()
        qtbot.waitUntil(lambda: not teaching.is_adapting(), timeout=180_000)
    assert qt_calls == []
    assert "Preparing data…" in said and "Scoring your drawings…" in said
    assert any(text.startswith("Adapting: epoch 1 of 1, about ") for text in said), said
    adapted = window.predictor()
    assert adapted.path.parent == adapted_models_dir(), window.errors
    assert adapted.path.name.startswith("mnist-mlp-mine-")
    assert adapted.metadata["adaptation"]["drawings"] == 1
    assert adapted.metadata["adaptation"]["base_path"] == str(model_path.resolve())
    scores = adapted.metadata["metrics"]  # scored as any run is: both scores for the status bar
    assert scores["test_accuracy"] > 0.9 and scores["drawn_accuracy"] > 0.5
    assert "drawn digits by new writers" in window.findChild(QLabel, "modelStatus").text()
    assert "adapted" in events  # the Runs tab reads the history again
    result = dialog.findChild(QLabel, "adaptStatus").text()
    assert result.startswith("Your 7s: ") and "MNIST test" in result and news(teaching) in result
    with RunStore() as store:  # recorded in the history, as every run is
        (run,) = store.runs()
        report = store.run(run.id).fields["adaptation"]
    assert run.kind == ADAPTATION_KIND and run.model_path == str(adapted.path)
    assert (report["base_model"], report["drawings"]) == ("mnist-mlp.keras", 1)
    assert report["mnist_before"] is not None and report["mnist_after"] is not None
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
