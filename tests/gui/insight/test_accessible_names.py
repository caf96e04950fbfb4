"""Every focusable control of the canvas, the answer and the Inside and Weights tabs has a name
a screen reader reads."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from tests.gui.window_texts import unnamed_focusable


def test_every_focusable_control_beside_the_canvas_has_a_name(window):
    tabs = window.findChild(QTabWidget, "viewTabs")
    window.prediction_view().chart()
    assert unnamed_focusable(window.canvas()) == []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        assert unnamed_focusable(tabs) == [], tabs.tabText(index)
