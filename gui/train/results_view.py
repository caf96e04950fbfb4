"""How good is the network just trained? Test scores, the confusion matrix, its worst mistakes.

The mistakes are sorted by confidence: a digit the network got wrong *and was sure about* says
more about what it learned than a coin-flip between two classes.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.common.file_dialogs import model_filter, save_file_name
from gui.common.image_tiles import ImageTiles
from gui.common.scrolling import scrolling_content
from gui.train.worker import TrainingOutcome
from model.files.formats import with_model_suffix
from model.image_size import IMAGE_SIDE
from model.inference.confidence import confidence_text
from model.training.events import EndReason, FinishedEvent

MISTAKES_SHOWN = 60
CONFUSION_MINIMUM_HEIGHT = 260
"""Ten rows stay readable; when the dock is shorter, the page scrolls instead."""
USE_TEXT = "Use this model"
CORRECT_COLOR = QColor(44, 160, 44)
WRONG_COLOR = QColor(214, 39, 40)
REASON_TITLES = {EndReason.STOPPED: "Stopped.", EndReason.EARLY_STOPPED: "Stopped early.",
                 EndReason.NAN: "Training diverged.", EndReason.ERROR: "Training failed."}
"""A bold word before the trainer's message, when the message alone would not say it."""
HEADLINE_TIP = ("Test accuracy: the dataset's test images. Drawn digits by new writers: digits "
                "drawn with a pen by six people no model is trained or tuned on, rendered as the "
                "canvas renders drawings; how well it will read yours.")


def headline_text(summary: FinishedEvent) -> str:
    """The run's scores: test accuracy and, for a digit model, digits drawn by new writers."""
    text = f"Test accuracy <b>{summary.test_accuracy:.2%}</b>"
    if summary.drawn_accuracy is None:
        return text
    return f"{text} · drawn digits by new writers <b>{summary.drawn_accuracy:.2%}</b>"


def short_label(name: str, index: int) -> str:
    """Column headers must stay narrow: long class names become their index."""
    return name if len(name) <= 3 else str(index)


class ConfusionTable(QTableWidget):
    """Rows are the true classes, columns what the network answered; the diagonal (right) is
    green, mistakes are red, each shaded by its share of the row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confusionMatrix")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setToolTip("Confusion matrix: row = true class, column = the network's answer. "
                        "Off-diagonal cells show which classes it mixes up.")

    def set_matrix(self, confusion: np.ndarray, class_names: Sequence[str]) -> None:
        count = len(class_names)
        self.setRowCount(count)
        self.setColumnCount(count)
        self.setVerticalHeaderLabels([f"{name}" for name in class_names])
        self.setHorizontalHeaderLabels([short_label(n, i) for i, n in enumerate(class_names)])
        row_totals = np.maximum(confusion.sum(axis=1), 1)
        for true in range(count):
            for said in range(count):
                self.setItem(true, said, self._cell(confusion[true, said], row_totals[true],
                                                    class_names[true], class_names[said],
                                                    true == said))

    def _cell(self, value: int, row_total: int, true_name: str, said_name: str,
              correct: bool) -> QTableWidgetItem:
        item = QTableWidgetItem(str(value) if value else "")
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        share = value / row_total
        color = QColor(CORRECT_COLOR if correct else WRONG_COLOR)
        color.setAlphaF(min(1.0, 0.12 + 0.88 * share) if correct else min(1.0, 6 * share))
        if value:
            item.setBackground(color)
        item.setToolTip(f"True {true_name}, answered {said_name}: {value} images "
                        f"({share:.1%} of all {true_name})")
        return item


class ResultsView(QWidget):
    """The end of a run: scores and message, confusion matrix, mistakes, use and save buttons.

    ``save_requested(path)`` leaves saving to the panel, which owns the worker threads.
    """

    use_requested = Signal()
    save_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("results")
        self._outcome: TrainingOutcome | None = None
        self._headline = QLabel()
        self._headline.setObjectName("testAccuracy")
        self._headline.setWordWrap(True)
        self._headline.setToolTip(HEADLINE_TIP)
        self._details = QLabel()
        self._details.setWordWrap(True)
        self._message = QLabel()
        self._message.setObjectName("endMessage")
        self._message.setWordWrap(True)
        self._use_button = QPushButton(USE_TEXT)
        self._use_button.setObjectName("useModel")
        self._use_button.setToolTip("Read the canvas with this network: draw and see how it does.")
        self._use_button.clicked.connect(self.use_requested)
        self._save_button = QPushButton("Save model…")
        self._save_button.setObjectName("saveModel")
        self._save_button.setToolTip("Write the network, its settings and scores to a .keras "
                                     "file you can open later.")
        self._save_button.clicked.connect(self._choose_save_path)
        self._confusion = ConfusionTable()
        self._mistakes = ImageTiles(caption_lines=2)
        self._mistakes.setObjectName("mistakes")
        self._mistakes.setToolTip("Test images the network got wrong, most confident first.")
        self._mistakes_title = QLabel()
        self._mistakes_title.setWordWrap(True)
        self._layout_widgets()
        self.clear()

    # Public API -------------------------------------------------------------------------------

    def clear(self, message: str = "Train a network to see how well it does here.") -> None:
        self._outcome = None
        self._headline.setText("")
        self._details.setText(message)
        self._message.setText("")
        self._confusion.setRowCount(0)
        self._confusion.setColumnCount(0)
        self._mistakes.set_tiles(np.empty((0, IMAGE_SIDE, IMAGE_SIDE), np.uint8), [])
        self._mistakes_title.setText("")
        self.set_in_use(False)
        self._save_button.setEnabled(False)

    def show_outcome(self, outcome: TrainingOutcome, reference: float | None = None) -> None:
        """Show a finished run; ``reference`` is the published accuracy to compare with."""
        self._outcome = outcome
        self._show_message(outcome)
        test = outcome.report.test
        self.set_in_use(False)
        self._save_button.setEnabled(outcome.predictor is not None)
        if test is None:
            self._headline.setText("")
            self._details.setText("No test scores: the run ended before training began.")
            return
        self._headline.setText(headline_text(outcome.report.summary))
        self._details.setText(self._details_text(outcome, reference))
        self._confusion.set_matrix(test.confusion, outcome.dataset.class_names)
        self._show_mistakes(outcome)

    def set_in_use(self, in_use: bool) -> None:
        """Say whether the canvas reads with this network now (the answer to *Use this model*)."""
        self._use_button.setText("In use ✓" if in_use else USE_TEXT)
        self._use_button.setEnabled(not in_use and self._outcome is not None
                                    and self._outcome.predictor is not None)

    def set_saving(self, saving: bool) -> None:
        """Disable saving while a save runs (one file at a time)."""
        self._save_button.setEnabled(not saving and self._outcome is not None
                                     and self._outcome.predictor is not None)
        self._save_button.setText("Saving…" if saving else "Save model…")

    # Building ---------------------------------------------------------------------------------

    def _layout_widgets(self) -> None:
        font = self._headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self._headline.setFont(font)
        buttons = QHBoxLayout()
        buttons.addWidget(self._use_button)
        buttons.addWidget(self._save_button)
        buttons.addStretch(1)
        confusion_title = QLabel("<b>Confusion matrix</b> (rows: true class, columns: answer)")
        confusion_title.setWordWrap(True)
        self._confusion.setMinimumHeight(CONFUSION_MINIMUM_HEIGHT)
        self._confusion.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        column = QVBoxLayout(scrolling_content(self))
        column.addWidget(self._headline)
        column.addWidget(self._details)
        column.addWidget(self._message)
        column.addLayout(buttons)
        column.addWidget(confusion_title)
        column.addWidget(self._confusion, 1)
        column.addWidget(self._mistakes_title)
        column.addWidget(self._mistakes)

    # Filling ----------------------------------------------------------------------------------

    def _show_message(self, outcome: TrainingOutcome) -> None:
        summary = outcome.report.summary
        title = REASON_TITLES.get(summary.reason, "")
        alarming = summary.reason in (EndReason.NAN, EndReason.ERROR)
        color = WRONG_COLOR.name() if alarming else self.palette().color(
            QPalette.ColorRole.Text).name()
        self._message.setText(f"<span style='color:{color}'><b>{title}</b> "
                              f"{summary.message}</span>")

    @staticmethod
    def _details_text(outcome: TrainingOutcome, reference: float | None) -> str:
        summary, test = outcome.report.summary, outcome.report.test
        parts = [f"test loss {test.loss:.4f} on {test.n:,} images",
                 f"{summary.epochs_run} epochs in {summary.train_seconds:.1f} s"]
        if reference is not None:
            parts.append(f"published {reference:.2%} ({test.accuracy - reference:+.2%})")
        return " · ".join(parts)

    def _show_mistakes(self, outcome: TrainingOutcome) -> None:
        test, dataset = outcome.report.test, outcome.dataset
        wrong = test.misclassified(dataset.y_test)
        shown = wrong[:MISTAKES_SHOWN]
        names = dataset.class_names
        captions = [[f"{names[dataset.y_test[i]]} → {names[test.predicted[i]]}",
                     f"{confidence_text(test.confidence[i])} sure"] for i in shown]
        self._mistakes.set_tiles(dataset.x_test[shown], captions)
        self._mistakes_title.setText(
            f"<b>Mistakes</b> (true class → answer): {len(wrong):,} of {test.n:,} test images "
            f"wrong; the {len(shown)} it was surest about:")

    def _choose_save_path(self) -> None:
        path = save_file_name(self, "Save model", "models", "my-mlp.keras", model_filter())
        if path:
            self.save_requested.emit(with_model_suffix(path))
