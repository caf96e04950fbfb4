"""The Runs view: every recorded training run in a table; the selected ones' curves overlaid.

It also records the runs the Train panel makes (:meth:`RunsView.record`), from the events the
panel receives, so a run is recorded whichever way it was started and however it ends. Every
read and write goes through :class:`~gui.runs.history_calls.HistoryCalls`: the table fills when
the history's thread has read it, and the window never waits for the disk.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gui.common.button_row import ButtonRow
from gui.common.file_dialogs import save_file_name
from gui.common.language import error_text, fraction_percent, translate
from gui.common.scrolling import scrolling_content
from gui.runs.colors import DRAWN_AT_ONCE, run_colors
from gui.runs.history_calls import HistoryCalls
from gui.runs.table import RunTable
from model.config import NetworkConfig, TrainingConfig
from model.errors import DigitLabError
from model.history.export import check_curves_path, export_curves
from model.history.recorder import RunRecorder, dataset_info
from model.history.records import RunRecord, RunSummary

if TYPE_CHECKING:
    from gui.runs.curves import RunComparison
    from model.data.datasets import Dataset
    from model.training.events import BatchEvent, FinishedEvent


class RunsView(QWidget):
    """The run history (``objectName`` "runs").

    Signals: ``settings_requested(NetworkConfig, TrainingConfig, dataset spec or None, note)``
    to put a run's settings on the Setup page; ``open_requested(path)`` to read the canvas with
    a run's saved model; ``refreshed()`` once the table shows the history as it is now;
    ``compared()`` once the curves show the selected runs.
    """

    settings_requested = Signal(object, object, object, str)
    open_requested = Signal(str)
    refreshed = Signal()
    compared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runs")
        self._history = HistoryCalls(self)
        self._table = RunTable()
        self._curves: RunComparison | None = None
        self._records: dict[int, RunRecord] = {}
        self._recorder: RunRecorder | None = None
        self._running = False
        self._busy = False
        self._status = QLabel()
        self._status.setObjectName("runsStatus")
        self._status.setWordWrap(True)
        self._buttons = self._make_buttons()
        self._layout_widgets()
        self._table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._history.failed.connect(lambda message: self._say(
            translate("Runs", "Run history: {message}").format(message=message)))
        self._update_buttons()
        self._say("")

    # Recording --------------------------------------------------------------------------------

    def record(self, worker: Any, network: NetworkConfig, training: TrainingConfig,
               dataset: Dataset, spec: str | None) -> None:
        """Record the run ``worker`` is about to make, from its signals (``begin``, ``batch``
        with a group of ``events``, ``epoch``, ``finished`` with the outcome's ``report``)."""
        recorder = RunRecorder(self._history.queue, network, training,
                               dataset_info(dataset, spec), source="gui")
        worker.begin.connect(recorder.on_begin)
        worker.batch.connect(lambda group: _record_batches(recorder, group.events))
        worker.epoch.connect(recorder.on_epoch)
        worker.finished.connect(lambda outcome: self._on_run_finished(recorder,
                                                                        outcome.report.summary))
        self._recorder, self._running = recorder, True

    def model_saved(self, path: str) -> None:
        """The last run's model was saved at ``path``: keep it with the run."""
        if self._recorder is not None:
            self._recorder.on_model_saved(path)
            self.refresh()

    def _on_run_finished(self, recorder: RunRecorder, summary: FinishedEvent) -> None:
        recorder.on_finished(summary)
        self._running = False
        self.refresh()

    # Reading ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the history again (runs recorded by the command line too); ``refreshed``
        follows."""
        self._history.call(lambda store: store.runs(), self._fill)

    def set_busy(self, busy: bool) -> None:
        """While the panel trains or loads, a run's settings cannot be loaded into it."""
        self._busy = busy
        self._update_buttons()

    def shutdown(self) -> None:
        """Wait until every recording and reading has landed, or failed on a history another
        program holds locked (for closing the window)."""
        self._history.close()

    def table(self) -> RunTable:
        return self._table

    def comparison(self) -> RunComparison:
        """The overlaid curves, built on first use: pyqtgraph is slow to import, and the Train
        panel must open without it."""
        if self._curves is None:
            from gui.runs.curves import RunComparison

            self._curves = RunComparison()
            self._split.addWidget(self._curves)
            self._split.setStretchFactor(1, 4)
        return self._curves

    def showEvent(self, event: QShowEvent) -> None:
        self.comparison()
        self.refresh()
        super().showEvent(event)

    def _fill(self, runs: list[RunSummary]) -> None:
        selected = {run.id for run in self._table.selected_runs()}
        current = {run.id: run for run in runs}
        self._records = {run_id: record for run_id, record in self._records.items()
                         if current.get(run_id) == record.summary}
        self._table.runs_model.set_runs(runs)
        self._table.select_ids(selected & set(current))
        self._on_selection_changed()
        self.refreshed.emit()

    # Comparing --------------------------------------------------------------------------------

    def _drawn_ids(self) -> list[int]:
        return [run.id for run in self._table.selected_runs()[:DRAWN_AT_ONCE]]

    def _on_selection_changed(self, *_args: object) -> None:
        self._update_buttons()
        missing = [run_id for run_id in self._drawn_ids() if run_id not in self._records]
        if missing:
            self._history.call(lambda store: [store.run(run_id) for run_id in missing],
                               self._add_records)
        else:
            self._compare()

    def _add_records(self, records: list[RunRecord]) -> None:
        self._records.update((record.summary.id, record) for record in records)
        if all(run_id in self._records for run_id in self._drawn_ids()):
            self._compare()

    def _compare(self) -> None:
        drawn = self._drawn_ids()
        self._records = {run_id: self._records[run_id] for run_id in drawn}
        more = len(self._table.selected_runs()) - len(drawn)
        self.comparison().show_runs([self._records[run_id] for run_id in drawn], more)
        self._color_rows(drawn)
        self.compared.emit()

    def _color_rows(self, drawn: list[int]) -> None:
        """Mark the drawn runs' rows in their curves' colours (the theme's)."""
        self._table.runs_model.set_colors(dict(zip(drawn, run_colors(self), strict=False)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._color_rows(self._drawn_ids())
        super().changeEvent(event)

    # Actions ----------------------------------------------------------------------------------

    def _make_buttons(self) -> dict[str, QPushButton]:
        made: dict[str, QPushButton] = {}
        for name, text, tip, slot in (
            ("loadRunSettings", translate("Runs", "Load settings"),
             translate("Runs", "Put this run's network, training settings and dataset on the "
                               "Setup page, to train it again or vary it."),
             self._load_settings),
            ("openRunModel", translate("Runs", "Open model"),
             translate("Runs", "Read the canvas with the model this run saved."),
             self._open_model),
            ("exportRuns", translate("Runs", "Export"),
             translate("Runs", "Save the selected run's curves as CSV, or the plots as an "
                               "image."), None),
            ("deleteRuns", translate("Runs", "Delete"),
             translate("Runs", "Forget the selected runs (their saved models stay)."),
             self._delete),
        ):
            made[name] = QPushButton(text)
            made[name].setObjectName(name)
            made[name].setToolTip(tip)
            if slot is not None:
                made[name].clicked.connect(slot)
        menu = QMenu(made["exportRuns"])
        self._csv_action = QAction(translate("Runs", "Curves as CSV…"), menu,
                                   triggered=self._export_csv)
        self._image_action = QAction(translate("Runs", "Plots as PNG or SVG…"), menu,
                                     triggered=self._export_image)
        menu.addActions([self._csv_action, self._image_action])
        made["exportRuns"].setMenu(menu)
        return made

    def _single(self) -> RunSummary | None:
        selected = self._table.selected_runs()
        return selected[0] if len(selected) == 1 else None

    def _update_buttons(self) -> None:
        selected = self._table.selected_runs()
        single = self._single()
        self._buttons["loadRunSettings"].setEnabled(single is not None and not self._busy)
        self._buttons["openRunModel"].setEnabled(single is not None and bool(single.model_path))
        self._buttons["deleteRuns"].setEnabled(bool(selected))
        self._buttons["exportRuns"].setEnabled(bool(selected))
        self._csv_action.setEnabled(single is not None)

    def _load_settings(self) -> None:
        record = self._records.get(self._single().id)
        if record is None:  # still being read: the button is pressed again in a moment
            return
        try:
            configs = record.configs()
        except DigitLabError as error:
            self._say(translate("Runs", "The settings of run {id} cannot be used: {error}")
                      .format(id=record.summary.id, error=error))
            return
        note = " ".join(filter(None, (
            translate("Runs", "Settings of run #{id} ({network}, test {accuracy}).").format(
                id=record.summary.id, network=record.summary.network,
                accuracy=fraction_percent(record.summary.test_accuracy)),
            configs.note)))
        self.settings_requested.emit(configs.network, configs.training, record.dataset_spec(),
                                     note)

    def _open_model(self) -> None:
        self.open_requested.emit(self._single().model_path)

    def _delete(self) -> None:
        ids = [run.id for run in self._table.selected_runs()]
        if self._running and self._recorder.run_id.done():
            ids = [run_id for run_id in ids if run_id != self._recorder.run_id.result()]
        if not ids:
            self._say(translate("Runs", "The run in progress is recorded until it ends; delete "
                                        "it afterwards."))
            return
        answer = QMessageBox.question(self, translate("Runs", "Delete runs"), _forget_question(ids))
        if answer == QMessageBox.StandardButton.Yes:
            self._history.call(lambda store: store.delete_runs(ids),
                               lambda count: self._say(_deleted_message(count)))
            self.refresh()

    def _export_csv(self) -> None:
        run = self._single()
        path = save_file_name(self, translate("Runs", "Export curves"), "curves",
                              f"run-{run.id}.csv",
                              translate("Runs", "CSV table ({patterns})").format(patterns="*.csv"))
        if not path:
            return
        try:
            target = check_curves_path(path)
        except DigitLabError as error:
            self._say(error_text(error))
            return
        self._history.call(lambda store: export_curves(store.run(run.id), target),
                           lambda written: self._say(
                               translate("Runs", "Saved the curves of run {id} to {path}.")
                               .format(id=run.id, path=written)))

    def _export_image(self) -> None:
        path = save_file_name(self, translate("Runs", "Save plots"), "plots", "runs.png",
                              _image_filter())
        if not path:
            return
        try:
            self._say(translate("Runs", "Saved the plots to {path}.").format(
                path=self.comparison().export_image(path)))
        except DigitLabError as error:
            self._say(error_text(error))

    def _say(self, text: str) -> None:
        self._status.setText(text)
        self._status.setVisible(bool(text))

    # Layout -----------------------------------------------------------------------------------

    def _layout_widgets(self) -> None:
        self._split = QSplitter(Qt.Orientation.Vertical)
        self._split.setChildrenCollapsible(False)
        self._split.addWidget(self._table)
        self._split.setStretchFactor(0, 1)
        column = QVBoxLayout(scrolling_content(self))
        self.findChild(QScrollArea).setAccessibleName(translate("Runs", "Runs"))  # focusable
        column.addWidget(ButtonRow(self._buttons.values()))
        column.addWidget(self._status)  # under the buttons it answers, not a scroll away
        column.addWidget(self._split, 1)


def _forget_question(ids: list[int]) -> str:
    """The delete dialog's question: which runs, and that their model files stay."""
    numbers = ", ".join(f"#{run_id}" for run_id in ids)
    if len(ids) == 1:
        return translate("Runs", "Forget run {numbers}? Saved model files are kept.").format(
            numbers=numbers)
    return translate("Runs", "Forget {count} runs ({numbers})? Saved model files are kept.") \
        .format(count=len(ids), numbers=numbers)


def _deleted_message(count: int) -> str:
    if count == 1:
        return translate("Runs", "Deleted 1 run.")
    return translate("Runs", "Deleted {count} runs.").format(count=count)


def _image_filter() -> str:
    """The plot export's file types (the patterns stay out of the translated names)."""
    return ";;".join((translate("Runs", "PNG image ({patterns})").format(patterns="*.png"),
                      translate("Runs", "SVG drawing ({patterns})").format(patterns="*.svg")))


def _record_batches(recorder: RunRecorder, events: list[BatchEvent]) -> None:
    for event in events:
        recorder.on_batch(event)
