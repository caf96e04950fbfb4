"""What is on the canvas (strokes over an optional picture) and rasters of it kept up to date
one stroke at a time.

Painting every stroke again at each pen-up made the work per stroke grow with the strokes already
drawn: on a canvas never cleared, a pen-up took 205 ms at 500 strokes, and every repaint while
drawing re-stroked them all too. An :class:`InkRaster` keeps the committed strokes as pixels and
paints only the newest one onto them; undo, clear and a drop, which take strokes away or replace
them, are the only times it paints the whole drawing from its vector history.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPolygonF

from gui.common.images import gray_image, painting
from model.drawing.strokes import CANVAS_SIZE, PEN_WIDTH

Point = tuple[float, float]

PIXEL_CENTRE = 0.5
"""Strokes use model/pendigits' pixel-index frame (pixel ``(row, col)`` centred at ``x = col``,
``y = row``); Qt centres that pixel at ``col + 0.5``, so drawing shifts by half a pixel."""


@dataclass(frozen=True)
class Stroke:
    """One pen-down-to-pen-up trace in logical canvas units (pixel-index frame, y downward)."""

    points: tuple[Point, ...]
    width: float = PEN_WIDTH


@dataclass(frozen=True)
class Drawing:
    """What is on the canvas: an optional dropped picture with strokes over it.

    Immutable, so the undo history can share strokes between snapshots.
    """

    strokes: tuple[Stroke, ...] = ()
    picture: QImage | None = None

    def is_empty(self) -> bool:
        return not self.strokes and self.picture is None

    def with_stroke(self, stroke: Stroke) -> Drawing:
        return Drawing((*self.strokes, stroke), self.picture)


def ink_pen(color: QColor, width: float) -> QPen:
    """The round-capped, round-joined pen every stroke is drawn with, on screen and off."""
    return QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin)


def draw_strokes(painter: QPainter, strokes: tuple[Stroke, ...], color: QColor) -> None:
    """Draw strokes anti-aliased in the painter's current (logical) coordinates."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for stroke in strokes:
        painter.setPen(ink_pen(color, stroke.width))
        points = [QPointF(x + PIXEL_CENTRE, y + PIXEL_CENTRE) for x, y in stroke.points]
        if len(points) == 1:
            painter.drawPoint(points[0])
        else:
            painter.drawPolyline(QPolygonF(points))


def fit_picture(gray: np.ndarray) -> QImage:
    """A dark-on-white picture scaled to fit the logical square, centred on white paper."""
    fitted = gray_image(gray).scaled(CANVAS_SIZE, CANVAS_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation)
    picture = QImage(CANVAS_SIZE, CANVAS_SIZE, QImage.Format.Format_Grayscale8)
    picture.fill(Qt.GlobalColor.white)
    with painting(picture) as painter:
        painter.drawImage((CANVAS_SIZE - fitted.width()) // 2,
                          (CANVAS_SIZE - fitted.height()) // 2, fitted)
    return picture


@dataclass(frozen=True)
class Look:
    """How a raster shows a drawing: its pixel size and colours."""

    side: int
    """Pixels across the logical ``CANVAS_SIZE`` square."""
    background: QColor
    """Behind everything (transparent on screen, where the widget paints the paper)."""
    ink: QColor
    dark_paper: bool = False
    """Pictures are dark ink on white; on dark paper they are shown inverted, like the strokes."""
    image_format: QImage.Format = QImage.Format.Format_ARGB32_Premultiplied


NETWORK_LOOK = Look(CANVAS_SIZE, QColor(Qt.GlobalColor.white), QColor(Qt.GlobalColor.black),
                    image_format=QImage.Format.Format_Grayscale8)
"""The network's view: black ink on white, one pixel per logical unit (``canvas_to_mnist``'s
contract)."""


class InkRaster:
    """A drawing as pixels in a given :class:`Look`, taking each new stroke in constant time."""

    def __init__(self, drawing: Drawing, look: Look) -> None:
        self.look = look
        self._image = QImage(look.side, look.side, look.image_format)
        self._image.fill(look.background)
        with self._painter(self._image) as painter:
            if drawing.picture is not None:
                self._paint_picture(painter, drawing.picture)
            draw_strokes(painter, drawing.strokes, look.ink)

    def image(self) -> QImage:
        return self._image

    def add(self, stroke: Stroke) -> None:
        """Paint one more stroke over what is there (exactly as painting all at once would)."""
        self._paint_stroke(self._image, stroke)

    def preview(self, stroke: Stroke) -> QImage:
        """A copy with ``stroke`` (the one being drawn) painted on too; this raster stays as is."""
        frame = self._image.copy()
        self._paint_stroke(frame, stroke)
        return frame

    def _paint_stroke(self, image: QImage, stroke: Stroke) -> None:
        with self._painter(image) as painter:
            draw_strokes(painter, (stroke,), self.look.ink)

    @contextmanager
    def _painter(self, image: QImage) -> Iterator[QPainter]:
        """A painter on ``image`` in logical canvas units."""
        with painting(image) as painter:
            scale = self.look.side / CANVAS_SIZE
            painter.scale(scale, scale)
            yield painter

    def _paint_picture(self, painter: QPainter, picture: QImage) -> None:
        if self.look.dark_paper:
            picture = picture.copy()
            picture.invertPixels()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRectF(0, 0, CANVAS_SIZE, CANVAS_SIZE), picture)
