"""QScrollArea recurses until the stack overflows (SIGSEGV) when its widget grows taller as it
gets wider: PySide6-only reproducer of DigitLab's segfault (issue 19).

    QT_QPA_PLATFORM=offscreen python docs/qt-bugs/scroll_area_resize_recursion.py

What to report upstream (Qt, component Widgets: QScrollArea; seen with Qt 6.11.3 / PySide6
6.11.3 on Linux, offscreen and xcb alike):

    A resizable QScrollArea (setWidgetResizable(true), vertical scroll bar as needed) whose
    widget's minimum height grows with its width - here a child that keeps a square aspect by
    setting its fixed height in resizeEvent - crashes with a stack overflow when the viewport is
    a little wider than the content is tall. QScrollArea::eventFilter() handles the widget's
    Resize with QScrollAreaPrivate::updateScrollBars(), which resizes the widget again. The
    widget's layout has already reacted to the first resize (QApplicationPrivate::notify_helper
    calls QLayout::widgetEvent before the event filters), so the hints updateScrollBars() reads
    flip between "fits without a scroll bar" (narrow) and "needs one" (wide), and every resize
    starts another, synchronously: QWidget::resize -> ... -> QScrollArea::eventFilter ->
    updateScrollBars -> QWidget::resize, ~10,000 levels deep, until SIGSEGV in whatever runs at
    the bottom (in DigitLab: QTextLine::layout_helper under QLabel::heightForWidth).
    Expected: the scroll area settles (e.g. keeps the scroll bar) or at least stops recursing;
    a widget's hint that depends on its own size is unusual, but it should not crash the
    process.

The crash needs the content's height to depend on its width the "wrong" way (taller when
wider: pictures that keep their aspect), and to learn of its width in resizeEvent. Declaring
the height through heightForWidth() instead (``--height-for-width`` below; DigitLab's fix,
gui/common/height_for_width.py) settles at once.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication, QScrollArea, QSizePolicy, QVBoxLayout, QWidget


class SquareByResize(QWidget):
    """A picture that keeps a square aspect by fixing its height when resized (crashes)."""

    def resizeEvent(self, event) -> None:
        self.setFixedHeight(self.width())
        super().resizeEvent(event)


class SquareByHeightForWidth(QWidget):
    """The same picture, telling layouts its height for a width (settles)."""

    def __init__(self) -> None:
        super().__init__()
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def sizeHint(self) -> QSize:
        return QSize(100, 100)


def main() -> None:
    app = QApplication(sys.argv)
    square = SquareByHeightForWidth() if "--height-for-width" in sys.argv else SquareByResize()
    content = QWidget()
    column = QVBoxLayout(content)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(square)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    bar = area.verticalScrollBar().sizeHint().width()
    area.resize(300 + bar // 2, 300)  # square fits beside the scroll bar, not without it
    area.show()
    QTimer.singleShot(500, app.quit)
    app.exec()
    print(f"settled: content {content.width()}×{content.height()}")


if __name__ == "__main__":
    main()
