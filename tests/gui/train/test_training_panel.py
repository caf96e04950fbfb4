"""The Train panel: live training in a child process, pause/stop, NaN, results, use and save.

Every run trains a small network on a 1,000-image MNIST subset for a second or two, so the
whole module stays fast on a shared two-core machine.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time
from types import SimpleNamespace

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
)

from gui.active.owner import Origin
from gui.common.image_tiles import ImageTiles
from gui.common.language import number
from gui.draw.replay import drag_strokes
from gui.train.network_editor import NetworkEditor
from gui.train.panel import TrainingPanel
from gui.train.results_view import ResultsView
from gui.train.setup_page import SetupPage
from gui.train.training_settings import TrainingSettings
from gui.train.worker import TrainingWorker
from model.config import LayerConfig, NetworkConfig, TrainingConfig
from model.data.datasets import FASHION_MNIST_CLASSES, IDX_FILES, Dataset
from model.data.idx import write_idx
from model.drawing.preprocess import canvas_to_mnist
from model.files.reading import read_metadata
from model.inference.confidence import confidence_text
from model.inference.predictor import Predictor
from model.presets import presets
from model.training.events import (
    STOPPED_BEFORE_TRAINING,
    BatchEvent,
    BeginEvent,
    EndReason,
    EpochEvent,
    FinishedEvent,
)
from model.training.inbox import BatchGroup, EventInbox
from tests.conftest import REPO
from tests.gui.helpers import Errors
from tests.gui.threads import qt_calls_off_the_gui_thread
from tests.small_runs import LONG, QUICK, SMALL_NET, tiny_mnist_dataset

RUN_TIMEOUT_MS = 60_000


@pytest.fixture(scope="module")
def tiny_mnist() -> Dataset:
    return tiny_mnist_dataset()


@pytest.fixture
def panel(qtbot):
    """A panel whose error dialogs land in ``panel.errors``; its threads end with the test."""
    panel = TrainingPanel()
    panel.errors = Errors()
    panel.show_error = panel.errors
    qtbot.addWidget(panel)
    yield panel
    panel.shutdown()


def train(qtbot, panel, dataset, network=SMALL_NET, training=QUICK) -> FinishedEvent:
    with qtbot.waitSignal(panel.finished, timeout=RUN_TIMEOUT_MS) as finished:
        panel.start(network, training, dataset=dataset)
    return finished.args[0]


def wait_for_step(qtbot, panel, step: int) -> BatchEvent:
    """Block until a batch report at or past ``step``; returns that report."""
    with qtbot.waitSignal(panel.batch, timeout=RUN_TIMEOUT_MS,
                          check_params_cb=lambda batch: batch.step >= step) as reported:
        pass
    return reported.args[0]


def threads_started_since(baseline: list[threading.Thread]) -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread not in baseline]


def label_text(panel, name: str) -> str:
    return panel.findChild(QLabel, name).text()


def batch(step: int) -> BatchEvent:
    return BatchEvent(step=step, epoch=0, batch=step - 1, loss=1.0, accuracy=0.5,
                      epoch_fraction=step / 4, samples_per_s=0.0, elapsed_s=0.0, eta_s=0.0)


# Training end to end ---------------------------------------------------------------------------


@pytest.mark.slow
def test_a_run_reports_batches_epochs_plots_and_test_accuracy(qtbot, panel, tiny_mnist):
    steps_seen, epochs, threads = [], [], set()
    panel.batch.connect(lambda event: (steps_seen.append(event.step),
                                       threads.add(threading.current_thread().name)))
    panel.epoch.connect(lambda event: epochs.append(event.epoch))
    summary = train(qtbot, panel, tiny_mnist)
    assert summary.reason is EndReason.FINISHED and summary.epochs_run == 2
    assert 0.3 < summary.test_accuracy <= 1.0
    assert epochs == [1, 2] and steps_seen == sorted(steps_seen) and threads == {"MainThread"}
    steps = 2 * 18  # 900 training images in batches of 50, twice
    series = panel.plots().series()
    assert len(series["batch_loss"][0]) == len(series["smoothed_loss"][0]) == steps
    assert series["batch_loss"][0][-1] == pytest.approx(2.0)
    assert len(series["val_loss"][0]) == len(series["val_accuracy"][0]) == 2
    assert series["test_accuracy"][1][0] == pytest.approx(100 * summary.test_accuracy)
    headline = label_text(panel, "testAccuracy")
    assert "Test accuracy" in headline and "drawn digits by new writers" in headline
    assert f"{summary.drawn_accuracy:.2%}" in headline
    assert not panel.is_running() and panel.errors == []


def test_batch_events_are_coalesced_in_order():
    inbox = EventInbox()
    inbox.on_begin(BeginEvent(epochs=1, steps_per_epoch=4, batch_size=10))
    for step in (1, 2, 3):
        inbox.on_batch(batch(step))
    inbox.on_epoch(EpochEvent(epoch=1, loss=1.0, accuracy=0.5, seconds=1.0, learning_rate=0.1))
    inbox.on_batch(batch(4))
    events = inbox.take()
    assert [type(event) for event in events] == [BeginEvent, BatchGroup, EpochEvent, BatchGroup]
    assert [event.step for event in events[1].events] == [1, 2, 3]
    assert events[1].latest.step == 3 and inbox.take() == []


def test_the_worker_signals_arrive_on_the_gui_thread(qtbot, tiny_mnist):
    """...and the thread that relays the child's events calls no Qt (see tests/gui/threads.py)."""
    worker = TrainingWorker(SMALL_NET, QUICK, tiny_mnist)
    seen = []
    worker.status.connect(lambda text: seen.append(("status", text, threading.current_thread())))
    worker.batch.connect(
        lambda group: seen.append(("batch", len(group.events), threading.current_thread())))
    with (qt_calls_off_the_gui_thread() as qt_calls,
          qtbot.waitSignal(worker.finished, timeout=RUN_TIMEOUT_MS) as finished):
        worker.start()
    assert qt_calls == []
    assert {thread for *_, thread in seen} == {threading.main_thread()}
    assert ("status", "Loading TensorFlow…", threading.main_thread()) in seen
    assert sum(count for kind, count, _ in seen if kind == "batch") == 36
    assert finished.args[0].report.summary.reason is EndReason.FINISHED and not worker.is_running()


@pytest.mark.slow
def test_pause_holds_the_step_count_until_resumed(qtbot, panel, tiny_mnist):
    panel.start(SMALL_NET, LONG, dataset=tiny_mnist)
    wait_for_step(qtbot, panel, 5)
    panel.pause()
    qtbot.wait(300)  # the batch in flight finishes and its report is drained
    held = panel.plots().series()["batch_loss"][0].size
    with qtbot.assertNotEmitted(panel.batch, wait=600):
        pass
    assert panel.plots().series()["batch_loss"][0].size == held and panel.is_paused()
    assert panel.findChild(QPushButton, "pauseButton").text() == "Resume"
    panel.resume()
    wait_for_step(qtbot, panel, held + 3)
    assert not panel.is_paused()


@pytest.mark.slow
def test_stop_mid_epoch_ends_quickly_and_keeps_the_weights(qtbot, panel, tiny_mnist):
    panel.start(SMALL_NET, LONG, dataset=tiny_mnist)
    wait_for_step(qtbot, panel, 130)  # 90 steps per epoch: inside the second epoch
    with qtbot.waitSignal(panel.finished, timeout=RUN_TIMEOUT_MS) as finished:
        pressed = time.perf_counter()
        qtbot.mouseClick(panel.findChild(QPushButton, "stopButton"), Qt.MouseButton.LeftButton)
    assert time.perf_counter() - pressed < 1.0
    summary = finished.args[0]
    assert summary.reason is EndReason.STOPPED and summary.epochs_run < LONG.epochs
    assert "weights trained so far are kept" in summary.message
    assert summary.test_accuracy > 0.3 and panel.outcome().predictor is not None


@pytest.mark.slow
def test_stop_right_after_train_ends_the_run_at_once(qtbot, panel, tiny_mnist):
    panel.start(SMALL_NET, LONG, dataset=tiny_mnist)
    qtbot.waitUntil(lambda: multiprocessing.active_children() != [], timeout=RUN_TIMEOUT_MS)
    with qtbot.waitSignal(panel.finished, timeout=RUN_TIMEOUT_MS) as finished:
        pressed = time.perf_counter()
        panel.stop()  # the child is starting or importing TensorFlow: nothing to keep yet
    assert time.perf_counter() - pressed < 1.0
    assert finished.args[0].message == STOPPED_BEFORE_TRAINING
    assert panel.outcome().predictor is None and multiprocessing.active_children() == []
    assert not panel.findChild(QPushButton, "saveModel").isEnabled() and panel.errors == []


@pytest.mark.slow
def test_a_training_process_that_dies_is_reported_as_an_error(qtbot, panel, tiny_mnist):
    panel.start(SMALL_NET, LONG, dataset=tiny_mnist)
    wait_for_step(qtbot, panel, 1)
    (child,) = multiprocessing.active_children()
    with qtbot.waitSignal(panel.finished, timeout=RUN_TIMEOUT_MS) as finished:
        os.kill(child.pid, signal.SIGKILL)
    assert finished.args[0].reason is EndReason.ERROR and not panel.is_running()
    assert panel.errors == [("Training failed", finished.args[0].message)]
    assert "killed by SIGKILL" in finished.args[0].message


@pytest.mark.slow
def test_a_diverging_run_ends_with_reason_nan_and_says_why(qtbot, panel, tiny_mnist):
    linear = NetworkConfig(hidden=(LayerConfig(64, "linear"),))
    absurd = TrainingConfig(optimizer="sgd", learning_rate=10.0, momentum=0.99, epochs=3,
                            batch_size=50, seed=3)
    summary = train(qtbot, panel, tiny_mnist, linear, absurd)
    assert summary.reason is EndReason.NAN and "lower learning rate" in summary.message
    assert "diverged" in label_text(panel, "endMessage") and "NaN" in panel.status_text()
    assert panel.errors == []


@pytest.mark.slow
def test_early_stopping_ends_with_its_own_reason_and_message(qtbot, panel, tiny_mnist):
    patient = TrainingConfig(epochs=60, batch_size=50, learning_rate=0.01, seed=3,
                             early_stopping_patience=1)
    summary = train(qtbot, panel, tiny_mnist, training=patient)
    assert summary.reason is EndReason.EARLY_STOPPED and summary.epochs_run < 60
    assert "best weights" in summary.message
    assert "Stopped early." in label_text(panel, "endMessage")


# Using and saving the result ------------------------------------------------------------------


@pytest.mark.slow
def test_the_trained_model_reads_the_canvas(qtbot, bare_window, tiny_mnist):
    panel = TrainingPanel()
    bare_window.add_training_panel(panel)
    train(qtbot, panel, tiny_mnist)
    qtbot.mouseClick(panel.findChild(QPushButton, "useModel"), Qt.MouseButton.LeftButton)
    assert bare_window.predictor() is panel.outcome().predictor
    canvas = bare_window.canvas()
    drag_strokes(canvas, [np.array([[140.0, 60.0], [140.0, 220.0]])])
    expected = panel.outcome().predictor.predict_proba(canvas_to_mnist(canvas.image()))[0]
    np.testing.assert_allclose(bare_window.prediction_view().probabilities(), expected,
                               atol=1e-6)


@pytest.mark.slow
def test_closing_the_window_during_training_stops_it_cleanly(qtbot, bare_window, tiny_mnist,
                                                             monkeypatch):
    baseline = threading.enumerate()
    panel = TrainingPanel()
    bare_window.add_training_panel(panel)
    panel.start(SMALL_NET, LONG, dataset=tiny_mnist)
    wait_for_step(qtbot, panel, 3)
    (training_thread,) = threads_started_since(baseline)
    (child,) = multiprocessing.active_children()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.Yes)
    assert bare_window.close()
    assert not training_thread.is_alive() and not panel.is_running()
    assert threads_started_since(baseline) == []
    assert multiprocessing.active_children() == [] and child.exitcode == 0  # reaped: no zombie
    assert not panel.outcome().report.model_file.exists()  # the unsaved model is gone too


@pytest.fixture
def docked(qtbot, bare_window):
    """A panel attached to a window (whose error dialogs land in ``bare_window.errors``)."""
    panel = TrainingPanel()
    bare_window.add_feature(panel)
    return bare_window, panel


@pytest.mark.slow
def test_live_snapshots_feed_the_canvas_while_training(qtbot, docked, tiny_mnist):
    window, panel = docked
    offered = []
    window.active_model().changed.connect(offered.append)
    panel.findChild(QCheckBox, "liveSnapshots").setChecked(True)
    panel.start(SMALL_NET, LONG, dataset=tiny_mnist)
    qtbot.waitUntil(lambda: len(offered) >= 2, timeout=RUN_TIMEOUT_MS)
    assert all(isinstance(m.predictor, Predictor) and m.origin is Origin.LIVE for m in offered)
    assert offered[0].predictor is not offered[1].predictor
    assert offered[-1].name.startswith("your network at epoch") and offered[-1].file is None
    with qtbot.waitSignal(panel.finished, timeout=RUN_TIMEOUT_MS):
        panel.stop()
    final = offered[-1]  # the final weights are shown last, with the file Save copies
    assert final.predictor is panel.outcome().predictor and final.origin is Origin.TRAINED
    assert final.file == panel.outcome().report.model_file
    assert panel.findChild(QPushButton, "useModel").text() == "In use ✓"


@pytest.mark.slow
def test_save_model_writes_a_file_with_metadata_and_reports_errors(qtbot, docked, tiny_mnist,
                                                                   tmp_path):
    window, panel = docked
    summary = train(qtbot, panel, tiny_mnist)
    target = tmp_path / "mine.keras"
    panel.save_trained_model(str(target))
    qtbot.waitUntil(lambda: "Saved" in panel.status_text(), timeout=RUN_TIMEOUT_MS)
    metadata = read_metadata(target)
    assert metadata["metrics"]["test_accuracy"] == summary.test_accuracy
    assert metadata["metrics"]["end_reason"] == "finished"
    assert metadata["dataset"] == "MNIST" and metadata["network"]["hidden"][0]["units"] == 32
    np.testing.assert_allclose(Predictor.load(target).predict_proba(tiny_mnist.x_test[:5] / 255),
                               panel.outcome().predictor.predict_proba(tiny_mnist.x_test[:5] / 255),
                               atol=1e-6)
    panel.save_trained_model(str(tmp_path / "no-such-folder" / "mine.keras"))
    qtbot.waitUntil(lambda: window.errors != [], timeout=RUN_TIMEOUT_MS)
    assert window.errors[0][0] == "Cannot save model" and "no-such-folder" in window.errors[0][1]
    assert panel.outcome().report.model_file.is_file()  # nothing lost: saving can be retried
    assert panel.findChild(QPushButton, "saveModel").isEnabled()


@pytest.mark.slow
def test_use_then_file_save_as_names_the_saved_file_everywhere(qtbot, docked, tiny_mnist,
                                                               tmp_path):
    """Use this model says it is in use; File ▸ Save model as saves the trained network too,
    the title then names the file and the run keeps it."""
    window, panel = docked
    train(qtbot, panel, tiny_mnist)
    qtbot.mouseClick(panel.findChild(QPushButton, "useModel"), Qt.MouseButton.LeftButton)
    assert panel.findChild(QPushButton, "useModel").text() == "In use ✓"
    assert "now read by your network" in window.statusBar().currentMessage()
    target = tmp_path / "kept.keras"
    with qtbot.waitSignal(window.active_model().saved, timeout=RUN_TIMEOUT_MS):
        assert window.save_model_as(target)
    assert window.windowTitle() == "DigitLab — kept.keras" and target.is_file()
    assert "Saved" in panel.status_text()
    assert panel.findChild(QPushButton, "useModel").text() == "In use ✓"


@pytest.mark.slow
def test_the_results_show_confusion_and_the_most_confident_mistakes(qtbot, panel, tiny_mnist):
    summary = train(qtbot, panel, tiny_mnist)
    table = panel.findChild(QTableWidget, "confusionMatrix")
    counts = np.array([[int(table.item(r, c).text() or 0) for c in range(10)] for r in range(10)])
    assert counts.sum() == 200 and np.trace(counts) / 200 == pytest.approx(summary.test_accuracy)
    captions = panel.findChild(ImageTiles, "mistakes").captions()
    test = panel.outcome().report.test
    first = test.misclassified(tiny_mnist.y_test)[0]
    assert captions[0] == [f"{tiny_mnist.y_test[first]} → {test.predicted[first]}",
                           f"{confidence_text(test.confidence[first])} sure"]


# Closing --------------------------------------------------------------------------------------


@pytest.mark.slow
def test_closing_during_training_asks_then_leaves_no_thread_running(qtbot, tiny_mnist,
                                                                    monkeypatch):
    baseline = threading.enumerate()
    panel = TrainingPanel()
    qtbot.addWidget(panel)
    panel.start(SMALL_NET, LONG, dataset=tiny_mnist)
    wait_for_step(qtbot, panel, 3)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: answers.pop(0))
    (training_thread,) = threads_started_since(baseline)
    assert panel.confirm_close() is False and panel.is_running()
    assert panel.confirm_close() is True and not panel.is_running()
    assert not training_thread.is_alive()
    assert threads_started_since(baseline) == []
    assert panel.outcome().report.summary.reason is EndReason.STOPPED


def test_closing_when_idle_does_not_ask(panel, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *args: pytest.fail("asked"))
    assert panel.confirm_close() is True


# Setup ----------------------------------------------------------------------------------------


def test_every_control_teaches_what_it_does_in_a_tooltip(panel):
    controls = [*panel.findChildren(QAbstractSpinBox), *panel.findChildren(QComboBox),
                *panel.findChildren(QCheckBox), *panel.findChildren(QPushButton)]
    untaught = [control.text() if hasattr(control, "text") else control.metaObject().className()
                for control in controls if not control.toolTip()]
    assert len(controls) > 20 and untaught == []


def test_spin_box_ranges_match_the_config_checks(panel):
    settings = panel.findChild(TrainingSettings)
    learning_rate = settings.findChild(QDoubleSpinBox, "learning_rate")
    settings.findChild(QDoubleSpinBox, "momentum").setValue(2.0)
    settings.findChild(QSpinBox, "batch_size").setValue(0)
    learning_rate.setValue(50.0)
    config = settings.config()
    assert (config.learning_rate, config.momentum, config.batch_size) == (10.0, 0.999, 1)
    learning_rate.setValue(0.001)
    learning_rate.stepBy(1)
    assert settings.config().learning_rate == pytest.approx(0.002)
    learning_rate.stepBy(-2)
    assert settings.config().learning_rate == pytest.approx(0.0005)


def test_the_network_summary_follows_every_edit(panel):
    editor = panel.findChild(NetworkEditor)
    editor.set_config(NetworkConfig(hidden=(LayerConfig(300), LayerConfig(100))))
    assert number(266_610) in editor.summary_text()  # the locale's digit grouping
    editor.add_layer()
    assert [layer.units for layer in editor.config().hidden] == [300, 300, 100]
    editor.move_layer(1)
    editor.remove_layer()
    hidden = editor.config().hidden
    assert [layer.units for layer in hidden] == [300, 100]
    assert number(editor.config().parameter_count()) in editor.summary_text()


def test_presets_set_up_network_training_and_the_reference_line(qtbot, panel):
    panel.apply_preset("Keras mnist_mlp")
    preset = presets()["Keras mnist_mlp"]
    assert panel.findChild(NetworkEditor).config() == preset.network
    assert panel.findChild(TrainingSettings).config() == preset.training
    assert panel.plots().reference() == pytest.approx(100 * preset.published_accuracy)
    samples = panel.findChild(ImageTiles, "datasetSamples")
    qtbot.waitUntil(lambda: samples.count() == 10, timeout=RUN_TIMEOUT_MS)
    geron = presets()["Géron ch.10"].training  # its 5,000 validation images are a count
    panel.findChild(TrainingSettings).set_config(geron)
    assert panel.findChild(TrainingSettings).config() == geron


def test_a_published_score_is_compared_in_percentage_points(qapp):
    """84.45% against a published 98.40% is 13.95 points short: "(−13.95%)" read as a
    relative loss."""
    outcome = SimpleNamespace(report=SimpleNamespace(
        summary=SimpleNamespace(epochs_run=2, train_seconds=1.7),
        test=SimpleNamespace(loss=0.4742, n=2000, accuracy=0.8445)))
    assert ResultsView._details_text(outcome, 0.984).endswith(
        "published 98.40% (−13.95 points)")


def test_one_epoch_is_said_in_the_singular(qapp):
    outcome = SimpleNamespace(report=SimpleNamespace(
        summary=SimpleNamespace(epochs_run=1, train_seconds=1.7),
        test=SimpleNamespace(loss=0.4742, n=2000, accuracy=0.8445)))
    assert ResultsView._details_text(outcome, None).endswith("· 1 epoch in 1.7 s")


def test_pen_drawn_digits_are_greyed_out_for_a_dataset_of_other_classes(panel, tiny_mnist):
    drawn = panel.findChild(QCheckBox, TrainingConfig.path("drawn_digits"))
    own_tip = drawn.toolTip()
    drawn.setChecked(True)
    clothes = dataclasses.replace(tiny_mnist, name="Clothes", class_names=FASHION_MNIST_CLASSES)
    panel.findChild(SetupPage).show_dataset(clothes)
    assert not drawn.isEnabled() and not drawn.isChecked()
    assert "digits 0–9" in drawn.toolTip()
    assert not panel.findChild(TrainingSettings).config().drawn_digits
    panel.findChild(SetupPage).show_dataset(tiny_mnist)
    assert drawn.isEnabled() and drawn.toolTip() == own_tip


@pytest.mark.slow
def test_a_folder_named_by_spec_is_loaded_off_the_gui_thread_then_trained(qtbot, panel,
                                                                           tiny_mnist, tmp_path):
    arrays = (tiny_mnist.x_train, tiny_mnist.y_train, tiny_mnist.x_test, tiny_mnist.y_test)
    for name, array in zip(IDX_FILES, arrays, strict=True):
        write_idx(tmp_path / name, array)
    with qtbot.waitSignal(panel.finished, timeout=RUN_TIMEOUT_MS) as finished:
        panel.start(SMALL_NET, QUICK, dataset=str(tmp_path))
        assert not panel.is_running() and "Loading" in panel.status_text()
    assert finished.args[0].reason is EndReason.FINISHED
    assert panel.datasets().dataset().describe() == f"{tmp_path.name}: 1,000 train / 200 test, " \
                                                  "10 classes"
    assert panel.findChild(ImageTiles, "datasetSamples").count() == 10


@pytest.mark.slow
def test_a_missing_dataset_ends_with_an_error_and_a_message(qtbot, panel, tmp_path):
    with qtbot.waitSignal(panel.finished, timeout=RUN_TIMEOUT_MS) as finished:
        panel.start(SMALL_NET, QUICK, dataset=str(tmp_path / "nothing-here"))
    assert finished.args[0].reason is EndReason.ERROR
    assert panel.errors and "nothing-here" in panel.errors[0][1]


def test_building_the_panel_imports_neither_tensorflow_nor_pyqtgraph():
    code = ("import sys\nfrom PySide6.QtWidgets import QApplication\napp = QApplication([])\n"
            "from gui.train.panel import TrainingPanel\npanel = TrainingPanel()\n"
            "print([m for m in ('tensorflow', 'keras', 'pyqtgraph') if m in sys.modules])")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
