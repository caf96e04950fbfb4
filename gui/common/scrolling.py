"""Pages that scroll instead of being cut off when the window is small, and whose fields let
them scroll."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

WHEEL_FIELDS = ("QAbstractSpinBox", "QComboBox", "QSlider")
"""Fields whose value the mouse wheel changes, by Qt class name: a field made with its parent
is announced to it before it is fully built, when only Qt's ``inherits`` can tell what it will
be. Not scroll bars: a table's own scroll bar takes the wheel to scroll the table."""


def _is_field(widget: QObject) -> bool:
    return any(widget.inherits(name) for name in WHEEL_FIELDS)


class _WheelScrollsPage(QObject):
    """Wheel events over a field without keyboard focus go to the page, which scrolls, instead
    of to the field, whose value they would change unnoticed (a batch size of 64 became 67 as a
    learner scrolled down Train ▸ Setup). A field that has focus (clicked, or reached with Tab)
    still takes the wheel; the wheel itself gives none (``StrongFocus``).

    Watches every widget of the page, so that fields added later (a new layer's units) are
    guarded as they arrive.
    """

    def guard(self, widget: QWidget) -> None:
        """Guard ``widget`` and everything in it."""
        for each in (widget, *widget.findChildren(QWidget)):
            each.installEventFilter(self)
            if _is_field(each):
                each.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel and _is_field(watched) and not watched.hasFocus():
            event.ignore()  # ignored, Qt hands it on to the field's parents: the page scrolls
            return True
        if kind == QEvent.Type.Polish and _is_field(watched):
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # now fully built
        elif kind == QEvent.Type.ChildAdded and event.child().isWidgetType():
            self.guard(event.child())
        return False


def let_wheel_scroll(area: QScrollArea) -> None:
    """Let the wheel scroll ``area`` over its fields unless one has focus (see
    :class:`_WheelScrollsPage`); call it once its widget is set."""
    guard = _WheelScrollsPage(area)
    guard.guard(area.widget())


class _Content(QWidget):
    """What a scroll page shows. A scroll area makes content with word-wrapped text as tall as
    its *preferred* height for the width, so plots and tables never shrank to the room there
    was and the page scrolled even when everything would have fitted; this content asks only
    for its minimum height, and gets any room beyond that."""

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.minimumHeightForWidth(width) if layout else super().heightForWidth(width)


def scrolling_content(page: QWidget) -> QWidget:
    """Fill ``page`` with a scroll area and return the widget to lay the page's content out on.

    The page keeps its place and name in the window; its content is stretched to the room it
    gets, with scroll bars only when it needs more. Frameless: a page already sits in a tab.
    """
    content = _Content()
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(content)
    let_wheel_scroll(area)
    column = QVBoxLayout(page)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(area)
    return content
