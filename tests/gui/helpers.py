"""Helpers shared by the GUI tests: windows that collect their error dialogs, drops, digits."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from gui.main_window import MainWindow
from model.data.pendigits import PenDigit
from model.drawing.strokes import CANVAS_SIZE, fit_strokes

DIGIT_BOX = (CANVAS_SIZE * 0.2, CANVAS_SIZE * 0.15, CANVAS_SIZE * 0.6, CANVAS_SIZE * 0.7)


def strokes_in_box(digit: PenDigit) -> tuple[np.ndarray, ...]:
    """A digit's strokes scaled into the middle of the canvas, as a person would draw it."""
    return fit_strokes(digit.strokes, DIGIT_BOX)


class Errors(list):
    """The (title, text) pairs a window would have shown in message boxes."""

    def __call__(self, title: str, text: str) -> None:
        self.append((title, text))


def make_window(qtbot, settings: QSettings) -> MainWindow:
    """A shown window whose error dialogs land in ``window.errors`` instead of blocking."""
    window = MainWindow(settings)
    window.errors = Errors()
    window.show_error = window.errors
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def drop(widget: QWidget, mime: QMimeData) -> None:
    """Drag ``mime`` in and drop it, as a file manager would (Qt drops only where it entered)."""
    enter = QDragEnterEvent(QPoint(200, 200), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(widget, QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime,
                                              Qt.MouseButton.LeftButton,
                                              Qt.KeyboardModifier.NoModifier))
