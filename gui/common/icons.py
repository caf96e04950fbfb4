"""Toolbar and window icons: line drawings in resources/icons, tinted to the palette's text colour.

The toolbar icons are single-colour SVGs, so one set serves light and dark themes and stays sharp
at any device pixel ratio: each is rendered at 1× and 2× in the colour the palette asks for.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QIcon, QPixmap

from model.resources import icon_path

SIZE = 24
INK = "#000000"
"""The colour the SVG files are drawn in, replaced by the palette's."""


def tinted_icon(name: str, color: QColor) -> QIcon:
    """``resources/icons/<name>.svg`` in ``color``, at 1× and 2× pixel density."""
    svg = icon_path(name).read_text(encoding="utf-8").replace(INK, color.name())
    icon = QIcon()
    for scale in (1, 2):
        data = svg.replace(f'width="{SIZE}" height="{SIZE}"',
                           f'width="{SIZE * scale}" height="{SIZE * scale}"')
        pixmap = QPixmap()
        pixmap.loadFromData(QByteArray(data.encode()), "SVG")
        pixmap.setDevicePixelRatio(scale)
        icon.addPixmap(pixmap)
    return icon


def app_icon() -> QIcon:
    return QIcon(str(icon_path("digitlab")))
