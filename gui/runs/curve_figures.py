"""The compared runs' curves as words and rows, for a learner who cannot see the plots.

A screen reader reads the plots' accessible description: each run's last epoch in one sentence.
*Show as table* swaps the plots for a table of every epoch of every run, read cell by cell.
Both say the same figures the plots draw, in the window's language and the locale's numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from gui.common.language import figure, fraction_percent, translate
from model.history.records import RunRecord

LOSS_DECIMALS = 3


def loss_text(value: float | None) -> str:
    return figure(value, LOSS_DECIMALS)


def runs_summary(records: Sequence[RunRecord]) -> str:
    """One sentence per run: its last epoch's figures and its test score."""
    if not records:
        return translate("Runs", "No runs selected: select runs in the table to compare their "
                                 "curves.")
    return " ".join(_run_sentence(record) for record in records)


def _run_sentence(record: RunRecord) -> str:
    if not record.epochs:
        return translate("Runs", "Run {label}: no epoch recorded.").format(label=record.label())
    last = record.epochs[-1]
    return translate(
        "Runs", "Run {label}: after epoch {epoch} of {epochs}, loss {loss}, accuracy {accuracy}, "
                "validation loss {val_loss}, validation accuracy {val_accuracy}; "
                "test accuracy {test}.").format(
        label=record.label(), epoch=last["epoch"], epochs=record.summary.epochs,
        loss=loss_text(last.get("loss")), accuracy=fraction_percent(last.get("accuracy")),
        val_loss=loss_text(last.get("val_loss")),
        val_accuracy=fraction_percent(last.get("val_accuracy")),
        test=fraction_percent(record.summary.test_accuracy))


class CurveTable(QTableWidget):
    """Every epoch of every compared run, one row each: the figures behind the curves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.setObjectName("runCurvesTable")
        self.setAccessibleName(translate("Runs", "Curves as a table"))
        self.setAccessibleDescription(translate(
            "Runs", "One row per epoch of each selected run: loss and accuracy on the training "
                    "and validation images."))
        self.setHorizontalHeaderLabels([
            translate("Runs", "Run"), translate("Runs", "Epoch"), translate("Runs", "Loss"),
            translate("Runs", "Accuracy"), translate("Runs", "Validation loss"),
            translate("Runs", "Validation accuracy")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)

    def show_runs(self, records: Sequence[RunRecord]) -> None:
        rows = [_row(record, epoch) for record in records for epoch in record.epochs]
        self.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                self.setItem(row, column, QTableWidgetItem(text))

    def rows(self) -> list[list[str]]:
        """The table's text, row by row (what a screen reader reads)."""
        return [[self.item(row, column).text() for column in range(self.columnCount())]
                for row in range(self.rowCount())]


def _row(record: RunRecord, epoch: dict[str, Any]) -> list[str]:
    return [record.label(), str(epoch["epoch"]), loss_text(epoch.get("loss")),
            fraction_percent(epoch.get("accuracy")), loss_text(epoch.get("val_loss")),
            fraction_percent(epoch.get("val_accuracy"))]
