"""A wrapping grid of small 28×28 images with captions: dataset samples, misclassified digits."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QImage, QPainter, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

from gui.common.height_for_width import HeightForWidth
from gui.common.images import gray_image
from model.image_size import IMAGE_SIDE

PIXEL_SCALE = 2
TILE_IMAGE_PIXELS = IMAGE_SIDE * PIXEL_SCALE
"""Screen pixels along each side of an image in its tile (each image pixel drawn 2×2)."""
SPACING = 6


class ImageTiles(HeightForWidth):
    """Magnified images (nearest neighbour: the pixels the network sees) each above one or two
    caption lines; hovering a tile shows its full caption (a long class name is elided), hovering
    between tiles the widget's own tooltip. As many tiles fit side by side as the width holds,
    so the height follows the width (:class:`~gui.common.height_for_width.HeightForWidth`)."""

    def __init__(self, caption_lines: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._caption_lines = caption_lines
        self._images: list[QImage] = []
        self._captions: list[list[str]] = []

    def set_tiles(self, images: np.ndarray, captions: Sequence[Sequence[str]]) -> None:
        """``images`` (N, 28, 28) uint8, ink high; one sequence of caption lines per image."""
        self._images = [gray_image(image) for image in images]
        self._captions = [list(lines) for lines in captions]
        self.updateGeometry()
        self.update()

    def count(self) -> int:
        return len(self._images)

    def captions(self) -> list[list[str]]:
        return [list(lines) for lines in self._captions]

    # Geometry ---------------------------------------------------------------------------------

    def _tile_size(self) -> QSize:
        line = QFontMetrics(self.font()).height()
        return QSize(TILE_IMAGE_PIXELS + 16, TILE_IMAGE_PIXELS + 2 + line * self._caption_lines)

    def _columns(self, width: int) -> int:
        return max(1, (width + SPACING) // (self._tile_size().width() + SPACING))

    def height_for(self, width: int) -> int:
        if not self._images:
            return 0
        rows = -(-len(self._images) // self._columns(width))
        return rows * (self._tile_size().height() + SPACING)

    def _tile_rect(self, index: int) -> QRect:
        size = self._tile_size()
        row, column = divmod(index, self._columns(self.width()))
        return QRect(QPoint(column * (size.width() + SPACING), row * (size.height() + SPACING)),
                     size)

    def natural_width(self) -> int:
        return 10 * (self._tile_size().width() + SPACING)

    # Painting ---------------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        metrics = QFontMetrics(self.font())
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        for index, (image, lines) in enumerate(zip(self._images, self._captions, strict=True)):
            tile = self._tile_rect(index)
            side = TILE_IMAGE_PIXELS
            target = QRect(tile.x() + (tile.width() - side) // 2, tile.y(), side, side)
            painter.drawImage(target, image)
            for number, line in enumerate(lines[:self._caption_lines]):
                text_rect = QRect(tile.x(), target.bottom() + 2 + number * metrics.height(),
                                  tile.width(), metrics.height())
                painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter,
                                 metrics.elidedText(line, Qt.TextElideMode.ElideRight,
                                                    tile.width()))
        painter.end()

    def event(self, event: QEvent) -> bool:
        index = self._index_at(event.pos()) if event.type() == QEvent.Type.ToolTip else None
        if index is None:
            return super().event(event)
        QToolTip.showText(event.globalPos(), "\n".join(self._captions[index]), self)
        return True

    def _index_at(self, position: QPoint) -> int | None:
        for index in range(len(self._images)):
            if self._tile_rect(index).contains(position):
                return index
        return None
