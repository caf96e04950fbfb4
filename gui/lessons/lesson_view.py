"""One lesson on screen: its steps with ticks, the current step's text and pictures, *Do it*.

The view only shows; the Lessons panel (:mod:`gui.lessons.panel`) decides what is done and what
*Do it* does. The lesson's closing question is shown as a last step of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gui.common.fitting_text import FittingTextBrowser
from gui.common.language import translate
from model.lessons.format import Lesson

DONE_MARK = "✓"
TODO_MARK = "○"


def question_title() -> str:
    return translate("Lessons", "A question to think about")


class LessonView(QWidget):
    """Signals: ``do_it(step)``, ``step_shown(step)`` (0-based; the question is
    ``len(lesson.steps)``), ``leave()`` for the list of lessons."""

    do_it = Signal(int)
    step_shown = Signal(int)
    leave = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lesson: Lesson | None = None
        self._done: frozenset[int] = frozenset()
        self._title = QLabel()
        self._title.setObjectName("lessonTitle")
        self._title.setWordWrap(True)
        self._steps = QListWidget()
        self._steps.setObjectName("lessonSteps")
        self._steps.setAccessibleName(translate("Lessons", "Steps of the lesson"))
        self._steps.setAccessibleDescription(translate(
            "Lessons", "Each step, ticked once DigitLab sees you have done it; choose one to "
                       "read it."))
        self._text = FittingTextBrowser()
        self._text.setObjectName("lessonText")
        self._text.setOpenExternalLinks(True)
        self._text.setAccessibleName(translate("Lessons", "Step text"))
        self._buttons = {name: QPushButton(text) for name, text in (
            ("allLessons", translate("Lessons", "◂ All lessons")),
            ("previousStep", translate("Lessons", "◂ Back")),
            ("doIt", translate("Lessons", "Do it")),
            ("nextStep", translate("Lessons", "Next ▸")))}
        for name, button in self._buttons.items():
            button.setObjectName(name)
        self._buttons["allLessons"].setAccessibleName(translate("Lessons", "All lessons"))
        self._buttons["previousStep"].setAccessibleName(translate("Lessons", "Previous step"))
        self._buttons["nextStep"].setAccessibleName(translate("Lessons", "Next step"))
        self._buttons["doIt"].setAccessibleDescription(translate(
            "Lessons", "Carry out this step for you, in the part of DigitLab it is about."))
        self._buttons["doIt"].setDefault(True)
        self._layout_widgets()
        self._steps.currentRowChanged.connect(self._show_row)
        self._buttons["allLessons"].clicked.connect(self.leave)
        self._buttons["previousStep"].clicked.connect(lambda: self.show_step(self.step() - 1))
        self._buttons["nextStep"].clicked.connect(lambda: self.show_step(self.step() + 1))
        self._buttons["doIt"].clicked.connect(lambda: self.do_it.emit(self.step()))

    def show_lesson(self, lesson: Lesson, done: frozenset[int], step: int) -> None:
        self._lesson = lesson
        self._title.setText(translate("Lessons", "<b>{title}</b> · about {minutes} min").format(
            title=lesson.title, minutes=lesson.minutes))
        self._text.setSearchPaths([str(lesson.folder)])
        self._text.document().setBaseUrl(QUrl.fromLocalFile(f"{lesson.folder}/"))
        self._steps.blockSignals(True)
        self._steps.clear()
        self._steps.addItems(["" for _ in range(len(lesson.steps) + 1)])
        self._steps.blockSignals(False)
        self.set_done(done)
        self.show_step(min(step, len(lesson.steps)))

    def set_done(self, done: frozenset[int]) -> None:
        """Tick the steps in ``done``."""
        self._done = done
        self._label_steps()

    def _label_steps(self) -> None:
        """Each step's tick, number and title (as the teacher wrote it); a screen reader hears
        "done" or "to do" instead of the tick's symbol."""
        for index, step in enumerate(self._lesson.steps):
            done = index in self._done
            item = self._steps.item(index)
            item.setText(f"{DONE_MARK if done else TODO_MARK} {index + 1}. {step.title}")
            spoken = (translate("Lessons", "Step {number}, done: {title}") if done
                      else translate("Lessons", "Step {number}, to do: {title}"))
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         spoken.format(number=index + 1, title=step.title))
        self._steps.item(len(self._lesson.steps)).setText(f"? {question_title()}")
        self._fit_steps()

    def _fit_steps(self) -> None:
        """As tall as its labelled rows, no taller (Chinese rows are taller than Latin ones)."""
        rows = sum(self._steps.sizeHintForRow(row) for row in range(self._steps.count()))
        self._steps.setMaximumHeight(rows + 2 * self._steps.frameWidth() + 2)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._lesson is not None:
            self._label_steps()
        super().changeEvent(event)

    def step(self) -> int:
        return self._steps.currentRow()

    def show_step(self, index: int) -> None:
        self._steps.setCurrentRow(max(0, min(index, self._steps.count() - 1)))

    def text(self) -> QTextBrowser:
        return self._text

    def button(self, name: str) -> QPushButton:
        return self._buttons[name]

    def _show_row(self, index: int) -> None:
        lesson = self._lesson
        if lesson is None or index < 0:
            return
        question = index == len(lesson.steps)
        step = None if question else lesson.steps[index]
        self._text.setMarkdown(lesson.question if question
                               else f"### {step.title}\n\n{step.text}")
        self._buttons["doIt"].setVisible(step is not None and step.action is not None)
        self._buttons["previousStep"].setEnabled(index > 0)
        self._buttons["nextStep"].setEnabled(not question)
        self.step_shown.emit(index)

    def _layout_widgets(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self._buttons["allLessons"])
        top.addWidget(self._title, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self._buttons["previousStep"])
        bottom.addStretch(1)
        bottom.addWidget(self._buttons["doIt"])
        bottom.addWidget(self._buttons["nextStep"])
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self._steps)
        column.addWidget(self._text, 3)
        column.addLayout(bottom)
