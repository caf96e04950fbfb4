"""Squeezed button texts lose whole words, never the middle of one ("Adapt to …ndwriting")."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from gui.common.word_elision import ELLIPSIS, WordElidingLabel, elided_at_word

TEXT = "Adapt to my handwriting"


@pytest.fixture
def metrics(qapp) -> QFontMetrics:
    return QFontMetrics(QApplication.font())


def test_a_text_that_fits_is_left_whole(metrics):
    assert elided_at_word(TEXT, metrics, metrics.horizontalAdvance(TEXT)) == TEXT


@pytest.mark.parametrize("words", [1, 2, 3])
def test_a_squeezed_text_keeps_as_many_whole_words_as_fit(metrics, words):
    kept = " ".join(TEXT.split()[:words]) + ELLIPSIS
    assert elided_at_word(TEXT, metrics, metrics.horizontalAdvance(kept)) == kept


def test_the_first_word_stays_whole_even_without_room(metrics):
    assert elided_at_word(TEXT, metrics, 5) == "Adapt" + ELLIPSIS


def test_a_label_gives_way_and_keeps_its_whole_text(qtbot):
    """The status bar's model line, with an adapted model's long name, was cut mid-figure at
    the edge of a 1,000-pixel window: it now gives way (whole words, an ellipsis) instead."""
    label = WordElidingLabel()
    qtbot.addWidget(label)
    text = "Model: mnist-mlp-mine-20261207-165728.keras  ·  test accuracy 99.25%"
    label.setText(text)
    assert label.minimumSizeHint().width() < label.sizeHint().width() // 4
    assert label.text() == label.toolTip() == text  # what a screen reader and a pointer get
