"""The Training tab: progress through the epoch and the whole run, and the live learning curves.

Bars, speed and ETA are redrawn at most four times a second: that is all anyone can read, and
every repaint takes CPU from training. The curves are pyqtgraph, which is slow to import, so they
are built the first time they are shown or fed, and the window opens without waiting for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gui.common.clock import clock
from gui.common.language import number, translate
from gui.common.language import percent as percent_text
from gui.common.scrolling import scrolling_content
from gui.common.throttle import Throttler
from model.training.events import BatchEvent, BeginEvent, EpochEvent, FinishedEvent
from model.training.inbox import BatchGroup

if TYPE_CHECKING:
    from gui.train.plots import TrainingPlots

PROGRESS_INTERVAL_MS = 250
"""Progress bars, speed and ETA are redrawn at most four times a second."""


def percent(bar: QProgressBar) -> str:
    """How far along ``bar`` is, as the bar itself would have written it."""
    span = bar.maximum() - bar.minimum()
    return percent_text(100 * (bar.value() - bar.minimum()) // span if span else 100, 0)


def progress_bar(tip: str) -> QProgressBar:
    """A bar without text of its own: drawn on the bar, text is half over the chunk and half
    off it, and in some styles unreadable on both; the figures go in labels beside it."""
    bar = QProgressBar()
    bar.setToolTip(tip)
    bar.setTextVisible(False)
    return bar


def figures_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


class ProgressView(QWidget):
    """Epoch and run progress bars above the loss and accuracy curves of the current run."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingProgress")
        self._epoch_bar = progress_bar(translate(
            "Train", "Progress through the current epoch (one pass over the training images)."))
        self._run_bar = progress_bar(translate(
            "Train", "Progress through the whole run: training images processed per second, "
            "time spent training (pauses excluded) and the estimated time left."))
        self._plots: TrainingPlots | None = None
        self._reference: tuple[float | None, str] = (None, "")
        self._plan: BeginEvent | None = None
        self._latest: BatchEvent | None = None
        self._epoch_text = figures_label("epochProgressText")
        self._run_text = figures_label("runProgressText")
        self._speed_text = figures_label("speedText")
        self._display = Throttler(self._show_progress, PROGRESS_INTERVAL_MS, self)
        self._column = self._layout_widgets()
        self.reset()

    def _layout_widgets(self) -> QVBoxLayout:
        """Each bar with its figures beside it, speed and times below; the curves come later
        under them, and the whole page scrolls when the dock is short."""
        grid = QGridLayout()
        for row, (name, bar, text) in enumerate(
                ((translate("Train", "Epoch"), self._epoch_bar, self._epoch_text),
                 (translate("Train", "Run"), self._run_bar, self._run_text))):
            bar.setAccessibleName(name)
            grid.addWidget(QLabel(name), row, 0)
            grid.addWidget(bar, row, 1)
            grid.addWidget(text, row, 2)
        grid.addWidget(self._speed_text, 2, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        column = QVBoxLayout(scrolling_content(self))
        self.findChild(QScrollArea).setAccessibleName(translate("Train", "Training progress"))
        column.addLayout(grid)
        return column

    def plots(self) -> TrainingPlots:
        """The live curves, built on first use."""
        if self._plots is None:
            from gui.train.plots import TrainingPlots

            self._plots = TrainingPlots()
            self._plots.set_reference(*self._reference)
            self._column.addWidget(self._plots, 1)
        return self._plots

    def set_reference(self, accuracy: float | None, label: str) -> None:
        """A published accuracy (a fraction) to beat, drawn as a line once the curves exist."""
        self._reference = (accuracy, label)
        if self._plots is not None:
            self._plots.set_reference(accuracy, label)

    def epoch_position(self) -> float:
        """Where the run is, in epochs (0 before its first batch)."""
        return self._latest.epoch_fraction if self._latest is not None else 0.0

    def reset(self) -> None:
        """Empty bars and no curves, until the next run begins."""
        self._plan = self._latest = None
        for bar in (self._epoch_bar, self._run_bar):
            bar.setRange(0, 1)
            bar.setValue(0)
        for text in (self._epoch_text, self._run_text, self._speed_text):
            text.clear()
        if self._plots is not None:
            self._plots.begin()

    def begin(self, plan: BeginEvent) -> None:
        self._plan = plan
        self.plots().begin()
        self._epoch_bar.setRange(0, plan.steps_per_epoch)
        self._run_bar.setRange(0, plan.total_steps)

    def add_batches(self, group: BatchGroup) -> None:
        self.plots().add_batches(group.events)
        self._latest = group.latest
        self._display.trigger()

    def add_epoch(self, epoch: EpochEvent) -> None:
        self.plots().add_epoch(epoch)

    def finish(self, summary: FinishedEvent) -> None:
        """Show the last batch's figures now, and the test accuracy where training ended."""
        self._display.flush()
        if summary.test_accuracy is not None:
            self.plots().add_test_accuracy(self.epoch_position(), summary.test_accuracy)

    def showEvent(self, event: QShowEvent) -> None:
        self.plots()
        super().showEvent(event)

    def _show_progress(self) -> None:
        latest, plan = self._latest, self._plan
        if latest is None or plan is None:
            return
        self._epoch_bar.setValue(latest.batch + 1)
        self._run_bar.setValue(latest.step)
        self._epoch_text.setText(translate("Train", "{epoch} of {epochs}: {percent}").format(
            epoch=latest.epoch + 1, epochs=plan.epochs, percent=percent(self._epoch_bar)))
        self._run_text.setText(percent(self._run_bar))
        self._speed_text.setText(translate(
            "Train", "{speed} images/s · {elapsed} elapsed · about {left} left").format(
            speed=number(latest.samples_per_s), elapsed=clock(latest.elapsed_s),
            left=clock(latest.eta_s)))
