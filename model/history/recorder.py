"""Record a training run as it happens: :class:`RunRecorder`, a training listener.

The recorder is the one way a run gets into the history, from the command line (it wraps the
progress printer, passing every event on) and from the Train panel (fed the events the panel
receives). It writes through a :class:`~model.history.queue.HistoryQueue`, never on the caller's
thread: when the run starts, after each epoch (so a killed run keeps its epochs) and when it
ends. Between epochs a batch costs a few additions: the batch losses are averaged into at most
:data:`~model.history.curves.BATCH_POINTS` points as they come.
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
from model.history.curves import BatchCurve
from model.history.queue import HistoryQueue
from model.history.store import RunStore
from model.training.events import (
    BatchEvent,
    BeginEvent,
    EpochEvent,
    FinishedEvent,
    TrainingListener,
)

if TYPE_CHECKING:
    from model.data.datasets import Dataset

def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def tensorflow_version() -> str | None:
    """The TensorFlow that trains, without importing it: the loaded module's version, else the
    installed package's (the window trains in a child process of the same installation)."""
    loaded = sys.modules.get("tensorflow")
    if loaded is not None:
        return loaded.__version__
    from importlib.metadata import PackageNotFoundError, version  # ~50 ms: only when needed

    for package in ("tensorflow", "tensorflow-cpu"):
        with suppress(PackageNotFoundError):
            return version(package)
    return None


def dataset_info(dataset: Dataset, spec: str | None) -> dict[str, Any]:
    """What the history keeps about the data: its name, how to load it again, its sizes."""
    return {"name": dataset.name, "spec": spec, "train": len(dataset.y_train),
            "test": len(dataset.y_test), "classes": list(dataset.class_names)}


class RunRecorder(TrainingListener):
    """Records one run through ``queue``, passing every event on to ``inner``.

    The run is recorded as started when the recorder is made; :meth:`on_finished` ends it. A
    run whose process dies before that stays in the history as unfinished.
    """

    def __init__(self, queue: HistoryQueue, network: NetworkConfig, training: TrainingConfig,
                 dataset: dict[str, Any], *, source: str,
                 inner: TrainingListener | None = None) -> None:
        self._queue = queue
        self._inner = inner or TrainingListener()
        self._curve = BatchCurve()
        started = utc_now()
        self.run_id: Future[int] = queue.submit(lambda store: store.start_run(
            started, source, network, training, dataset, tensorflow_version()))

    def on_status(self, text: str) -> None:
        self._inner.on_status(text)

    def on_begin(self, event: BeginEvent) -> None:
        self._write(lambda store, run_id: store.set_plan(run_id, event))
        self._inner.on_begin(event)

    def on_batch(self, event: BatchEvent) -> None:
        self._curve.add(event.epoch_fraction, event.loss)
        self._inner.on_batch(event)

    def on_epoch(self, event: EpochEvent) -> None:
        points = self._curve.points()
        self._write(lambda store, run_id: store.add_epoch(run_id, event, points))
        self._inner.on_epoch(event)

    def on_finished(self, event: FinishedEvent) -> None:
        points, ended = self._curve.points(), utc_now()
        self._write(lambda store, run_id: store.finish_run(run_id, event, points, ended))
        self._inner.on_finished(event)

    def on_model_saved(self, path: str | Path) -> None:
        """The run's model was saved at ``path`` (after the run, so not a training event)."""
        self._write(lambda store, run_id: store.set_model_path(run_id, path))

    def _write(self, write: Callable[[RunStore, int], object]) -> None:
        """Queue ``write`` for this run; skipped if the run could not even be started (that
        failure has been reported once)."""
        def task(store: RunStore) -> None:
            if self.run_id.exception() is None:
                write(store, self.run_id.result())

        self._queue.submit(task)
