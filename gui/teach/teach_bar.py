"""The strip under the prediction bars that says how to teach DigitLab and what it kept."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from gui.common.language import translate
from gui.common.word_elision import WordElidingToolButton


def hint() -> str:
    return translate("Teach", "Wrong? Click the right digit or press its key to teach DigitLab.")


def _button(action: QAction) -> QToolButton:
    """A button that mirrors ``action`` (text, tip, enabled, visible); squeezed, it drops whole
    words ("Adapt to my…"), never cuts one."""
    button = WordElidingToolButton()
    button.setDefaultAction(action)
    button.setVisible(action.isVisible())
    action.changed.connect(lambda: button.setVisible(action.isVisible()))
    return button


class TeachBar(QWidget):
    """The hint, a line of news (what was kept, what went wrong) and the Teach actions."""

    def __init__(self, actions: list[list[QAction]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teachBar")
        self._hint = QLabel(hint())
        self._hint.setObjectName("teachHint")
        self._news = QLabel()
        self._news.setObjectName("teachNews")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        for label in (self._hint, self._news):
            label.setWordWrap(True)
            column.addWidget(label)
        for row_actions in actions:
            row = QHBoxLayout()
            for action in row_actions:
                row.addWidget(_button(action))
            row.addStretch(1)
            column.addLayout(row)
        self._style_hint()

    def show_hint(self, shown: bool) -> None:
        """The hint only makes sense while a digit model reads the canvas."""
        self._hint.setVisible(shown)

    def say(self, text: str) -> None:
        self._news.setText(text)

    def news(self) -> str:
        return self._news.text()

    def _style_hint(self) -> None:
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        self._hint.setStyleSheet(f"color: {muted};")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._style_hint()
        super().changeEvent(event)
