"""Live training curves: loss and accuracy against epochs, drawn while the network learns.

A 50-epoch run at batch size 32 reports about 85,000 batches. Their losses and accuracies are
kept as the run history keeps them (:class:`~model.history.curves.BatchCurve`, at most a few
thousand points) and smoothed as the Runs tab smooths them
(:func:`~model.history.curves.smoothed`), so a run looks the same live and afterwards. The plot
items are created once and fed with ``setData``, and redraws are capped at 10 per second, so
neither memory nor the cost of a redraw grows as training goes on.

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
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from gui.common.language import fraction_percent, percent, translate
from gui.common.plot_style import (
    DEFAULT_LOSS_TOP,
    REFERENCE_COLOR,
    TEST_COLOR,
    TRAIN_COLOR,
    VALIDATION_COLOR,
    accuracy_label,
    describe_plot,
    faint,
    follow_palette,
    loss_label,
    pen,
    value_title_length,
)
from gui.common.throttle import Throttler
from gui.train.epoch_table import EpochTable, epoch_summary
from model.history.curves import BatchCurve, finite, smoothed
from model.training.events import BatchEvent, EpochEvent

REDRAW_INTERVAL_MS = 100
"""Learning curves redrawn 10 times a second look live; each redraw costs the GUI thread a few
milliseconds of CPU and GIL time that training competes for, so more often would only slow
training down and make the window stutter (bench/gui_responsiveness.py, bench/panel_overhead.py)."""
PLOT_MINIMUM_HEIGHT = 130
"""Small enough that both curves, their legend and the progress bars fit the Training tab of the
smallest window (with the "as a table" switch above them); what that leaves for the data is
still enough to see a trend. Taller when a language's axis title needs it."""
AXIS_TITLE_ROOM = 48
"""A plot's height beyond its value axis's: the epoch axis below and the margins."""


def legend() -> str:
    """One legend above both plots, as a label: legends inside pyqtgraph plots are repainted
    with every redraw, and they cover the curves. Only the symbols are coloured: the words keep
    the text colour, readable in every theme."""
    entries = ((TRAIN_COLOR, "━", translate("Train", "training (smoothed), faint: batches,")),
               (TRAIN_COLOR, "●", translate("Train", "mean of the epoch")),
               (VALIDATION_COLOR, "━●", translate("Train", "validation")),
               (TEST_COLOR, "★", translate("Train", "test")),
               (REFERENCE_COLOR, "┅", translate("Train", "published")))
    return " &nbsp; ".join(f"<span style='color:{color}'>{symbol}</span> {text}"
                           for color, symbol, text in entries)


LOSS_CURVES = ("batch_loss", "smoothed_loss", "train_loss", "val_loss")
ACCURACY_CURVES = ("smoothed_accuracy", "train_accuracy", "val_accuracy", "test_accuracy")
EPOCH_CURVES = ("train_loss", "val_loss", "train_accuracy", "val_accuracy", "test_accuracy")


def loss_axis_top(current: float | None, highest: float) -> float:
    """Keep the loss axis top while the curves reach above half of it; else the next round
    value above them (a change only when the highest loss drawn moves a lot)."""
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


class TrainingPlots(QWidget):
    """Loss (raw and smoothed batches, epoch train and validation) above accuracy (smoothed
    batches, epoch train and validation, final test, and the published figure to beat)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingPlots")
        self._loss_plot = self._make_plot()
        self._accuracy_plot = self._make_plot()
        self._accuracy_plot.setXLink(self._loss_plot)
        self._batch_loss = BatchCurve()
        self._batch_accuracy = BatchCurve()
        self._epoch_points: dict[str, tuple[list[float], list[float]]] = {}
        self._drawn: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._last_x = 0.0
        self._items = self._make_items()
        self._reference = self._make_reference_line()
        self._redraw = Throttler(self._push_data, REDRAW_INTERVAL_MS, self)
        self._view: tuple[float, float, float] | None = None
        self._changed: set[str] = set()
        self._reference_label = ""
        self._newest: EpochEvent | None = None
        self._test_accuracy: float | None = None
        self._legend = QLabel()
        self._legend.setObjectName("plotLegend")
        self._legend.setWordWrap(True)
        self._legend.setToolTip(translate(
            "Train", "Loss is the cross-entropy: how unlikely the network found the right "
            "answers. Training loss falls as the network fits its training images; when "
            "validation loss stops falling while training loss goes on, the network has "
            "started to memorise (overfit)."))
        self._table = EpochTable()
        self._table.hide()
        self._as_table = QCheckBox(translate("Train", "Show the curves as a table"))
        self._as_table.setObjectName("curvesAsTable")
        self._as_table.setToolTip(translate(
            "Train", "One row per epoch instead of the curves: the figures a screen reader can "
            "read."))
        self._as_table.toggled.connect(self.show_as_table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)  # the smallest window shows the switch, legend and both plots
        layout.addWidget(self._as_table)
        layout.addWidget(self._legend)
        layout.addWidget(self._loss_plot, 1)
        layout.addWidget(self._accuracy_plot, 1)
        layout.addWidget(self._table, 1)
        self._label_texts()
        self.begin()
        self._apply_palette()

    # Public API -------------------------------------------------------------------------------

    def begin(self) -> None:
        """Forget the last run."""
        self._batch_loss, self._batch_accuracy = BatchCurve(), BatchCurve()
        self._epoch_points = {name: ([], []) for name in EPOCH_CURVES}
        self._drawn = {name: (np.empty(0), np.empty(0)) for name in self._items}
        self._last_x = 0.0
        self._changed = set(self._items)
        self._view = None
        self._newest = self._test_accuracy = None
        self._table.clear_epochs()
        self._describe()
        self._redraw.flush()

    def show_as_table(self, on: bool) -> None:
        """The epochs' table in place of the curves (or the curves again)."""
        for widget in (self._legend, self._loss_plot, self._accuracy_plot):
            widget.setVisible(not on)
        self._table.setVisible(on)
        self._as_table.setChecked(on)

    def table(self) -> EpochTable:
        return self._table

    def text_summary(self) -> str:
        """What the curves say now, in words: the plots' accessible description."""
        return self._loss_plot.accessibleDescription()

    def add_batches(self, batches: Sequence[BatchEvent]) -> None:
        """Consecutive batches, plotted at their epoch fraction, kept as the run history keeps
        them (a NaN loss becomes a gap)."""
        for batch in batches:
            self._batch_loss.add(batch.epoch_fraction, batch.loss)
            self._batch_accuracy.add(batch.epoch_fraction, 100.0 * batch.accuracy)
            self._last_x = max(self._last_x, batch.epoch_fraction)
        self._changed.update(("batch_loss", "smoothed_loss", "smoothed_accuracy"))
        self._redraw.trigger()

    def add_epoch(self, epoch: EpochEvent) -> None:
        """One finished epoch. The training figures are means over the epoch's batches, so they
        sit in its middle; validation is measured at its end."""
        end = float(epoch.epoch)
        self._add_point("train_loss", end - 0.5, epoch.loss)
        self._add_point("train_accuracy", end - 0.5, 100.0 * epoch.accuracy)
        if epoch.val_loss is not None:
            self._add_point("val_loss", end, epoch.val_loss)
            self._add_point("val_accuracy", end, 100.0 * epoch.val_accuracy)
        self._newest = epoch
        self._table.add_epoch(epoch)
        self._describe()
        self._redraw.trigger()

    def add_test_accuracy(self, epoch: float, accuracy: float) -> None:
        """Mark the final test accuracy at the epoch training ended."""
        self._add_point("test_accuracy", epoch, 100.0 * accuracy)
        self._test_accuracy = accuracy
        self._describe()
        self._redraw.trigger()

    def set_reference(self, accuracy: float | None, label: str = "") -> None:
        """Draw a published accuracy (a fraction) as a dashed line to compare against."""
        self._reference.setVisible(accuracy is not None)
        self._reference_label = label
        if accuracy is not None:
            self._reference.setValue(100.0 * accuracy)
            self._label_reference()
        self._view = None
        self._redraw.trigger()

    def reference(self) -> float | None:
        """The reference accuracy in percent, or None when none is shown."""
        return self._reference.value() if self._reference.isVisible() else None

    def series(self) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """What is plotted now: curve name → (x in epochs, y)."""
        if self._redraw.is_pending():
            self._redraw.flush()
        return dict(self._drawn)

    def y_ranges(self) -> dict[str, tuple[float, float]]:
        """The value range each plot shows now: ``loss`` and ``accuracy``."""
        return {"loss": tuple(self._loss_plot.viewRange()[1]),
                "accuracy": tuple(self._accuracy_plot.viewRange()[1])}

    # Building ---------------------------------------------------------------------------------

    @staticmethod
    def _make_plot() -> pg.PlotWidget:
        plot = pg.PlotWidget()
        plot.getAxis("left").enableAutoSIPrefix(False)  # "150 (×0.001)" would puzzle a learner
        plot.disableAutoRange()
        plot.setMinimumHeight(PLOT_MINIMUM_HEIGHT)
        return plot

    def _make_items(self) -> dict[str, pg.PlotDataItem]:
        loss, accuracy = self._loss_plot, self._accuracy_plot
        items = {
            "batch_loss": loss.plot(connect="finite"),
            "smoothed_loss": loss.plot(pen=pen(TRAIN_COLOR), connect="finite"),
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
        return items

    def _make_reference_line(self) -> pg.InfiniteLine:
        line = pg.InfiniteLine(angle=0, pen=pen(REFERENCE_COLOR, 1.5, dashed=True),
                               label="", labelOpts={"position": 0.02, "anchors": [(0, 0), (0, 0)],
                                                    "color": REFERENCE_COLOR})
        line.setVisible(False)
        self._accuracy_plot.addItem(line)
        return line

    # Updating ---------------------------------------------------------------------------------

    def _add_point(self, name: str, x: float, y: float) -> None:
        xs, ys = self._epoch_points[name]
        xs.append(x)
        ys.append(y)
        self._last_x = max(self._last_x, x)
        self._changed.add(name)

    def _curve(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """The points of one curve as drawn: batch curves smoothed as the Runs tab smooths
        them, NaN where a value cannot be drawn."""
        if name in self._epoch_points:
            x, y = self._epoch_points[name]
            return np.array(x, dtype=float), finite(y)
        x, y = (self._batch_accuracy if name == "smoothed_accuracy" else self._batch_loss).points()
        return np.array(x, dtype=float), finite(y) if name == "batch_loss" else smoothed(x, y)

    def _push_data(self) -> None:
        """Hand the items the curves that changed (epoch points change once an epoch, so most
        redraws touch only the three batch curves)."""
        for name in self._changed:
            self._drawn[name] = self._curve(name)
            self._items[name].setData(*self._drawn[name])
        self._changed.clear()
        self._fit_view()

    def _fit_view(self) -> None:
        """Epochs 0 to the end of the current one; loss from 0 to above every loss drawn (the
        steep start included); accuracy over what the recent half of the run spans, rounded
        outwards, so the small late gains that tell a good run from a great one stay visible,
        and so does the published line. Each bound moves only a handful of times per run:
        regenerating an axis is the costliest part of a redraw, and at every redraw it made
        the GUI thread miss its 10 ms ticks."""
        losses = self._values(LOSS_CURVES, since=0.0)
        accuracies = self._values(ACCURACY_CURVES, since=self._last_x / 2)
        if self.reference() is not None:
            accuracies = np.append(accuracies, self.reference())
        current = self._view or (None, None, None)
        view = (max(1.0, math.ceil(self._last_x - 1e-9)),
                loss_axis_top(current[1], losses.max()) if losses.size else DEFAULT_LOSS_TOP,
                accuracy_axis_bottom(current[2], accuracies.min()) if accuracies.size else 0.0)
        if view == self._view:
            return
        self._view = view
        x_end, loss_top, accuracy_bottom = view
        self._loss_plot.setXRange(0.0, x_end, padding=0.02)
        self._loss_plot.setYRange(0.0, loss_top, padding=0.02)
        self._accuracy_plot.setYRange(accuracy_bottom, 100.0, padding=0.02)

    def _values(self, names: tuple[str, ...], since: float) -> np.ndarray:
        """The finite y values drawn by these curves at x ≥ ``since``."""
        values = np.concatenate([np.empty(0), *(y[x >= since] for x, y in
                                                (self._drawn[name] for name in names))])
        return values[np.isfinite(values)]

    def _apply_palette(self) -> None:
        """Plots follow the window's light or dark palette instead of pyqtgraph's black."""
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        self._items["batch_loss"].setPen(pen(faint(TRAIN_COLOR, base), 1.0))
        for plot in (self._loss_plot, self._accuracy_plot):
            follow_palette(plot, [plot.getPlotItem()], palette)

    def _label_texts(self) -> None:
        """Every text the plots show or tell a screen reader, in the window's language (again
        after a switch: pyqtgraph's texts are not widgets' texts the switch could re-set)."""
        for plot, title, name in (
                (self._loss_plot, loss_label(),
                 translate("Train", "Loss curve")),
                (self._accuracy_plot, accuracy_label(),
                 translate("Train", "Accuracy curve"))):
            plot.setLabel("left", title)
            plot.setLabel("bottom", translate("Train", "epoch"))
            plot.setMinimumHeight(max(PLOT_MINIMUM_HEIGHT,
                                      value_title_length(plot) + AXIS_TITLE_ROOM))
            describe_plot(plot, name=name)
        self._legend.setText(legend())
        if self._reference.isVisible():
            self._label_reference()
        self._describe()

    def _label_reference(self) -> None:
        accuracy = percent(self._reference.value(), 2)
        self._reference.label.setFormat(
            translate("Train", "{label} {accuracy}").format(label=self._reference_label,
                                                            accuracy=accuracy).strip())

    def _describe(self) -> None:
        """Say the newest epoch's figures (and the test accuracy) to a screen reader."""
        parts = [epoch_summary(self._newest) if self._newest is not None
                 else translate("Train", "No epoch finished yet.")]
        if self._test_accuracy is not None:
            parts.append(translate("Train", "Test accuracy {accuracy}.").format(
                accuracy=fraction_percent(self._test_accuracy)))
        text = " ".join(parts)
        for plot in (self._loss_plot, self._accuracy_plot):
            describe_plot(plot, description=text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        elif event.type() == QEvent.Type.LanguageChange:
            self._label_texts()
        super().changeEvent(event)
