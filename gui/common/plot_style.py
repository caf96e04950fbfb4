"""How DigitLab's plots look: cosmetic pens, faint colours, and axes and background that follow
the window's light or dark palette instead of pyqtgraph's black."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QPen

from model.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # pyqtgraph is slow to import: this module must not need it
    import pyqtgraph as pg

LOSS_LABEL = QT_TRANSLATE_NOOP("Common", "loss")
"""The loss axis's title, in the Training and Runs tabs alike: short enough to fit along the
axis of the smallest plot (the legend's tooltip says it is the cross-entropy)."""
ACCURACY_LABEL = QT_TRANSLATE_NOOP("Common", "accuracy (%)")
"""Both titles are marked for lupdate; a plot shows one as ``translate("Common", LOSS_LABEL)``."""
DEFAULT_LOSS_TOP = 2.5
"""The loss axis's top before there is any loss to show: about the loss of a 10-class guess
(ln 10 ≈ 2.3)."""


def pen(color: str | QColor, width: float = 2.0, dashed: bool = False) -> QPen:
    """A pen as wide on screen at any zoom (cosmetic), solid or dashed."""
    made = QPen(QColor(color))
    made.setWidthF(width)
    if dashed:
        made.setStyle(Qt.PenStyle.DashLine)
    made.setCosmetic(True)
    return made


def faint(color: str | QColor, background: QColor, strength: float = 0.3) -> QColor:
    """``color`` mixed into ``background``: as faint as a transparent pen, but opaque lines are
    drawn much faster than blended ones (a raw batch line is the densest thing plotted)."""
    ink = QColor(color)
    mix = [strength * a + (1 - strength) * b for a, b in
           zip(ink.getRgbF()[:3], background.getRgbF()[:3], strict=True)]
    return QColor.fromRgbF(*mix)


def follow_palette(view: pg.GraphicsView, plots: Iterable[pg.PlotItem],
                   palette: QPalette) -> None:
    """Paint ``view`` in the palette's base colour and its plots' axes in its text colour."""
    text = palette.color(QPalette.ColorRole.Text)
    view.setBackground(palette.color(QPalette.ColorRole.Base))
    for plot in plots:
        for axis in ("left", "bottom"):
            plot.getAxis(axis).setPen(text)
            plot.getAxis(axis).setTextPen(text)
