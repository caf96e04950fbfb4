"""The Lessons panel in a window with the Train panel: list, steps, Do it, ticks, locks, files."""

from __future__ import annotations

import json
import time

import pytest
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtWidgets import QComboBox, QDockWidget, QListWidget, QSpinBox, QWidget

from gui.common.language import ENGLISH, switch_language
from gui.common.waiting import wait_ms
from gui.lessons.panel import LessonsPanel
from gui.train.panel import TrainingPanel
from model.lessons.archive import installed_lessons_dir
from model.lessons.progress import load_progress
from model.lessons.translation import TRANSLATION_FILE
from model.presets import presets
from tests.gui.helpers import LANGUAGE_SETTLE_MS, Errors, drop, shown_main_window
from tests.model.lessons.lesson_files import GOOD, write_lesson, zip_folder
from tests.model.test_cli import run_cli

RUN_TIMEOUT_MS = 120_000


def dock_of(window, name) -> QDockWidget:
    return window.findChild(QDockWidget, name)


def test_the_panel_attaches_with_its_menu_entries_and_dock(host):
    window, _, lessons = host
    assert lessons.objectName() == "lesson"
    texts = {action.text() for menu in ("fileMenu", "helpMenu")
             for action in window.findChild(object, menu).actions()}
    assert {"&Lessons", "Open &lesson…"} <= texts
    toolbar = window.findChild(object, "toolbar")
    assert "Lessons" in [action.text() for action in toolbar.actions()]


def test_from_a_fresh_start_the_first_do_it_is_two_actions_away(qtbot, host):
    window, training, lessons = host
    toggle = dock_of(window, "lessonsDock").toggleViewAction()
    started = time.perf_counter()
    toggle.trigger()                                          # action 1: the toolbar entry
    assert lessons.lesson().id == "first-network" and lessons.view().step() == 0
    lessons.view().button("doIt").click()                     # action 2: Do it
    network, train_config = training._setup.configs()
    preset = presets()["Next Tech tutorial"]
    assert network.layer_sizes() == preset.network.layer_sizes()
    assert (train_config.epochs, train_config.seed) == (20, 1)
    assert dock_of(window, "trainingDock").isVisible()
    assert time.perf_counter() - started < 2


def test_opening_a_lesson_takes_under_300_ms(host):
    _, _, lessons = host
    for lesson in lessons.lessons():
        started = time.perf_counter()
        lessons.open_lesson(lesson.id)
        assert time.perf_counter() - started < 0.3, lesson.id


def test_a_lesson_lock_is_shown_read_only_and_lifted_when_the_panel_closes(host):
    window, training, lessons = host
    dock_of(window, "lessonsDock").show()
    lessons.open_lesson("first-network")
    epochs = training.findChild(QSpinBox, "epochs")
    assert epochs.maximum() == 20 and "set by your lesson" in epochs.toolTip()
    epochs.setValue(500)
    assert epochs.value() == 20
    dock_of(window, "lessonsDock").hide()
    assert epochs.maximum() == 10000 and "set by" not in epochs.toolTip()


def test_steps_are_ticked_by_events_and_remembered(qtbot, host):
    window, _, lessons = host
    dock_of(window, "lessonsDock").show()
    lessons.open_lesson("look-inside")
    with qtbot.waitSignal(lessons.step_done) as ticked:
        lessons.do_it(0)                                      # opens the Inside tab
    assert ticked.args == [0]
    with qtbot.waitSignal(lessons.step_done) as ticked:
        window._insight.unit_pointed.emit(0, 3)
    assert ticked.args == [1]
    lessons.view().show_step(2)
    lessons.view().button("nextStep").click()                 # read, then moved on: done
    assert load_progress("look-inside").done == {0, 1, 2}
    again = LessonsPanel()
    window.add_feature(again)
    again.open_lesson("look-inside")
    assert again.view().step() == 3
    assert again.view()._steps.item(1).text().startswith("✓")


def test_drawings_and_an_adapted_model_tick_the_handwriting_steps(qtbot, host, model_path):
    window, _, lessons = host
    lessons.open_lesson("handwriting")
    line = json.dumps({"label": 3, "strokes": [[[1, 2], [3, 4]]], "canvas": [280, 280],
                       "pen_width": 18, "created": "2026-01-01T10:00:00+00:00"})
    from model.data.my_drawings import DrawingStore

    DrawingStore().path.write_text("\n".join([line] * 5) + "\n")
    with qtbot.waitSignal(lessons.step_done) as ticked:
        window.announce("drawings_changed")
    assert ticked.args == [1]
    from gui.active.owner import ModelInUse
    from model.inference.predictor import Predictor

    predictor = Predictor.load(model_path)
    predictor._metadata["adaptation"] = {"base_path": str(model_path), "drawings": 5}
    with qtbot.waitSignal(lessons.step_done) as ticked:
        window.active_model().use(ModelInUse(predictor, "adapted", model_path))
    assert ticked.args == [2]


def test_a_policy_lock_cannot_be_changed_from_the_window(qtbot, bare_window, policy):
    policy.write_text(json.dumps({"settings": {"epochs": {"max": 3},
                                               "optimizer": {"value": "sgd"},
                                               "activation": {"value": "relu"}}}))
    training = TrainingPanel()
    training.errors = Errors()
    training.show_error = training.errors
    bare_window.add_feature(training)
    optimizer = training.findChild(QComboBox, "optimizer")
    assert not optimizer.isEnabled() and "set by the policy of this computer" in \
        optimizer.toolTip()
    layers = training.findChild(QWidget, "hiddenLayers")
    assert not layers.isEnabled() and "activation: fixed at relu" in layers.toolTip()
    training.findChild(QSpinBox, "epochs").setValue(50)
    assert training.findChild(QSpinBox, "epochs").value() == 3
    from model.config import NetworkConfig, TrainingConfig

    with qtbot.waitSignal(training.finished) as refused:
        training.start(NetworkConfig(), TrainingConfig(epochs=50))   # a script, a past run
    assert refused.args[0].reason.value == "error" and not training.is_running()
    assert "epochs is at most 3, set by the policy" in training.errors[0][1]
    lessons = LessonsPanel()
    bare_window.add_feature(lessons)
    lessons.open_lesson("first-network")                        # a lesson cannot loosen it
    assert training.locks()["epochs"].by == "the policy of this computer"


def test_a_policy_can_hide_the_train_panel(bare_window, policy):
    policy.write_text(json.dumps({"hide": ["train_panel"]}))
    training = TrainingPanel()
    bare_window.add_feature(training)
    assert not training.dock().toggleViewAction().isVisible()
    assert not bare_window.run_command("train.start", None, {}, None, None)


def test_a_policy_can_hide_the_lessons(bare_window, policy):
    policy.write_text(json.dumps({"hide": ["lessons"]}))
    lessons = LessonsPanel()
    bare_window.add_feature(lessons)
    assert not dock_of(bare_window, "lessonsDock").toggleViewAction().isVisible()
    assert not bare_window.run_command("lessons.open", "x.digitlab-lesson")


@pytest.mark.parametrize("on_canvas", [True, False], ids=["on the canvas", "on the window"])
def test_a_dropped_lesson_file_opens_in_the_panel(tmp_path, host, on_canvas):
    window, _, lessons = host
    target = zip_folder(write_lesson(tmp_path / "src"), tmp_path / "tiny.DigitLab-Lesson")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(target))])
    drop(window.canvas() if on_canvas else window, mime)
    assert lessons.lesson().id == "tiny" and window.canvas().is_empty()
    assert lessons.lesson().folder.is_relative_to(installed_lessons_dir())
    assert "**text**" not in lessons.view().text().toPlainText()


def test_a_hostile_lesson_file_is_refused_with_one_message(tmp_path, host):
    window, _, lessons = host
    target = zip_folder(write_lesson(tmp_path / "src"), tmp_path / "evil.digitlab-lesson",
                        {"../../evil.md": b"x"})
    assert not lessons.open_file(target)
    assert "path traversal refused" in window.errors[-1][1]
    assert not (tmp_path / "evil.md").exists()
    assert not (installed_lessons_dir() / "evil").exists()


def test_every_do_it_of_every_shipped_lesson_reaches_its_feature(host, monkeypatch):
    """Each action is carried out (a run's configs are checked, not trained) and a run made
    with those settings would meet the step's conditions on settings."""
    window, training, lessons = host
    started = []
    monkeypatch.setattr(training, "start", lambda *args: started.append(args))
    loaded = []
    monkeypatch.setattr(training.datasets(), "load", loaded.append)  # no Fashion-MNIST download
    for lesson in lessons.lessons():
        lessons.open_lesson(lesson.id)
        for index, step in enumerate(lesson.steps):
            if step.action is None or step.action["do"] == "adapt":
                continue
            started.clear()
            lessons.do_it(index)
            assert not window.errors, (lesson.id, index, window.errors)
            if step.action["do"] == "train":
                network, config, _, limit = started[0]
                assert (config.seed, limit) == (lesson.seed, lesson.limit)
                check = step.check or {}
                if "activation" in check:
                    assert network.hidden[0].activation == check["activation"]
                if "min_dropout" in check:
                    assert network.hidden[0].dropout >= check["min_dropout"]
                if "max_learning_rate" in check:
                    assert config.learning_rate <= check["max_learning_rate"]
    assert "fashion-mnist" in loaded


@pytest.mark.slow
def test_a_lesson_step_trains_seeded_on_its_subset_and_ticks_itself(qtbot, host, tmp_path):
    """The tiny lesson's *Do it* trains (300 images, 1 epoch) and the step is ticked when the
    run is in the history; the same step again, and the same run from the command line, give
    the same test accuracy (seeded, the same subset)."""
    _, training, lessons = host
    lesson_data = {**GOOD, "locks": {}}
    target = zip_folder(write_lesson(tmp_path / "src", lesson_data),
                        tmp_path / "t.digitlab-lesson")
    assert lessons.open_file(target)
    accuracies = []
    for _ in range(2):
        with qtbot.waitSignal(training.finished, timeout=RUN_TIMEOUT_MS) as finished:
            lessons.do_it(1)
        accuracies.append(finished.args[0].test_accuracy)
    if 1 not in lessons.progress().done:
        with qtbot.waitSignal(lessons.step_done, timeout=10_000):
            pass
    assert 1 in lessons.progress().done
    assert abs(accuracies[0] - accuracies[1]) <= 0.003
    out = tmp_path / "cli.keras"
    done = run_cli("train", "--dataset", "mnist", "--hidden", "16", "--epochs", "1", "--seed",
                   "4", "--limit", "300", "--out", str(out), "--json")
    assert done.returncode == 0, done.stderr
    assert abs(json.loads(done.stdout.splitlines()[-1])["test_accuracy"] - accuracies[0]) <= 0.003


def test_digitlab_lesson_file_opens_the_window_on_that_lesson(qapp, model_path, tmp_path,
                                                             monkeypatch):
    from PySide6.QtCore import QTimer

    from gui.app import run

    monkeypatch.setenv("DIGITLAB_DEFAULT_MODEL", str(model_path))
    target = zip_folder(write_lesson(tmp_path / "src"), tmp_path / "tiny.digitlab-lesson")
    seen = {}

    def inspect_then_close() -> None:
        window = shown_main_window()
        lessons = window.findChild(LessonsPanel, "lesson")
        if lessons is None or lessons.lesson() is None:
            QTimer.singleShot(20, inspect_then_close)
            return
        seen["lesson"] = lessons.lesson().id
        seen["shown"] = dock_of(window, "lessonsDock").isVisible()
        window.close()

    QTimer.singleShot(0, inspect_then_close)
    QTimer.singleShot(60_000, qapp.quit)  # never hang the suite
    assert run(["--lesson", str(target)]) == 0
    assert seen == {"lesson": "tiny", "shown": True}


def test_a_lesson_file_alone_on_the_command_line_goes_to_the_window(monkeypatch):
    import main

    opened = []
    monkeypatch.setattr(main, "gui_main", lambda args: opened.append(args) or 0)
    assert main.main(["class.digitlab-lesson"]) == 0
    assert main.cli_main(["--lesson", "class.digitlab-lesson"]) == 0
    assert opened == [["class.digitlab-lesson"], ["--lesson", "class.digitlab-lesson"]]


def test_a_language_switch_shows_the_open_lesson_in_its_translation(host):
    _, _, lessons = host
    lessons.open_lesson("first-network")
    lessons.view().show_step(1)
    german = json.loads((lessons.lesson().folder / "de" / TRANSLATION_FILE).read_text("utf-8"))
    steps = lessons.view().findChild(QListWidget, "lessonSteps")
    try:
        switch_language("de")
        wait_ms(LANGUAGE_SETTLE_MS)
        assert lessons.lesson().title == german["title"] and lessons.view().step() == 1
        assert steps.item(1).text().endswith(f"2. {german['steps'][1]}")
        assert german["steps"][1] in lessons.view().text().toPlainText()
    finally:
        switch_language(ENGLISH)
        wait_ms(LANGUAGE_SETTLE_MS)
    assert lessons.lesson().title == "Your first network" and lessons.view().step() == 1
