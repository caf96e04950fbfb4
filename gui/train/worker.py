"""Run a training in its child process and hand its events to the GUI thread.

:class:`~model.training.process.TrainingProcess` trains in a child process, so TensorFlow never
enters the window's process; a plain Python thread waits on its pipe and calls the listener,
up to hundreds of times a second. Queuing one Qt signal per batch would flood the GUI's event
loop, so the listener only appends to a lock-protected :class:`EventInbox`, and a ~30 Hz timer
on the GUI thread drains it: every signal of :class:`TrainingWorker` is emitted on the GUI
thread, in the order the events happened, with all batches that arrived in between delivered as
one :class:`BatchGroup`. Each signal keeps its event's name (``status``, ``begin``, ``batch``,
``epoch``, ``finished``).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal

from gui.common.background import BackgroundCall
from model.config import NetworkConfig, TrainingConfig
from model.data.datasets import Dataset
from model.inference.predictor import Predictor
from model.training.child import RunReport
from model.training.events import (
    BatchEvent,
    BeginEvent,
    EndReason,
    EpochEvent,
    FinishedEvent,
    TrainingListener,
    training_failed,
)
from model.training.process import TrainingProcess

DRAIN_INTERVAL_MS = 33
"""How often the GUI collects batch events: about as often as a screen can show them."""


@dataclass
class BatchGroup:
    """Consecutive batch events, oldest first (never empty once delivered), delivered as one."""

    events: list[BatchEvent] = field(default_factory=list)

    @property
    def latest(self) -> BatchEvent:
        return self.events[-1]


class EventInbox(TrainingListener):
    """The worker side: records trainer events under a lock until the GUI takes them.

    Each batch costs one lock and one list append, so the relaying thread keeps up with the child.
    The run's own ``finished`` is not recorded: the worker reports the end once its thread is
    over, with the trained network.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._events: list[str | BeginEvent | BatchGroup | EpochEvent] = []

    def on_status(self, text: str) -> None:
        self._post(text)

    def on_begin(self, event: BeginEvent) -> None:
        self._post(event)

    def on_batch(self, event: BatchEvent) -> None:
        with self._lock:
            if not self._events or not isinstance(self._events[-1], BatchGroup):
                self._events.append(BatchGroup())
            self._events[-1].events.append(event)

    def on_epoch(self, event: EpochEvent) -> None:
        self._post(event)

    def take(self) -> list[str | BeginEvent | BatchGroup | EpochEvent]:
        """Everything recorded since the last call, oldest first."""
        with self._lock:
            events, self._events = self._events, []
        return events

    def _post(self, event: str | BeginEvent | EpochEvent) -> None:
        with self._lock:
            self._events.append(event)


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
        self._call = BackgroundCall(self._train, self, name="training")
        self._call.succeeded.connect(self._report_end)
        self._call.failed.connect(self._report_failure)
        self._drain_timer = QTimer(self)
        self._drain_timer.setInterval(DRAIN_INTERVAL_MS)
        self._drain_timer.timeout.connect(self.drain)

    def start(self) -> None:
        self._drain_timer.start()
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
        self._report_end(TrainingOutcome(self._dataset, RunReport(summary)))

    def _report_end(self, outcome: TrainingOutcome) -> None:
        self._drain_timer.stop()
        self.drain()
        self.finished.emit(outcome)
