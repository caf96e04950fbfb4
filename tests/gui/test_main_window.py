"""The draw-and-predict window with the default model: live answers, undo/clear, drops, models."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QDockWidget, QLabel, QMenu, QToolBar, QWidget

from gui.draw.replay import drag_stroke, drag_strokes
from gui.main_window import MainWindow
from model.data.idx import read_idx
from model.resources import bundled_mnist_dir
from tests.gui.helpers import drop, make_window, strokes_in_box

LEFT = Qt.MouseButton.LeftButton
READABLE_SAMPLES = {6651: 0, 4745: 1, 5763: 2, 1043: 3, 1109: 5, 1908: 8}
"""Pendigits samples (index in pendigits-orig.tra: label) chosen from different classes, of
different writers, one with two strokes, which the default model reads right when drawn
in the middle of the canvas."""
FIVE = 1109  # drawn in two strokes


@pytest.mark.parametrize("index", sorted(READABLE_SAMPLES))
def test_drawn_pendigits_are_read_right(window, pendigits, index):
    digit = pendigits[index]
    assert digit.label == READABLE_SAMPLES[index]
    drag_strokes(window.canvas(), strokes_in_box(digit))
    view = window.prediction_view()
    assert view.predicted_name() == str(digit.label)
    probabilities = view.probabilities()
    assert probabilities.shape == (10,) and abs(probabilities.sum() - 1) < 1e-4


def test_a_new_window_shows_the_calm_empty_state(window):
    view = window.prediction_view()
    assert view.probabilities() is None and view.predicted_name() is None
    assert view.findChild(QLabel, "confidence").text() == "Draw a digit"
    assert window.errors == []


def test_predictions_follow_the_pen_before_it_is_lifted(window, pendigits, qtbot):
    canvas = window.canvas()
    updates = []
    window.prediction_view().updated.connect(lambda: updates.append(canvas.is_drawing()))
    (stroke,) = strokes_in_box(pendigits[4745])
    points = [canvas.to_widget(tuple(p)).toPoint() for p in stroke]
    qtbot.mousePress(canvas, LEFT, pos=points[0])
    for point in points[1:]:
        qtbot.mouseMove(canvas, point)
        qtbot.wait(2)
    assert any(updates) and window.prediction_view().probabilities() is not None
    qtbot.mouseRelease(canvas, LEFT, pos=points[-1])
    assert updates[-1] is False  # the end of the stroke is predicted at once
    assert window.prediction_view().predicted_name() == "1"


def test_undo_and_clear_restore_the_right_answers(window, pendigits):
    canvas, view = window.canvas(), window.prediction_view()
    first, second = strokes_in_box(pendigits[FIVE])
    drag_stroke(canvas, first)
    after_first = view.probabilities().copy()
    drag_stroke(canvas, second)
    five = view.probabilities().copy()
    assert view.predicted_name() == "5"
    canvas.clear()
    assert view.probabilities() is None
    canvas.undo()  # the clear
    np.testing.assert_array_equal(view.probabilities(), five)
    canvas.undo()  # the second stroke
    np.testing.assert_array_equal(view.probabilities(), after_first)
    canvas.undo()
    assert canvas.is_empty() and view.probabilities() is None


def test_escape_clears_and_ctrl_z_undoes(window, pendigits, qtbot):
    window.activateWindow()
    qtbot.waitActive(window)
    drag_strokes(window.canvas(), strokes_in_box(pendigits[FIVE]))
    qtbot.keyClick(window.canvas(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.canvas().strokes()) == 1
    qtbot.keyClick(window.canvas(), Qt.Key.Key_Escape)
    assert window.canvas().is_empty() and window.prediction_view().probabilities() is None


@pytest.fixture(scope="module")
def mnist_test_images() -> tuple[np.ndarray, np.ndarray]:
    folder = bundled_mnist_dir()
    return (read_idx(folder / "t10k-images-idx3-ubyte.gz")[:3],
            read_idx(folder / "t10k-labels-idx1-ubyte.gz")[:3])


def test_a_dropped_mnist_png_is_classified(window, mnist_test_images, tmp_path):
    images, labels = mnist_test_images
    for image, label in zip(images, labels, strict=True):
        path = tmp_path / f"mnist-{label}.png"
        Image.fromarray(image).save(path)
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(path))])
        drop(window.canvas(), mime)
        assert window.prediction_view().predicted_name() == str(label), path.name


def rewrite_keras_file(source: Path, target: Path, config=None, metadata=None) -> Path:
    """A copy of a .keras file with its config.json and/or digitlab.json changed by callables."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as copy:
        for entry in original.namelist():
            data = original.read(entry)
            change = {"config.json": config, "digitlab.json": metadata}.get(entry)
            if change is not None:
                data = json.dumps(change(json.loads(data))).encode()
            copy.writestr(entry, data)
    return target


def wrong_input_shape(config: dict) -> dict:
    config["config"]["layers"][0]["config"]["batch_shape"] = [None, 32, 32]
    return config


def with_code_layer(config: dict) -> dict:
    layers = config["config"]["layers"]
    layers.insert(2, {"module": "keras.layers", "class_name": "Lambda",
                      "config": {"name": "sneaky", "function": "os.system"}})
    return config


def bad_model(kind: str, model_path: Path, folder: Path) -> Path:
    if kind == "corrupt":
        path = folder / "corrupt.keras"
        path.write_bytes(model_path.read_bytes()[:5000])
    elif kind == "not a model":
        path = folder / "notes.keras"
        path.write_text("shopping list")
    elif kind == "wrong shape":
        path = rewrite_keras_file(model_path, folder / "wide.keras", config=wrong_input_shape)
    else:
        path = rewrite_keras_file(model_path, folder / "lambda.keras", config=with_code_layer)
    return path


@pytest.mark.parametrize("kind", ["corrupt", "not a model", "wrong shape", "unsafe layer"])
def test_a_bad_model_file_is_explained_and_the_old_model_keeps_working(window, pendigits,
                                                                       model_path, tmp_path,
                                                                       kind):
    working = window.predictor()
    path = bad_model(kind, model_path, tmp_path)
    assert window.open_model(path) is False
    (title, text), = window.errors
    assert title == "Cannot open model" and path.name in text
    assert window.predictor() is working
    drag_strokes(window.canvas(), strokes_in_box(pendigits[1043]))
    assert window.prediction_view().predicted_name() == "3"


def test_save_model_as_copies_the_file(window, model_path, tmp_path):
    target = tmp_path / "kept.keras"
    assert window.save_model_as(target)
    assert target.read_bytes() == model_path.read_bytes()
    assert window.save_model_as(tmp_path / "kept.h5") is False
    assert window.errors[0][0] == "Cannot save model"


def test_save_model_as_follows_links_and_refuses_what_is_not_a_model_file(window, model_path,
                                                                         tmp_path):
    """H3: the window's saves go through the one output check: a FIFO is refused, a link
    keeps pointing at the saved model."""
    os.mkfifo(tmp_path / "pipe.keras")
    assert window.save_model_as(tmp_path / "pipe.keras") is False
    assert "found a FIFO" in window.errors[-1][1]
    (tmp_path / "real.keras").write_bytes(b"old")
    (tmp_path / "link.keras").symlink_to(tmp_path / "real.keras")
    assert window.save_model_as(tmp_path / "link.keras")
    assert (tmp_path / "link.keras").is_symlink()
    assert (tmp_path / "real.keras").read_bytes() == model_path.read_bytes()


def test_a_model_with_other_classes_labels_the_answer_with_their_names(window, model_path,
                                                                      pendigits, tmp_path):
    names = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt",
             "Sneaker", "Bag", "Ankle boot"]
    path = rewrite_keras_file(
        model_path, tmp_path / "fashion.keras",
        metadata=lambda meta: {**meta, "class_names": names, "dataset": "Fashion-MNIST"})
    assert window.open_model(path), window.errors
    drag_strokes(window.canvas(), strokes_in_box(pendigits[1043]))
    assert window.prediction_view().predicted_name() == "Dress"  # the model's class 3
    assert "Fashion-MNIST" in window.findChild(QLabel, "modelStatus").text()


def test_the_status_bar_names_the_model_its_dataset_and_accuracy(window, model_path):
    status = window.findChild(QLabel, "modelStatus").text()
    metadata = window.predictor().metadata
    assert model_path.name in status
    assert str(metadata["dataset"]) in status
    assert f"{metadata['metrics']['test_accuracy']:.2%}" in status


def test_the_status_bar_shows_the_drawn_digit_score_a_model_keeps(window, model_path, tmp_path):
    path = rewrite_keras_file(model_path, tmp_path / "drawn.keras", metadata=lambda meta: {
        **meta, "metrics": {**meta["metrics"], "drawn_accuracy": 0.9812}})
    assert window.open_model(path), window.errors
    status = window.findChild(QLabel, "modelStatus").text()
    assert "drawn digits by new writers 98.12%" in status


def test_set_predictor_swaps_the_model_live(window, pendigits):
    predictor = window.predictor()
    drag_strokes(window.canvas(), strokes_in_box(pendigits[1043]))
    window.set_predictor(None, source="")
    assert window.prediction_view().probabilities() is None
    window.set_predictor(predictor, source="epoch 3 snapshot")
    assert window.prediction_view().predicted_name() == "3"
    assert "epoch 3 snapshot" in window.findChild(QLabel, "modelStatus").text()


def test_geometry_and_last_model_are_remembered(qtbot, settings, model_path, tmp_path):
    first = make_window(qtbot, settings)
    first.resize(800, 700)  # the offscreen screen is 800×800, the minimum width 800 on it
    assert first.open_model(model_path)
    first.close()
    second = make_window(qtbot, settings)
    second.restore_last_model(default=tmp_path / "missing.keras")
    assert second.predictor() is not None and second.predictor().path == model_path.resolve()
    assert (second.width(), second.height()) == (800, 700)


def test_without_any_model_the_window_still_opens_and_says_what_to_do(bare_window, tmp_path):
    bare_window.restore_last_model(default=tmp_path / "missing.keras")
    assert bare_window.predictor() is None
    assert "Open a model" in bare_window.findChild(QLabel, "modelStatus").text()
    assert bare_window.errors == []


class StubTrainingPanel(QWidget):
    """The Train panel's side of the contract with the window, and nothing else."""

    predictor_changed = Signal(object, str)
    open_model_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("training")
        self.allow_close = True
        self.shut_down = False

    def confirm_close(self) -> bool:
        return self.allow_close

    def shutdown(self) -> None:
        self.shut_down = True


def test_the_training_panel_docks_hidden_and_is_toggled_from_the_toolbar(window):
    panel = StubTrainingPanel()
    dock = window.add_training_panel(panel)
    assert isinstance(dock, QDockWidget) and window.findChild(QWidget, "training") is panel
    assert dock.isHidden()
    toggle = dock.toggleViewAction()
    assert toggle in window.findChild(QMenu, "viewMenu").actions()
    assert toggle in window.findChild(QToolBar, "toolbar").actions()
    toggle.trigger()
    assert dock.isVisible()


def test_a_model_file_the_training_panel_asks_for_is_opened(bare_window, model_path):
    """The Runs tab opens a past run's saved model through the window, as File ▸ Open does."""
    panel = StubTrainingPanel()
    bare_window.add_training_panel(panel)
    panel.open_model_requested.emit(str(model_path))
    assert bare_window.predictor().path == model_path and bare_window.errors == []


def test_models_offered_by_the_training_panel_read_the_canvas(window, pendigits):
    panel = StubTrainingPanel()
    window.add_training_panel(panel)
    drag_strokes(window.canvas(), strokes_in_box(pendigits[1043]))
    predictor = window.predictor()
    window.set_predictor(None, source="")
    panel.predictor_changed.emit(predictor, "live: epoch 2")
    assert window.predictor() is predictor
    assert window.prediction_view().predicted_name() == "3"
    assert "live: epoch 2" in window.findChild(QLabel, "modelStatus").text()


def test_a_running_training_can_veto_closing_the_window(bare_window):
    panel = StubTrainingPanel()
    bare_window.add_training_panel(panel)
    panel.allow_close = False
    bare_window.close()
    assert bare_window.isVisible() and not panel.shut_down
    panel.allow_close = True
    bare_window.close()
    assert not bare_window.isVisible() and panel.shut_down


def test_start_up_work_runs_after_the_first_paint(qtbot, settings):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    ran = []
    window.run_when_shown(lambda: ran.append(window.isVisible()))
    qtbot.wait(20)
    assert ran == []
    window.show()
    qtbot.waitUntil(lambda: ran == [True], timeout=5000)


def test_the_window_follows_a_switch_to_a_dark_palette(window, qapp, qtbot):
    chart = window.prediction_view().chart()
    light = qapp.palette()
    dark = QPalette(QColor("#303134"), QColor("#202124"))
    try:
        qapp.setPalette(dark)
        qtbot.wait(10)
        assert chart.backgroundBrush().color() == dark.color(QPalette.ColorRole.Window)
        paper = window.canvas().grab().toImage()
        centre = paper.pixelColor(paper.width() // 2, paper.height() // 2)
        assert centre.lightness() < 128  # dark paper, light ink
    finally:
        qapp.setPalette(light)
