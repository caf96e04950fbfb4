"""Scrolling pages: the mouse wheel over a field the user has not clicked scrolls the page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QScrollArea, QSlider, QSpinBox, QVBoxLayout, QWidget

from gui.common.scrolling import scrolling_content


@pytest.mark.parametrize("kind", [QSpinBox, QComboBox, QSlider])
def test_a_field_made_with_its_parent_after_the_page_is_guarded(qtbot, kind):
    """A field constructed with a parent is announced before it is fully built: it is told
    apart once it is polished."""
    window = QWidget()  # the offscreen platform warns when a window's minimum size changes
    qtbot.addWidget(window)
    window.resize(300, 200)
    page = QWidget(window)
    page.setGeometry(0, 0, 300, 200)
    content = scrolling_content(page)
    field = kind(content)
    if isinstance(field, QComboBox):
        field.addItems(["a", "b", "c"])
    spacer = QWidget(content)
    spacer.setMinimumHeight(600)  # the page is taller than the window: it scrolls
    column = QVBoxLayout(content)
    column.addWidget(field)
    column.addWidget(spacer)
    window.show()
    qtbot.waitExposed(window)
    scroll_bar = page.findChild(QScrollArea).verticalScrollBar()
    before = field.currentIndex() if isinstance(field, QComboBox) else field.value()
    centre = field.mapTo(window, field.rect().center())
    QTest.wheelEvent(window.windowHandle(), QPointF(centre), QPoint(0, -120))
    qtbot.wait(0)
    assert (field.currentIndex() if isinstance(field, QComboBox) else field.value()) == before
    assert scroll_bar.value() > 0
