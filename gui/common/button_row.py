"""Buttons side by side that wrap onto another row when their place is too narrow.

A row of four buttons in a dock is as wide as its words: in German the Runs page's row was
wider than the Train dock at the smallest window, so the whole page scrolled sideways and its
hint was cut off mid-word. Wrapping is a height that follows from the width, so the row says so
through :class:`~gui.common.height_for_width.HeightForWidth` and only places its buttons when
resized, never changing its own height.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QRect, QSize
from PySide6.QtWidgets import QPushButton, QWidget

from gui.common.height_for_width import HeightForWidth

SPACING = 6
"""Pixels between buttons, across and down."""


class ButtonRow(HeightForWidth):
    """``buttons`` left to right at their natural sizes, as many to a row as the width holds."""

    def __init__(self, buttons: Iterable[QPushButton], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buttons = list(buttons)
        for button in self._buttons:
            button.setParent(self)

    def rows(self, width: int) -> list[list[QPushButton]]:
        """The shown buttons in rows, each row as many as fit in ``width`` (at least one)."""
        rows: list[list[QPushButton]] = []
        used = 0
        for button in self._shown():
            needed = button.sizeHint().width()
            if rows and used + SPACING + needed <= width:
                rows[-1].append(button)
                used += SPACING + needed
            else:
                rows.append([button])
                used = needed
        return rows

    def height_for(self, width: int) -> int:
        rows = self.rows(width)
        return sum(self._row_height(row) for row in rows) + SPACING * max(0, len(rows) - 1)

    def natural_width(self) -> int:
        widths = [button.sizeHint().width() for button in self._shown()]
        return sum(widths) + SPACING * max(0, len(widths) - 1)

    def minimumSizeHint(self) -> QSize:
        widest = max((button.sizeHint().width() for button in self._shown()), default=0)
        return QSize(widest, 0)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a button's words changed (a language)
            self.updateGeometry()
            self._place()
        return super().event(event)

    def resizeEvent(self, event) -> None:
        self._place()
        super().resizeEvent(event)

    def _place(self) -> None:
        top = 0
        for row in self.rows(self.width()):
            left, height = 0, self._row_height(row)
            for button in row:
                hint = button.sizeHint()
                button.setGeometry(QRect(left, top, hint.width(), height))
                left += hint.width() + SPACING
            top += height + SPACING

    def _shown(self) -> list[QPushButton]:
        """The buttons that take room: a hidden one (a feature turned off) takes none."""
        return [button for button in self._buttons if not button.isHidden()]

    @staticmethod
    def _row_height(row: list[QPushButton]) -> int:
        return max(button.sizeHint().height() for button in row)
