"""Views that draw only while someone can see them."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class DrawnWhenSeen(QWidget):
    """Calls :meth:`draw` for each change while visible; while hidden (a tab in the back), only
    remembers that something changed and draws the newest state once shown."""

    _stale = False

    def request_draw(self) -> None:
        if self.isVisible():
            self._stale = False
            self.draw()
        else:
            self._stale = True

    def draw(self) -> None:
        raise NotImplementedError

    def showEvent(self, event) -> None:
        if self._stale:
            self._stale = False
            self.draw()
        super().showEvent(event)
