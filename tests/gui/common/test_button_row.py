"""Buttons that wrap instead of widening their page: the German Runs page scrolled sideways."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLayout, QPushButton, QVBoxLayout, QWidget

from gui.common.button_row import SPACING, ButtonRow

WORDS = ("Einstellungen laden", "Modell öffnen", "Export", "Löschen")


@pytest.fixture
def page(qtbot) -> QWidget:
    """Held by the test for its whole run (a page made inside a helper is deleted on return)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def shown_row(qtbot, page: QWidget, width: int) -> tuple[ButtonRow, list[QPushButton]]:
    """A row of the Runs page's German buttons on ``page``, ``width`` px wide."""
    buttons = [QPushButton(text) for text in WORDS]
    row = ButtonRow(buttons)
    column = QVBoxLayout(page)
    column.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # no window size hints
    column.addWidget(row)
    column.addStretch(1)
    page.resize(width, 300)
    page.show()
    qtbot.waitExposed(page)
    return row, buttons


def natural_width() -> int:
    return sum(QPushButton(text).sizeHint().width() for text in WORDS) + SPACING * 3


def test_buttons_sit_in_one_row_where_they_fit(qtbot, page):
    row, buttons = shown_row(qtbot, page, natural_width() + 40)
    assert row.rows(row.width()) == [buttons]
    assert row.height() == max(button.height() for button in buttons)


def test_buttons_wrap_where_the_row_is_too_narrow_and_none_is_cut(qtbot, page):
    row, buttons = shown_row(qtbot, page, 260)
    assert len(row.rows(row.width())) >= 2
    for button in buttons:
        assert button.geometry().right() < row.width()
        assert button.width() == button.sizeHint().width()
    assert row.height() == row.height_for(row.width()) > 2 * buttons[0].height()
    assert row.minimumSizeHint().width() <= 260


def test_a_hidden_button_takes_no_room_and_new_words_are_placed_again(qtbot, page):
    row, buttons = shown_row(qtbot, page, natural_width() + 40)
    buttons[-1].hide()
    assert buttons[-1] not in row.rows(row.width())[0]
    before = buttons[0].width()
    buttons[0].setText(buttons[0].text() + " und noch viel mehr")
    QApplication.sendPostedEvents()  # the button asks its parent to lay it out again
    assert buttons[0].width() > before
    assert buttons[1].x() == buttons[0].geometry().right() + 1 + SPACING
