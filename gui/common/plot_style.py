"""How DigitLab's plots look: cosmetic pens, faint colours, series colours that stay
colour-blind-safe and visible in every theme, and axes and background that follow the window's
palette (Light, Dark, High contrast) instead of pyqtgraph's black."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics, QPalette, QPen

from gui.common.contrast import is_dark, with_contrast
from gui.common.language import translate

if TYPE_CHECKING:  # pyqtgraph is slow to import: this module must not need it
    import pyqtgraph as pg



def describe_plot(view: pg.GraphicsView, name: str | None = None,
                  description: str | None = None) -> None:
    """Give a pyqtgraph view its name (and what it shows, in words) for screen readers: on the
    view and on its viewport, which takes the keyboard focus when the view is clicked."""
    for widget in (view, view.viewport()):
        if name is not None:
            widget.setAccessibleName(name)
        if description is not None:
            widget.setAccessibleDescription(description)


def loss_label() -> str:
    """The loss axis's title, in the Training and Runs tabs alike: short enough to fit along
    the axis of the smallest plot (the legend's tooltip says it is the cross-entropy)."""
    return translate("Common", "loss")


def accuracy_label() -> str:
    return translate("Common", "accuracy (%)")


def value_title_length(plot: pg.PlotItem | pg.PlotWidget) -> int:
    """How long ``plot``'s value-axis title is, drawn upright along the axis: the least height
    of its drawing area, or the title runs into the plot above ("Genauigkeit (%)" is longer than
    the smallest plots)."""
    axis = plot.getAxis("left")
    return QFontMetrics(axis.label.font()).horizontalAdvance(axis.labelText)


DEFAULT_LOSS_TOP = 2.5
"""The loss axis's top before there is any loss to show: about the loss of a 10-class guess
(ln 10 ≈ 2.3)."""

LINE_CONTRAST = 3.0
"""WCAG's minimum for lines and shapes that carry meaning, against the plot's background."""
BLACK, WHITE = "#000000", "#ffffff"
SERIES_COLORS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", BLACK, "#E69F00", "#56B4E9")
"""Okabe and Ito's colour-blind-safe set, in the order series take them: blue, vermillion,
bluish green and reddish purple first, as each stands ≥ 3:1 on white and on black alike; then
black (white on a dark background), orange and sky blue. Their yellow is left out: it vanishes on
white paper and on a washed-out projector."""
TRAIN_COLOR, VALIDATION_COLOR, TEST_COLOR = SERIES_COLORS[:3]
"""The Train tab's curves: these three need no change for any theme."""
REFERENCE_COLOR = "#7f7f7f"
"""A published result's line: a grey ≥ 3:1 on white, on the dark theme's base and on black."""


def series_colors(background: QColor | str) -> tuple[str, ...]:
    """:data:`SERIES_COLORS` for a plot on ``background``: black swapped for white on a dark
    one, and any colour short of 3:1 against it moved just far enough in lightness to reach it
    (orange and sky blue on white), so every series is visible in every theme."""
    swap = WHITE if is_dark(background) else BLACK
    return tuple(with_contrast(swap if color == BLACK else color, background,
                               LINE_CONTRAST).name() for color in SERIES_COLORS)


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
