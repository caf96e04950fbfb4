"""The table of recorded runs: one row per run, sortable by any column, several selectable.

A thousand runs must fill in a blink, so the rows come from a model that answers Qt's questions
from the run summaries as they are (no widget item per cell) and sorts them itself, by each
column's raw value (a date, a number) rather than its text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from gui.common.language import fraction_percent, number, translate, translated
from gui.common.plot_style import faint
from model.history.records import (
    ADAPTATION_KIND,
    DAMAGED,
    UNFINISHED,
    RunSummary,
    end_text,
)
from model.translatable import QT_TRANSLATE_NOOP

ROW_PADDING = 8
"""Pixels around a row's text: compact, so a short dock still shows several runs."""
ROWS_ALWAYS_SHOWN = 3
"""The table never shrinks below this many rows: enough to see what is being compared."""
ROWS_PREFERRED = 6
SWATCH_SIZE = 12
SELECTION_TINT = 0.3
"""How much of the palette's highlight colour a selected row's background takes."""
ROWS_MEASURED = 50
"""Columns fit this many rows, not all: a hidden table would measure every one (a second for a
thousand runs)."""
Index = QModelIndex | QPersistentModelIndex


RUNS_CONTEXT = "Runs"


def run_percent(fraction: float | None) -> str:
    """``97.81%`` in the locale's form ("" for none): an accuracy as the Runs tab shows it."""
    return "" if fraction is None else fraction_percent(fraction)


def run_duration(seconds: float | None) -> str:
    """``42.1 s``, ``3 min 05 s``, ``1 h 02 min`` in the locale's form ("" for none)."""
    if seconds is None:
        return ""
    if seconds < 60:
        return translate("Runs", "{seconds} s").format(seconds=number(seconds, 1))
    minutes, secs = divmod(round(seconds), 60)
    if minutes < 60:
        return translate("Runs", "{minutes} min {seconds} s").format(
            minutes=minutes, seconds=f"{secs:02d}")
    return translate("Runs", "{hours} h {minutes} min").format(
        hours=minutes // 60, minutes=f"{minutes % 60:02d}")


def _short_date(iso_utc: str) -> str:
    """The start in the locale's short date and time ("" for a damaged run, which has no
    time)."""
    if not iso_utc:
        return ""
    started = QDateTime.fromSecsSinceEpoch(int(datetime.fromisoformat(iso_utc).timestamp()))
    return QLocale().toString(started, QLocale.FormatType.ShortFormat)


def _accuracy_or_reason(accuracy: float | None, run: RunSummary) -> str:
    """A run with no test score says why: it was unfinished, stopped early on, failed."""
    return run_percent(accuracy) if accuracy is not None else translated(end_text(run.reason))


@dataclass(frozen=True)
class Column:
    title: str
    """English, marked: shown through ``translate(RUNS_CONTEXT, title)``."""
    text: Callable[[RunSummary], str]
    sort_key: Callable[[RunSummary], Any]
    tip: str
    numeric: bool = True
    """Numbers are right-aligned."""


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Runs", "#"), lambda run: str(run.id), lambda run: run.id,
           QT_TRANSLATE_NOOP("Runs", "The run's number, as 'digitlab runs show ID' knows it.")),
    Column(QT_TRANSLATE_NOOP("Runs", "Date"), lambda run: _short_date(run.started),
           lambda run: run.started, QT_TRANSLATE_NOOP("Runs", "When the run started."),
           numeric=False),
    Column(QT_TRANSLATE_NOOP("Runs", "Network"), lambda run: run.network,
           lambda run: run.network,
           QT_TRANSLATE_NOOP("Runs", "Layer sizes from input to output, and the hidden "
                                     "layers' activation."),
           numeric=False),
    Column(QT_TRANSLATE_NOOP("Runs", "Test"),
           lambda run: _accuracy_or_reason(run.test_accuracy, run),
           lambda run: run.test_accuracy or -1.0,
           QT_TRANSLATE_NOOP("Runs", "Accuracy on the test images, never trained on.")),
    Column(QT_TRANSLATE_NOOP("Runs", "Drawn"), lambda run: run_percent(run.drawn_accuracy),
           lambda run: run.drawn_accuracy or -1.0,
           QT_TRANSLATE_NOOP("Runs", "Accuracy on digits drawn by writers the network never "
                                     "saw (digit datasets).")),
    Column(QT_TRANSLATE_NOOP("Runs", "Epochs"), lambda run: str(run.epochs),
           lambda run: run.epochs, QT_TRANSLATE_NOOP("Runs", "Epochs trained.")),
    Column(QT_TRANSLATE_NOOP("Runs", "Time"), lambda run: run_duration(run.seconds),
           lambda run: run.seconds or 0.0,
           QT_TRANSLATE_NOOP("Runs", "Training time, pauses left out.")),
    Column(QT_TRANSLATE_NOOP("Runs", "Dataset"), lambda run: run.dataset,
           lambda run: run.dataset, QT_TRANSLATE_NOOP("Runs", "What it was trained on."),
           numeric=False),
)
"""The scores come early: in a narrow dock they are what must show without scrolling."""


class RunTableModel(QAbstractTableModel):
    """The run summaries as rows, sorted by one column: in Python, one key per run, rather than
    by a proxy model asking Qt for two cells per comparison (a thousand runs: ms, not 100 ms)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runs: list[RunSummary] = []
        self._swatches: dict[int, QIcon] = {}
        self._order = (1, Qt.SortOrder.DescendingOrder)
        self._unfinished = QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)

    def set_runs(self, runs: list[RunSummary]) -> None:
        self.beginResetModel()
        self._runs = self._sorted(runs)
        self.endResetModel()

    def set_colors(self, colors: dict[int, str]) -> None:
        """Mark the runs whose curves are drawn with their curves' colour (run id → colour)."""
        self._swatches = {run_id: _swatch(color) for run_id, color in colors.items()}
        if self._runs:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._runs) - 1, 0),
                                  [Qt.ItemDataRole.DecorationRole])

    def run_at(self, row: int) -> RunSummary:
        return self._runs[row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows; selected rows stay selected (their persistent indexes follow)."""
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        kept_ids = [self._runs[index.row()].id for index in kept]
        self._runs = self._sorted(self._runs)
        row_of = {run.id: row for row, run in enumerate(self._runs)}
        self.changePersistentIndexList(kept, [self.index(row_of[run_id], index.column())
                                              for run_id, index in zip(kept_ids, kept,
                                                                       strict=True)])
        self.layoutChanged.emit()

    def _sorted(self, runs: list[RunSummary]) -> list[RunSummary]:
        column, order = self._order
        return sorted(runs, key=COLUMNS[column].sort_key,
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._runs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        run, column = self._runs[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(run)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return self._swatches.get(run.id)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and run.reason == UNFINISHED:
            return self._unfinished
        if role == Qt.ItemDataRole.ToolTipRole:
            return _row_tooltip(run)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate(RUNS_CONTEXT, COLUMNS[section].title)
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate(RUNS_CONTEXT, COLUMNS[section].tip)
        return None

    def retranslate(self) -> None:
        """Ask the views again for every header and cell: the language (and with it the
        numbers' and dates' form) changed."""
        if COLUMNS:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._runs:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._runs) - 1, len(COLUMNS) - 1))


def _swatch(color: str) -> QIcon:
    """A square of ``color``, the same when its row is selected (styles tint selected icons)."""
    square = QPixmap(SWATCH_SIZE, SWATCH_SIZE)
    square.fill(QColor(color))
    icon = QIcon()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected):
        icon.addPixmap(square, mode)
    return icon


def _row_tooltip(run: RunSummary) -> str:
    """What a row's run was and how it ended, the test's size and the model's file."""
    if run.reason == UNFINISHED:
        ended = translate("Runs", "never ended (the program was closed or killed while it "
                                  "trained)")
    elif run.reason == DAMAGED:
        ended = translate("Runs", "its record in the history is damaged ({damage})").format(
            damage=run.damage)
    else:
        ended = translated(end_text(run.reason))
    template = (translate("Runs", "Adaptation {id}, {network} on {dataset}: {ended}.")
                if run.kind == ADAPTATION_KIND
                else translate("Runs", "Run {id}, {network} on {dataset}: {ended}."))
    lines = [template.format(id=run.id, network=run.network, dataset=run.dataset, ended=ended)]
    if run.test_images is not None and run.test_accuracy is not None:
        lines.append(translate("Runs", "Test score on {count} images.").format(
            count=number(run.test_images)))
    lines.append(translate("Runs", "Model: {path}").format(path=run.model_path)
                 if run.model_path else translate("Runs", "Model: not saved"))
    return " ".join(lines)


class RunTable(QTableView):
    """The runs, newest first until a header is clicked; Ctrl/Shift-click selects several."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runTable")
        self.setAccessibleName(translate("Runs", "Recorded runs"))
        self.setAccessibleDescription(translate(
            "Runs", "One row per training run, newest first. Select rows to draw their curves "
                    "below; Shift or Ctrl with the arrow keys and Space selects several."))
        self.runs_model = RunTableModel(self)
        self.setModel(self.runs_model)
        self.setSortingEnabled(True)
        self.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + ROW_PADDING)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(ROWS_MEASURED)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        self._tint_selection()

    def _tint_selection(self) -> None:
        """Selected rows in a light tint of the highlight, their text as usual: a full-strength
        highlight would hide the colour swatch that ties a row to its curves."""
        palette = self.palette()
        tint = faint(palette.color(QPalette.ColorRole.Highlight),
                     palette.color(QPalette.ColorRole.Base), SELECTION_TINT)
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Highlight, tint)
            palette.setColor(group, QPalette.ColorRole.HighlightedText,
                             palette.color(QPalette.ColorRole.Text))
        self.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.runs_model.retranslate()
        super().changeEvent(event)

    def minimumSizeHint(self) -> QSize:
        """Room for the header, :data:`ROWS_ALWAYS_SHOWN` rows and a horizontal scroll bar."""
        return QSize(super().minimumSizeHint().width(), self._height_for(ROWS_ALWAYS_SHOWN))

    def sizeHint(self) -> QSize:
        """Room for :data:`ROWS_PREFERRED` rows: the curves get the rest."""
        return QSize(super().sizeHint().width(), self._height_for(ROWS_PREFERRED))

    def _height_for(self, rows: int) -> int:
        return (self.horizontalHeader().sizeHint().height()
                + rows * self.verticalHeader().defaultSectionSize()
                + self.horizontalScrollBar().sizeHint().height() + 2 * self.frameWidth())

    def selected_runs(self) -> list[RunSummary]:
        """The selected runs, in the order shown."""
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        return [self.runs_model.run_at(row) for row in rows]

    def select_ids(self, run_ids: set[int]) -> None:
        """Select the rows of these runs (after a refresh, the ones selected before), quietly:
        the caller shows the selection when it is ready."""
        selection = QItemSelection()
        model, last_column = self.runs_model, len(COLUMNS) - 1
        for row in range(model.rowCount() if run_ids else 0):
            if model.run_at(row).id in run_ids:
                selection.select(model.index(row, 0), model.index(row, last_column))
        selection_model = self.selectionModel()
        blocked = selection_model.blockSignals(True)
        selection_model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        selection_model.blockSignals(blocked)
        self.viewport().update()
