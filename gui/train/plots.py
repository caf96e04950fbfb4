"""Live training curves: loss and accuracy against epochs, drawn while the network learns.

A 50-epoch run at batch size 32 reports about 85,000 batches. The plot items are created once and
fed with ``setData`` from fixed-size buffers that summarise any number of batches in at most a few
thousand points (:class:`BoundedSeries`), and redraws are capped at 10 per second, so neither
memory nor the cost of a redraw grows as training goes on.

The axis ranges move in steps (whole epochs, round loss values) instead of following every new
point: pyqtgraph regenerates an axis whenever its range changes, and that would be most of the
cost of a redraw, paid on the GUI thread while training competes for the CPU.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gui.common.plot_style import faint, follow_palette, pen
from gui.common.throttle import Throttler
from model.training.events import BatchEvent, EpochEvent

REDRAW_INTERVAL_MS = 100
"""Learning curves redrawn 10 times a second look live; each redraw costs the GUI thread a few
milliseconds of CPU and GIL time that training competes for, so more often would only slow
training down and make the window stutter (bench/gui_responsiveness.py, bench/panel_overhead.py)."""
PLOT_MINIMUM_HEIGHT = 130
"""Small enough that both curves, their legend and the progress bars fit the Training tab of the
smallest window; what that leaves for the data is still enough to see a trend."""
TRAIN_COLOR = "#1f77b4"
VALIDATION_COLOR = "#e6550d"
TEST_COLOR = "#2ca02c"
REFERENCE_COLOR = "#7f7f7f"
LEGEND = (
    f"<span style='color:{TRAIN_COLOR}'>━ training (smoothed), faint: each batch, "
    f"● mean of the epoch</span> &nbsp; "
    f"<span style='color:{VALIDATION_COLOR}'>━● validation</span> &nbsp; "
    f"<span style='color:{TEST_COLOR}'>★ test</span> &nbsp; "
    f"<span style='color:{REFERENCE_COLOR}'>┅ published</span>"
)
"""One legend above both plots, as a label: legends inside pyqtgraph plots are repainted with
every redraw, and they cover the curves."""
LOSS_CURVES = ("smoothed_loss", "train_loss", "val_loss")
ACCURACY_CURVES = ("smoothed_accuracy", "train_accuracy", "val_accuracy", "test_accuracy")
DEFAULT_LOSS_TOP = 2.5
"""Before any batch: about the loss of a 10-class guess (ln 10 ≈ 2.3)."""


class BoundedSeries:
    """A curve of any length drawn from at most ``2 × capacity`` points.

    Points arrive in x order and are kept in buckets of ``width`` consecutive points, each
    remembered by its first x and its lowest and highest y. Drawn as a vertical stroke, a bucket
    looks exactly like the points it stands for once they are narrower than a pixel (pyqtgraph's
    "peak" downsampling does the same, but on every redraw, over all points). When the buckets
    run out, neighbours merge and the width doubles, so memory and the cost of drawing stay fixed
    however long training runs.
    """

    def __init__(self, capacity: int = 2048) -> None:
        self._x = np.empty(capacity)
        self._low = np.empty(capacity)
        self._high = np.empty(capacity)
        self.clear()

    def clear(self) -> None:
        self._count = 0
        self._width = 1
        self._last_x = math.nan
        self._tail_x = np.empty(0)
        self._tail_y = np.empty(0)

    def is_empty(self) -> bool:
        return self._count == 0 and self._tail_x.size == 0

    def extend(self, x: np.ndarray, y: np.ndarray) -> None:
        if len(x):
            self._last_x = float(x[-1])
        x = np.concatenate([self._tail_x, x])
        y = np.concatenate([self._tail_y, y])
        while (buckets := min(len(x) // self._width, len(self._x) - self._count)) > 0:
            used = buckets * self._width
            self._store(x[:used:self._width], y[:used].reshape(buckets, self._width))
            x, y = x[used:], y[used:]
            if self._count == len(self._x):
                self._merge_pairs()
        self._tail_x, self._tail_y = x, y

    def points(self) -> tuple[np.ndarray, np.ndarray]:
        """The points to draw: one per bucket while buckets hold one point, else two (its lowest
        and highest y at its x), then the points of the unfinished bucket."""
        count = self._count
        if self._width == 1:
            x, y = self._x[:count], self._low[:count]
        else:
            x = np.repeat(self._x[:count], 2)
            y = np.column_stack([self._low[:count], self._high[:count]]).ravel()
        return np.concatenate([x, self._tail_x]), np.concatenate([y, self._tail_y])

    def last_x(self) -> float:
        return self._last_x

    def values_since(self, x: float) -> np.ndarray:
        """The drawn y values at or after ``x``."""
        xs, ys = self.points()
        return ys[xs >= x]

    def _store(self, first_x: np.ndarray, buckets: np.ndarray) -> None:
        end = self._count + len(first_x)
        self._x[self._count:end] = first_x
        self._low[self._count:end] = buckets.min(axis=1)
        self._high[self._count:end] = buckets.max(axis=1)
        self._count = end

    def _merge_pairs(self) -> None:
        half = self._count // 2
        self._x[:half] = self._x[0:2 * half:2].copy()
        self._low[:half] = np.minimum(self._low[0:2 * half:2], self._low[1:2 * half:2])
        self._high[:half] = np.maximum(self._high[0:2 * half:2], self._high[1:2 * half:2])
        self._count = half
        self._width *= 2


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


def loss_axis_top(current: float | None, highest: float) -> float:
    """Keep the loss axis top while the recent curves reach above half of it; else the next
    round value above them (about one change each time the loss halves)."""
    if current is not None and current / 2 < highest <= current:
        return current
    return round_up(1.05 * highest)


def accuracy_axis_bottom(current: float | None, lowest: float) -> float:
    """Keep the accuracy axis bottom while the recent curves fill more than half of the span up
    to 100 %; else the multiple of 5 % just below them."""
    if current is not None and current <= lowest and 100.0 - lowest > (100.0 - current) / 2:
        return current
    return round_down(lowest - 1.0)


def round_down(percent: float) -> float:
    """An accuracy axis bottom: a multiple of 5 %, at least 0."""
    return max(0.0, 5.0 * math.floor(percent / 5.0))


def round_up(value: float) -> float:
    """``value`` rounded up to half a power of ten (2.31 → 2.5, 0.73 → 0.75): a loss axis top
    that changes rarely and leaves little empty space."""
    step = 10.0 ** math.floor(math.log10(max(value, 1e-6))) / 2
    return math.ceil(value / step - 1e-9) * step


def smoothing_span(steps_per_epoch: int) -> float:
    """Average over about a tenth of an epoch: long enough to calm the noise, short enough to
    follow the trend within an epoch."""
    return float(np.clip(steps_per_epoch / 10, 5, 200))


class TrainingPlots(QWidget):
    """Loss (raw and smoothed batches, epoch train and validation) above accuracy (smoothed
    batches, epoch train and validation, final test, and the published figure to beat)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingPlots")
        self._loss_plot = self._make_plot("loss (cross-entropy)")
        self._accuracy_plot = self._make_plot("accuracy (%)")
        self._accuracy_plot.setXLink(self._loss_plot)
        self._series = {name: BoundedSeries() for name in (
            "batch_loss", "smoothed_loss", "train_loss", "val_loss",
            "smoothed_accuracy", "train_accuracy", "val_accuracy", "test_accuracy")}
        self._items = self._make_items()
        self._reference = self._make_reference_line()
        self._loss_average = ExponentialAverage()
        self._accuracy_average = ExponentialAverage()
        self._redraw = Throttler(self._push_data, REDRAW_INTERVAL_MS, self)
        self._view: tuple[float, float, float] | None = None
        self._changed: set[str] = set()
        self._legend = QLabel(LEGEND)
        self._legend.setObjectName("plotLegend")
        self._legend.setWordWrap(True)
        self._legend.setToolTip("Training loss falls as the network fits its training images; "
                                "when validation loss stops falling while training loss goes "
                                "on, the network has started to memorise (overfit).")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._legend)
        layout.addWidget(self._loss_plot, 1)
        layout.addWidget(self._accuracy_plot, 1)
        self._apply_palette()

    # Public API -------------------------------------------------------------------------------

    def begin(self, steps_per_epoch: int) -> None:
        """Forget the last run; smooth the next one's batches over a tenth of an epoch."""
        for series in self._series.values():
            series.clear()
        self._changed = set(self._series)
        span = smoothing_span(steps_per_epoch)
        self._loss_average = ExponentialAverage(span)
        self._accuracy_average = ExponentialAverage(span)
        self._view = None
        self._redraw.flush()

    def add_batches(self, batches: Sequence[BatchEvent]) -> None:
        """Consecutive batches, plotted at their epoch fraction; a NaN loss is left out."""
        batches = [batch for batch in batches if math.isfinite(batch.loss)]
        x = np.array([batch.epoch_fraction for batch in batches])
        loss = np.array([batch.loss for batch in batches])
        accuracy = 100.0 * np.array([batch.accuracy for batch in batches])
        self._extend("batch_loss", x, loss)
        self._extend("smoothed_loss", x, self._loss_average.smooth(loss))
        self._extend("smoothed_accuracy", x, self._accuracy_average.smooth(accuracy))
        self._redraw.trigger()

    def add_epoch(self, epoch: EpochEvent) -> None:
        """One finished epoch. The training figures are means over the epoch's batches, so they
        sit in its middle; validation is measured at its end."""
        end = float(epoch.epoch)
        self._extend("train_loss", [end - 0.5], [epoch.loss])
        self._extend("train_accuracy", [end - 0.5], [100.0 * epoch.accuracy])
        if epoch.val_loss is not None:
            self._extend("val_loss", [end], [epoch.val_loss])
            self._extend("val_accuracy", [end], [100.0 * epoch.val_accuracy])
        self._redraw.trigger()

    def add_test_accuracy(self, epoch: float, accuracy: float) -> None:
        """Mark the final test accuracy at the epoch training ended."""
        self._extend("test_accuracy", [epoch], [100.0 * accuracy])
        self._redraw.trigger()

    def set_reference(self, accuracy: float | None, label: str = "") -> None:
        """Draw a published accuracy (a fraction) as a dashed line to compare against."""
        self._reference.setVisible(accuracy is not None)
        if accuracy is not None:
            self._reference.setValue(100.0 * accuracy)
            self._reference.label.setFormat(f"{label} {100.0 * accuracy:.2f} %".strip())
        self._view = None
        self._redraw.trigger()

    def reference(self) -> float | None:
        """The reference accuracy in percent, or None when none is shown."""
        return self._reference.value() if self._reference.isVisible() else None

    def series(self) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """What is plotted now: curve name → (x in epochs, y)."""
        if self._redraw.is_pending():
            self._redraw.flush()
        return {name: series.points() for name, series in self._series.items()}

    # Building ---------------------------------------------------------------------------------

    @staticmethod
    def _make_plot(y_label: str) -> pg.PlotWidget:
        plot = pg.PlotWidget()
        plot.setLabel("left", y_label)
        plot.getAxis("left").enableAutoSIPrefix(False)  # "150 (×0.001)" would puzzle a learner
        plot.setLabel("bottom", "epoch")
        plot.disableAutoRange()
        plot.setMinimumHeight(PLOT_MINIMUM_HEIGHT)
        return plot

    def _make_items(self) -> dict[str, pg.PlotDataItem]:
        loss, accuracy = self._loss_plot, self._accuracy_plot
        items = {
            "batch_loss": loss.plot(),
            "smoothed_loss": loss.plot(pen=pen(TRAIN_COLOR)),
            "train_loss": loss.plot(pen=None, symbol="o", symbolSize=7,
                                    symbolBrush=TRAIN_COLOR, symbolPen="w"),
            "val_loss": loss.plot(pen=pen(VALIDATION_COLOR), symbol="o",
                                  symbolSize=7, symbolBrush=VALIDATION_COLOR, symbolPen="w"),
            "smoothed_accuracy": accuracy.plot(pen=pen(TRAIN_COLOR)),
            "train_accuracy": accuracy.plot(pen=None, symbol="o",
                                            symbolSize=7, symbolBrush=TRAIN_COLOR,
                                            symbolPen="w"),
            "val_accuracy": accuracy.plot(pen=pen(VALIDATION_COLOR),
                                          symbol="o", symbolSize=7,
                                          symbolBrush=VALIDATION_COLOR, symbolPen="w"),
            "test_accuracy": accuracy.plot(pen=None, symbol="star",
                                           symbolSize=16, symbolBrush=TEST_COLOR,
                                           symbolPen="w"),
        }
        for name in ("batch_loss", "smoothed_loss", "smoothed_accuracy"):
            items[name].setDownsampling(auto=True, method="peak")
            items[name].setClipToView(True)
            items[name].setSkipFiniteCheck(True)  # add_batches drops non-finite losses
        return items

    def _make_reference_line(self) -> pg.InfiniteLine:
        line = pg.InfiniteLine(angle=0, pen=pen(REFERENCE_COLOR, 1.5, dashed=True),
                               label="", labelOpts={"position": 0.02, "anchors": [(0, 0), (0, 0)],
                                                    "color": REFERENCE_COLOR})
        line.setVisible(False)
        self._accuracy_plot.addItem(line)
        return line

    # Updating ---------------------------------------------------------------------------------

    def _extend(self, name: str, x, y) -> None:
        self._series[name].extend(np.asarray(x, dtype=float), np.asarray(y, dtype=float))
        self._changed.add(name)

    def _push_data(self) -> None:
        """Hand the items the curves that changed (epoch points change once an epoch, so most
        redraws touch only the three batch curves)."""
        for name in self._changed:
            self._items[name].setData(*self._series[name].points())
        self._changed.clear()
        self._fit_view()

    def _fit_view(self) -> None:
        """Epochs 0 to the end of the current one; loss and accuracy over what the recent half of
        the run spans, rounded outwards. The steep start may run off the edge, but the small late
        gains that tell a good run from a great one stay visible, and so does the published line.
        Each bound moves only a handful of times per run: regenerating an axis is the costliest
        part of a redraw, and at every redraw it made the GUI thread miss its 10 ms ticks."""
        drawn = [series for series in self._series.values() if not series.is_empty()]
        last_x = max([0.0, *(series.last_x() for series in drawn)])
        losses = self._recent(LOSS_CURVES, since=last_x / 2)
        accuracies = self._recent(ACCURACY_CURVES, since=last_x / 2)
        if self.reference() is not None:
            accuracies = np.append(accuracies, self.reference())
        current = self._view or (None, None, None)
        view = (max(1.0, math.ceil(last_x - 1e-9)),
                loss_axis_top(current[1], losses.max()) if losses.size else DEFAULT_LOSS_TOP,
                accuracy_axis_bottom(current[2], accuracies.min()) if accuracies.size else 0.0)
        if view == self._view:
            return
        self._view = view
        x_end, loss_top, accuracy_bottom = view
        self._loss_plot.setXRange(0.0, x_end, padding=0.02)
        self._loss_plot.setYRange(0.0, loss_top, padding=0.02)
        self._accuracy_plot.setYRange(accuracy_bottom, 100.0, padding=0.02)

    def _recent(self, names: tuple[str, ...], since: float) -> np.ndarray:
        """The y values of these curves at x ≥ ``since``."""
        return np.concatenate([np.empty(0), *(self._series[name].values_since(since)
                                              for name in names)])

    def _apply_palette(self) -> None:
        """Plots follow the window's light or dark palette instead of pyqtgraph's black."""
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        self._items["batch_loss"].setPen(pen(faint(TRAIN_COLOR, base), 1.0))
        for plot in (self._loss_plot, self._accuracy_plot):
            follow_palette(plot, [plot.getPlotItem()], palette)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)
