"""One adaptation in a child process, its progress reported on the GUI thread, and its dialog.

The job runs in the same kind of child process as training
(:class:`~model.training.process.ChildProcess`), so TensorFlow never enters the window's process;
a plain Python thread waits for it and records its events in an inbox that the GUI thread
empties (that thread never calls Qt). Like the
Train panel, the dialog says the stage the run is in and, while it trains, the epoch and the time
left (the same clock as training's).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.common.background import BackgroundCall
from gui.common.clock import clock
from gui.common.language import translate, translated
from gui.teach.teach_text import adaptation_result, drawing_count
from model.adaptation_job import AdaptationJob
from model.training.child import RunReport
from model.training.events import BatchEvent, BeginEvent, EndReason, FinishedEvent
from model.training.inbox import TAKE_INTERVAL_MS, BatchGroup, EventInbox
from model.training.process import ChildProcess

PROGRESS_STEPS = 1000


def training_text(epoch: int, epochs: int, eta_s: float) -> str:
    """What the dialog says while the network trains, e.g. "Adapting: epoch 2 of 4, about
    0:12 left" (``epoch`` 1-based)."""
    return translate("Teach", "Adapting: epoch {epoch} of {epochs}, about {time} left").format(
        epoch=epoch, epochs=epochs, time=clock(eta_s))


class AdaptRun(QObject):
    """``status(text)`` (the stage; while training, the epoch and the time left),
    ``progress(0…PROGRESS_STEPS)``, then ``finished(report)`` once, with the child's
    :class:`~model.training.child.RunReport` (its ``adaptation`` set when it finished).

    The waiting thread only records the child's events in an inbox; a timer on the GUI thread
    takes them and emits each signal when what it shows changes (a few hundred a run at most).
    """

    status = Signal(str)
    progress = Signal(int)
    finished = Signal(object)

    def __init__(self, job: AdaptationJob, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self._process = ChildProcess(job)
        self._inbox = EventInbox()
        self._epochs = 1
        self._shown = -1
        self._said = ""
        self._call = BackgroundCall(lambda: self._process.run(self._inbox), self,
                                    name="adaptation", drain=self.drain, poll_ms=TAKE_INTERVAL_MS)
        self._call.succeeded.connect(self.finished)
        self._call.failed.connect(lambda error: self.finished.emit(RunReport(FinishedEvent(
            EndReason.ERROR,
            translate("Teach", "Adapting failed: {error}").format(error=error)))))

    def start(self) -> None:
        self._call.start()

    def is_running(self) -> bool:
        return self._call.is_running()

    def stop(self) -> None:
        """End the run soon; nothing is kept."""
        self._process.control.stop()

    def stop_and_wait(self) -> None:
        """Stop and block until the child has ended (for closing the window)."""
        self.stop()
        self._call.wait()
        self._process.wait_for_exit()

    def drain(self) -> None:
        """Say, in order, what the child reported since the last drain."""
        for event in self._inbox.take():
            if isinstance(event, str):
                self._say(translated(event))  # marked in model/ ("Loading TensorFlow…")
            elif isinstance(event, BeginEvent):
                self._epochs = event.epochs
                self._say(training_text(1, event.epochs, float("inf")))
            elif isinstance(event, BatchGroup):
                self._show_batch(event.latest)

    def _show_batch(self, event: BatchEvent) -> None:
        done = round(PROGRESS_STEPS * event.epoch_fraction / self._epochs)
        if done != self._shown:
            self._shown = done
            self.progress.emit(done)
        self._say(training_text(event.epoch + 1, self._epochs, event.eta_s))

    def _say(self, text: str) -> None:
        if text != self._said:
            self._said = text
            self.status.emit(text)


class AdaptDialog(QDialog):
    """Progress of one adaptation, then its result in one sentence; not modal, so drawing goes
    on meanwhile. ``back`` asks for the base model again."""

    back = Signal()

    def __init__(self, run: AdaptRun, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adaptDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(translate("Teach", "Adapt to my handwriting"))
        self.setMinimumSize(420, 160)  # fixed: a size set by the layout would follow the text
        base = run.job.base_path.name
        self._status = QLabel(translate("Teach", "Adapting {model} to your {drawings}…").format(
            model=base, drawings=drawing_count(len(run.job.drawings))))
        self._status.setObjectName("adaptStatus")
        self._status.setWordWrap(True)
        self._bar = QProgressBar()
        self._bar.setRange(0, 0)  # busy until training begins
        self._buttons = QDialogButtonBox()
        self._stop = self._buttons.addButton(translate("Teach", "Stop"),
                                             QDialogButtonBox.ButtonRole.RejectRole)
        self._stop.clicked.connect(run.stop)
        self._back = QPushButton(translate("Teach", "Back to {model}").format(model=base))
        self._back.setObjectName("adaptBack")
        self._back.clicked.connect(self.back)
        self._back.clicked.connect(self.accept)
        self._close = self._buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self._close.clicked.connect(self.accept)
        self._close.hide()
        column = QVBoxLayout(self)
        for widget in (self._status, self._bar, self._back, self._buttons):
            column.addWidget(widget)
        self._back.hide()
        run.status.connect(self._status.setText)
        run.progress.connect(self._show_progress)
        run.finished.connect(self._show_result)

    def _show_progress(self, done: int) -> None:
        self._bar.setRange(0, PROGRESS_STEPS)
        self._bar.setValue(done)

    def _show_result(self, report: RunReport) -> None:
        """The figures if it worked, else why not; and how the run ended."""
        finished = report.summary.reason is EndReason.FINISHED and report.model_file is not None
        self._status.setText(translate("Teach", "{result}\n{ending} Now reading with {model}.")
                             .format(result=adaptation_result(report.adaptation),
                                     ending=translated(report.summary.message),
                                     model=report.model_file.name)
                             if finished else translated(report.summary.message))
        self._bar.hide()
        self._stop.hide()
        self._close.show()
        self._back.setVisible(finished)
