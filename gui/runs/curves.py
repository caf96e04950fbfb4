"""Loss and accuracy curves of several recorded runs, overlaid, one colour per run.

The legend, the loss plot and the accuracy plot are one pyqtgraph scene, so a PNG or SVG export
(pyqtgraph's own exporters) shows all three as on screen. The curves of each colour are made
once and refilled with ``setData``; the legend is one text item, rewritten. The same figures in
words and rows (:mod:`gui.runs.curve_figures`) are there for a screen reader.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCheckBox, QStackedWidget, QVBoxLayout, QWidget

from gui.common.language import fraction_percent, translate
from gui.common.plot_style import (
    DEFAULT_LOSS_TOP,
    accuracy_label,
    describe_plot,
    follow_palette,
    loss_label,
    pen,
    value_title_length,
)
from gui.runs.colors import DRAWN_AT_ONCE, run_colors
from gui.runs.curve_figures import CurveTable, runs_summary
from gui.runs.plot_export import export_plots
from model.history.curves import finite, smoothed
from model.history.records import RunRecord

AXIS_WIDTH = 56
"""Both plots' value axes take the same room, so their epochs line up."""
LEGEND_MARGIN = 24
"""The plots' frame either side of the legend, in px."""
PLOT_AREA_MINIMUM_HEIGHT = 50
"""A plot's drawing area, small but readable; never shorter than its axis title ("Genauigkeit
(%)" is taller than that), which would otherwise run into the title of the plot above."""


def _key() -> str:
    return translate("Runs", "━━ training &nbsp;&nbsp; ╍╍ validation &nbsp;&nbsp; ★ test")


def _empty_text() -> str:
    return translate("Runs", "Select runs in the table to compare their curves<br>"
                             "(Ctrl- or Shift-click for several).")


class _RunCurves:
    """One colour's curves: batch loss (smoothed) and validation loss; training, validation and
    test accuracy (as the Training tab draws them: epoch means mid-epoch, validation at its
    end)."""

    def __init__(self, loss: pg.PlotItem, accuracy: pg.PlotItem, color: str) -> None:
        dots = {"symbol": "o", "symbolSize": 6, "symbolPen": None}
        self.batch_loss = loss.plot(connect="finite")
        self.val_loss = loss.plot(**dots)
        self.train_accuracy = accuracy.plot(**dots)
        self.val_accuracy = accuracy.plot(**dots)
        self.test_accuracy = accuracy.plot(pen=None, symbol="star", symbolSize=16,
                                           symbolPen=None)
        self.set_color(color)

    def set_color(self, color: str) -> None:
        """Draw every curve in ``color`` (again after a theme switch): training solid,
        validation dashed."""
        for item, dashed in ((self.batch_loss, False), (self.val_loss, True),
                             (self.train_accuracy, False), (self.val_accuracy, True)):
            item.setPen(pen(color, 2.0, dashed))
        for item in self.items()[1:]:
            item.setSymbolBrush(color)

    def items(self) -> tuple[pg.PlotDataItem, ...]:
        return (self.batch_loss, self.val_loss, self.train_accuracy, self.val_accuracy,
                self.test_accuracy)

    def show(self, record: RunRecord) -> None:
        epochs = record.epochs
        self.batch_loss.setData(record.batch_epochs, smoothed(record.batch_epochs,
                                                              record.batch_losses))
        self.train_accuracy.setData([e["epoch"] - 0.5 for e in epochs],
                                    _percent([e["accuracy"] for e in epochs]))
        checked = [e for e in epochs if e["val_loss"] is not None]
        self.val_loss.setData([e["epoch"] for e in checked],
                              finite([e["val_loss"] for e in checked]))
        self.val_accuracy.setData([e["epoch"] for e in checked],
                                  _percent([e["val_accuracy"] for e in checked]))
        test = record.summary.test_accuracy
        self.test_accuracy.setData([record.summary.epochs] if test is not None else [],
                                   _percent([test] if test is not None else []))
        self._set_visible(True)

    def hide(self) -> None:
        for item in self.items():
            item.setData([], [])
        self._set_visible(False)

    def _set_visible(self, visible: bool) -> None:
        for item in self.items():
            item.setVisible(visible)


def _percent(values: Sequence[float | None]) -> np.ndarray:
    return 100.0 * finite(values)


class RunComparison(QWidget):
    """A legend naming each run in its colour, the loss plot above the accuracy plot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runCurves")
        self._view = pg.GraphicsLayoutWidget()
        self._view.setObjectName("runCurvesPlots")
        self._legend = self._view.addLabel(_empty_text(), row=0, col=0, justify="left")
        self._loss = self._add_plot(1)
        self._accuracy = self._add_plot(2)
        self._accuracy.setXLink(self._loss)
        self._loss.getAxis("bottom").setStyle(showValues=False)  # the accuracy plot's epochs
        self._curves: list[_RunCurves] = []
        self._records: list[RunRecord] = []
        self._more = 0
        self._table = CurveTable()
        self._as_table = QCheckBox(translate("Runs", "Show as table"))
        self._as_table.setObjectName("runCurvesAsTable")
        self._as_table.setToolTip(translate("Runs", "List every epoch's loss and accuracy of "
                                                    "the selected runs instead of the plots."))
        self._pages = QStackedWidget()
        self._pages.addWidget(self._view)
        self._pages.addWidget(self._table)
        self._as_table.toggled.connect(lambda on: self._pages.setCurrentIndex(int(on)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._as_table)
        layout.addWidget(self._pages, 1)
        self._label_axes()
        self._fit_ranges()
        self._apply_palette()

    def show_runs(self, records: Sequence[RunRecord], more: int = 0) -> None:
        """Draw these runs (at most one per colour), and say how many more are selected."""
        self._records = list(records[:DRAWN_AT_ONCE])
        while len(self._curves) < len(self._records):
            self._curves.append(_RunCurves(self._loss, self._accuracy,
                                           run_colors(self)[len(self._curves)]))
        for index, curves in enumerate(self._curves):
            if index < len(self._records):
                curves.show(self._records[index])
            else:
                curves.hide()
        self._more = more + len(records) - len(self._records)
        self._write_legend()
        self._write_figures()
        self._fit_ranges()

    def y_ranges(self) -> dict[str, tuple[float, float]]:
        """The value range each plot shows now: ``loss`` and ``accuracy``."""
        return {"loss": tuple(self._loss.viewRange()[1]),
                "accuracy": tuple(self._accuracy.viewRange()[1])}

    def shown(self) -> list[RunRecord]:
        return list(self._records)

    def axis_labels(self) -> dict[str, str]:
        """The axes' titles as shown: ``loss``, ``accuracy`` and ``epoch``."""
        return {"loss": self._loss.getAxis("left").labelText,
                "accuracy": self._accuracy.getAxis("left").labelText,
                "epoch": self._accuracy.getAxis("bottom").labelText}

    def figures_text(self) -> str:
        """What a screen reader reads for the plots: each shown run's last epoch."""
        return self._view.accessibleDescription()

    def figures_table(self) -> CurveTable:
        return self._table

    def show_as_table(self, on: bool) -> None:
        self._as_table.setChecked(on)

    def legend_text(self) -> str:
        """The legend as it reads (HTML): each run in its colour, then the key."""
        return self._legend.text

    def curves(self) -> list[dict[str, tuple[np.ndarray, np.ndarray]]]:
        """What each shown run's curves hold: name → (x, y), in the runs' order."""
        names = ("batch_loss", "val_loss", "train_accuracy", "val_accuracy", "test_accuracy")
        return [{name: getattr(curves, name).getData() for name in names}
                for curves in self._curves[:len(self._records)]]

    def export_image(self, path: str | Path) -> Path:
        """Save the legend and both plots as PNG or SVG (by the suffix); an
        :class:`~model.output_paths.OutputPathError` if the file must not or cannot be
        written."""
        return export_plots(self._view.ci, path)

    def _add_plot(self, row: int) -> pg.PlotItem:
        plot = self._view.addPlot(row=row, col=0)
        plot.getAxis("left").enableAutoSIPrefix(False)
        plot.getAxis("left").setWidth(AXIS_WIDTH)
        plot.showGrid(x=True, y=True, alpha=0.15)
        plot.setMenuEnabled(False)
        return plot

    def _fit_ranges(self) -> None:
        """Fit the plots to the runs shown; with none, show the ranges a run will fill (the
        whole 0–100 %) rather than pyqtgraph's 0–1, which read as accuracies of 0.2–0.8 %."""
        if self._records:
            for plot in (self._loss, self._accuracy):
                plot.enableAutoRange()
            return
        self._loss.setRange(xRange=(0.0, 1.0), yRange=(0.0, DEFAULT_LOSS_TOP), padding=0.02)
        self._accuracy.setRange(yRange=(0.0, 100.0), padding=0.02)

    def _label_axes(self) -> None:
        """The axes' titles and the plots' name in the window's language (pyqtgraph draws
        them itself, so they are set again when the language changes)."""
        self._loss.setLabel("left", loss_label())
        self._accuracy.setLabel("left", accuracy_label())
        self._accuracy.setLabel("bottom", translate("Runs", "epoch"))
        name = translate("Runs", "Loss and accuracy curves of the selected runs")
        describe_plot(self._view, name=name)
        self._fit_plots_to_titles()

    def _fit_plots_to_titles(self) -> None:
        """Each plot at least as tall as its value axis' title, which pyqtgraph neither wraps
        nor cuts."""
        for plot in (self._loss, self._accuracy):
            least = max(PLOT_AREA_MINIMUM_HEIGHT, value_title_length(plot))
            plot.getViewBox().setMinimumHeight(least)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._wrap_legend()

    def _wrap_legend(self) -> None:
        """Wrap the legend to the view's width: unwrapped, a long line (the German hint at the
        smallest window) made the plots wider than the view, which cut them off on the right."""
        width = max(1, self._view.viewport().width() - LEGEND_MARGIN)
        if self._legend.item.textWidth() != width:
            self._legend.item.setTextWidth(width)
            self._legend.updateMin()
            self._fit_plots_to_view()

    def _write_legend(self) -> None:
        self._legend.setText("<br>".join(self._legend_lines()) or _empty_text())
        self._fit_plots_to_view()

    def _fit_plots_to_view(self) -> None:
        """After the legend or an axis title changes size: the view is as tall as the legend
        and the plots' least heights together, so a long legend (seven runs, or the German hint
        in a narrow panel) makes the page scroll instead of squashing the plots to a line; and
        pyqtgraph lays the plots out again (it does so itself only when the view is resized, so
        a legend once wider than the view would keep them too wide)."""
        minimum = self._view.ci.effectiveSizeHint(Qt.SizeHint.MinimumSize)
        self._view.setMinimumHeight(math.ceil(minimum.height()))
        self._view.ci.setGeometry(self._view.range)

    def _write_figures(self) -> None:
        """The shown runs' figures for a screen reader: in words on the plots, in the table."""
        summary = runs_summary(self._records)
        describe_plot(self._view, description=summary)
        self._table.show_runs(self._records)

    def _legend_lines(self) -> list[str]:
        if not self._records:
            return []
        lines = [f"<span style='color:{color}'>■</span> {html.escape(record.label())} · "
                 f"{fraction_percent(record.summary.test_accuracy)}"
                 for record, color in zip(self._records, run_colors(self), strict=False)]
        if self._more:
            lines.append(translate("Runs", "…and {count} more selected: at most {most} are "
                                           "drawn.").format(count=self._more,
                                                            most=DRAWN_AT_ONCE))
        return [*lines, _key()]

    def _apply_palette(self) -> None:
        follow_palette(self._view, (self._loss, self._accuracy), self.palette())
        for curves, color in zip(self._curves, run_colors(self), strict=False):
            curves.set_color(color)
        self._legend.setAttr("color", self.palette().color(QPalette.ColorRole.Text).name())
        self._write_legend()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        elif event.type() == QEvent.Type.LanguageChange:
            self._label_axes()
            self._write_legend()
            self._write_figures()
        super().changeEvent(event)
