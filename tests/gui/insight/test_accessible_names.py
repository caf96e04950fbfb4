"""Every focusable control of the canvas, the answer and the Inside and Weights tabs has a name
a screen reader reads."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QTabWidget, QWidget


def unnamed_focusable(root: QWidget) -> list[str]:
    widgets = [root, *root.findChildren(QWidget)]
    return [f"{type(widget).__name__} {widget.objectName()!r} in "
            f"{type(widget.parent()).__name__} {widget.parent().objectName()!r}"
            for widget in widgets
            if widget.isVisible() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            and not widget.accessibleName()
            and not (isinstance(widget, QAbstractButton) and widget.text())]


def test_every_focusable_control_beside_the_canvas_has_a_name(window):
    tabs = window.findChild(QTabWidget, "viewTabs")
    window.prediction_view().chart()
    assert unnamed_focusable(window.canvas()) == []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        assert unnamed_focusable(tabs) == [], tabs.tabText(index)
