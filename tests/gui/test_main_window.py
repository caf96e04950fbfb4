"""The draw-and-predict window with the default model: live answers, undo/clear, drops, models."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QSettings, Qt, QUrl
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QDockWidget, QLabel, QMenu, QTextBrowser, QToolBar, QWidget

from gui.active.owner import ModelInUse, Origin
from gui.app import keep_settings_in_data_dir
from gui.common import file_dialogs
from gui.draw.replay import drag_stroke, drag_strokes
from gui.feature import Feature
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


def test_save_model_as_copies_the_file_and_the_window_then_names_it(window, model_path,
                                                                     tmp_path, qtbot):
    target = tmp_path / "kept.keras"
    with qtbot.waitSignal(window.active_model().saved, timeout=10_000):
        assert window.save_model_as(target)
    assert target.read_bytes() == model_path.read_bytes()
    assert window.windowTitle() == "DigitLab — kept.keras"
    assert window.predictor().path == model_path.resolve()  # the same model, now also kept.keras
    assert window.active_model().current().file == target.resolve()
    assert "Saved" in window.statusBar().currentMessage()
    assert window.active_model().remembered() == target.resolve()


def test_a_save_that_fails_says_why_and_keeps_the_model(window, tmp_path, qtbot):
    with qtbot.waitSignal(window.active_model().save_failed, timeout=10_000):
        assert window.save_model_as(tmp_path / "no-such-folder" / "kept.keras") is False
    ((title, text),) = window.errors
    assert title == "Cannot save model" and "no-such-folder" in text
    assert window.windowTitle() == "DigitLab — mnist-mlp.keras"


def test_save_model_as_follows_links_and_refuses_what_is_not_a_model_file(window, model_path,
                                                                         tmp_path, qtbot):
    """H3: the window's saves go through the one output check: a FIFO is refused, a link
    keeps pointing at the saved model."""
    os.mkfifo(tmp_path / "pipe.keras")
    assert window.save_model_as(tmp_path / "pipe.keras") is False
    assert "found a named pipe (FIFO)" in window.errors[-1][1]
    (tmp_path / "real.keras").write_bytes(b"old")
    (tmp_path / "link.keras").symlink_to(tmp_path / "real.keras")
    with qtbot.waitSignal(window.active_model().saved, timeout=10_000):
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


def test_the_status_bar_says_what_else_a_model_learnt_from(window, model_path, tmp_path):
    status = window.findChild(QLabel, "modelStatus")
    assert "trained on MNIST + pen + scans" in status.text()  # the default
    for drawn, words in ((True, "trained on MNIST + pen  ·"),
                         (False, "trained on MNIST  ·")):
        changes = {"drawn_digits": drawn, "scanned_share": 0.0}
        path = rewrite_keras_file(model_path, tmp_path / f"{drawn}.keras", metadata=lambda meta,
                                  changes=changes: {**meta, "training": {**meta["training"],
                                                                         **changes}})
        assert window.open_model(path), window.errors
        assert words in status.text()


def test_the_status_bar_shows_the_drawn_digit_score_a_model_keeps(window, model_path, tmp_path):
    path = rewrite_keras_file(model_path, tmp_path / "drawn.keras", metadata=lambda meta: {
        **meta, "metrics": {**meta["metrics"], "drawn_accuracy": 0.9812}})
    assert window.open_model(path), window.errors
    status = window.findChild(QLabel, "modelStatus").text()
    assert "drawn digits by new writers 98.12%" in status


def test_a_live_model_swaps_in_and_cannot_be_saved_until_training_ends(window, pendigits):
    active = window.active_model()
    predictor = window.predictor()
    drag_strokes(window.canvas(), strokes_in_box(pendigits[1043]))
    active.use(None)
    assert window.prediction_view().probabilities() is None
    active.use(ModelInUse(predictor, "epoch 3 snapshot", None, Origin.LIVE))
    assert window.prediction_view().predicted_name() == "3"
    assert "epoch 3 snapshot" in window.findChild(QLabel, "modelStatus").text()
    save = next(a for a in window.findChild(QMenu, "fileMenu").actions()
                if a.text() == "&Save model as…")
    assert not save.isEnabled()
    back = window.back_action()
    assert back.isVisible() and back.text() == "Back to mnist-mlp.keras"
    back.trigger()
    assert window.active_model().current().origin is Origin.FILE and not back.isVisible()


def test_a_trained_model_in_use_can_be_saved_and_the_window_says_it_is_in_use(window,
                                                                              model_path):
    predictor = window.predictor()
    window.active_model().use(ModelInUse(predictor, "your network", model_path,
                                         Origin.TRAINED))
    assert "now read by your network" in window.statusBar().currentMessage()
    save = next(a for a in window.findChild(QMenu, "fileMenu").actions()
                if a.text() == "&Save model as…")
    assert save.isEnabled() and window.back_action().isVisible()


def test_geometry_and_last_model_are_remembered(qtbot, settings, model_path, tmp_path):
    first = make_window(qtbot, settings)
    first.resize(800, 700)  # the offscreen screen is 800×800, the minimum width 800 on it
    assert first.open_model(model_path)
    first.close()
    second = make_window(qtbot, settings)
    second.restore_last_model(default=tmp_path / "missing.keras")
    assert second.predictor() is not None and second.predictor().path == model_path.resolve()
    assert (second.width(), second.height()) == (800, 700)


def test_a_remembered_model_that_is_gone_is_mentioned(qtbot, settings, model_path, tmp_path):
    gone = tmp_path / "gone.keras"
    settings.setValue("model/last", str(gone))
    window = make_window(qtbot, settings)
    window.restore_last_model(default=model_path)
    assert window.predictor().path == model_path.resolve()
    message = window.statusBar().currentMessage()
    assert str(gone) in message and "mnist-mlp.keras" in message


def test_without_any_model_the_window_still_opens_and_says_what_to_do(bare_window, tmp_path):
    bare_window.restore_last_model(default=tmp_path / "missing.keras")
    assert bare_window.predictor() is None
    assert "Open a model" in bare_window.findChild(QLabel, "modelStatus").text()
    assert bare_window.errors == []


class StubFeature(QWidget, Feature):
    """A feature as the window sees it: it attaches, docks, offers models, may veto closing."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("training")
        self.allow_close = True
        self.shut_down = False

    def attach(self, host) -> None:
        self.host = host
        self.dock = host.add_dock(self, "Train", "trainingDock", "train", "Train")
        self.menu = host.add_menu("&Stub", "stubMenu")

    def confirm_close(self) -> bool:
        return self.allow_close

    def shutdown(self) -> None:
        self.shut_down = True


def test_a_feature_docks_hidden_toggled_from_the_toolbar_with_its_menu_before_help(window):
    feature = StubFeature()
    window.add_feature(feature)
    dock = feature.dock
    assert isinstance(dock, QDockWidget) and window.findChild(QWidget, "training") is feature
    assert dock.isHidden()
    toggle = dock.toggleViewAction()
    assert toggle in window.findChild(QMenu, "viewMenu").actions()
    assert toggle in window.findChild(QToolBar, "toolbar").actions()
    toggle.trigger()
    assert dock.isVisible()
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[-2:] == ["&Stub", "&Help"]


def test_models_a_feature_offers_read_the_canvas(window, pendigits):
    feature = StubFeature()
    window.add_feature(feature)
    drag_strokes(window.canvas(), strokes_in_box(pendigits[1043]))
    predictor = window.predictor()
    window.active_model().use(None)
    feature.host.active_model().use(ModelInUse(predictor, "live: epoch 2", None, Origin.LIVE))
    assert window.predictor() is predictor
    assert window.prediction_view().predicted_name() == "3"
    assert "live: epoch 2" in window.findChild(QLabel, "modelStatus").text()


def test_a_feature_can_veto_closing_the_window(bare_window):
    feature = StubFeature()
    bare_window.add_feature(feature)
    feature.allow_close = False
    bare_window.close()
    assert bare_window.isVisible() and not feature.shut_down
    feature.allow_close = True
    bare_window.close()
    assert not bare_window.isVisible() and feature.shut_down


def test_help_has_the_guide_and_every_keyboard_shortcut(window):
    titles = [a.text() for a in window.findChild(QMenu, "helpMenu").actions()]
    assert titles[:2] == ["DigitLab &guide", "&Keyboard shortcuts"]
    window.add_shortcuts(["1", "2", "3"], "Do a thing", lambda key: None)
    shortcuts = window.findChild(QMenu, "helpMenu").actions()[1]
    shortcuts.trigger()
    text = window.findChild(QTextBrowser, "shortcuts").toPlainText()
    for expected in ("Open model", "Undo", "Clear", "Esc", "Ctrl+Shift+S", "1 … 3", "Do a thing"):
        assert expected in text
    window.findChild(QMenu, "helpMenu").actions()[0].trigger()
    guide = window.findChild(QTextBrowser, "guide").toPlainText()
    assert "make run" in guide


def test_file_dialogs_start_in_the_folder_last_used_for_that_kind(qapp, tmp_path, monkeypatch):
    seen = []

    def fake_save(parent, title, start, filters):
        seen.append(start)
        return str(tmp_path / "deep" / "mine.keras"), ""

    monkeypatch.setattr(file_dialogs.QFileDialog, "getSaveFileName", fake_save)
    (tmp_path / "deep").mkdir()
    file_dialogs.save_file_name(None, "Save", "models", "a.keras", "")
    file_dialogs.save_file_name(None, "Save", "models", "b.keras", "")
    file_dialogs.save_file_name(None, "Save", "curves", "c.csv", "")
    assert seen == [str(Path.home() / "a.keras"), str(tmp_path / "deep" / "b.keras"),
                    str(Path.home() / "c.csv")]


def test_settings_move_with_the_data_folder(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("DIGITLAB_DATA_DIR", str(tmp_path / "portable"))
    keep_settings_in_data_dir()
    assert Path(QSettings().fileName()).is_relative_to(tmp_path / "portable")


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
