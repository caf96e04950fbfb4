"""Files given to the window at start (a desktop's "Open with DigitLab", ``digitlab %F``): each is
opened as what it is, and one that cannot be opened says why without stopping the others."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

import main
from gui.given_files import open_given_files
from gui.teach.teaching import Teaching
from model.data.my_drawings import DrawingStore, LabelledDrawing, write_drawings

STROKE = np.array([[100.0, 60.0], [180.0, 60.0], [120.0, 230.0]])


def write_digit(path) -> None:
    pixels = np.full((56, 56), 255, np.uint8)
    pixels[10:46, 26:30] = 0
    Image.fromarray(pixels).save(path)


@pytest.fixture
def teaching(bare_window) -> Teaching:
    teaching = Teaching()
    bare_window.add_feature(teaching)
    return teaching


def test_a_model_file_becomes_the_active_model(bare_window, teaching, model_path):
    open_given_files(bare_window, [model_path])
    assert bare_window.predictor().path == model_path and bare_window.errors == []


def test_a_picture_goes_on_the_canvas(bare_window, teaching, tmp_path):
    write_digit(tmp_path / "one.png")
    open_given_files(bare_window, [tmp_path / "one.png"])
    assert bare_window.canvas().has_picture() and bare_window.errors == []


def test_a_drawings_file_is_imported_into_my_drawings(bare_window, teaching, qtbot, tmp_path):
    write_drawings(tmp_path / "mine.jsonl", [LabelledDrawing(7, (STROKE,))])
    open_given_files(bare_window, [tmp_path / "mine.jsonl"])
    gallery = teaching.show_drawings()
    qtbot.waitUntil(lambda: not gallery.is_busy(), timeout=10_000)
    store = DrawingStore()
    store.load()
    assert [drawing.label for drawing in store.drawings()] == [7]


def test_an_unreadable_file_says_why_and_the_next_still_opens(bare_window, teaching, tmp_path,
                                                              model_path):
    (tmp_path / "notes.txt").write_text("not a picture", encoding="utf-8")
    open_given_files(bare_window, [tmp_path / "notes.txt", model_path])
    ((title, text),) = bare_window.errors
    assert title == "Cannot read image" and "notes.txt" in text
    assert bare_window.predictor().path == model_path


@pytest.mark.parametrize(("argument", "sub_command"), [
    ("train", True), ("predict", True), ("one.png", False), ("model.keras", False),
    ("/home/me/Drawings/seven", False), ("--self-test", False),
])
def test_sub_commands_go_to_the_command_line_and_files_to_the_window(argument, sub_command):
    assert main._is_sub_command(argument) is sub_command


def test_a_file_named_like_a_sub_command_here_opens_in_the_window(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "train").write_bytes(b"")
    assert not main._is_sub_command("train")
