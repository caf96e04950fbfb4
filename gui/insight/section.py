"""A picture of the network with its title above and, below, a sentence saying what it shows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from gui.insight.tile_grid import TileGrid


class Section(QWidget):
    """A titled :class:`TileGrid` and its explanation (objectName ``name``)."""

    def __init__(self, grid: TileGrid, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.grid = grid
        self._title = ""
        self._explained = True
        self._heading_lines = 1
        self._heading = self.explanation("")
        font = QFont(self._heading.font())
        font.setWeight(QFont.Weight.DemiBold)
        self._heading.setFont(font)
        self._heading.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._text = self.explanation("")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self._heading)
        column.addWidget(grid)
        column.addWidget(self._text)
        column.addStretch(1)  # beside a taller section, the titles stay level

    @staticmethod
    def explanation(text: str) -> QLabel:
        """A sentence under a picture (or a title above it), wrapped to its width: its length
        never widens the section, so two sections side by side share the width evenly in any
        language."""
        label = QLabel(text)
        label.setWordWrap(True)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)  # as word wrap had set it: a row beside other controls
        label.setSizePolicy(policy)     # asks its height for its width, or cuts a second line
        return label

    def title(self) -> str:
        return self._title

    def keep_heading_lines(self, lines: int) -> None:
        """Leave room for ``lines`` lines of title, so this section's picture stands level with
        a neighbour's whose title wraps ("Why “1”?" beside "Layer hidden_2, unit 40" in German
        put the pictures a line apart). A fixed room: one that followed the neighbour's
        wrapping would make the layout chase it."""
        self._heading_lines = lines
        self._fit_heading()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_heading()

    def _fit_heading(self) -> None:
        self._heading.setMinimumHeight(
            self._heading_lines * self._heading.fontMetrics().lineSpacing())

    def set_title(self, title: str, detail: str = "") -> None:
        """``title`` in bold, ``detail`` after it in the normal weight."""
        self._title = title
        self._heading.setText(f"{title}  <span style='font-weight: normal'>{detail}</span>"
                              if detail else title)

    def set_text(self, text: str) -> None:
        self._text.setText(text)
        self._text.setVisible(self._explained and bool(text))

    def set_explained(self, shown: bool) -> None:
        """Show or hide the explanation (for those who know what they are looking at)."""
        self._explained = shown
        self._text.setVisible(shown and bool(self._text.text()))
