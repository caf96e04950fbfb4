"""The Runs view: the table of recorded runs, overlaid curves, delete, load, open, export, and
the Train panel recording its runs into it."""

from __future__ import annotations

import csv
import sqlite3
import time
from types import SimpleNamespace
from typing import TYPE_CHECKING

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QWidget,
)

from gui.common.plot_style import value_title_length
from gui.runs.colors import DRAWN_AT_ONCE, run_colors
from gui.runs.curves import PLOT_AREA_MINIMUM_HEIGHT
from gui.runs.view import RunsView
from gui.train.panel import TrainingPanel
from gui.train.setup_page import SetupPage
from model.config import CONFIG_VERSION, LayerConfig, NetworkConfig, TrainingConfig
from model.data.datasets import Dataset, load_dataset
from model.history.export import CSV_COLUMNS
from model.history.store import RunStore
from model.training.events import EndReason, FinishedEvent
from tests.gui.helpers import Errors
from tests.gui.threads import qt_calls_off_the_gui_thread
from tests.model.history.fake_runs import fake_run

if TYPE_CHECKING:
    import pyqtgraph as pg

WAIT_MS = 10_000
RUN_TIMEOUT_MS = 120_000


def shown(qtbot, view: RunsView) -> None:
    with qtbot.waitSignal(view.refreshed, timeout=WAIT_MS):
        view.window().show()


def select(qtbot, view: RunsView, *rows: int) -> None:
    """Select these rows (of the table as sorted) at once, as a Ctrl-click would."""
    model, chosen = view.table().model(), QItemSelection()
    for row in rows:
        chosen.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
    with qtbot.waitSignal(view.compared, timeout=WAIT_MS):
        view.table().selectionModel().select(chosen,
                                             QItemSelectionModel.SelectionFlag.ClearAndSelect)


def cells(view: RunsView, column: int) -> list[str]:
    model = view.table().model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_table_lists_runs_newest_first_and_sorts_by_any_column(qtbot, view, history):
    for day, accuracy in ((1, 0.91), (3, 0.97), (2, 0.95)):
        fake_run(history, units=10 * day, accuracy=accuracy, drawn=accuracy - 0.1,
                 started=f"2025-05-0{day}T10:00:00+00:00")
    fake_run(history, units=99, ended=False, started="2025-05-04T10:00:00+00:00")
    shown(qtbot, view)
    assert cells(view, 2) == ["784-99-10 relu", "784-30-10 relu", "784-20-10 relu",
                              "784-10-10 relu"]
    assert cells(view, 3) == ["unfinished", "97.00%", "95.00%", "91.00%"]
    assert cells(view, 4)[1:] == ["87.00%", "85.00%", "81.00%"]
    assert cells(view, 7) == ["MNIST"] * 4
    view.table().sortByColumn(3, Qt.SortOrder.AscendingOrder)
    assert cells(view, 3) == ["unfinished", "91.00%", "95.00%", "97.00%"]


def test_selecting_two_runs_overlays_their_curves_in_two_colours(qtbot, view, history):
    slow, fast = fake_run(history, accuracy=0.8), fake_run(history, units=64, accuracy=0.95)
    shown(qtbot, view)
    select(qtbot, view, 0, 1)
    comparison = view.comparison()
    records = comparison.shown()
    assert [record.summary.id for record in records] == [fast, slow]  # as the table shows
    for record, curves in zip(records, comparison.curves(), strict=True):
        x, y = curves["batch_loss"]  # smoothed, over a quarter of an epoch (ten batches)
        assert list(x) == pytest.approx(record.batch_epochs)
        assert y.mean() == pytest.approx(sum(record.batch_losses) / len(y), rel=0.02)
        assert y[80:110] == pytest.approx(record.batch_losses[80:110], rel=0.01)
        assert list(curves["val_accuracy"][1]) == pytest.approx(
            [100 * epoch["val_accuracy"] for epoch in record.epochs])
        assert list(curves["test_accuracy"][1]) == [pytest.approx(
            100 * record.summary.test_accuracy)]
    text = comparison.legend_text()
    assert f"#{fast} 784-64-10 relu" in text and f"#{slow} 784-32-10 relu" in text
    colors = run_colors(view)
    assert colors[0] in text and colors[1] in text
    swatches = [view.table().model().index(row, 0).data(Qt.ItemDataRole.DecorationRole)
                for row in (0, 1)]
    assert [swatch.pixmap(8).toImage().pixelColor(4, 4).name()
            for swatch in swatches] == list(colors[:2])
    select(qtbot, view, 1)  # one run: the other colour's curves are emptied, not deleted
    assert len(comparison.curves()) == 1 and comparison.shown()[0].summary.id == slow


def test_the_empty_comparison_shows_the_whole_accuracy_range(qtbot, view, history):
    """Empty, the plots showed pyqtgraph's 0–1: "accuracy (%)" with ticks from 0.2 to 0.8."""
    run = fake_run(history)
    shown(qtbot, view)
    comparison = view.comparison()
    assert comparison.y_ranges()["accuracy"] == pytest.approx((0.0, 100.0), abs=2.5)
    select(qtbot, view, 0)
    qtbot.waitUntil(lambda: comparison.y_ranges()["accuracy"][0] > 50)  # fitted to the run
    with qtbot.waitSignal(view.compared, timeout=WAIT_MS):
        view.table().clearSelection()
    assert comparison.shown() == [] and run
    assert comparison.y_ranges()["accuracy"] == pytest.approx((0.0, 100.0), abs=2.5)


def test_deleting_asks_first_then_forgets_the_runs(qtbot, view, history, monkeypatch):
    kept, gone = fake_run(history), fake_run(history)
    shown(qtbot, view)
    select(qtbot, view, 0)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: answers.pop(0))
    delete = view.findChild(QPushButton, "deleteRuns")
    delete.click()
    assert cells(view, 0) == [str(gone), str(kept)]
    with qtbot.waitSignal(view.refreshed, timeout=WAIT_MS):
        delete.click()
    assert cells(view, 0) == [str(kept)]
    assert [run.id for run in history.runs()] == [kept]


def test_load_settings_and_open_model_hand_the_run_on(qtbot, view, history, tmp_path):
    run_id = fake_run(history, units=48)
    history.set_model_path(run_id, tmp_path / "saved.keras")
    shown(qtbot, view)
    select(qtbot, view, 0)
    with qtbot.waitSignal(view.settings_requested, timeout=WAIT_MS) as settings:
        view.findChild(QPushButton, "loadRunSettings").click()
    network, training, spec, note = settings.args
    assert network.hidden[0].units == 48 and training == TrainingConfig(epochs=3,
                                                                        learning_rate=0.002)
    assert spec == "mnist" and f"run #{run_id}" in note
    with qtbot.waitSignal(view.open_requested, timeout=WAIT_MS) as opened:
        view.findChild(QPushButton, "openRunModel").click()
    assert opened.args == [str(tmp_path / "saved.keras")]
    view.set_busy(True)
    assert not view.findChild(QPushButton, "loadRunSettings").isEnabled()


def test_settings_of_a_run_by_a_newer_digitlab_load_and_say_so(qtbot, view, history):
    run_id = fake_run(history, units=48)
    db = sqlite3.connect(history.path, isolation_level=None)
    db.execute("UPDATE runs SET config_version = ?, network = json_set(network, "
               "'$.attention', 1) WHERE id = ?", (CONFIG_VERSION + 1, run_id))
    db.close()
    shown(qtbot, view)
    select(qtbot, view, 0)
    with qtbot.waitSignal(view.settings_requested, timeout=WAIT_MS) as settings:
        view.findChild(QPushButton, "loadRunSettings").click()
    network, _, _, note = settings.args
    assert network.hidden[0].units == 48
    assert "newer DigitLab" in note and "attention" in note


def test_exports_curves_as_csv_and_plots_as_png_and_svg(qtbot, view, history, tmp_path,
                                                       monkeypatch):
    fake_run(history)
    fake_run(history, units=64)
    shown(qtbot, view)
    select(qtbot, view, 0)
    target = iter([tmp_path / "run.csv", tmp_path / "plots.png", tmp_path / "plots.svg"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(next(target)), ""))
    menu = view.findChild(QPushButton, "exportRuns").menu()
    csv_action, image_action = menu.actions()
    csv_action.trigger()
    qtbot.waitUntil((tmp_path / "run.csv").is_file, timeout=WAIT_MS)
    with (tmp_path / "run.csv").open(newline="") as file:
        assert tuple(csv.DictReader(file).fieldnames) == CSV_COLUMNS
    select(qtbot, view, 0, 1)
    assert not csv_action.isEnabled()  # one run's curves per file
    image_action.trigger()
    image_action.trigger()
    with Image.open(tmp_path / "plots.png") as image:
        assert image.width >= 1600
    assert (tmp_path / "plots.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_pyqtgraph_still_needs_closed_paths_opened_for_svg(qtbot):
    """When this fails, a pyqtgraph release reads Qt's closed SVG paths (pyqtgraph#3495): drop
    ``_closed_paths_readable`` from gui/runs/plot_export.py."""
    from pyqtgraph import GraphicsLayoutWidget
    from pyqtgraph.exporters import SVGExporter

    plots = GraphicsLayoutWidget()
    qtbot.addWidget(plots)
    plots.addPlot().plot([0, 1], [0, 1])
    with pytest.raises(ValueError):
        SVGExporter(plots.ci).export(toBytes=True)


# In the window --------------------------------------------------------------------------------


@pytest.fixture
def trained_window(qtbot, bare_window):
    """The window at 1024×640 with its Train dock open on the Runs tab."""
    panel = TrainingPanel()
    panel.errors = Errors()
    panel.show_error = panel.errors
    dock = bare_window.add_training_panel(panel)
    dock.show()
    bare_window.resize(1024, 640)
    yield bare_window, panel
    panel.shutdown()


def runs_tab(panel: TrainingPanel) -> RunsView:
    view = panel.findChild(RunsView, "runs")
    panel.findChild(QTabWidget).setCurrentWidget(view)
    return view


@pytest.mark.slow
def test_a_run_trained_in_the_panel_is_recorded_and_listed(qtbot, trained_window):
    _, panel = trained_window
    dataset = load_dataset("mnist").subset(500, 100, seed=0)
    training = TrainingConfig(epochs=2, batch_size=50, seed=3)
    with qtbot.waitSignal(panel.finished, timeout=RUN_TIMEOUT_MS) as finished:
        panel.start(NetworkConfig(hidden=(LayerConfig(24),)), training, dataset=dataset)
    summary = finished.args[0]
    view = runs_tab(panel)
    qtbot.waitUntil(lambda: cells(view, 3) == [f"{summary.test_accuracy:.2%}"],
                    timeout=WAIT_MS)
    panel.shutdown()
    with RunStore() as store:
        (run,) = store.runs()
        record = store.run(run.id)
    assert record.fields["source"] == "gui" and record.training() == training
    assert record.fields["dataset"]["train"] == 500 and record.summary.epochs == 2
    assert len(record.epochs) == 2 and len(record.batch_losses) == 2 * 9
    assert record.summary.drawn_accuracy == summary.drawn_accuracy


def test_the_runs_tab_loads_settings_into_setup_and_opens_models_in_the_window(
        qtbot, trained_window, history, model_path):
    window, panel = trained_window
    run_id = fake_run(history, units=48)
    history.set_model_path(run_id, model_path)
    view = runs_tab(panel)
    qtbot.waitUntil(lambda: cells(view, 0) == [str(run_id)], timeout=WAIT_MS)
    select(qtbot, view, 0)
    view.findChild(QPushButton, "loadRunSettings").click()
    assert panel.findChild(QTabWidget).currentWidget().objectName() == "setup"
    network, training = panel.findChild(SetupPage).configs()
    assert network.hidden[0].units == 48 and training.learning_rate == 0.002
    view.findChild(QPushButton, "openRunModel").click()
    assert window.predictor().path == model_path and window.errors == []


THREE_RUNS_MINIMUM_HEIGHT = 240
"""The legend of three runs and both plots, small but readable, in the smallest window (the
comparison's fixed minimum before it followed its legend)."""


def test_the_runs_tab_is_usable_in_the_smallest_window(qtbot, trained_window, history):
    window, panel = trained_window
    for units in (16, 32, 64):
        fake_run(history, units=units)
    view = runs_tab(panel)
    qtbot.waitUntil(lambda: len(cells(view, 0)) == 3, timeout=WAIT_MS)
    select(qtbot, view, 0, 1, 2)
    assert window.width() <= 1024 and window.height() <= 640
    table, curves = view.table(), view.comparison()
    assert table.viewport().height() >= 3 * table.rowHeight(0)  # three runs at a glance
    assert curves.height() >= THREE_RUNS_MINIMUM_HEIGHT
    assert all(round(area.height()) >= PLOT_AREA_MINIMUM_HEIGHT for area in plot_areas(view))
    assert window.rect().contains(curves.mapTo(window, curves.rect().bottomRight()))
    for button in view.findChildren(QPushButton):
        assert button.isVisible() and button.width() >= button.minimumSizeHint().width()
        corner = button.mapTo(window, button.rect().bottomRight())
        assert window.rect().contains(corner), button.objectName()


def status_text(view: RunsView) -> str:
    return view.findChild(QLabel, "runsStatus").text()


def test_damaged_rows_are_listed_as_damaged_and_say_why_when_chosen(qtbot, view, history):
    """H11: an edited history made the Runs table throw on every repaint."""
    fake_run(history)
    damaged = fake_run(history, units=64)
    db = sqlite3.connect(history.path, isolation_level=None)
    db.execute(f"UPDATE runs SET started_at = 'soon', test_accuracy = 'x', network = '[' "
               f"WHERE id = {damaged}")
    db.close()
    shown(qtbot, view)
    assert sorted(cells(view, 3)) == ["90.00%", "damaged"]
    view.table().viewport().repaint()
    for column in range(view.table().model().columnCount()):
        view.table().sortByColumn(column, Qt.SortOrder.AscendingOrder)
    row = cells(view, 0).index(str(damaged))
    model = view.table().model()
    tips = [model.index(index, 0).data(Qt.ItemDataRole.ToolTipRole) for index in (row, 1 - row)]
    assert "record in the history is damaged (expected an ISO 8601 time" in tips[0]
    assert "Test score on 200 images" in tips[1]  # newcomer 3: a score says what it measured
    view.table().selectionModel().select(
        QItemSelection(model.index(row, 0), model.index(row, model.columnCount() - 1)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect)
    qtbot.waitUntil(lambda: f"run {damaged} is damaged" in status_text(view), timeout=WAIT_MS)


def test_exporting_over_the_history_is_refused_in_the_status(qtbot, view, history, monkeypatch):
    """H3: the window's exports go through the same output check as the command line."""
    fake_run(history)
    shown(qtbot, view)
    select(qtbot, view, 0)
    before = history.path.read_bytes()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(history.path), ""))
    csv_action, image_action = view.findChild(QPushButton, "exportRuns").menu().actions()
    for action in (csv_action, image_action):
        action.trigger()
        assert "DigitLab's own data files" in status_text(view)
    assert history.path.read_bytes() == before


def test_closing_does_not_wait_out_a_locked_history(qtbot, view, history):
    """H4: closing the window after a run froze it for 85 s on a locked history."""
    fake_run(history)
    shown(qtbot, view)
    history.close()  # only the other program uses the file now
    holder = sqlite3.connect(history.path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        for _ in range(3):
            view.refresh()
        started = time.monotonic()
        view.shutdown()
        assert time.monotonic() - started < 1.5
    finally:
        holder.close()


class FakeWorker(QObject):
    """The signals a training worker gives the Runs view to record its run."""

    begin, batch, epoch, finished = Signal(object), Signal(object), Signal(object), Signal(object)


def test_a_run_that_cannot_be_recorded_says_so_in_the_runs_tab(qtbot, monkeypatch, tmp_path):
    """H5: with a data folder SQLite cannot open, runs went unrecorded without a word. It is
    said while the run goes on, and the history's thread calls no Qt to say it."""
    monkeypatch.setenv("DIGITLAB_DATA_DIR", str(tmp_path.joinpath(*["d" * 100] * 6)))
    view = RunsView()
    qtbot.addWidget(view)
    worker = FakeWorker()
    images, labels = np.zeros((10, 28, 28), np.uint8), np.arange(10, dtype=np.uint8)
    with qt_calls_off_the_gui_thread() as qt_calls:
        view.record(worker, NetworkConfig(), TrainingConfig(epochs=1),
                    Dataset("MNIST", tuple("0123456789"), images, labels, images, labels),
                    "mnist")
        qtbot.waitUntil(lambda: "this run is not recorded in the history" in status_text(view),
                        timeout=WAIT_MS)
        view.show()
        qtbot.waitExposed(view)
        said, table = view.findChild(QLabel, "runsStatus"), view.table()
        assert said.mapTo(view, said.rect().bottomLeft()).y() < table.mapTo(view, QPoint()).y(), \
            "said under the buttons, not below the plots a scroll away"
        ended = FinishedEvent(EndReason.FINISHED, "Done.")
        worker.finished.emit(SimpleNamespace(report=SimpleNamespace(summary=ended)))
        view.shutdown()
    assert qt_calls == []


def test_every_column_of_the_runs_table_can_be_seen_in_the_smallest_window(
        qtbot, trained_window, history):
    """At 1024×640 the table is narrower than its columns: it scrolls sideways to each one."""
    _, panel = trained_window
    fake_run(history, units=256)
    view = runs_tab(panel)
    qtbot.waitUntil(lambda: len(cells(view, 0)) == 1, timeout=WAIT_MS)
    table = view.table()
    header, viewport = table.horizontalHeader(), table.viewport()
    assert header.length() > viewport.width()  # the case the test is about
    for column in range(header.count()):
        table.scrollTo(table.model().index(0, column))
        left = header.sectionViewportPosition(column)
        assert left >= 0 and left + header.sectionSize(column) <= viewport.width(), column


def test_a_narrow_runs_page_wraps_its_buttons_and_legend_instead_of_cutting_them(qtbot, view):
    """In German at the smallest window the buttons widened the page (it scrolled sideways) and
    the hint widened the plots past their view (cut off on the right)."""
    view.setGeometry(0, 0, 300, 640)
    shown(qtbot, view)
    plots = view.findChild(QWidget, "runCurvesPlots")
    qtbot.waitUntil(lambda: plots.viewport().width() < 300)
    assert plots.ci.minimumWidth() <= plots.viewport().width()
    for button in view.findChildren(QPushButton):
        assert button.geometry().right() < button.parentWidget().width(), button.objectName()
    assert view.findChild(QScrollArea).horizontalScrollBar().maximum() == 0



def plot_areas(view: RunsView) -> list[pg.ViewBox]:
    """The loss and accuracy plots' drawing areas (rows 1 and 2 under the legend)."""
    layout = view.findChild(QWidget, "runCurvesPlots").ci
    return [layout.getItem(row, 0).getViewBox() for row in (1, 2)]


def test_a_long_legend_leaves_the_plots_their_room(qtbot, view, history):
    """Nine runs selected in a narrow Train panel: the legend took the plots' room and drew each
    plot as a line."""
    for units in range(16, 16 + DRAWN_AT_ONCE + 2):
        fake_run(history, units=units)
    view.setGeometry(0, 0, 300, 640)
    shown(qtbot, view)
    select(qtbot, view, *range(DRAWN_AT_ONCE + 2))
    legend = view.findChild(QWidget, "runCurvesPlots").ci.getItem(0, 0)
    assert legend.height() > 2 * PLOT_AREA_MINIMUM_HEIGHT  # the case the test is about
    qtbot.waitUntil(lambda: all(round(area.height()) >= PLOT_AREA_MINIMUM_HEIGHT
                                for area in plot_areas(view)))


def test_each_plot_is_as_tall_as_its_axis_title(qtbot, view, history, monkeypatch):
    """In German at the smallest window "Genauigkeit (%)" was taller than its plot and ran into
    the title of the loss plot above it."""
    monkeypatch.setattr("gui.runs.curves.accuracy_label",
                        lambda: "Genauigkeit auf den Trainingsbildern (%)")
    fake_run(history)
    view.setGeometry(0, 0, 300, 640)
    shown(qtbot, view)
    select(qtbot, view, 0)
    QCoreApplication.sendEvent(view.comparison(), QEvent(QEvent.Type.LanguageChange))
    accuracy = plot_areas(view)[1]
    title = value_title_length(view.findChild(QWidget, "runCurvesPlots").ci.getItem(2, 0))
    assert title > 2 * PLOT_AREA_MINIMUM_HEIGHT  # the case the test is about
    qtbot.waitUntil(lambda: round(accuracy.height()) >= title)
