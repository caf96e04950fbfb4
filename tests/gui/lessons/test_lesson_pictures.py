"""The first lesson's network picture, drawn in each language of the window
(docs/lesson_pictures.py), is shipped in every translation and draws still."""

from __future__ import annotations

import sys

from PySide6.QtGui import QImage

from tests.conftest import REPO
from tests.translations import LANGUAGE_CODES

sys.path.insert(0, str(REPO / "docs"))
import lesson_pictures  # a docs script, as the Makefile runs it


def test_the_network_picture_comes_in_every_language_of_the_window(qapp):
    assert sorted(lesson_pictures.NAMES) == sorted(("", *LANGUAGE_CODES))
    for code in lesson_pictures.NAMES:
        shipped = QImage(str(lesson_pictures.LESSON / code / "network.png"))
        assert (shipped.width(), shipped.height()) == lesson_pictures.SIZE, code
    drawn = lesson_pictures.draw("de")
    assert (drawn.width(), drawn.height()) == lesson_pictures.SIZE
    assert lesson_pictures.layer_names("de") == ["784 Eingaben", "50 tanh", "50 tanh",
                                                 "10 Ausgaben"]
