"""Equal tiles in rows — a layer's units, weight images — drawn as one image, with hover.

Hundreds of tiles are one ``QPainter.drawImage`` of an image assembled in numpy at screen size
(whole-number magnification, nearest neighbour, a one-pixel gap in the palette's mid tone
between tiles, which sets off white tiles from a white page), so a 768-unit layer repaints in
well under a millisecond and every unit stays a crisp square.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, QRect, QSize, Signal
from PySide6.QtGui import QImage, QPalette, QPen
from PySide6.QtWidgets import QWidget

from gui.common.height_for_width import HeightForWidth
from gui.common.images import painting
from gui.insight.colors import rgb_image

GAP = 1
NO_TILE = -1


class TileGrid(HeightForWidth):
    """``(N, h, w)`` tile colours laid out in rows, as large as the width allows.

    With ``columns`` given, the tiles keep that layout (a layer's units stay where they were)
    and grow up to ``largest_pixel`` screen pixels per tile pixel to fill the width; with
    ``columns=None`` they are drawn ``largest_pixel`` large and as many fit side by side as the
    width holds. The height follows (:class:`~gui.common.height_for_width.HeightForWidth`: in
    ``columns`` mode a wider grid is a taller one). ``hovered(index)`` fires when the pointer
    moves onto another tile (``NO_TILE`` when it leaves them).
    """

    hovered = Signal(int)

    def __init__(self, largest_pixel: int, columns: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._largest_pixel = largest_pixel
        self._columns = columns
        self._tiles = np.zeros((0, 1, 1), np.uint32)
        self._image: QImage | None = None
        self._layout = (1, 1)  # (columns, pixel) of the image on display
        self._hovered = NO_TILE
        self._marked = NO_TILE
        self.setMouseTracking(True)

    # Public API -------------------------------------------------------------------------------

    def set_tiles(self, tiles: np.ndarray) -> None:
        """Show ``tiles``, (N, h, w) 0xFFRRGGBB colours."""
        shape = self._tiles.shape
        self._tiles = np.asarray(tiles, dtype=np.uint32)
        if self._tiles.shape != shape:
            self.updateGeometry()
        self._rebuild()

    def set_largest_pixel(self, pixel: int) -> None:
        if pixel != self._largest_pixel:
            self._largest_pixel = pixel
            self.updateGeometry()
            self._rebuild()

    def set_marked(self, index: int) -> None:
        """Outline tile ``index`` (``NO_TILE``: none), e.g. the unit shown in detail."""
        if index != self._marked:
            self._marked = index
            self.update()

    def count(self) -> int:
        return len(self._tiles)

    def tile_at(self, position: QPoint) -> int:
        """The index of the tile under ``position``, or ``NO_TILE``."""
        columns, pixel = self._layout
        height, width = self._tiles.shape[1:]
        step_x, step_y = width * pixel + GAP, height * pixel + GAP
        column, row = position.x() // step_x, position.y() // step_y
        inside = (position.x() % step_x < width * pixel and position.y() % step_y < height * pixel)
        index = row * columns + column
        if not inside or position.x() < 0 or position.y() < 0 or column >= columns:
            return NO_TILE
        return index if index < len(self._tiles) else NO_TILE

    def tile_rect(self, index: int) -> QRect:
        """Where tile ``index`` is drawn."""
        columns, pixel = self._layout
        height, width = self._tiles.shape[1:]
        row, column = divmod(index, columns)
        return QRect(column * (width * pixel + GAP), row * (height * pixel + GAP),
                     width * pixel, height * pixel)

    # Layout -----------------------------------------------------------------------------------

    def _fit(self, width: int) -> tuple[int, int]:
        """(columns, pixel) for the available ``width``."""
        tile_width = self._tiles.shape[2]
        if self._columns is None:
            pixel = self._largest_pixel
            fit = (width + GAP) // (tile_width * pixel + GAP)
            return max(1, min(fit, len(self._tiles))), pixel
        columns = self._columns
        pixel = (width - GAP * (columns - 1)) // (columns * tile_width)
        return columns, int(np.clip(pixel, 1, self._largest_pixel))

    def _rebuild(self) -> None:
        """Assemble the image for the current width (the layout gave the height for it)."""
        self._layout = self._fit(self.width())
        self._image = rgb_image(self._assemble(*self._layout)) if len(self._tiles) else None
        self.update()

    def _assemble(self, columns: int, pixel: int) -> np.ndarray:
        """The tiles magnified ``pixel`` times, in rows of ``columns``, one gap apart; the
        places after the last tile are the page's background."""
        count, height, width = self._tiles.shape
        rows = -(-count // columns)
        palette = self.palette()
        cells = np.full((rows * columns, height * pixel + GAP, width * pixel + GAP),
                        palette.color(QPalette.ColorRole.Mid).rgb(), dtype=np.uint32)
        cells[:count, : height * pixel, : width * pixel] = self._tiles.repeat(
            pixel, axis=1).repeat(pixel, axis=2)
        cells[count:] = palette.color(QPalette.ColorRole.Window).rgb()
        grid = cells.reshape(rows, columns, height * pixel + GAP, width * pixel + GAP)
        image = grid.transpose(0, 2, 1, 3).reshape(rows * (height * pixel + GAP), -1)
        return image[:-GAP, :-GAP]

    def height_for(self, width: int) -> int:
        """The image's height at ``width``: whole rows of magnified tiles, one gap apart."""
        if len(self._tiles) == 0:
            return 0
        columns, pixel = self._fit(width)
        rows = -(-len(self._tiles) // columns)
        return rows * (self._tiles.shape[1] * pixel + GAP) - GAP

    def natural_width(self) -> int:
        return self._tiles.shape[2] * (self._columns or 1)

    def minimumSizeHint(self) -> QSize:
        columns = self._columns or 1
        return QSize(columns * self._tiles.shape[2] + GAP * (columns - 1), 0)

    # Events -----------------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:
        if self._fit(self.width()) != self._layout:
            self._rebuild()
        super().resizeEvent(event)

    def paintEvent(self, event) -> None:
        if self._image is None:
            return
        with painting(self) as painter:
            painter.drawImage(0, 0, self._image)
            if 0 <= self._marked < len(self._tiles):
                painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Text), 2))
                painter.drawRect(self.tile_rect(self._marked).adjusted(-1, -1, 1, 1))

    def mouseMoveEvent(self, event) -> None:
        self._hover(self.tile_at(event.position().toPoint()))
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:
        self._hover(NO_TILE)
        super().leaveEvent(event)

    def _hover(self, index: int) -> None:
        if index != self._hovered:
            self._hovered = index
            self.hovered.emit(index)
