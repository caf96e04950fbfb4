"""What a screen reader says of the answer, and when: "Seven, 98 percent sure" after a pen-up.

The answer on screen changes up to once per frame while a stroke is drawn; saying each of those
would drown the reader. So the answer is said only once it has settled (a stroke ended, a
picture or sample was put on the canvas, the model changed) and only when its words differ from
what was said last: a second stroke that leaves the answer as it was says nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


class Announcer:
    """Says settled answers that differ from the last one said, through ``say``.

    ``settled()`` tells whether the answer just shown is final (no stroke in progress).
    """

    def __init__(self, say: Callable[[str], None],
                 settled: Callable[[], bool] = lambda: True) -> None:
        self._say = say
        self._settled = settled
        self._last = ""

    def follow(self, settled: Callable[[], bool]) -> None:
        """Ask ``settled`` whether an answer is final from now on."""
        self._settled = settled

    def shown(self, text: Callable[[], str]) -> None:
        """The view now shows a new answer (or why there is none); ``text()`` words it, asked
        only once the answer has settled (mid-stroke answers cost no words)."""
        if not self._settled():
            return
        words = text()
        if words and words != self._last:
            self._last = words
            self._say(words)


def announce_from(widget: QWidget) -> Callable[[str], None]:
    """A ``say`` that hands the text to the screen reader as ``widget``'s announcement."""
    def say(text: str) -> None:
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))
    return say
