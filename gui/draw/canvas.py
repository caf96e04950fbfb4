"""The drawing canvas: strokes by mouse, pen or finger (or a dropped picture) as network input.

The drawing is kept as vector strokes in a fixed logical square of ``CANVAS_SIZE`` units (the
resolution of the pendigits benchmark), not as screen pixels. So the image handed to the network is
the same whatever the window's size or the screen's pixel ratio, undo is exact, and the screen
shows the strokes sharply at any scale. :meth:`Canvas.image` renders them into a
``CANVAS_SIZE``×``CANVAS_SIZE`` grayscale image, dark ink on white, the contract of
``model.drawing.preprocess.canvas_to_mnist``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from gui.common.images import flatten_on_white, gray_array, gray_image, painting
from model.drawing.images import as_dark_on_light, load_drawing
from model.drawing.strokes import CANVAS_SIZE, PEN_WIDTH
from model.errors import DigitLabError

Point = tuple[float, float]

HISTORY_LIMIT = 200
PAPER_MARGIN = 6.0
PAPER_RADIUS = 10.0
PEN_WIDTH_RANGE = (4.0, 40.0)
HINT = "Draw a digit here\nor drop an image"
PIXEL_CENTRE = 0.5
"""Strokes use model/pendigits' pixel-index frame (pixel ``(row, col)`` centred at ``x = col``,
``y = row``); Qt centres that pixel at ``col + 0.5``, so drawing shifts by half a pixel."""


@dataclass(frozen=True)
class Stroke:
    """One pen-down-to-pen-up trace in logical canvas units (pixel-index frame, y downward)."""

    points: tuple[Point, ...]
    width: float = PEN_WIDTH


@dataclass(frozen=True)
class _Drawing:
    """What is on the canvas: an optional dropped picture with strokes over it.

    Immutable, so the undo history can share strokes between snapshots.
    """

    strokes: tuple[Stroke, ...] = ()
    picture: QImage | None = None

    def is_empty(self) -> bool:
        return not self.strokes and self.picture is None


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


class Canvas(QWidget):
    """A square of paper to draw a digit on; it emits ``changed`` whenever the drawing changes.

    ``changed`` fires during a stroke as well (for live predictions); :meth:`is_drawing` tells a
    listener whether more of the same stroke is on its way. ``drop_failed`` carries the message
    when a dropped file is not an image.
    """

    changed = Signal()
    drop_failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("canvas")
        self.setAccessibleName("Drawing canvas")
        self.setToolTip("Draw a digit with the mouse, a pen or a finger, or drop an image here")
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAcceptDrops(True)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._drawing = _Drawing()
        self._history: list[_Drawing] = []
        self._live: list[Point] | None = None
        self._pen_width = PEN_WIDTH
        self._committed = self._render(self._drawing)
        self._image_cache: np.ndarray | None = None

    # Public API -------------------------------------------------------------------------------

    def strokes(self) -> tuple[Stroke, ...]:
        """All strokes, including the one being drawn."""
        live = (self._live_stroke(),) if self._live else ()
        return self._drawing.strokes + live

    def image(self) -> np.ndarray:
        """The drawing as a (CANVAS_SIZE, CANVAS_SIZE) uint8 array, dark ink on white."""
        if self._image_cache is None:
            if self._live:
                frame = self._committed.copy()
                with painting(frame) as painter:
                    draw_strokes(painter, (self._live_stroke(),), QColor(Qt.GlobalColor.black))
                self._image_cache = gray_array(frame)
            else:
                self._image_cache = gray_array(self._committed)
        return self._image_cache

    def is_empty(self) -> bool:
        return self._drawing.is_empty() and not self._live

    def is_drawing(self) -> bool:
        """Whether a stroke is in progress (more ``changed`` signals are on their way)."""
        return self._live is not None

    def can_undo(self) -> bool:
        return bool(self._history)

    def pen_width(self) -> float:
        return self._pen_width

    def set_pen_width(self, width: float) -> None:
        """Width of the strokes drawn from now on, in logical units."""
        low, high = PEN_WIDTH_RANGE
        self._pen_width = float(min(max(width, low), high))

    def clear(self) -> None:
        """Wipe the paper (undoable)."""
        self._cancel_stroke()
        if not self._drawing.is_empty():
            self._commit(_Drawing())

    def undo(self) -> None:
        """Take back the stroke being drawn, else the last stroke, clear or drop."""
        if self._live is not None:
            self._cancel_stroke()
        elif self._history:
            self._drawing = self._history.pop()
            self._rerender()

    def set_picture(self, gray: np.ndarray) -> None:
        """Replace the drawing (undoably) with a dark-on-light picture, fitted into the paper."""
        self._live = None
        self._commit(_Drawing(picture=fit_picture(gray)))

    def load_picture(self, path: str) -> None:
        """Replace the drawing with an image file; white-on-black (MNIST-style) ones are inverted.

        Raises ``model.drawing.images.ImageFileError`` when the file is not a readable image.
        """
        self.set_picture(load_drawing(path))

    def to_logical(self, position: QPointF) -> Point:
        """A widget position in logical canvas units."""
        paper = self._paper_rect()
        scale = CANVAS_SIZE / paper.width()
        return ((position.x() - paper.left()) * scale - PIXEL_CENTRE,
                (position.y() - paper.top()) * scale - PIXEL_CENTRE)

    def to_widget(self, point: Point) -> QPointF:
        """A logical canvas point in widget coordinates (to replay strokes as mouse events)."""
        paper = self._paper_rect()
        scale = paper.width() / CANVAS_SIZE
        return QPointF(paper.left() + (point[0] + PIXEL_CENTRE) * scale,
                       paper.top() + (point[1] + PIXEL_CENTRE) * scale)

    # Stroke recording --------------------------------------------------------------------------

    def _begin_stroke(self, position: QPointF) -> None:
        self._live = [self.to_logical(position)]
        self._changed(self._live_dirty_rect())

    def _extend_stroke(self, position: QPointF) -> None:
        point = self.to_logical(position)
        if self._live is None or point == self._live[-1]:
            return
        self._live.append(point)
        self._changed(self._live_dirty_rect())

    def _end_stroke(self) -> None:
        if self._live is None:
            return
        stroke = self._live_stroke()
        self._live = None
        self._commit(_Drawing((*self._drawing.strokes, stroke), self._drawing.picture))

    def _cancel_stroke(self) -> None:
        if self._live is not None:
            self._live = None
            self._changed()

    def _live_stroke(self) -> Stroke:
        return Stroke(tuple(self._live or ()), self._pen_width)

    def _live_dirty_rect(self) -> QRectF:
        """The widget area the newest segment of the live stroke covers."""
        tail = [self.to_widget(p) for p in self._live[-2:]]
        rect = QRectF(tail[0], tail[-1]).normalized()
        reach = self._pen_width * self._paper_rect().width() / CANVAS_SIZE / 2 + 2
        return rect.adjusted(-reach, -reach, reach, reach)

    def _commit(self, drawing: _Drawing) -> None:
        self._history = [*self._history[-(HISTORY_LIMIT - 1):], self._drawing]
        self._drawing = drawing
        self._rerender()

    def _rerender(self) -> None:
        self._committed = self._render(self._drawing)
        self._changed()

    def _changed(self, dirty: QRectF | None = None) -> None:
        self._image_cache = None
        if dirty is None:
            self.update()
        else:
            self.update(dirty.toAlignedRect())
        self.changed.emit()

    @staticmethod
    def _render(drawing: _Drawing) -> QImage:
        image = QImage(CANVAS_SIZE, CANVAS_SIZE, QImage.Format.Format_Grayscale8)
        image.fill(Qt.GlobalColor.white)
        with painting(image) as painter:
            if drawing.picture is not None:
                painter.drawImage(0, 0, drawing.picture)
            draw_strokes(painter, drawing.strokes, QColor(Qt.GlobalColor.black))
        return image

    # Input events -------------------------------------------------------------------------------

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin_stroke(event.position())
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend_stroke(event.position())

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._end_stroke()

    def tabletEvent(self, event: QTabletEvent) -> None:
        """Pen input at the tablet's full (sub-pixel) resolution; accepted, so no mouse copy."""
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin_stroke(event.position())
        elif kind == QEvent.Type.TabletMove and self._live is not None:
            self._extend_stroke(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end_stroke()
        event.accept()

    def event(self, event: QEvent) -> bool:
        """A finger draws like the mouse (first touch point); a cancelled touch leaves no ink."""
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            self._touch(event)
            return True
        if kind == QEvent.Type.TouchCancel:
            self._cancel_stroke()
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        position = event.points()[0].position()
        kind = event.type()
        if kind == QEvent.Type.TouchBegin:
            self._begin_stroke(position)
        elif kind == QEvent.Type.TouchUpdate:
            self._extend_stroke(position)
        else:
            self._end_stroke()
        event.accept()

    def dragEnterEvent(self, event) -> None:
        mime = event.mimeData()
        if mime.hasImage() or any(url.isLocalFile() for url in mime.urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        mime = event.mimeData()
        event.acceptProposedAction()
        if mime.hasImage():
            self.set_picture(as_dark_on_light(flatten_on_white(QImage(mime.imageData()))))
            return
        path = next(url.toLocalFile() for url in mime.urls() if url.isLocalFile())
        try:
            self.load_picture(path)
        except DigitLabError as error:
            self.drop_failed.emit(str(error))

    # Painting -----------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(440, 440)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 200)

    def _paper_rect(self) -> QRectF:
        """The largest centred square that fits, inside a small margin."""
        side = max(1.0, min(self.width(), self.height()) - 2 * PAPER_MARGIN)
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        paper = self._paper_rect()
        with painting(self) as painter:
            painter.fillRect(event.rect(), palette.color(QPalette.ColorRole.Window))
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1.0))
            painter.setBrush(palette.color(QPalette.ColorRole.Base))
            outline = QPainterPath()
            outline.addRoundedRect(paper.adjusted(-0.5, -0.5, 0.5, 0.5), PAPER_RADIUS,
                                   PAPER_RADIUS)
            painter.drawPath(outline)
            painter.setClipPath(outline)
            painter.translate(paper.topLeft())
            painter.scale(paper.width() / CANVAS_SIZE, paper.height() / CANVAS_SIZE)
            self._paint_picture(painter, palette)
            draw_strokes(painter, self.strokes(), palette.color(QPalette.ColorRole.Text))
            if self.is_empty():
                self._paint_hint(painter, palette)

    def _paint_hint(self, painter: QPainter, palette: QPalette) -> None:
        """A quiet invitation on the empty paper, gone with the first touch of ink."""
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.resetTransform()
        painter.drawText(self._paper_rect(), Qt.AlignmentFlag.AlignCenter, HINT)

    def _paint_picture(self, painter: QPainter, palette: QPalette) -> None:
        """The dropped picture, in the palette's ink-on-paper colours (inverted on dark paper)."""
        picture = self._drawing.picture
        if picture is None:
            return
        if palette.color(QPalette.ColorRole.Base).lightness() < 128:
            picture = picture.copy()
            picture.invertPixels()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRectF(0, 0, CANVAS_SIZE, CANVAS_SIZE), picture)
