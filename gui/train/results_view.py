"""How good is the network just trained? Test scores, the confusion matrix, its worst mistakes.

The mistakes are sorted by confidence: a digit the network got wrong *and was sure about* says
more about what it learned than a coin-flip between two classes.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.common.file_dialogs import model_filter, save_file_name
from gui.common.image_tiles import ImageTiles
from gui.common.language import confidence, number, percent, translate, translated
from gui.common.scrolling import scrolling_content
from gui.train.worker import TrainingOutcome
from model.files.formats import with_model_suffix
from model.image_size import IMAGE_SIDE
from model.training.events import EndReason, FinishedEvent

MISTAKES_SHOWN = 60
CONFUSION_MINIMUM_HEIGHT = 260
"""Ten rows stay readable; when the dock is shorter, the page scrolls instead."""
CORRECT_COLOR = QColor(44, 160, 44)
WRONG_COLOR = QColor(214, 39, 40)


def use_text() -> str:
    return translate("Train", "Use this model")


def reason_title(reason: EndReason) -> str:
    """A bold word before the trainer's message, when the message alone would not say it."""
    titles = {EndReason.STOPPED: translate("Train", "Stopped."),
              EndReason.EARLY_STOPPED: translate("Train", "Stopped early."),
              EndReason.NAN: translate("Train", "Training diverged."),
              EndReason.ERROR: translate("Train", "Training failed.")}
    return titles.get(reason, "")


def headline_text(summary: FinishedEvent) -> str:
    """The run's scores: test accuracy and, for a digit model, digits drawn by new writers."""
    test = f"<b>{percent(100 * summary.test_accuracy, 2)}</b>"
    if summary.drawn_accuracy is None:
        return translate("Train", "Test accuracy {test}").format(test=test)
    return translate("Train", "Test accuracy {test} · drawn digits by new writers {drawn}").format(
        test=test, drawn=f"<b>{percent(100 * summary.drawn_accuracy, 2)}</b>")


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
        self.setToolTip(translate(
            "Train", "Confusion matrix: row = true class, column = the network's answer. "
            "Off-diagonal cells show which classes it mixes up."))
        self.setAccessibleName(translate("Train", "Confusion matrix"))
        self._shown: tuple[np.ndarray, Sequence[str]] | None = None

    def set_matrix(self, confusion: np.ndarray, class_names: Sequence[str]) -> None:
        """Counts under short visible headers; a screen reader reads each header whole
        ("true 3", "read as 5") and each cell as its count, 0 included."""
        self._shown = (confusion, class_names)
        class_names = [translated(name) for name in class_names]
        count = len(class_names)
        self.setRowCount(count)
        self.setColumnCount(count)
        for index, name in enumerate(class_names):
            self.setVerticalHeaderItem(index, _header(
                name, translate("Train", "true {name}").format(name=name)))
            self.setHorizontalHeaderItem(index, _header(
                short_label(name, index), translate("Train", "read as {name}").format(name=name)))
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
        item.setData(Qt.ItemDataRole.AccessibleTextRole, number(value))
        tip = translate("Train", "True {true}, answered {answer}: {count} images ({share} of all "
                        "{true})").format(true=true_name, answer=said_name, count=number(value),
                                          share=percent(100 * share, 1))
        item.setToolTip(tip)
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, tip)
        return item

    def changeEvent(self, event: QEvent) -> None:
        """Header and cell texts are made here: made again in the new language."""
        if event.type() == QEvent.Type.LanguageChange and self._shown is not None:
            self.set_matrix(*self._shown)
        super().changeEvent(event)


def _header(text: str, spoken: str) -> QTableWidgetItem:
    """A header item showing ``text`` that a screen reader reads as ``spoken``."""
    item = QTableWidgetItem(text)
    item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
    item.setToolTip(spoken)
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
        self._reference: float | None = None
        self._headline = QLabel()
        self._headline.setObjectName("testAccuracy")
        self._headline.setWordWrap(True)
        self._headline.setToolTip(translate(
            "Train", "Test accuracy: the dataset's test images. Drawn digits by new writers: "
            "digits drawn with a pen by six people no model is trained or tuned on, rendered as "
            "the canvas renders drawings; how well it will read yours."))
        self._details = QLabel()
        self._details.setWordWrap(True)
        self._message = QLabel()
        self._message.setObjectName("endMessage")
        self._message.setWordWrap(True)
        self._use_button = QPushButton(use_text())
        self._use_button.setObjectName("useModel")
        self._use_button.setToolTip(translate(
            "Train", "Read the canvas with this network: draw and see how it does."))
        self._use_button.clicked.connect(self.use_requested)
        self._save_button = QPushButton(translate("Train", "Save model…"))
        self._save_button.setObjectName("saveModel")
        self._save_button.setToolTip(translate(
            "Train", "Write the network, its settings and scores to a .keras file you can open "
            "later."))
        self._save_button.clicked.connect(self._choose_save_path)
        self._confusion = ConfusionTable()
        self._mistakes = ImageTiles(caption_lines=2)
        self._mistakes.setObjectName("mistakes")
        self._mistakes.setToolTip(translate(
            "Train", "Test images the network got wrong, most confident first."))
        self._mistakes_title = QLabel()
        self._mistakes_title.setWordWrap(True)
        self._layout_widgets()
        self.clear()

    # Public API -------------------------------------------------------------------------------

    def clear(self, message: str = "") -> None:
        """No run to show; ``message`` (else an invitation to train) says why."""
        self._outcome = None
        message = message or translate("Train", "Train a network to see how well it does here.")
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
        self._outcome, self._reference = outcome, reference
        self.set_in_use(False)
        self._save_button.setEnabled(outcome.predictor is not None)
        self._show_texts()

    def _show_texts(self) -> None:
        """The run's texts, made here (HTML, captions): made again after a language switch."""
        outcome = self._outcome
        self._show_message(outcome)
        test = outcome.report.test
        if test is None:
            self._headline.setText("")
            self._details.setText(translate(
                "Train", "No test scores: the run ended before training began."))
            return
        self._headline.setText(headline_text(outcome.report.summary))
        self._details.setText(self._details_text(outcome, self._reference))
        self._confusion.set_matrix(test.confusion, outcome.dataset.class_names)
        self._show_mistakes(outcome)

    def set_in_use(self, in_use: bool) -> None:
        """Say whether the canvas reads with this network now (the answer to *Use this model*)."""
        self._use_button.setText(translate("Train", "In use ✓") if in_use else use_text())
        self._use_button.setEnabled(not in_use and self._outcome is not None
                                    and self._outcome.predictor is not None)

    def set_saving(self, saving: bool) -> None:
        """Disable saving while a save runs (one file at a time)."""
        self._save_button.setEnabled(not saving and self._outcome is not None
                                     and self._outcome.predictor is not None)
        self._save_button.setText(translate("Train", "Saving…") if saving
                                  else translate("Train", "Save model…"))

    # Building ---------------------------------------------------------------------------------

    def _layout_widgets(self) -> None:
        font = self._headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self._headline.setFont(font)
        buttons = QHBoxLayout()
        buttons.addWidget(self._use_button)
        buttons.addWidget(self._save_button)
        buttons.addStretch(1)
        confusion_title = QLabel(translate(
            "Train", "<b>Confusion matrix</b> (rows: true class, columns: answer)"))
        confusion_title.setWordWrap(True)
        self._confusion.setMinimumHeight(CONFUSION_MINIMUM_HEIGHT)
        self._confusion.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        column = QVBoxLayout(scrolling_content(self))
        self.findChild(QScrollArea).setAccessibleName(translate("Train", "Results"))
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
        title = reason_title(summary.reason)
        alarming = summary.reason in (EndReason.NAN, EndReason.ERROR)
        color = WRONG_COLOR.name() if alarming else self.palette().color(
            QPalette.ColorRole.Text).name()
        self._message.setText(f"<span style='color:{color}'><b>{title}</b> "
                              f"{translated(summary.message)}</span>")

    @staticmethod
    def _details_text(outcome: TrainingOutcome, reference: float | None) -> str:
        summary, test = outcome.report.summary, outcome.report.test
        text = (translate("Train", "test loss {loss} on {images} images · 1 epoch in {seconds} s")
                if summary.epochs_run == 1 else
                translate("Train", "test loss {loss} on {images} images · {epochs} epochs in "
                          "{seconds} s")).format(
            loss=number(test.loss, 4), images=number(test.n), epochs=summary.epochs_run,
            seconds=number(summary.train_seconds, 1))
        if reference is None:
            return text
        difference = 100 * (test.accuracy - reference)
        sign = "+" if difference >= 0 else "−"
        # In percentage points: 84.45% against 98.40% is 13.95 points short, not 13.95% short.
        points = translate("Train", "{difference} points").format(
            difference=sign + number(abs(difference), 2))
        return translate("Train", "{details} · published {published} ({difference})").format(
            details=text, published=percent(100 * reference, 2), difference=points)

    def _show_mistakes(self, outcome: TrainingOutcome) -> None:
        test, dataset = outcome.report.test, outcome.dataset
        wrong = test.misclassified(dataset.y_test)
        shown = wrong[:MISTAKES_SHOWN]
        names = [translated(name) for name in dataset.class_names]
        captions = [[translate("Train", "{true} → {answer}").format(
                         true=names[dataset.y_test[i]], answer=names[test.predicted[i]]),
                     translate("Train", "{confidence} sure").format(
                         confidence=confidence(test.confidence[i]))] for i in shown]
        self._mistakes.set_tiles(dataset.x_test[shown], captions)
        self._mistakes_title.setText(translate(
            "Train", "<b>Mistakes</b> (true class → answer): {wrong} of {total} test images "
            "wrong; the {shown} it was surest about:").format(
            wrong=number(len(wrong)), total=number(test.n), shown=len(shown)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._outcome is not None:
            self._show_texts()
        super().changeEvent(event)

    def _choose_save_path(self) -> None:
        path = save_file_name(self, translate("Train", "Save model"), "models", "my-mlp.keras",
                              model_filter())
        if path:
            self.save_requested.emit(with_model_suffix(path))
