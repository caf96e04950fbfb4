"""Teach DigitLab from the window: label a drawing, keep it, browse what was kept, adapt the model.

A click on a class's bar or a press of a digit key keeps the canvas's strokes with that label in
*My drawings* (right answers count too: they show the model what to keep). *Adapt to my
handwriting* fine-tunes the active model on them in a child process and switches the window to
the result, whose file names its base model; the window's *Back to <base>* opens that again.
Teaching is a :class:`~gui.feature.Feature`: it attaches through the window's host API (canvas,
prediction view, active model, menus, shortcuts) and follows the active model's ``changed``.
Undo right after teaching brings the drawing back *and* forgets it, so teaching it again under
another label never keeps it twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from gui.common.language import translate, translated
from gui.feature import Feature, Host
from gui.teach.adapt_run import AdaptDialog, AdaptRun
from gui.teach.gallery import DrawingsDialog
from gui.teach.teach_bar import TeachBar
from gui.teach.teach_text import adaptation_result, drawing_count, needs_digits
from model.adaptation_job import AdaptationJob
from model.data.datasets import MNIST_CLASSES
from model.data.my_drawings import DRAWINGS_SUFFIXES, DrawingStore, LabelledDrawing, now
from model.drawing.strokes import CANVAS_SIZE
from model.errors import DigitLabError
from model.training.adaptation import new_adapted_model_path
from model.training.adaptation_report import adapted_from
from model.training.events import EndReason

if TYPE_CHECKING:
    from model.inference.predictor import Predictor
    from model.training.child import RunReport


class Teaching(QObject, Feature):
    """The Teach feature of one window: its bar under the bars, its menu, its digit keys."""

    def __init__(self) -> None:
        super().__init__()
        self._store = DrawingStore()
        self._run: AdaptRun | None = None
        self._gallery: DrawingsDialog | None = None
        self._just_kept: tuple[int, tuple[np.ndarray, ...]] | None = None
        """The position and strokes of the drawing kept last, until the canvas moves on."""
        self._drawings_action = self._action(
            translate("Teach", "My drawings…"), self.show_drawings,
            translate("Teach", "Browse, delete, export and import the drawings you labelled"))
        self._adapt_action = self._action(
            translate("Teach", "Adapt to my handwriting"), self.adapt,
            translate("Teach", "Fine-tune the model to your labelled drawings, in the "
                               "background"))

    def attach(self, host: Host) -> None:
        """The bar under the answer, the Teach menu, the digit keys; follow the model in use."""
        self.setParent(host)
        self._window = host
        back = host.back_action()
        # One button a row: side by side, a longer language squeezed both to a word or two.
        self.bar = TeachBar([[self._drawings_action], [self._adapt_action], [back]])
        view = host.prediction_view()
        view.add_footer(self.bar)
        view.class_clicked.connect(self.teach)
        host.canvas().changed.connect(self._on_canvas_changed)
        host.active_model().changed.connect(lambda _: self._update_actions())
        host.add_menu(translate("Teach", "&Teach"), "teachMenu").addActions(
            [self._drawings_action, self._adapt_action, back])
        host.add_command("teach.adapt", self.adapt)
        for suffix in DRAWINGS_SUFFIXES:  # a drawings file dropped or given at start
            host.add_drop_handler(suffix, lambda path: self.show_drawings().import_file(str(path)))
        host.add_shortcuts([str(digit) for digit in range(10)],
                           translate("Teach", "Keep the drawing as that digit (Teach)"),
                           lambda key: self.teach(int(key)))
        notice = self._store.load()
        if notice:
            self.bar.say(notice)
        self._update_actions()

    def shutdown(self) -> None:
        """A window that closes ends a running adaptation first (nothing of it is kept)."""
        if self.is_adapting():
            self._run.stop_and_wait()

    # Actions --------------------------------------------------------------------------------------

    def teach(self, label: int) -> None:
        """Keep the canvas's drawing as a ``label`` and clear the canvas for the next one."""
        problem = self._cannot_teach()
        if problem:
            self.bar.say(problem)
            return
        canvas = self._window.canvas()
        strokes = canvas.strokes()
        read_as = self._window.prediction_view().predicted_name()
        drawing = LabelledDrawing(label, tuple(np.array(s.points, dtype=np.float64)
                                               for s in strokes),
                                  (CANVAS_SIZE, CANVAS_SIZE),
                                  float(np.mean([s.width for s in strokes])), now())
        try:
            self._store.add([drawing])
        except DigitLabError as error:
            self._window.show_error(translate("Teach", "Cannot keep the drawing"), str(error))
            return
        self._drawings_changed()
        self._just_kept = (len(self._store) - 1, drawing.strokes)
        canvas.clear()
        if read_as == str(label):
            said = translate("Teach", "Kept as a {label} (read right) · {drawings}. Adapt to "
                                      "use them; Undo takes it back.")
        else:
            said = translate("Teach", "Kept as a {label} (DigitLab read {read_as}) · "
                                      "{drawings}. Adapt to use them; Undo takes it back.")
        self.bar.say(said.format(label=label, read_as=read_as,
                                 drawings=drawing_count(len(self._store))))

    def show_drawings(self) -> DrawingsDialog:
        if self._gallery is None:
            self._gallery = DrawingsDialog(self._store, self._window)
            self._gallery.changed.connect(self._drawings_changed)
        self._gallery.refresh()
        self._gallery.show()
        self._gallery.activateWindow()
        return self._gallery

    def adapt(self) -> AdaptDialog | None:
        """Start adapting the active model (or the one it was adapted from) to the drawings."""
        predictor = self._window.predictor()
        base = self._base_model(predictor)
        problem = self._cannot_adapt(predictor, base)
        if problem:
            self._window.show_error(translate("Teach", "Cannot adapt"), problem)
            return None
        job = AdaptationJob(base, tuple(self._store.drawings()), new_adapted_model_path(base))
        self._run = AdaptRun(job, self)
        dialog = AdaptDialog(self._run, self._window)
        dialog.back.connect(self._window.back_action().trigger)
        self._run.finished.connect(self._adapted)
        self._adapt_action.setEnabled(False)
        dialog.show()
        self._run.start()
        return dialog

    def is_adapting(self) -> bool:
        return self._run is not None and self._run.is_running()

    # Inside ---------------------------------------------------------------------------------------

    def _action(self, text: str, slot, tip: str) -> QAction:
        action = QAction(text, self)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _cannot_teach(self) -> str:
        canvas = self._window.canvas()
        predictor = self._window.predictor()
        if predictor is None or tuple(predictor.class_names) != MNIST_CLASSES:
            return needs_digits()
        if canvas.has_picture():
            return translate("Teach", "A dropped picture has no pen strokes to keep: draw the "
                                      "digit to teach it.")
        if canvas.is_drawing() or not canvas.strokes():
            return translate("Teach", "Draw a digit first, then click its bar or press its key.")
        return ""

    @staticmethod
    def _base_model(predictor: Predictor | None) -> Path | None:
        """Adapting an adapted model starts again from its base, with all drawings."""
        if predictor is None:
            return None
        return adapted_from(predictor.metadata) or predictor.path

    def _cannot_adapt(self, predictor: Predictor | None, base: Path | None) -> str:
        if self.is_adapting():
            return translate("Teach", "An adaptation is running already.")
        if predictor is None or tuple(predictor.class_names) != MNIST_CLASSES:
            return needs_digits()
        if base is None:
            return translate("Teach", "This model has no file yet: save it from the Train "
                                      "panel, open it, and adapt that.")
        if not len(self._store):
            return translate("Teach", "Label at least one drawing first: draw a digit, then "
                                      "click its bar.")
        return ""

    def _adapted(self, report: RunReport) -> None:
        self._run.deleteLater()
        self._run = None
        if report.summary.reason is EndReason.FINISHED and report.model_file is not None:
            self._window.open_model(report.model_file)
            self.bar.say(adaptation_result(report.adaptation))
        else:
            self.bar.say(translated(report.summary.message))
        self._update_actions()
        self._window.announce("adapted")  # the run history has a new run, however it ended

    def _drawings_changed(self) -> None:
        self._just_kept = None
        self._window.announce("drawings_changed")
        if self._gallery is not None:
            self._gallery.refresh()
        self._update_actions()

    def _on_canvas_changed(self) -> None:
        """Undo right after teaching brings the drawing back: forget it was kept. Any other
        drawing means the user moved on."""
        canvas = self._window.canvas()
        if self._just_kept is None or canvas.is_drawing() or canvas.is_empty():
            return
        index, kept = self._just_kept
        self._just_kept = None
        if _same_strokes([stroke.points for stroke in canvas.strokes()], kept):
            label = self._store.drawings()[index].label
            try:
                self._store.delete([index])
            except DigitLabError as error:
                self._window.show_error(translate("Teach", "Cannot forget the drawing"),
                                        str(error))
                return
            self._drawings_changed()
            self.bar.say(translate("Teach", "Taken back: the {label} is no longer kept · "
                                            "{drawings}.").format(
                label=label, drawings=drawing_count(len(self._store))))

    def _update_actions(self) -> None:
        predictor = self._window.predictor()
        digits = predictor is not None and tuple(predictor.class_names) == MNIST_CLASSES
        self.bar.show_hint(digits)
        self._drawings_action.setText(translate("Teach", "My drawings ({count})…").format(
            count=len(self._store)))
        self._adapt_action.setEnabled(digits and not self.is_adapting())


def _same_strokes(drawn: Sequence[Any], kept: Sequence[np.ndarray]) -> bool:
    return len(drawn) == len(kept) and all(
        np.array_equal(np.asarray(points), stroke) for points, stroke in zip(drawn, kept,
                                                                               strict=True))
