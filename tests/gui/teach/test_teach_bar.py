"""The Teach bar under the bars: squeezed, its buttons drop whole words ("Adapt to my…"),
never cut one ("Adapt to …ndwriting", seen at 1024×640 with Train open)."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from gui.common.word_elision import WordElidingToolButton
from gui.teach.teach_bar import TeachBar

ADAPT = "Adapt to my handwriting"


def test_the_teach_bar_buttons_elide_at_words(qtbot):
    window = QWidget()  # a child, as in the window: a top-level bar would be held at its hint
    qtbot.addWidget(window)
    bar = TeachBar([[QAction("My drawings"), QAction(ADAPT)]], window)
    buttons = bar.findChildren(WordElidingToolButton)
    assert [button.text() for button in buttons] == ["My drawings", ADAPT]
    bar.setGeometry(0, 0, 120, 200)
    window.show()
    qtbot.waitExposed(window)
    assert buttons[1].width() < buttons[1].sizeHint().width()  # squeezed
    bar.grab()  # and painted without a warning
