"""The drawing canvas: strokes by mouse, pen or finger (or a dropped picture) as network input.

The drawing is kept as vector strokes in a fixed logical square of ``CANVAS_SIZE`` units (the
resolution of the pendigits benchmark), not as screen pixels. So the image handed to the network is
the same whatever the window's size or the screen's pixel ratio, undo is exact, and the screen
shows the strokes sharply at any scale. :meth:`Canvas.image` renders them into a
``CANVAS_SIZE``×``CANVAS_SIZE`` grayscale image, dark ink on white, the contract of
``model.drawing.preprocess.canvas_to_mnist``.

Both that image and the screen's are kept as rasters that a pen-up adds one stroke to
(:mod:`gui.draw.ink`), so neither a pen-up nor a repaint slows down as strokes accumulate.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from gui.common.images import gray_array, painting
from gui.common.language import error_text, translate
from gui.draw.dropped import can_drop, dropped_drawing
from gui.draw.ink import (
    NETWORK_LOOK,
    PIXEL_CENTRE,
    Drawing,
    InkRaster,
    Look,
    Point,
    Stroke,
    draw_strokes,
    fit_picture,
)
from model.drawing.strokes import CANVAS_SIZE, PEN_WIDTH
from model.errors import DigitLabError

HISTORY_LIMIT = 200
PAPER_MARGIN = 6
PAPER_RADIUS = 10.0
PEN_WIDTH_RANGE = (4.0, 40.0)


def hint() -> str:
    """The invitation painted on the empty paper."""
    return translate("Draw", "Draw a digit here\nor drop an image")


class Canvas(QWidget):
    """A square of paper to draw a digit on; it emits ``changed`` whenever the drawing changes.

    ``changed`` fires during a stroke as well (for live predictions); :meth:`is_drawing` tells a
    listener whether more of the same stroke is on its way. ``drop_failed`` carries the message
    when a drop cannot be read (the drawing stays as it was).
    """

    changed = Signal()
    drop_failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("canvas")
        self.setAccessibleName(translate("Draw", "Drawing canvas"))
        self.setAccessibleDescription(translate(
            "Draw", "Draw a digit with the mouse, a pen or a finger, or drop or open an image. "
                    "Clear wipes it, Undo takes back the last stroke. The answer is read out "
                    "after each stroke."))
        self.setToolTip(translate(
            "Draw", "Draw a digit with the mouse, a pen or a finger, or drop an image here"))
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAcceptDrops(True)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._drawing = Drawing()
        self._history: list[Drawing] = []
        self._live: list[Point] | None = None
        self._pen_width = PEN_WIDTH
        self._network = InkRaster(self._drawing, NETWORK_LOOK)
        self._screen: InkRaster | None = None
        """The committed drawing at the widget's size and colours, made when first painted."""
        self._image_cache: np.ndarray | None = None

    # Public API -------------------------------------------------------------------------------

    def strokes(self) -> tuple[Stroke, ...]:
        """All strokes, including the one being drawn."""
        live = (self._live_stroke(),) if self._live else ()
        return self._drawing.strokes + live

    def image(self) -> np.ndarray:
        """The drawing as a (CANVAS_SIZE, CANVAS_SIZE) uint8 array, dark ink on white."""
        if self._image_cache is None:
            frame = (self._network.preview(self._live_stroke()) if self._live
                     else self._network.image())
            self._image_cache = gray_array(frame)
        return self._image_cache

    def is_empty(self) -> bool:
        return self._drawing.is_empty() and not self._live

    def has_picture(self) -> bool:
        """Whether a dropped picture is part of the drawing (it has no strokes to keep)."""
        return self._drawing.picture is not None

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
            self._replace(Drawing())

    def undo(self) -> None:
        """Take back the stroke being drawn, else the last stroke, clear or drop."""
        if self._live is not None:
            self._cancel_stroke()
        elif self._history:
            self._drawing = self._history.pop()
            self._redraw()

    def set_picture(self, gray: np.ndarray) -> None:
        """Replace the drawing (undoably) with a dark-on-light picture, fitted into the paper."""
        self._live = None
        self._replace(Drawing(picture=fit_picture(gray)))

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
        self._remember(self._drawing.with_stroke(stroke))
        for raster in (self._network, self._screen):
            if raster is not None:
                raster.add(stroke)
        self._changed()

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

    def _remember(self, drawing: Drawing) -> None:
        """Make ``drawing`` the current one, the one it replaces the last step of the history."""
        self._history = [*self._history[-(HISTORY_LIMIT - 1):], self._drawing]
        self._drawing = drawing

    def _replace(self, drawing: Drawing) -> None:
        """Show a drawing that is not the current one plus a stroke (a clear or a drop)."""
        self._remember(drawing)
        self._redraw()

    def _redraw(self) -> None:
        """Paint the whole drawing afresh, for when strokes were taken away or replaced."""
        self._network = InkRaster(self._drawing, NETWORK_LOOK)
        self._screen = None
        self._changed()

    def _changed(self, dirty: QRectF | None = None) -> None:
        self._image_cache = None
        if dirty is None:
            self.update()
        else:
            self.update(dirty.toAlignedRect())
        self.changed.emit()

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
        if can_drop(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        """Show the dropped picture, or say why not and keep the drawing."""
        event.acceptProposedAction()
        try:
            self.set_picture(dropped_drawing(event.mimeData()))
        except DigitLabError as error:
            self.drop_failed.emit(error_text(error))

    # Painting -----------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(440, 440)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 200)

    def _paper_rect(self) -> QRectF:
        """The largest centred square that fits inside a small margin, on whole pixels (where the
        raster of the drawing lands pixel for pixel)."""
        side = max(1, min(self.width(), self.height()) - 2 * PAPER_MARGIN)
        return QRectF((self.width() - side) // 2, (self.height() - side) // 2, side, side)

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
            painter.drawImage(paper, self._screen_raster(paper, palette).image())
            if self._live:
                painter.translate(paper.topLeft())
                painter.scale(paper.width() / CANVAS_SIZE, paper.height() / CANVAS_SIZE)
                draw_strokes(painter, (self._live_stroke(),),
                             palette.color(QPalette.ColorRole.Text))
            if self.is_empty():
                self._paint_hint(painter, palette)

    def _paint_hint(self, painter: QPainter, palette: QPalette) -> None:
        """A quiet invitation on the empty paper, gone with the first touch of ink."""
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.resetTransform()
        painter.drawText(self._paper_rect(), Qt.AlignmentFlag.AlignCenter, hint())

    def changeEvent(self, event: QEvent) -> None:
        """The hint on the empty paper in a new language."""
        if event.type() == QEvent.Type.LanguageChange and self.is_empty():
            self.update()
        super().changeEvent(event)

    def _screen_raster(self, paper: QRectF, palette: QPalette) -> InkRaster:
        """The committed drawing in device pixels and the palette's colours, painted afresh only
        when the paper's size, the pixel ratio or the colours change, or strokes were removed."""
        look = Look(round(paper.width() * self.devicePixelRatioF()),
                    QColor(Qt.GlobalColor.transparent), palette.color(QPalette.ColorRole.Text),
                    dark_paper=palette.color(QPalette.ColorRole.Base).lightness() < 128)
        if self._screen is None or self._screen.look != look:
            self._screen = InkRaster(self._drawing, look)
        return self._screen
