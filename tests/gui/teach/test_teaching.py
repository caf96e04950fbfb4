"""Teaching in the window: a digit key or a click on a bar keeps the drawing, which survives a
restart; nothing is kept without strokes; digits typed into a field stay there."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QItemSelectionModel, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QToolButton

from gui.active.owner import ModelInUse
from gui.draw.replay import drag_strokes
from gui.teach.teach_bar import hint as teach_hint
from gui.teach.teach_text import needs_digits
from gui.teach.teaching import Teaching
from model.data.my_drawings import DrawingStore, LabelledDrawing
from model.files.reading import read_model_file
from model.inference.predictor import Predictor
from tests.gui.helpers import make_window
from tests.model.data.hostile_drawings import with_bad_byte

SEVEN = (np.array([[70.0, 60.0], [210.0, 60.0], [120.0, 240.0]]),
         np.array([[110.0, 150.0], [190.0, 150.0]]))


def teaching_window(qtbot, settings, model_path):
    """A shown, active window (shortcuts need one) reading with the default model, teaching."""
    window = make_window(qtbot, settings)
    assert window.open_model(model_path, remember=False), window.errors
    teaching = Teaching()
    window.add_feature(teaching)
    with qtbot.waitActive(window):
        window.activateWindow()
    return window, teaching


@pytest.fixture
def taught(qtbot, settings, model_path):
    return teaching_window(qtbot, settings, model_path)


def news(teaching: Teaching) -> str:
    return teaching.bar.findChild(QLabel, "teachNews").text()


def kept() -> list[LabelledDrawing]:
    store = DrawingStore()
    store.load()
    return store.drawings()


def test_the_window_says_how_to_teach(taught):
    _, teaching = taught
    hint = teaching.bar.findChild(QLabel, "teachHint")
    assert hint.text() == teach_hint() and hint.isVisible()
    assert "Click the right digit or press its key" in teach_hint()
    assert teaching.bar.isVisible() and teaching.bar.parent() is not None


def test_a_digit_key_keeps_the_drawing_and_it_survives_a_restart(qtbot, settings, model_path):
    window, teaching = teaching_window(qtbot, settings, model_path)
    drag_strokes(window.canvas(), SEVEN)
    read_as = window.prediction_view().predicted_name()
    QTest.keyClick(window, Qt.Key.Key_7)
    assert window.canvas().is_empty(), "cleared for the next drawing"
    assert news(teaching).startswith("Kept as a 7 (") and "1 drawing" in news(teaching)
    assert ("read right" in news(teaching)) == (read_as == "7")
    window.close()

    _, teaching_again = teaching_window(qtbot, settings, model_path)
    gallery = teaching_again.show_drawings()
    model = gallery.findChild(QListView, "drawingsList").model()
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole) == "7"
    (drawing,) = kept()
    assert drawing.label == 7 and drawing.canvas == (280, 280) and drawing.created
    assert len(drawing.strokes) == 2
    np.testing.assert_allclose(drawing.strokes[0][[0, -1]], SEVEN[0][[0, -1]], atol=1.5)
    gallery.close()


def test_clicking_a_bar_teaches_its_class(taught, qtbot):
    window, teaching = taught
    chart = window.prediction_view().chart()
    qtbot.waitUntil(lambda: chart.isVisible() and chart.height() > 50)
    drag_strokes(window.canvas(), SEVEN)
    row_three = chart.getPlotItem().getViewBox().mapViewToScene(QPointF(0.3, 3.0))
    QTest.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     chart.mapFromScene(row_three))
    assert [d.label for d in kept()] == [3] and news(teaching).startswith("Kept as a 3")


def test_nothing_is_kept_without_strokes(taught):
    window, teaching = taught
    QTest.keyClick(window, Qt.Key.Key_4)
    assert news(teaching).startswith("Draw a digit first") and kept() == []
    window.canvas().set_picture(np.full((50, 50), 255, np.uint8))
    QTest.keyClick(window, Qt.Key.Key_4)
    assert news(teaching).startswith("A dropped picture has no pen strokes") and kept() == []


def test_a_model_of_other_classes_is_not_taught_digits(taught, model_path):
    window, teaching = taught
    contents = read_model_file(model_path)
    letters = Predictor.from_config(contents.config, contents.weights, tuple("ABCDEFGHIJ"))
    window.active_model().use(ModelInUse(letters, "letters"))
    drag_strokes(window.canvas(), SEVEN)
    QTest.keyClick(window, Qt.Key.Key_7)
    assert news(teaching) == needs_digits() and kept() == []
    assert not teaching.bar.findChild(QLabel, "teachHint").isVisible()


def test_digits_typed_into_a_field_stay_in_the_field(taught):
    window, _ = taught
    field = QLineEdit()
    window.statusBar().addWidget(field)
    field.setFocus()
    drag_strokes(window.canvas(), SEVEN)
    field.setFocus()
    QTest.keyClicks(field, "42")
    assert field.text() == "42" and kept() == []


def test_the_drawings_button_counts_them(taught):
    window, teaching = taught
    button = next(b for b in teaching.bar.findChildren(QToolButton)
                  if b.text().startswith("My drawings"))
    assert button.defaultAction().text() == "My drawings (0)…"
    for modifier in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
        drag_strokes(window.canvas(), SEVEN)
        QTest.keyClick(window, Qt.Key.Key_1, modifier)
    assert button.defaultAction().text() == "My drawings (2)…", "the keypad's digits teach too"
    back = next(b for b in teaching.bar.findChildren(QToolButton) if b.text().startswith("Back"))
    assert not back.isVisible(), "nothing to go back to: the default model is not adapted"


def test_a_damaged_line_is_reported_and_the_others_kept(qtbot, settings, model_path):
    store = DrawingStore()
    store.add([LabelledDrawing(7, SEVEN)])
    with store.path.open("a", encoding="utf-8") as handle:
        handle.write('{"label": 7, "strok')
    _, teaching = teaching_window(qtbot, settings, model_path)
    assert news(teaching).startswith("drawings.jsonl: 1 line left out, kept in the file unchanged "
                                     "(line 2: ")
    assert [d.label for d in teaching.show_drawings()._store.drawings()] == [7]


def test_undo_after_teaching_brings_the_drawing_back_and_forgets_it(taught):
    window, teaching = taught
    drag_strokes(window.canvas(), SEVEN)
    QTest.keyClick(window, Qt.Key.Key_7)
    assert [d.label for d in kept()] == [7]
    window.canvas().undo()
    assert len(window.canvas().strokes()) == 2 and kept() == []
    assert news(teaching).startswith("Taken back: the 7 is no longer kept")
    QTest.keyClick(window, Qt.Key.Key_1)  # taught again, as what it really is: kept once
    assert [d.label for d in kept()] == [1]
    drag_strokes(window.canvas(), SEVEN)  # a new drawing: the kept one stays kept
    window.canvas().undo()
    window.canvas().undo()
    assert [d.label for d in kept()] == [1]
def test_teaching_and_deleting_keep_a_line_that_could_not_be_read(qtbot, settings, model_path):
    """Five good lines and one with a 0xFF byte: teaching, then deleting one in My drawings,
    once left a file of 0 bytes, and said nothing."""
    store = DrawingStore()
    good = LabelledDrawing(1, SEVEN).to_json().encode()
    damaged = with_bad_byte(good.decode())
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_bytes(b"\n".join([good] * 5 + [damaged]) + b"\n")
    window, teaching = teaching_window(qtbot, settings, model_path)
    assert news(teaching).startswith("drawings.jsonl: 1 line left out, kept in the file unchanged "
                                     "(line 6: expected UTF-8 text, found the byte 0xFF")
    drag_strokes(window.canvas(), SEVEN)
    QTest.keyClick(window, Qt.Key.Key_7)
    gallery = teaching.show_drawings()
    gallery.confirm = lambda text: True
    view = gallery.findChild(QListView, "drawingsList")
    view.selectionModel().select(view.model().index(0, 0),
                                 QItemSelectionModel.SelectionFlag.Select)
    gallery.delete_selected()
    lines = store.path.read_bytes().splitlines()
    assert lines[:5] == [good] * 4 + [damaged] and len(lines) == 6
    assert [d.label for d in kept()] == [1, 1, 1, 1, 7]
