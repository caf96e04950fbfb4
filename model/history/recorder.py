"""Record a training run as it happens: :class:`RunRecorder`, a training listener.

The recorder is the one way a run gets into the history, from the command line (it wraps the
progress printer, passing every event on) and from the Train panel (fed the events the panel
receives). It writes through a :class:`~model.history.queue.HistoryQueue`, never on the caller's
thread: when the run starts, after each epoch (so a killed run keeps its epochs) and when it
ends. Between epochs a batch costs a few additions: the batch losses are averaged into at most
:data:`~model.history.curves.BATCH_POINTS` points as they come.

Recording never costs the run more than one wait for a locked history: once a write has waited
that out, the run's later writes are skipped without opening the file. Every failure says, in
one line, what of the run is missing from the history.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from concurrent.futures import Future
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from model.config import NetworkConfig, TrainingConfig
from model.errors import DigitLabError
from model.history.curves import BatchCurve
from model.history.queue import HistoryQueue
from model.history.records import TRAINING_KIND
from model.history.schema import HistoryBusyError, HistoryError
from model.history.store import BatchLosses, RunStore
from model.training.events import (
    BatchEvent,
    BeginEvent,
    EpochEvent,
    FinishedEvent,
    TrainingListener,
)
from model.translatable import QT_TRANSLATE_NOOP, marked, message_of

if TYPE_CHECKING:
    from model.data.datasets import Dataset

def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def tensorflow_version() -> str | None:
    """The TensorFlow that trains, without importing it: the loaded module's version, else the
    installed package's (the window trains in a child process of the same installation).

    Called on the history's thread while the training thread may be importing TensorFlow: a
    module still being imported has no ``__version__`` yet (reading it lost the run's record)."""
    loaded = getattr(sys.modules.get("tensorflow"), "__version__", None)
    if isinstance(loaded, str):
        return loaded
    from importlib.metadata import PackageNotFoundError, version  # ~50 ms: only when needed

    for package in ("tensorflow", "tensorflow-cpu"):
        with suppress(PackageNotFoundError):
            return version(package)
    return None


def dataset_info(dataset: Dataset, spec: str | None) -> dict[str, Any]:
    """What the history keeps about the data: its name, how to load it again, its sizes."""
    return {"name": dataset.name, "spec": spec, "train": len(dataset.y_train),
            "test": len(dataset.y_test), "classes": list(dataset.class_names)}


class PartlyRecorded(DigitLabError):
    """A write landed in a smaller form than asked for; the message says what is missing."""


class RunRecorder(TrainingListener):
    """Records one run through ``queue``, passing every event on to ``inner``.

    The run is recorded as started when the recorder is made; :meth:`on_finished` ends it. A
    run whose process dies before that stays in the history as unfinished. An adaptation
    (``kind`` :data:`~model.history.records.ADAPTATION_KIND`) starts with its ``adaptation``
    report so far (base model, drawings) and gets the full one through :meth:`on_adapted`.
    """

    def __init__(self, queue: HistoryQueue, network: NetworkConfig, training: TrainingConfig,
                 dataset: dict[str, Any], *, source: str,
                 inner: TrainingListener | None = None, kind: str = TRAINING_KIND,
                 adaptation: dict[str, Any] | None = None) -> None:
        self._queue = queue
        self._inner = inner or TrainingListener()
        self._curve = BatchCurve()
        self._gave_up = False
        started = utc_now()
        self.run_id: Future[int] = queue.submit(
            lambda store: store.start_run(started, source, network, training, dataset,
                                          tensorflow_version(), kind=kind,
                                          adaptation=adaptation),
            failure=QT_TRANSLATE_NOOP("Model", "this run is not recorded in the history"))

    def on_status(self, text: str) -> None:
        self._inner.on_status(text)

    def on_begin(self, event: BeginEvent) -> None:
        self._write(lambda store, run_id: store.set_plan(run_id, event),
                    QT_TRANSLATE_NOOP("Model", "the history does not know how long this run "
                                               "was planned to be"))
        self._inner.on_begin(event)

    def on_batch(self, event: BatchEvent) -> None:
        self._curve.add(event.epoch_fraction, event.loss)
        self._inner.on_batch(event)

    def on_epoch(self, event: EpochEvent) -> None:
        points = self._curve.points()
        self._write(lambda store, run_id: store.add_epoch(run_id, event, points),
                    QT_TRANSLATE_NOOP("Model", "this run's epochs are only partly recorded in "
                                               "the history"))
        self._inner.on_epoch(event)

    def on_finished(self, event: FinishedEvent) -> None:
        points, ended = self._curve.points(), utc_now()
        self._write(lambda store, run_id: _finish(store, run_id, event, points, ended),
                    QT_TRANSLATE_NOOP("Model", "this run stays unfinished in the history"))
        self._inner.on_finished(event)

    def on_model_saved(self, path: str | Path) -> None:
        """The run's model was saved at ``path`` (after the run, so not a training event)."""
        self._write(lambda store, run_id: store.set_model_path(run_id, path),
                    QT_TRANSLATE_NOOP("Model", "the history does not know where this run's "
                                               "model was saved"))

    def on_adapted(self, report: dict[str, Any]) -> None:
        """An adaptation's report, its drawings scored before and after (after the run)."""
        self._write(lambda store, run_id: store.set_adaptation(run_id, report),
                    QT_TRANSLATE_NOOP("Model", "the history does not keep this adaptation's "
                                               "scores"))

    def wait(self) -> None:
        """Block until every write of the run so far has landed or failed."""
        self._queue.wait()

    def _write(self, write: Callable[[RunStore, int], object], failure: str) -> None:
        """Queue ``write`` for this run, ``failure`` saying what is lost if it fails; skipped
        if the run is not being recorded (its start failed, or a write waited out a locked
        history: that has been reported once)."""
        written = self._queue.submit(lambda store: write(store, self.run_id.result()),
                                     skip_if=self._not_recording, failure=failure)
        written.add_done_callback(self._note_failure)

    def _not_recording(self) -> bool:
        return self._gave_up or self.run_id.exception() is not None

    def _note_failure(self, written: Future) -> None:
        if isinstance(written.exception(), HistoryBusyError):
            self._gave_up = True


def _finish(store: RunStore, run_id: int, event: FinishedEvent, points: BatchLosses,
            ended: str) -> None:
    """End the run; if that write fails (a nearly full disk), end it in the smallest write,
    without the last loss curve, and say so."""
    try:
        store.finish_run(run_id, event, points, ended)
    except HistoryBusyError:
        raise  # the queue waits and tries again
    except HistoryError as error:
        store.finish_run(run_id, event, None, ended)
        raise PartlyRecorded(marked(
            QT_TRANSLATE_NOOP("Model", "the end of this run is recorded, but not its last loss "
                                       "curve points: {reason}"),
            reason=message_of(error))) from error
