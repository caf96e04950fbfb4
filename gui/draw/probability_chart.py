"""A horizontal bar chart of class probabilities, drawn with pyqtgraph.

Horizontal bars read long class names (Fashion-MNIST's "Ankle boot") as easily as digits. The
plot items are created once and updated in place, because the chart is redrawn up to once per
screen frame while the user draws.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from gui.common.language import confidence, translate
from gui.common.plot_style import describe_plot
from gui.draw.answer_text import shown_class

BAR_THICKNESS = 0.72
PERCENT_SHOWN_FROM = 0.005
"""Probabilities below half a percent get no label: they would only add noise to the chart."""
X_RANGE = 1.22
"""The value axis runs a little past 100 % so the top bar's label fits beside it…"""
LABEL_GAP = 0.02
"""…a little way after its bar's end; in a narrow chart the axis runs further (see
:meth:`ProbabilityChart._fit_labels`)."""


class ProbabilityChart(pg.PlotWidget):
    """One bar per class, the top class in the palette's highlight colour, percentages beside.

    ``bar_clicked(row)`` fires when a class's row (bar, track or name) is clicked. A screen
    reader reads the chart as its accessible description: every class and its percentage.
    """

    bar_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, enableMenu=False)
        self.setObjectName("probabilities")
        describe_plot(self, name=translate("Draw", "Probabilities"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        plot = self.getPlotItem()
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.hideAxis("bottom")
        plot.getViewBox().invertY(True)
        self.setXRange(0.0, X_RANGE, padding=0.0)
        self.getAxis("left").setStyle(tickLength=0, tickTextOffset=10)
        no_outline = pg.mkPen(None)  # pen=None would mean pyqtgraph's default foreground pen
        self._tracks = pg.BarGraphItem(x0=0.0, y=[], height=BAR_THICKNESS, width=1.0,
                                       pen=no_outline)
        self._bars = pg.BarGraphItem(x0=0.0, y=[], height=BAR_THICKNESS, width=[],
                                     pen=no_outline)
        self.addItem(self._tracks)
        self.addItem(self._bars)
        self._labels: list[pg.TextItem] = []
        self._names: tuple[str, ...] = ()
        self._shown_names: tuple[str, ...] = ()
        self._figures: dict[str, str] = {}
        """The names in the window's language, made once per language (the description uses
        them for every prediction)."""
        self._probabilities = np.zeros(0)
        self._top: int | None = None
        self.apply_palette(self.palette())
        plot.getViewBox().sigResized.connect(self._fit_labels)

    def set_class_names(self, names: Sequence[str]) -> None:
        """One bar per name, top to bottom, all empty."""
        self._names = tuple(names)
        self._label_classes()
        self.setYRange(-0.5, len(names) - 0.5, padding=0.02)
        self._tracks.setOpts(y=np.arange(len(names)))
        if len(self._labels) != len(names):
            self._make_value_labels(len(names))
            self._fit_labels()
        self.set_probabilities(np.zeros(len(names)), None)

    def _label_classes(self) -> None:
        self._shown_names = tuple(shown_class(name) for name in self._names)
        self.getAxis("left").setTicks([list(enumerate(self._shown_names))])

    def mousePressEvent(self, event) -> None:
        view = self.getPlotItem().getViewBox()
        row = round(view.mapSceneToView(self.mapToScene(event.position().toPoint())).y())
        if event.button() == Qt.MouseButton.LeftButton and 0 <= row < len(self._labels):
            self.bar_clicked.emit(row)
        super().mousePressEvent(event)

    def _make_value_labels(self, count: int) -> None:
        for label in self._labels:
            self.removeItem(label)
        self._labels = [pg.TextItem(anchor=(0.0, 0.5)) for _ in range(count)]
        for label in self._labels:
            self.addItem(label)

    def set_probabilities(self, probabilities: np.ndarray, top: int | None) -> None:
        """Bar lengths in [0, 1]; ``top`` (or None) is the highlighted bar."""
        self._probabilities, self._top = probabilities, top
        brushes = [self._top_brush if row == top else self._bar_brush
                   for row in range(len(probabilities))]
        self._bars.setOpts(x0=0.0, y=np.arange(len(probabilities)), width=probabilities,
                           brushes=brushes)
        for row, (label, value) in enumerate(zip(self._labels, probabilities, strict=True)):
            label.setText("" if value < PERCENT_SHOWN_FROM else self._figure(value))
            label.setColor(self._top_text if row == top else self._text)
            label.setPos(float(value) + LABEL_GAP, row)
        describe_plot(self, description=self.description())

    def description(self) -> str:
        """Every class and its percentage, top to bottom ("0: 0%, 1: 1%, …"): the chart as a
        screen reader reads it. Made for every prediction while drawing, so the template is
        used as a plain string and the figures come from :meth:`_figure`."""
        item = str(translate("Draw", "{name}: {percent}"))
        return QLocale().createSeparatedList([
            item.format(name=name, percent=self._figure(value))
            for name, value in zip(self._shown_names, self._probabilities, strict=True)])

    def _figure(self, value: float) -> str:
        """Whole percent (:func:`~gui.draw.answer_text.confidence`), each of the hundred
        figures formatted once per language: ten per prediction would cost a tenth of a
        millisecond."""
        key = f"{value:.0%}"
        if key not in self._figures:
            self._figures[key] = confidence(value)
        return self._figures[key]

    def changeEvent(self, event: QEvent) -> None:
        """Class names, percentages and the description in a new language."""
        if event.type() == QEvent.Type.LanguageChange:
            self._figures.clear()
            self._label_classes()
            self._fit_labels()
            self.set_probabilities(self._probabilities, self._top)
        super().changeEvent(event)

    def _fit_labels(self) -> None:
        """Room for a full bar's label in pixels, not as a share of the width: a share that
        suits a wide chart cuts the label off in a narrow one."""
        if not self._labels:
            return
        text = self._labels[0].textItem
        label = (QFontMetrics(text.font()).horizontalAdvance(self._figure(1.0))
                 + 2 * text.document().documentMargin())
        width = self.getPlotItem().getViewBox().width()
        needed = (1.0 + LABEL_GAP) * width / max(1.0, width - label)
        self.setXRange(0.0, max(X_RANGE, needed), padding=0.0)

    def apply_palette(self, palette: QPalette) -> None:
        """Colour the chart from ``palette``, so it matches light and dark themes alike."""
        self._text = palette.color(QPalette.ColorRole.Text)
        self._top_text = palette.color(QPalette.ColorRole.Highlight)
        self._top_brush = pg.mkBrush(self._top_text)
        self._bar_brush = pg.mkBrush(_faded(self._text, 0.35))
        self._tracks.setOpts(brush=pg.mkBrush(_faded(self._text, 0.06)))
        self.setBackground(palette.color(QPalette.ColorRole.Window))
        axis = self.getAxis("left")
        # A pen without a brush: a NoPen-style pen still leaves a dot per zero-length tick.
        invisible = QPen(QBrush(), 0)
        axis.setPen(invisible)
        axis.setTickPen(invisible)
        axis.setTextPen(pg.mkPen(self._text))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        axis.setTickFont(font)
        self.set_probabilities(self._probabilities, self._top)


def _faded(color: QColor, alpha: float) -> QColor:
    faded = QColor(color)
    faded.setAlphaF(alpha)
    return faded
