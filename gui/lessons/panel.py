"""The Lessons panel: a list of lessons, then one lesson as steps DigitLab ticks by itself.

Lessons is a :class:`~gui.feature.Feature` like Teach and Train: it docks itself, adds
*Help ▸ Lessons* and *File ▸ Open lesson*, takes lesson files dropped on the window, follows
the active model's ``changed`` (an adapted model ticks "adapt") and the host's events (a run
recorded, a drawing kept, a unit pointed at). Its *Do it* buttons ask the other features by
command name (``train.start``, ``teach.adapt``, ``view.tab``…), never by importing them. While
a lesson is open and the panel is shown, its locks hold on the Train panel's settings.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gui.common.file_dialogs import open_file_name
from gui.common.language import current_language, translate
from gui.feature import Feature, Host
from gui.lessons.lesson_view import LessonView
from model.errors import DigitLabError
from model.lessons.archive import open_lesson_file
from model.lessons.checks import Facts, is_done
from model.lessons.facts import FactsReader
from model.lessons.format import LESSON_SUFFIX, Lesson, LessonError, read_lesson
from model.lessons.library import catalogue
from model.lessons.progress import Progress, load_progress, progress_dir, save_progress
from model.lessons.translation import translated
from model.policy import PolicyError, load_policy
from model.training.adaptation_report import ADAPTATION_KEY

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget

    from gui.active.owner import ModelInUse

LESSON_ROLE = Qt.ItemDataRole.UserRole
MINIMUM_WIDTH = 260
"""Narrower than the Train dock: with both open beside the canvas, the window still fits a
1024-pixel-wide screen."""


def lesson_filter() -> str:
    """The open dialog's file types (the patterns stay out of the translated names)."""
    return ";;".join((
        translate("Lessons", "DigitLab lessons ({patterns})").format(patterns=f"*{LESSON_SUFFIX}"),
        translate("Lessons", "All files ({patterns})").format(patterns="*")))


def unavailable_message() -> str:
    return translate("Lessons", "That part of DigitLab is not available here (hidden by the "
                                "policy of this computer).")


class LessonsPanel(QWidget, Feature):
    """The dock's content (objectName ``lesson``); ``reader`` reads the run history and the
    drawings (tests give theirs). ``step_done(index)`` when a step of the open lesson is ticked."""

    step_done = Signal(int)

    def __init__(self, reader: FactsReader | None = None) -> None:
        super().__init__()
        self.setObjectName("lesson")
        self._reader = reader or FactsReader()
        self._host: Host | None = None
        self._dock: QDockWidget | None = None
        self._lessons: list[Lesson] = []
        self._lesson: Lesson | None = None
        self._progress: Progress | None = None
        self._facts = Facts()
        self._events: set[str] = set()
        self._list = QListWidget()
        self._list.setObjectName("lessonList")
        self._list.setWordWrap(True)
        self._list.setAccessibleName(translate("Lessons", "Lessons"))
        self._list.setAccessibleDescription(translate(
            "Lessons", "Each lesson with its length and the steps done; Enter opens it."))
        self._list.itemActivated.connect(lambda item: self.open_lesson(item.data(LESSON_ROLE)))
        self._list.itemClicked.connect(lambda item: self.open_lesson(item.data(LESSON_ROLE)))
        self._view = LessonView()
        self._view.do_it.connect(self.do_it)
        self._view.step_shown.connect(self._on_step_shown)
        self._view.leave.connect(self.show_list)
        self._pages = QStackedWidget()
        self._pages.addWidget(self._list_page())
        self._pages.addWidget(self._view)
        QVBoxLayout(self).addWidget(self._pages)
        self.refresh_list()

    def attach(self, host: Host) -> None:
        """Dock, menus, drops and commands; follow the model in use and the host's events."""
        self._host = host
        self._dock = host.add_dock(self, translate("Lessons", "Lessons"), "lessonsDock",
                                   "lessons",
                                   translate("Lessons",
                                             "Guided lessons: train, compare, look inside, teach"),
                                   left=True)
        self._dock.setMinimumWidth(MINIMUM_WIDTH)
        if _hidden_by_policy():
            self._dock.hide()
            self._dock.toggleViewAction().setVisible(False)
            return
        self._dock.visibilityChanged.connect(lambda _: self._send_locks())
        lessons = QAction(translate("Lessons", "&Lessons"), self)
        lessons.setStatusTip(translate("Lessons", "Guided lessons, one step at a time"))
        lessons.triggered.connect(self.show_panel)
        host.add_menu_action("help", lessons)
        open_lesson = QAction(translate("Lessons", "Open &lesson…"), self)
        open_lesson.setStatusTip(translate("Lessons", "Open a lesson file ({suffix}) a teacher "
                                                      "shared").format(suffix=LESSON_SUFFIX))
        open_lesson.triggered.connect(self._choose_file)
        host.add_menu_action("file", open_lesson)
        host.add_drop_handler(LESSON_SUFFIX, self.open_file)
        host.add_command("lessons.open", self.open_file)
        host.follow_events(self._on_event)
        host.active_model().changed.connect(self._follow_model)
        self._follow_model(host.active_model().current())
        self._resume()

    # Public API -----------------------------------------------------------------------------

    def lessons(self) -> list[Lesson]:
        return list(self._lessons)

    def lesson(self) -> Lesson | None:
        return self._lesson

    def view(self) -> LessonView:
        return self._view

    def progress(self) -> Progress | None:
        return self._progress

    def show_panel(self) -> None:
        if self._dock is not None:
            self._dock.show()
            self._dock.raise_()

    def refresh_list(self) -> None:
        """Read the shipped and installed lessons again (in the window's language where a lesson
        has a translation into it) and list them with their progress."""
        found = catalogue(current_language())
        self._lessons = list(found.lessons)
        self._list.clear()
        for lesson in self._lessons:
            item = QListWidgetItem()
            item.setData(LESSON_ROLE, lesson.id)
            self._list.addItem(item)
        self._label_list()

    def _label_list(self) -> None:
        """Each listed lesson's title, length and progress in the window's language."""
        for row, lesson in enumerate(self._lessons):
            done = len(load_progress(lesson.id).done)
            self._list.item(row).setText(translate(
                "Lessons", "{title}  ·  {minutes} min  ·  {done}/{steps} done\n{summary}").format(
                title=lesson.title, minutes=lesson.minutes, done=done, steps=len(lesson.steps),
                summary=lesson.summary))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._speak_window_language()
        super().changeEvent(event)

    def _speak_window_language(self) -> None:
        """After a language switch, list the lessons and show the open one (at the same step)
        in their translations into the new language."""
        self.refresh_list()
        if self._lesson is None:
            return
        with suppress(LessonError):  # its folder went away: it stays as it is shown
            self._lesson = translated(read_lesson(self._lesson.folder), current_language())
        self._view.show_lesson(self._lesson, self._progress.done, self._view.step())

    def open_lesson(self, lesson_id: str) -> None:
        """Show the listed lesson ``lesson_id`` where the learner left it."""
        self._show(next(lesson for lesson in self._lessons if lesson.id == lesson_id))

    def _show(self, lesson: Lesson) -> None:
        """Show ``lesson`` where the learner left it, its ticks checked afresh."""
        self._lesson = lesson
        self._progress = load_progress(lesson.id)
        self._events.clear()
        self._view.show_lesson(lesson, self._progress.done, self._progress.current)
        self._pages.setCurrentWidget(self._view)
        self._read_facts(runs=True, drawings=True)
        self._send_locks()

    def open_file(self, path: str | Path) -> bool:
        """Open a teacher's lesson file: check it, extract it into the data folder, show it."""
        try:
            lesson = open_lesson_file(path)
        except DigitLabError as error:
            if self._host is not None:
                self._host.show_error(translate("Lessons", "Cannot open lesson"), str(error))
            return False
        self.refresh_list()
        self.show_panel()
        self._show(translated(lesson, current_language()))
        return True

    def show_list(self) -> None:
        """Leave the lesson (its progress stays) for the list of lessons."""
        self._lesson = None
        self._progress = None
        self.refresh_list()
        self._pages.setCurrentIndex(0)
        self._send_locks()

    def do_it(self, index: int) -> None:
        """Carry out the action of step ``index`` of the open lesson."""
        lesson = self._lesson
        action = lesson.steps[index].action if lesson is not None else None
        if action is None or self._host is None:
            return
        if not self._run(action, lesson):
            self._host.notify(unavailable_message(), 8000)

    # Inside ---------------------------------------------------------------------------------

    def _run(self, action: dict[str, Any], lesson: Lesson) -> bool:
        host = self._host
        kind = action["do"]
        settings = {**action.get("settings", {}), "seed": lesson.seed}
        if kind in ("preset", "settings"):
            done = host.run_command("train.apply", action.get("preset"), settings,
                                    action.get("dataset"))
            return done and host.run_command("train.show", "setup")
        if kind == "train":
            return host.run_command("train.start", action.get("preset"), settings,
                                    action.get("dataset"), lesson.limit)
        if kind == "train_page":
            return host.run_command("train.show", action["page"])
        if kind == "tab":
            return host.run_command("view.tab", action["tab"])
        if kind == "adapt":
            return host.run_command("teach.adapt")
        host.canvas().clear()
        return True

    def _list_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(translate("Lessons", "Pick a lesson. Each is a few short steps; "
                                            "DigitLab ticks a step when you have done it, and "
                                            "remembers where you were."))
        intro.setWordWrap(True)
        choose = QPushButton(translate("Lessons", "Open a lesson file…"))
        choose.setObjectName("openLessonFile")
        choose.clicked.connect(self._choose_file)
        column.addWidget(intro)
        column.addWidget(self._list, 1)
        column.addWidget(choose)
        return page

    def _choose_file(self) -> None:
        path = open_file_name(self, translate("Lessons", "Open lesson"), "lessons",
                              lesson_filter())
        if path:
            self.open_file(path)

    def _resume(self) -> None:
        """Show the lesson worked on last; on a first start, the first lesson (so its first
        *Do it* is one click after opening the panel)."""
        saved = sorted(progress_dir().glob("*.json"), key=lambda path: path.stat().st_mtime)
        known = {lesson.id for lesson in self._lessons}
        last = next((path.stem for path in reversed(saved) if path.stem in known), None)
        if last is None and not saved and self._lessons:
            last = self._lessons[0].id
        if last is not None:
            self.open_lesson(last)

    def _send_locks(self) -> None:
        """The open lesson's locks hold while the panel is shown; otherwise none do."""
        shown = self._dock is not None and self._dock.isVisible()
        locks = self._lesson.locks if self._lesson is not None and shown else {}
        if self._host is not None:
            self._host.run_command("train.locks", locks)

    def _on_step_shown(self, index: int) -> None:
        """Remember the step; a step without a check is done once the learner moves past it."""
        if self._lesson is None:
            return
        previous = self._progress.current
        self._progress = replace(self._progress, current=index)
        if index > previous and previous < len(self._lesson.steps) \
                and self._lesson.steps[previous].check is None:
            self._progress = self._progress.with_done(previous)
            self._view.set_done(self._progress.done)
            self.step_done.emit(previous)
        save_progress(self._lesson.id, self._progress)

    def _on_event(self, event: str) -> None:
        if self._lesson is None:
            return
        if event == "runs_changed":
            self._read_facts(runs=True)
        elif event == "drawings_changed":
            self._read_facts(drawings=True)
        elif event not in self._events:
            self._events.add(event)
            self._facts = replace(self._facts, events=frozenset(self._events))
            self._tick()

    def _follow_model(self, model: ModelInUse | None) -> None:
        adapted = model is not None and bool(model.predictor.metadata.get(ADAPTATION_KEY))
        if adapted != self._facts.adapted:
            self._facts = replace(self._facts, adapted=adapted)
            self._tick()

    def _read_facts(self, *, runs: bool = False, drawings: bool = False) -> None:
        """Read what changed (only what the open lesson's checks ask about), then tick."""
        checks = {step.check["check"] for step in self._lesson.steps if step.check}
        facts = self._facts
        try:
            if runs and checks & {"run", "runs"}:
                facts = replace(facts, runs=self._reader.runs_since(self._progress.started))
            if drawings and "drawings" in checks:
                facts = replace(facts, drawings=self._reader.drawings())
        except DigitLabError as error:
            self._host.notify(translate("Lessons", "Lessons cannot read your history: {error}")
                              .format(error=error), 8000)
        self._facts = facts
        self._tick()

    def _tick(self) -> None:
        """Tick every step whose check the facts now meet, and remember it."""
        lesson, progress = self._lesson, self._progress
        if lesson is None:
            return
        newly = {index for index, step in enumerate(lesson.steps)
                 if index not in progress.done and is_done(step.check, self._facts)}
        if newly:
            self._progress = replace(progress, done=progress.done | newly)
            save_progress(lesson.id, self._progress)
            self._view.set_done(self._progress.done)
            for index in sorted(newly):
                self.step_done.emit(index)


def _hidden_by_policy() -> bool:
    try:
        return "lessons" in load_policy().hidden
    except PolicyError:
        return False
