"""Live training curves: loss and accuracy against epochs, drawn while the network learns.

A 50-epoch run at batch size 32 reports about 85,000 batches. The plot items are created once and
fed with ``setData`` from numpy buffers sized for the whole run at its start, the batch curves are
clipped to the view and downsampled to the screen's width, and redraws are capped at ~30 per
second, so neither memory nor the cost of a redraw grows as training goes on.

The axis ranges move in steps (whole epochs, round loss values) instead of following every new
point: pyqtgraph regenerates an axis whenever its range changes, and that would be most of the
cost of a redraw, paid on the GUI thread while training competes for the CPU.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui.throttle import Throttler

REDRAW_INTERVAL_MS = 33
TRAIN_COLOR = "#1f77b4"
VALIDATION_COLOR = "#e6550d"
TEST_COLOR = "#2ca02c"
REFERENCE_COLOR = "#7f7f7f"


class GrowingSeries:
    """Points (x, y) in numpy buffers; :meth:`reserve` sizes them for a whole run up front and
    appending beyond that doubles them, so an append never copies what is already there."""

    def __init__(self, capacity: int = 256) -> None:
        self._x = np.empty(capacity)
        self._y = np.empty(capacity)
        self._size = 0

    def __len__(self) -> int:
        return self._size

    @property
    def x(self) -> np.ndarray:
        return self._x[:self._size]

    @property
    def y(self) -> np.ndarray:
        return self._y[:self._size]

    def reserve(self, capacity: int) -> None:
        if capacity > len(self._x):
            self._x = np.concatenate([self.x, np.empty(capacity - self._size)])
            self._y = np.concatenate([self.y, np.empty(capacity - self._size)])

    def extend(self, x: np.ndarray, y: np.ndarray) -> None:
        end = self._size + len(x)
        if end > len(self._x):
            self.reserve(max(end, 2 * len(self._x)))
        self._x[self._size:end] = x
        self._y[self._size:end] = y
        self._size = end

    def clear(self) -> None:
        self._size = 0


class ExponentialAverage:
    """A debiased exponential moving average (as TensorBoard smooths): the noisy per-batch values
    become a readable trend, and the first points are not dragged towards zero."""

    def __init__(self, span: float = 50.0) -> None:
        self.beta = 1.0 - 1.0 / span
        self._mean = 0.0
        self._count = 0

    def smooth(self, values: np.ndarray) -> np.ndarray:
        smoothed = np.empty(len(values))
        for index, value in enumerate(values):
            self._mean = self.beta * self._mean + (1.0 - self.beta) * value
            self._count += 1
            smoothed[index] = self._mean / (1.0 - self.beta ** self._count)
        return smoothed


def round_up(value: float) -> float:
    """``value`` rounded up to half a power of ten (2.31 → 2.5, 0.73 → 0.75): a loss axis top
    that changes rarely and leaves little empty space."""
    step = 10.0 ** math.floor(math.log10(value)) / 2
    return math.ceil(value / step - 1e-9) * step


def smoothing_span(steps_per_epoch: int) -> float:
    """Average over about a tenth of an epoch: long enough to calm the noise, short enough to
    follow the trend within an epoch."""
    return float(np.clip(steps_per_epoch / 10, 5, 200))


def _pen(color: str, width: float = 2.0, alpha: int = 255, dashed: bool = False) -> pg.QtGui.QPen:
    qcolor = QColor(color)
    qcolor.setAlpha(alpha)
    pen = pg.mkPen(qcolor, width=width)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    pen.setCosmetic(True)
    return pen


class TrainingPlots(QWidget):
    """Loss (raw and smoothed batches, epoch train and validation) above accuracy (smoothed
    batches, epoch train and validation, final test, and the published figure to beat)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingPlots")
        self._loss_plot = self._make_plot("loss (cross-entropy)", legend_offset=(-8, 8))
        self._accuracy_plot = self._make_plot("accuracy (%)", legend_offset=(-8, -8))
        self._accuracy_plot.setXLink(self._loss_plot)
        self._series = {name: GrowingSeries() for name in (
            "batch_loss", "smoothed_loss", "train_loss", "val_loss",
            "smoothed_accuracy", "train_accuracy", "val_accuracy", "test_accuracy")}
        self._items = self._make_items()
        self._reference = self._make_reference_line()
        self._loss_average = ExponentialAverage()
        self._accuracy_average = ExponentialAverage()
        self._redraw = Throttler(self._push_data, REDRAW_INTERVAL_MS, self)
        self._view: tuple[float, float] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._loss_plot, 1)
        layout.addWidget(self._accuracy_plot, 1)
        self._apply_palette()

    # Public API -------------------------------------------------------------------------------

    def begin(self, steps_per_epoch: int, total_steps: int) -> None:
        """Forget the last run and make room for ``total_steps`` batches."""
        for series in self._series.values():
            series.clear()
        for name in ("batch_loss", "smoothed_loss", "smoothed_accuracy"):
            self._series[name].reserve(total_steps)
        span = smoothing_span(steps_per_epoch)
        self._loss_average = ExponentialAverage(span)
        self._accuracy_average = ExponentialAverage(span)
        self._view = None
        self._redraw.flush()

    def add_batches(self, points: np.ndarray) -> None:
        """Batch rows of (step, epoch_fraction, loss, accuracy), as the training worker sends."""
        points = points[np.isfinite(points[:, 2])]
        x, loss, accuracy = points[:, 1], points[:, 2], 100.0 * points[:, 3]
        self._series["batch_loss"].extend(x, loss)
        self._series["smoothed_loss"].extend(x, self._loss_average.smooth(loss))
        self._series["smoothed_accuracy"].extend(x, self._accuracy_average.smooth(accuracy))
        self._redraw.trigger()

    def add_epoch(self, info: dict) -> None:
        """One ``epoch_finished`` event. The training figures are means over the epoch's
        batches, so they sit in its middle; validation is measured at its end."""
        end = float(info["epoch"])
        for key, scale in (("loss", 1.0), ("accuracy", 100.0)):
            self._series[f"train_{key}"].extend(np.array([end - 0.5]), [scale * info[key]])
            if f"val_{key}" in info:
                self._series[f"val_{key}"].extend(np.array([end]), [scale * info[f"val_{key}"]])
        self._redraw.trigger()

    def add_test_accuracy(self, epoch: float, accuracy: float) -> None:
        """Mark the final test accuracy at the epoch training ended."""
        self._series["test_accuracy"].extend(np.array([epoch]), np.array([100.0 * accuracy]))
        self._redraw.trigger()

    def set_reference(self, accuracy: float | None, label: str = "") -> None:
        """Draw a published accuracy (a fraction) as a dashed line to compare against."""
        self._reference.setVisible(accuracy is not None)
        if accuracy is not None:
            self._reference.setValue(100.0 * accuracy)
            self._reference.label.setFormat(f"{label} {100.0 * accuracy:.2f} %".strip())

    def reference(self) -> float | None:
        """The reference accuracy in percent, or None when none is shown."""
        return self._reference.value() if self._reference.isVisible() else None

    def series(self) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """What is plotted now: curve name → (x in epochs, y)."""
        if self._redraw.is_pending():
            self._redraw.flush()
        return {name: (series.x.copy(), series.y.copy()) for name, series in self._series.items()}

    # Building ---------------------------------------------------------------------------------

    def _make_plot(self, y_label: str, legend_offset: tuple[int, int]) -> pg.PlotWidget:
        """A plot whose legend sits in the corner its curves leave empty (loss falls from the
        top left, accuracy rises from the bottom left)."""
        plot = pg.PlotWidget()
        plot.setLabel("left", y_label)
        plot.setLabel("bottom", "epoch")
        plot.disableAutoRange()
        plot.setMinimumHeight(150)
        plot.addLegend(offset=legend_offset, labelTextSize="8pt")
        return plot

    def _make_items(self) -> dict[str, pg.PlotDataItem]:
        loss, accuracy = self._loss_plot, self._accuracy_plot
        items = {
            "batch_loss": loss.plot(name="batch", pen=_pen(TRAIN_COLOR, 1.0, alpha=60)),
            "smoothed_loss": loss.plot(name="train (smoothed)", pen=_pen(TRAIN_COLOR)),
            "train_loss": loss.plot(name="train, epoch mean", pen=None, symbol="o", symbolSize=7,
                                    symbolBrush=TRAIN_COLOR, symbolPen="w"),
            "val_loss": loss.plot(name="validation", pen=_pen(VALIDATION_COLOR), symbol="o",
                                  symbolSize=7, symbolBrush=VALIDATION_COLOR, symbolPen="w"),
            "smoothed_accuracy": accuracy.plot(name="train (smoothed)", pen=_pen(TRAIN_COLOR)),
            "train_accuracy": accuracy.plot(name="train, epoch mean", pen=None, symbol="o",
                                            symbolSize=7, symbolBrush=TRAIN_COLOR,
                                            symbolPen="w"),
            "val_accuracy": accuracy.plot(name="validation", pen=_pen(VALIDATION_COLOR),
                                          symbol="o", symbolSize=7,
                                          symbolBrush=VALIDATION_COLOR, symbolPen="w"),
            "test_accuracy": accuracy.plot(name="test (final)", pen=None, symbol="star",
                                           symbolSize=16, symbolBrush=TEST_COLOR,
                                           symbolPen="w"),
        }
        for name in ("batch_loss", "smoothed_loss", "smoothed_accuracy"):
            items[name].setDownsampling(auto=True, method="peak")
            items[name].setClipToView(True)
        return items

    def _make_reference_line(self) -> pg.InfiniteLine:
        line = pg.InfiniteLine(angle=0, pen=_pen(REFERENCE_COLOR, 1.5, dashed=True),
                               label="", labelOpts={"position": 0.02, "anchors": [(0, 1), (0, 1)],
                                                    "color": REFERENCE_COLOR})
        line.setVisible(False)
        self._accuracy_plot.addItem(line)
        return line

    # Updating ---------------------------------------------------------------------------------

    def _push_data(self) -> None:
        for name, item in self._items.items():
            series = self._series[name]
            item.setData(series.x, series.y)
        self._fit_view()

    def _fit_view(self) -> None:
        """Show epochs 0 to the end of the current one, loss from 0 to a round value above the
        highest seen, accuracy 0–100 %; touch the axes only when that changes."""
        last_x = max([1.0, *(s.x[-1] for s in self._series.values() if len(s))])
        highest_loss = max([0.1, *(s.y.max() for name, s in self._series.items()
                                   if name.endswith("loss") and len(s))])
        view = (float(math.ceil(last_x - 1e-9)), round_up(highest_loss))
        if view == self._view:
            return
        self._view = view
        self._loss_plot.setXRange(0.0, view[0], padding=0.02)
        self._loss_plot.setYRange(0.0, view[1], padding=0.02)
        self._accuracy_plot.setYRange(0.0, 100.0, padding=0.02)

    def _apply_palette(self) -> None:
        """Plots follow the window's light or dark palette instead of pyqtgraph's black."""
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        legend_background = QColor(base)
        legend_background.setAlpha(210)
        for plot in (self._loss_plot, self._accuracy_plot):
            plot.setBackground(base)
            for axis in ("left", "bottom"):
                plot.getAxis(axis).setPen(text)
                plot.getAxis(axis).setTextPen(text)
            legend = plot.getPlotItem().legend
            legend.setBrush(legend_background)
            legend.setLabelTextColor(text)
            for _, label in legend.items:
                label.setText(label.text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)
