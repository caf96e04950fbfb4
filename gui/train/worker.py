"""Run a :class:`~model.training.trainer.Trainer` off the GUI thread and hand its events to it.

Keras calls the trainer's listener on the worker thread, up to thousands of times a second (one
call per batch). Queuing one Qt signal per batch would flood the GUI's event loop, so the
listener only appends to a lock-protected :class:`EventInbox`, and a ~30 Hz timer on the GUI
thread drains it: every signal of :class:`TrainingWorker` is emitted on the GUI thread, in the
order the events happened, with all batches that arrived in between delivered as one
:class:`BatchGroup`. Each signal keeps its event's name (``status``, ``begin``, ``batch``,
``epoch``, ``finished``).
"""

from __future__ import annotations

import gc
import sys
import threading
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from gui.common.background import BackgroundCall
from model.config import NetworkConfig, TrainingConfig
from model.data.datasets import Dataset
from model.files.metadata import model_metadata
from model.inference.predictor import Predictor
from model.training.control import RunControl
from model.training.events import (
    BatchEvent,
    BeginEvent,
    EndReason,
    EpochEvent,
    FinishedEvent,
    TrainingListener,
)
from model.training.trainer import Trainer, TrainingResult

DRAIN_INTERVAL_MS = 33
"""How often the GUI collects batch events: about as often as a screen can show them."""
GIL_SWITCH_INTERVAL_S = 0.001
"""While Keras runs Python on the worker thread, the GUI thread waits for the GIL up to
CPython's switch interval (5 ms by default) each time it needs it, which adds up to tens of
milliseconds in one redraw (measured: timer p99 20 ms → 2 ms against a busy Python thread). A
switch is only forced while another thread waits, so a shorter interval costs the training
thread nothing while the GUI idles. It is process-wide and stays set once training has run."""


@dataclass
class BatchGroup:
    """Consecutive batch events, oldest first (never empty once delivered), delivered as one."""

    events: list[BatchEvent] = field(default_factory=list)

    @property
    def latest(self) -> BatchEvent:
        return self.events[-1]


class EventInbox(TrainingListener):
    """The worker side: records trainer events under a lock until the GUI takes them.

    Each batch costs one lock and one list append, so the trainer runs as fast as without a GUI.
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
    """How a run ended: its summary and, if training began, its result (with the Keras model), a
    numpy Predictor of the final weights and the metadata a saved file records."""

    summary: FinishedEvent
    dataset: Dataset
    result: TrainingResult | None = None
    predictor: Any = None
    metadata: dict[str, Any] = field(default_factory=dict)


class TrainingWorker(QObject):
    """One training run on its own thread; all signals arrive on the GUI thread.

    ``status(str)``, ``begin(BeginEvent)``, ``batch(BatchGroup)``, ``epoch(EpochEvent)``, then
    ``finished(TrainingOutcome)`` once the thread has ended. ``control`` (stop, pause, resume,
    snapshot) may be used at any time.
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
        self.control = RunControl()
        self._trainer = Trainer(network, training, dataset, self._inbox, control=self.control)
        self._call = BackgroundCall(self._train, self, name="training")
        self._call.succeeded.connect(self._report_end)
        self._call.failed.connect(self._report_failure)
        self._drain_timer = QTimer(self)
        self._drain_timer.setInterval(DRAIN_INTERVAL_MS)
        self._drain_timer.timeout.connect(self.drain)

    def start(self) -> None:
        """Start the run; first a full garbage collection, here on the GUI thread.

        Keras models are full of reference cycles, so a previous run's model only goes away in a
        full collection. Left to chance it starts on the worker thread while Keras traces the next
        model (measured: a stall of over a minute), and there it may also finalise Qt objects that
        belong to the GUI thread, which can deadlock with it. On the GUI thread, before the worker
        exists, it is safe and takes a fraction of a second.
        """
        gc.collect()
        sys.setswitchinterval(min(sys.getswitchinterval(), GIL_SWITCH_INTERVAL_S))
        self._drain_timer.start()
        self._call.start()

    def is_running(self) -> bool:
        """True from :meth:`start` until ``finished`` has been emitted."""
        return self._call.is_running()

    def stop_and_wait(self) -> None:
        """Stop, block until the thread has ended, and emit ``finished`` now (for closing)."""
        self.control.stop()
        self._call.wait()

    def drain(self) -> None:
        """Emit, in order, every event the trainer reported since the last drain."""
        signals = {str: self.status, BeginEvent: self.begin, BatchGroup: self.batch,
                   EpochEvent: self.epoch}
        for event in self._inbox.take():
            signals[type(event)].emit(event)

    def _train(self) -> TrainingOutcome:
        """The worker thread's whole job: train, then copy the final weights for the GUI."""
        result = self._trainer.run()
        if result.model is None:
            return TrainingOutcome(result.summary, self._dataset, result)
        metadata = model_metadata(self._trainer.network, self._trainer.training,
                                  self._dataset, result)
        predictor = Predictor.from_keras(result.model, self._dataset.class_names, metadata)
        return TrainingOutcome(result.summary, self._dataset, result, predictor, metadata)

    def _report_failure(self, error: Exception) -> None:
        self._report_end(TrainingOutcome(
            FinishedEvent(EndReason.ERROR, f"Training failed: {error}"), self._dataset))

    def _report_end(self, outcome: TrainingOutcome) -> None:
        self._drain_timer.stop()
        self.drain()
        self.finished.emit(outcome)
