"""Run a training in its child process and hand its events to the GUI thread.

:class:`~model.training.process.TrainingProcess` trains in a child process, so TensorFlow never
enters the window's process; a plain Python thread waits on its pipe and records the events in
an :class:`~model.training.inbox.EventInbox` (it never calls Qt), and a ~30 Hz timer on the GUI
thread drains it: every signal of :class:`TrainingWorker` is emitted on the GUI thread, in the
order the events happened, with all batches that arrived in between delivered as one
:class:`~model.training.inbox.BatchGroup` (one Qt signal per batch would flood the event loop).
Each signal keeps its event's name (``status``, ``begin``, ``batch``, ``epoch``, ``finished``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from gui.common.background import BackgroundCall
from model.config import NetworkConfig, TrainingConfig
from model.data.datasets import Dataset
from model.inference.predictor import Predictor
from model.training.child import RunReport
from model.training.events import BeginEvent, EndReason, EpochEvent, FinishedEvent, training_failed
from model.training.inbox import TAKE_INTERVAL_MS, BatchGroup, EventInbox
from model.training.process import TrainingProcess


@dataclass(frozen=True)
class TrainingOutcome:
    """A finished run as the Train panel holds it: the child's report (how it ended, test
    scores, the saved model's file), the dataset it was scored on and a numpy Predictor of the
    final weights (None if none were kept)."""

    dataset: Dataset
    report: RunReport
    predictor: Predictor | None = None


class TrainingWorker(QObject):
    """One training run in a child process; all signals arrive on the GUI thread.

    ``status(str)``, ``begin(BeginEvent)``, ``batch(BatchGroup)``, ``epoch(EpochEvent)``, then
    ``finished(TrainingOutcome)`` once the child has ended. ``control`` (stop, pause, resume,
    snapshot: a :class:`~model.training.process.RemoteControl`) may be used at any time.
    """

    status = Signal(str)
    begin = Signal(object)
    batch = Signal(object)
    epoch = Signal(object)
    finished = Signal(object)

    def __init__(self, network: NetworkConfig, training: TrainingConfig, dataset: Dataset,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dataset = dataset
        self._inbox = EventInbox()
        self._process = TrainingProcess(network, training, dataset)
        self.control = self._process.control
        self._call = BackgroundCall(self._train, self, name="training", drain=self.drain,
                                    poll_ms=TAKE_INTERVAL_MS)
        self._call.succeeded.connect(self.finished)
        self._call.failed.connect(self._report_failure)

    def start(self) -> None:
        self._call.start()

    def is_running(self) -> bool:
        """True from :meth:`start` until ``finished`` has been emitted."""
        return self._call.is_running()

    def stop_and_wait(self) -> None:
        """Stop, block until the child has ended, and emit ``finished`` now (for closing)."""
        self.control.stop()
        self._call.wait()
        self._process.wait_for_exit()

    def drain(self) -> None:
        """Emit, in order, every event the child reported since the last drain."""
        signals = {str: self.status, BeginEvent: self.begin, BatchGroup: self.batch,
                   EpochEvent: self.epoch}
        for event in self._inbox.take():
            signals[type(event)].emit(event)

    def _train(self) -> TrainingOutcome:
        """The relaying thread's whole job: the run, then a Predictor of its final weights."""
        report = self._process.run(self._inbox)
        predictor = report.weights.predictor() if report.weights is not None else None
        return TrainingOutcome(self._dataset, report, predictor)

    def _report_failure(self, error: Exception) -> None:
        summary = FinishedEvent(EndReason.ERROR, training_failed(error))
        self.finished.emit(TrainingOutcome(self._dataset, RunReport(summary)))
