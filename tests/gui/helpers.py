"""Helpers shared by the GUI tests: windows that collect their error dialogs, drops, digits."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QByteArray, QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QWidget

from gui.common.widget_lists import top_level_widgets
from gui.draw.canvas import Canvas
from gui.main_window import MainWindow
from model.data.pendigits import PenDigit
from model.drawing.strokes import DIGIT_BOX, fit_strokes
from tests.model.drawing import mutated_images

LANGUAGE_SETTLE_MS = 50
"""Long enough for a language switch's LanguageChange events to be delivered."""


def strokes_in_box(digit: PenDigit) -> tuple[np.ndarray, ...]:
    """A digit's strokes scaled into the middle of the canvas, as a person would draw it."""
    return fit_strokes(digit.strokes, DIGIT_BOX)


class Errors(list):
    """The (title, text) pairs a window would have shown in message boxes."""

    def __call__(self, title: str, text: str) -> None:
        self.append((title, text))


def shown_main_window() -> MainWindow:
    """The window ``gui.app.run`` shows: earlier tests' ``run`` windows stay behind, closed."""
    return next(w for w in top_level_widgets() if isinstance(w, MainWindow) and w.isVisible())


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


def file_drop(path: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    return mime


def image_data_drop(data: QImage | QByteArray) -> QMimeData:
    mime = QMimeData()
    if isinstance(data, QImage):
        mime.setImageData(data)
    else:
        mime.setData("application/x-qt-image", data)
    return mime


class DropProbe:
    """Damaged pictures dropped on a canvas: what escaped each drop, if anything.

    The canvas's ``dropEvent`` is called directly, not through Qt (which would print what it
    raises and carry on), so an exception reaches :func:`mutated_images.escape`. A drop must
    show a picture or say why not: doing neither counts as an escape too.
    """

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.said: list[str] = []
        self.shown = 0
        canvas.drop_failed.connect(self.said.append)
        canvas.changed.connect(self._count_shown)

    def escape(self, mime: QMimeData) -> str:
        said, shown = len(self.said), self.shown
        event = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime,
                           Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        escaped = mutated_images.escape(lambda: self.canvas.dropEvent(event))
        if escaped or len(self.said) > said or self.shown > shown:
            return escaped
        return "nothing shown and nothing said"

    def _count_shown(self) -> None:
        self.shown += 1
