"""The Training tab's live curves: the same points the Runs tab draws for the same run, axis
titles that fit, and value ranges that show the whole loss curve."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

from gui.common.language import set_language
from gui.runs.curves import RunComparison
from gui.train.plots import PLOT_MINIMUM_HEIGHT, TrainingPlots
from gui.train.progress_view import ProgressView
from model.config import NetworkConfig, TrainingConfig
from model.history.curves import BATCH_POINTS
from model.history.queue import HistoryQueue
from model.history.recorder import RunRecorder
from model.history.store import RunStore
from model.training.events import BatchEvent, BeginEvent, EndReason, EpochEvent, FinishedEvent
from model.training.inbox import BatchGroup
from tests.model.history.fake_runs import DATASET
from tests.translations import LANGUAGE_CODES

STEPS, EPOCHS = 300, 3


def run_events() -> tuple[BeginEvent, list[list[BatchEvent]], list[EpochEvent], FinishedEvent]:
    """A noisy run of 900 batches (one NaN loss) in groups as the worker delivers them."""
    rng = np.random.default_rng(3)
    batches = []
    for step in range(1, STEPS * EPOCHS + 1):
        position = step / STEPS
        loss = 2.3 / (1 + 3 * position) + rng.normal(0, 0.15) ** 2
        batches.append(BatchEvent(step, (step - 1) // STEPS, (step - 1) % STEPS,
                                  math.nan if step == 400 else loss,
                                  min(1.0, 0.3 + 0.2 * position + rng.normal(0, 0.05)),
                                  position, 1000.0, 1.0, 1.0))
    groups = [batches[start:start + 37] for start in range(0, len(batches), 37)]
    epochs = [EpochEvent(epoch, 2.3 / (1 + 3 * epoch), 0.5 + 0.1 * epoch, 1.0, 0.001,
                         2.4 / (1 + 3 * epoch), 0.49 + 0.1 * epoch)
              for epoch in range(1, EPOCHS + 1)]
    return (BeginEvent(EPOCHS, STEPS, 32), groups, epochs,
            FinishedEvent(EndReason.FINISHED, "Finished.", EPOCHS, 3.0, 0.83, 0.5, 0.8))


def test_the_training_and_runs_tabs_draw_the_same_points_for_the_same_run(qtbot, tmp_path):
    """One downsampling and one smoothing: before, the Training tab drew an exponential average
    of the raw batches and the Runs tab a moving mean of the recorded ones."""
    begin, groups, epochs, finished = run_events()
    progress = ProgressView()
    qtbot.addWidget(progress)
    queue = HistoryQueue(on_error=pytest.fail, path=tmp_path / "runs.sqlite")
    recorder = RunRecorder(queue, NetworkConfig(), TrainingConfig(epochs=EPOCHS), DATASET,
                           source="gui")
    progress.begin(begin)
    recorder.on_begin(begin)
    for epoch, epoch_groups in zip(epochs, np.array_split(np.array(groups, dtype=object),
                                                          EPOCHS), strict=True):
        for group in epoch_groups:
            progress.add_batches(BatchGroup(list(group)))
            for event in group:
                recorder.on_batch(event)
        progress.add_epoch(epoch)
        recorder.on_epoch(epoch)
    progress.finish(finished)
    recorder.on_finished(finished)
    queue.wait()
    with RunStore(tmp_path / "runs.sqlite") as store:
        record = store.run(recorder.run_id.result())
    comparison = RunComparison()
    qtbot.addWidget(comparison)
    comparison.show_runs([record])

    training, runs = progress.plots().series(), comparison.curves()[0]
    for training_name, runs_name in (("smoothed_loss", "batch_loss"), ("val_loss", "val_loss"),
                                     ("train_accuracy", "train_accuracy"),
                                     ("val_accuracy", "val_accuracy"),
                                     ("test_accuracy", "test_accuracy")):
        np.testing.assert_array_equal(training[training_name][0], runs[runs_name][0])
        np.testing.assert_array_equal(training[training_name][1], runs[runs_name][1])
    assert np.isnan(training["smoothed_loss"][1]).sum() == 1  # the NaN batch: a gap in both


def batches(count: int, per_epoch: int, loss=lambda position: 2.3 / (1 + 5 * position)):
    return [BatchEvent(step, (step - 1) // per_epoch, (step - 1) % per_epoch,
                       loss(step / per_epoch), 0.9, step / per_epoch, 0.0, 0.0, 0.0)
            for step in range(1, count + 1)]


def test_a_long_run_is_plotted_from_a_bounded_number_of_points(qtbot):
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.begin()
    per_epoch = 1688  # 50 epochs at batch size 32
    events = batches(50 * per_epoch, per_epoch)
    for start in range(0, len(events), 500):
        plots.add_batches(events[start:start + 500])
    for name in ("batch_loss", "smoothed_loss", "smoothed_accuracy"):
        x, y = plots.series()[name]
        assert len(x) == len(y) <= BATCH_POINTS + 1 and np.all(np.diff(x) > 0)
    assert plots.y_ranges()["loss"][1] >= 2.3 / (1 + 5 / per_epoch)


def test_the_loss_range_shows_the_start_of_the_curve(qtbot):
    """The loss axis followed the recent half of the run and cut off its steep start."""
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.begin()
    per_epoch = 200
    for epoch in range(6):
        plots.add_batches(batches(per_epoch * (epoch + 1), per_epoch)[epoch * per_epoch:])
        plots.add_epoch(EpochEvent(epoch + 1, 2.3 / (1 + 5 * (epoch + 0.5)), 0.9, 1.0, 0.001,
                                   2.4 / (1 + 5 * (epoch + 1)), 0.9))
    series = plots.series()
    highest = max(np.nanmax(series[name][1]) for name in
                  ("batch_loss", "smoothed_loss", "train_loss", "val_loss"))
    low, high = plots.y_ranges()["loss"]
    assert low <= 0.0 and high >= highest > 2.0


@pytest.mark.parametrize("plot_name", ["_loss_plot", "_accuracy_plot"])
def test_the_axis_titles_fit_the_smallest_plot(qtbot, plot_name):
    """"loss (cross-entropy)" was clipped to "loss (cross-entrop" along a short axis."""
    window = QWidget()  # the offscreen platform warns when a window's minimum size changes
    qtbot.addWidget(window)
    window.resize(500, 3 * PLOT_MINIMUM_HEIGHT)
    plots = TrainingPlots(window)
    plots.setGeometry(0, 0, 500, 3 * PLOT_MINIMUM_HEIGHT)
    plot = getattr(plots, plot_name)
    plot.setFixedHeight(PLOT_MINIMUM_HEIGHT)
    window.show()
    qtbot.waitExposed(window)
    axis = plot.getAxis("left")
    title = axis.label.toPlainText()
    width = QFontMetrics(axis.label.font()).horizontalAdvance(title)
    assert width <= axis.geometry().height(), (title, width, axis.geometry().height())


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_a_longer_languages_axis_titles_make_the_smallest_plot_taller(qtbot, code):
    """"Genauigkeit (%)" is longer than "accuracy (%)": the plot's minimum grows to fit it."""
    set_language(code)
    window = QWidget()
    qtbot.addWidget(window)
    plots = TrainingPlots(window)
    for plot in (plots._loss_plot, plots._accuracy_plot):
        plot.setFixedHeight(plot.minimumHeight())
    window.resize(500, 3 * max(plots._loss_plot.height(), plots._accuracy_plot.height()))
    window.show()
    qtbot.waitExposed(window)
    for plot in (plots._loss_plot, plots._accuracy_plot):
        axis = plot.getAxis("left")
        title = axis.label.toPlainText()
        width = QFontMetrics(axis.label.font()).horizontalAdvance(title)
        assert width <= axis.geometry().height(), (code, title, width)
