"""From start to a prediction without the mouse: File ▸ Open picture… (Ctrl+I) and File ▸ Draw a
sample digit (Ctrl+D), both listed in Help ▸ Keyboard shortcuts."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QTextBrowser

from gui import given_files
from gui.sample_digit import draw_sample_digit, sample_picture
from model.data.drawn_digits import NEW_WRITERS, new_writers_digits


def _file_action(window, keys: str) -> QAction:
    """The File menu's action for ``keys`` (what the key press triggers)."""
    (action,) = [action for action in window.findChild(QMenu, "fileMenu").actions()
                 if action.shortcut() == QKeySequence(keys)]
    return action


@pytest.fixture
def sample_seven():
    return next(digit for digit in new_writers_digits() if digit.label == 7)


def test_open_picture_puts_the_chosen_picture_on_the_canvas_to_be_read(window, tmp_path,
                                                                       monkeypatch,
                                                                       sample_seven):
    path = tmp_path / "seven.png"
    Image.fromarray(sample_picture(sample_seven)).save(path)
    monkeypatch.setattr(given_files, "open_file_name", lambda *args: str(path))
    _file_action(window, "Ctrl+I").trigger()
    assert window.canvas().has_picture() and window.errors == []
    assert window.prediction_view().predicted_name() == "7"


def test_open_picture_says_in_one_line_why_a_file_is_no_picture(window, tmp_path, monkeypatch):
    path = tmp_path / "notes.png"
    path.write_text("not a picture", encoding="utf-8")
    monkeypatch.setattr(given_files, "open_file_name", lambda *args: str(path))
    _file_action(window, "Ctrl+I").trigger()
    ((title, text),) = window.errors
    assert title == "Cannot read image" and "\n" not in text
    assert window.canvas().is_empty()


def test_open_picture_cancelled_changes_nothing(window, monkeypatch):
    monkeypatch.setattr(given_files, "open_file_name", lambda *args: "")
    _file_action(window, "Ctrl+I").trigger()
    assert window.canvas().is_empty() and window.errors == []


def test_a_sample_digit_is_read_and_the_status_bar_says_which_it_was(window):
    _file_action(window, "Ctrl+D").trigger()
    assert window.canvas().has_picture()
    assert window.prediction_view().predicted_name() is not None
    assert "drawn by a writer DigitLab never trained on" in window.statusBar().currentMessage()


def test_the_sample_digits_come_from_new_writers_and_are_named(window):
    digit = draw_sample_digit(window, np.random.default_rng(3))
    assert digit.writer in NEW_WRITERS
    assert window.statusBar().currentMessage() == (
        f"A {digit.label} drawn by a writer DigitLab never trained on")


def test_keyboard_shortcuts_list_the_keyboard_route(window):
    window._shortcuts_action.trigger()
    text = window.findChild(QTextBrowser, "shortcuts").toPlainText()
    for keys, what in (("Ctrl+I", "Open picture"), ("Ctrl+D", "Draw a sample digit"),
                       ("Ctrl+O", "Open model")):
        assert QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText) in text
        assert what in text
