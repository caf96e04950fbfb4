"""One colour per run compared, shared by its curves and its row in the table."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget

from gui.common.plot_style import SERIES_COLORS, series_colors

DRAWN_AT_ONCE = len(SERIES_COLORS)
"""As many runs as colours are drawn at once."""


def run_colors(widget: QWidget) -> tuple[str, ...]:
    """The runs' colours for ``widget``'s theme: Okabe and Ito's colour-blind-safe set, each
    ≥ 3:1 against the plots' background (:func:`gui.common.plot_style.series_colors`)."""
    return series_colors(widget.palette().color(QPalette.ColorRole.Base))
