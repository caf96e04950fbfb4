"""Pages that scroll instead of being cut off when the window is small."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


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
    column = QVBoxLayout(page)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(area)
    return content
