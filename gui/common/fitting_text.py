"""A text browser whose pictures shrink to fit its width.

Markdown has no way to size a picture, and Qt draws one at its natural size: in a narrow dock a
learner saw a corner of a lesson's diagram and a horizontal scroll bar. The room is taken from
the browser's width less a scroll bar's, whether or not one shows, so fitting never changes
whether the scroll bar is needed and cannot start a resize loop (the window-shape crash of
issue 19 was such a loop).
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import (
    QImage,
    QResizeEvent,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
)
from PySide6.QtWidgets import QTextBrowser


class FittingTextBrowser(QTextBrowser):
    """``setMarkdown``/``setHtml`` as usual; pictures wider than the browser are scaled down."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._natural_widths: dict[str, float] = {}
        """Each picture's own width, read once per text (not from disk on every resize)."""

    def setMarkdown(self, text: str) -> None:
        self._natural_widths.clear()
        super().setMarkdown(text)
        self._fit_pictures()

    def setHtml(self, text: str) -> None:
        self._natural_widths.clear()
        super().setHtml(text)
        self._fit_pictures()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_pictures()

    def room(self) -> float:
        """The widest a picture may be drawn, in pixels."""
        margins = 2 * self.document().documentMargin() + 2 * self.frameWidth()
        return max(16.0, self.width() - self.verticalScrollBar().sizeHint().width() - margins)

    def _fit_pictures(self) -> None:
        room = self.room()
        block = self.document().begin()
        while block.isValid():
            for position, length, picture in pictures(block):
                natural = self._natural_width(picture)
                width = min(natural, room) if natural else 0
                if width and abs(picture.width() - width) > 0.5:
                    picture.setWidth(width)
                    picture.clearProperty(QTextFormat.Property.ImageHeight)  # keep proportions
                    cursor = QTextCursor(self.document())
                    cursor.setPosition(position)
                    cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(picture)
            block = block.next()

    def _natural_width(self, picture: QTextImageFormat) -> float:
        """The picture's own width (QTextBrowser hands image files over as their bytes)."""
        name = picture.name()
        if name not in self._natural_widths:
            data = self.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(name))
            image = (data if isinstance(data, QImage)
                     else QImage.fromData(data) if data else QImage())
            self._natural_widths[name] = 0.0 if image.isNull() else float(image.width())
        return self._natural_widths[name]


def pictures(block: QTextBlock) -> list[tuple[int, int, QTextImageFormat]]:
    """The pictures in ``block``: (position, length, format) of each."""
    found = []
    fragments = block.begin()
    while not fragments.atEnd():
        fragment = fragments.fragment()
        if fragment.isValid() and fragment.charFormat().isImageFormat():
            found.append((fragment.position(), fragment.length(),
                          fragment.charFormat().toImageFormat()))
        fragments += 1
    return found
