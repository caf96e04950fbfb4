"""Text cut short at a word, never inside one: "Adapt to my…", not "Adapt to …ndwriting".

Qt's tool buttons elide a text that does not fit in the middle, which cuts words apart. A
button made here keeps its full text as its size hint (so layouts still try to give it the
room) and, when it gets less, drops whole words from the end instead. Only the painting
changes, never the text or the size hints: a hint that changed with the widget's size would
make layouts chase it (see gui/common/height_for_width.py).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QLabel,
    QStyle,
    QStyleOptionToolButton,
    QStylePainter,
    QToolButton,
)

ELLIPSIS = "…"


def elided_at_word(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` if it fits in ``width`` pixels, else its longest run of whole words that fits
    with an ellipsis, else its first word with one (a single word cannot be cut at a word)."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    words = text.split(" ")
    for count in range(len(words) - 1, 0, -1):
        shortened = " ".join(words[:count]).rstrip(" ,:;–—-") + ELLIPSIS
        if metrics.horizontalAdvance(shortened) <= width:
            return shortened
    return words[0] + ELLIPSIS


class WordElidingToolButton(QToolButton):
    """A tool button whose text, when squeezed, loses whole words from its end (the full text
    stays in the size hint; the tooltip tells the rest)."""

    def paintEvent(self, event) -> None:
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        chrome = self.sizeHint().width() - option.fontMetrics.horizontalAdvance(option.text)
        option.text = elided_at_word(option.text, option.fontMetrics, self.width() - chrome)
        QStylePainter(self).drawComplexControl(QStyle.ComplexControl.CC_ToolButton, option)


class WordElidingLabel(QLabel):
    """A one-line label that, given less room than its text, shows its longest run of whole
    words with an ellipsis, its full text in the tooltip; its text itself (what a screen reader
    reads) stays whole.

    The status bar's model line needs it: an adapted model's name ("mnist-mlp-mine-20261207-
    165728.keras") made the line wider than a 1,000-pixel window, and a plain label cut it at
    the window's edge, mid-figure.
    """

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        """As little as the ellipsis: the line gives way, the window's width does not."""
        return QSize(self.fontMetrics().horizontalAdvance(ELLIPSIS),
                     super().minimumSizeHint().height())

    def paintEvent(self, event) -> None:
        area = self.contentsRect()
        shown = elided_at_word(self.text(), self.fontMetrics(), area.width())
        self.style().drawItemText(QPainter(self), area, int(self.alignment()), self.palette(),
                                  self.isEnabled(), shown, self.foregroundRole())
