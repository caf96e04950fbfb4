"""Widgets whose height follows from their width, told to Qt's layouts the one safe way.

A picture that keeps its aspect, or tiles that wrap into rows, is as tall as its width makes it.
Such a widget must *say* so through ``heightForWidth``, a pure function of the width asked
about, and never set its own height (``setFixedHeight``) when it is resized: a layout calls
the widget's ``resizeEvent`` in the middle of placing it, so the height would change under the
layout's feet. Inside a ``QScrollArea`` whose scroll bar comes and goes, that made content
that is taller when wider (the scroll bar hidden) but short enough when narrower (shown) switch
the bar on and off inside one resize, recursively, until the stack overflowed: DigitLab's
segfault at 1400×900 with *Inside* and Train open (docs/qt-bugs/scroll_area_resize_recursion.py
shows Qt's part of it).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QSizePolicy, QWidget


class HeightForWidth(QWidget):
    """Base of widgets as wide as their place and as tall as :meth:`height_for` that width.

    Subclasses implement :meth:`height_for` and :meth:`natural_width`, and call
    ``updateGeometry()`` whenever what they show changes the height for a width (new content,
    a new magnification), never because of a resize.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def height_for(self, width: int) -> int:
        """The height the content needs at ``width`` (a pure function of it)."""
        raise NotImplementedError

    def natural_width(self) -> int:
        """The width the content would like (the size hint's)."""
        raise NotImplementedError

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.height_for(width)

    def sizeHint(self) -> QSize:
        width = self.natural_width()
        return QSize(width, self.height_for(width))
