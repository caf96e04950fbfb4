"""Run a :class:`~model.training.trainer.Trainer` on a QThread and hand its events to the GUI thread.

Keras calls the trainer's listener on the worker thread, up to thousands of times a second (one
call per batch). Queuing one Qt signal per batch would flood the GUI's event loop, so the
listener only appends to a lock-protected :class:`EventInbox`, and a ~30 Hz timer on the GUI
thread drains it: every signal of :class:`TrainingWorker` is emitted on the GUI thread, in the
order the events happened, with all batches that arrived in between delivered as one array.
"""

from __future__ import annotations

import gc
import sys
import threading
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Qt, QTimer, Signal

from gui.common.background import FunctionThread
from model.config import NetworkConfig, TrainingConfig
from model.data.datasets import Dataset
from model.files.metadata import model_metadata
from model.inference.predictor import Predictor
from model.training.trainer import FAILED, Trainer, TrainingListener, TrainingResult

DRAIN_INTERVAL_MS = 33
"""How often the GUI collects batch events: about as often as a screen can show them."""
GIL_SWITCH_INTERVAL_S = 0.001
"""While Keras runs Python on the worker thread, the GUI thread waits for the GIL up to
CPython's switch interval (5 ms by default) each time it needs it, which adds up to tens of
milliseconds in one redraw (measured: timer p99 20 ms → 2 ms against a busy Python thread). A
switch is only forced while another thread waits, so a shorter interval costs the training
thread nothing while the GUI idles. It is process-wide and stays set once training has run."""
BATCH_COLUMNS = ("step", "epoch_fraction", "loss", "accuracy")
"""The columns of the arrays :attr:`TrainingWorker.batches` delivers."""


class _BatchGroup:
    """Consecutive batch events: their plotted values and the newest event's full figures."""

    def __init__(self) -> None:
        self.points: list[tuple[float, float, float, float]] = []
        self.latest: dict[str, Any] = {}


class EventInbox(TrainingListener):
    """The worker side: records trainer events under a lock until the GUI takes them.

    Each batch costs one lock and one tuple append, so the trainer runs as fast as without a GUI.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._events: list[tuple[str, Any]] = []

    def on_status(self, message: str) -> None:
        self._post("status", message)

    def on_begin(self, info: dict[str, Any]) -> None:
        self._post("begin", dict(info))

    def on_batch(self, info: dict[str, Any]) -> None:
        point = tuple(float(info[column]) for column in BATCH_COLUMNS)
        with self._lock:
            if not self._events or self._events[-1][0] != "batches":
                self._events.append(("batches", _BatchGroup()))
            group = self._events[-1][1]
            group.points.append(point)
            group.latest = info

    def on_epoch(self, info: dict[str, Any]) -> None:
        self._post("epoch", dict(info))

    def take(self) -> list[tuple[str, Any]]:
        """Everything recorded since the last call, oldest first."""
        with self._lock:
            events, self._events = self._events, []
        return events

    def _post(self, kind: str, payload: Any) -> None:
        with self._lock:
            self._events.append((kind, payload))


@dataclass(frozen=True)
class TrainingOutcome:
    """How a run ended: the trainer's figures and, if training began, its result (with the Keras
    model), a numpy Predictor of the final weights and the metadata a saved file records."""

    summary: dict[str, Any]
    dataset: Dataset
    result: TrainingResult | None = None
    predictor: Any = None
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def reason(self) -> str:
        return self.summary["reason"]

    @property
    def message(self) -> str:
        return self.summary["message"]


def failed_summary(message: str) -> dict[str, Any]:
    """The summary of a run that could not even start training."""
    return {"reason": FAILED, "message": message, "epochs_run": 0, "train_seconds": 0.0,
            "test_accuracy": None, "test_loss": None, "val_accuracy": None}


class TrainingWorker(QObject):
    """One training run on its own QThread; all signals arrive on the GUI thread.

    ``batches`` carries an ``(N, 4)`` float array (columns :data:`BATCH_COLUMNS`) and the newest
    batch event (speed, elapsed, ETA); ``finished`` carries a :class:`TrainingOutcome` once the
    thread has ended. ``stop``/``pause``/``resume``/``snapshot`` may be called at any time.
    """

    status = Signal(str)
    began = Signal(dict)
    batches = Signal(object, dict)
    epoch_finished = Signal(dict)
    finished = Signal(object)

    def __init__(self, network: NetworkConfig, training: TrainingConfig, dataset: Dataset,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dataset = dataset
        self._inbox = EventInbox()
        self._trainer = Trainer(network, training, dataset, self._inbox)
        self._thread = FunctionThread(self._train, self)
        self._thread.finished.connect(self._report_end, Qt.ConnectionType.QueuedConnection)
        self._drain_timer = QTimer(self)
        self._drain_timer.setInterval(DRAIN_INTERVAL_MS)
        self._drain_timer.timeout.connect(self.drain)
        self._outcome: TrainingOutcome | None = None

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
        self._thread.start()

    def stop(self) -> None:
        """Ask the trainer to end at the next batch; ``finished`` follows."""
        self._trainer.stop()

    def pause(self) -> None:
        self._trainer.pause()

    def resume(self) -> None:
        self._trainer.resume()

    def is_paused(self) -> bool:
        return self._trainer.paused

    def is_running(self) -> bool:
        """True from :meth:`start` until ``finished`` has been emitted."""
        return self._thread.isRunning() or (self._thread.isFinished() and self._outcome is None)

    def snapshot(self) -> Any:
        """The latest weights as a numpy Predictor (None before the first batch)."""
        return self._trainer.snapshot()

    def outcome(self) -> TrainingOutcome | None:
        return self._outcome

    def stop_and_wait(self) -> None:
        """Stop, block until the thread has ended, and emit ``finished`` now (for closing)."""
        self.stop()
        self._thread.wait()
        self._report_end()

    def drain(self) -> None:
        """Emit, in order, every event the trainer reported since the last drain."""
        for kind, payload in self._inbox.take():
            if kind == "batches":
                self.batches.emit(np.asarray(payload.points, dtype=np.float64), payload.latest)
            else:
                {"status": self.status, "begin": self.began,
                 "epoch": self.epoch_finished}[kind].emit(payload)

    def _train(self) -> TrainingOutcome:
        """The worker thread's whole job: train, then copy the final weights for the GUI."""
        result = self._trainer.run()
        if result.model is None:
            return TrainingOutcome(result.summary(), self._dataset, result)
        metadata = model_metadata(self._trainer.network, self._trainer.training,
                                  self._dataset, result)
        predictor = Predictor.from_keras(result.model, self._dataset.class_names, metadata)
        return TrainingOutcome(result.summary(), self._dataset, result, predictor, metadata)

    def _report_end(self) -> None:
        if self._outcome is not None:
            return
        self._thread.wait()
        self._drain_timer.stop()
        self.drain()
        self._outcome = self._thread.value
        if self._thread.error is not None:
            self._outcome = TrainingOutcome(
                failed_summary(f"Training failed: {self._thread.error}"), self._dataset)
        self.finished.emit(self._outcome)
