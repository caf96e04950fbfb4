"""The learning curves as text: a table of the epochs and a one-line summary of the newest.

A screen reader cannot read a curve. What a learner reads off one is how loss and accuracy
moved from epoch to epoch, and whether validation followed training: a table with one row per
epoch says the same, cell by cell, with row and column headers a screen reader announces
("Epoch 3, validation accuracy, 97.12%"). The summary of the newest epoch is the plots'
accessible description, so the curves themselves answer "where is training now?".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from gui.common.language import figure, fraction_percent, translate
from model.training.events import EpochEvent

LOSS_DECIMALS = 4


def column_titles() -> list[str]:
    return [translate("Train", "training loss"), translate("Train", "training accuracy"),
            translate("Train", "validation loss"), translate("Train", "validation accuracy")]


def loss_text(loss: float | None) -> str:
    return figure(loss, LOSS_DECIMALS)


def epoch_summary(epoch: EpochEvent) -> str:
    """``Epoch 5: training loss 0.1234, accuracy 97.10%; validation loss …, accuracy …``."""
    if epoch.val_loss is None:
        return translate("Train", "Epoch {epoch}: training loss {loss}, accuracy "
                         "{accuracy}.").format(
            epoch=epoch.epoch, loss=loss_text(epoch.loss),
            accuracy=fraction_percent(epoch.accuracy))
    return translate("Train", "Epoch {epoch}: training loss {loss}, accuracy {accuracy}; "
                     "validation loss {val_loss}, accuracy {val_accuracy}.").format(
        epoch=epoch.epoch, loss=loss_text(epoch.loss), accuracy=fraction_percent(epoch.accuracy),
        val_loss=loss_text(epoch.val_loss), val_accuracy=fraction_percent(epoch.val_accuracy))


class EpochTable(QTableWidget):
    """One row per finished epoch: training and validation loss and accuracy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(column_titles()), parent)
        self.setObjectName("epochTable")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setHorizontalHeaderLabels(column_titles())
        self.setAccessibleName(translate("Train", "Learning curves as a table"))
        self.setAccessibleDescription(translate(
            "Train", "One row per epoch: the training and validation loss and accuracy the "
            "curves show."))
        self._epochs: list[EpochEvent] = []

    def clear_epochs(self) -> None:
        self._epochs = []
        self.setRowCount(0)

    def add_epoch(self, epoch: EpochEvent) -> None:
        self._epochs.append(epoch)
        self._show_row(len(self._epochs) - 1)

    def changeEvent(self, event: QEvent) -> None:
        """Row headers and numbers (the locale's decimal mark) are made here: made again."""
        if event.type() == QEvent.Type.LanguageChange:
            for row in range(len(self._epochs)):
                self._show_row(row)
        super().changeEvent(event)

    def _show_row(self, row: int) -> None:
        epoch = self._epochs[row]
        self.setRowCount(max(self.rowCount(), row + 1))
        self.setVerticalHeaderItem(row, QTableWidgetItem(
            translate("Train", "Epoch {epoch}").format(epoch=epoch.epoch)))
        texts = (loss_text(epoch.loss), fraction_percent(epoch.accuracy),
                 loss_text(epoch.val_loss), fraction_percent(epoch.val_accuracy))
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(row, column, item)
