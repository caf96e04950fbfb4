"""Files a feature opens, dropped anywhere on the window.

A lesson or a drawings file dropped on the window goes to the feature that opens that kind of
file (by suffix), wherever it lands — the canvas included, though the canvas takes every other
dropped file as a picture to read. One event filter on the window and on the canvas sees each
drag before either widget does, so neither needs to know about the features.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget

DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


class FileDrops(QObject):
    """The window's file handlers by suffix, and the filter that routes drops to them."""

    def __init__(self, window: QWidget, canvas: QWidget) -> None:
        super().__init__(window)
        self._handlers: dict[str, Callable[[Path], object]] = {}
        window.setAcceptDrops(True)
        for widget in (window, canvas):
            widget.installEventFilter(self)

    def add(self, suffix: str, slot: Callable[[Path], object]) -> None:
        """Files ending in ``suffix`` (any case) go to ``slot(path)``."""
        self._handlers[suffix.lower()] = slot

    def handler(self, path: Path) -> Callable[[Path], object] | None:
        """The slot that opens files like ``path`` (dropped or given at start), if any."""
        return self._handlers.get(path.suffix.lower())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in DRAG_EVENTS:
            return super().eventFilter(watched, event)
        handled = self._handled_file(event)
        if handled is None:
            return super().eventFilter(watched, event)
        event.acceptProposedAction()
        if event.type() == QEvent.Type.Drop:
            path, slot = handled
            slot(path)
        return True

    def _handled_file(self, event: QDropEvent | QDragEnterEvent,
                      ) -> tuple[Path, Callable[[Path], object]] | None:
        """The dropped local file a handler takes, and that handler, if ``event`` carries one."""
        for url in event.mimeData().urls():
            path = Path(url.toLocalFile())
            slot = self.handler(path) if url.isLocalFile() else None
            if slot is not None:
                return path, slot
        return None
