"""The child process that trains for the window: the one :class:`Trainer`, reporting over a pipe.

:class:`~model.training.process.TrainingProcess` starts :func:`run_child` in a fresh interpreter
(multiprocessing's ``spawn``) and sends it a :class:`TrainingJob`. The child reports, in order,
the trainer's events (batches in groups), the weight snapshots the parent asked for, and one
:class:`RunReport` once the trained model is saved to the job's file; then it exits, and every
byte TensorFlow held goes back to the system. A thread applies the parent's :class:`Command`
messages to the run's :class:`~model.training.control.RunControl`; when the parent goes away,
the child ends at once.

Only the training thread writes to the report pipe and only the command thread reads the
command pipe, so neither connection is ever shared between threads.
"""

from __future__ import annotations

import math
import os
import pickle
import threading
import time
from dataclasses import dataclass
from enum import StrEnum
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from model.config import NetworkConfig, TrainingConfig
from model.data.datasets import Dataset
from model.inference.evaluation import Evaluation
from model.training.adaptation_report import AdaptationReport
from model.training.control import RunControl
from model.training.events import (
    BatchEvent,
    EndReason,
    FinishedEvent,
    TrainingListener,
    training_failed,
)
from model.training.snapshot import WeightSnapshot
from model.training.trainer import Trainer
from model.translatable import QT_TRANSLATE_NOOP

BATCH_REPORT_INTERVAL_S = 0.033
"""Batches travel together, at most this often: the window shows ~30 frames a second, and one
message per batch (thousands a second) would only keep its reading thread busy."""


class Command(StrEnum):
    """What the parent may ask of a run; each is the :class:`RunControl` method of that name."""

    STOP = "stop"
    PAUSE = "pause"
    RESUME = "resume"
    SNAPSHOT = "snapshot"


@dataclass(frozen=True)
class TrainingJob:
    """Everything the child needs: what to train, on what, and where to save the result."""

    network: NetworkConfig
    training: TrainingConfig
    dataset: Dataset
    model_file: Path

    def run(self, reporter: TrainingListener, control: RunControl) -> RunReport:
        """Train, save to :attr:`model_file`, report (in the child; a job for the child is
        anything with this method, e.g. :class:`~model.adaptation_job.AdaptationJob`)."""
        from model.files.keras_io import save_model
        from model.files.metadata import model_metadata

        trainer = Trainer(self.network, self.training, self.dataset, reporter, control=control)
        result = trainer.run()
        if result.model is None:
            return RunReport(result.summary)
        reporter.on_status(QT_TRANSLATE_NOOP("Model", "Keeping the trained network…"))
        metadata = model_metadata(trainer.network, trainer.training, self.dataset, result)
        save_model(result.model, self.model_file, metadata)
        weights = WeightSnapshot.of(result.model, self.dataset.class_names, metadata)
        return RunReport(result.summary, result.test, weights, self.model_file)


@dataclass(frozen=True)
class RunReport:
    """A run as a child process hands it back (plain data, no Keras): how it ended and, if
    weights were kept, the test scores, the final weights (with the metadata a saved file
    keeps), the file the model was saved to and, for an adaptation, what it changed."""

    summary: FinishedEvent
    test: Evaluation | None = None
    weights: WeightSnapshot | None = None
    model_file: Path | None = None
    adaptation: AdaptationReport | None = None

    def remove_model_file(self) -> None:
        """Delete the saved model once nobody can save it any more (a newer run, closing)."""
        if self.model_file is not None:
            self.model_file.unlink(missing_ok=True)


def send_job(connection: Connection, job: TrainingJob) -> None:
    """Send ``job`` with the dataset's arrays as raw buffers: pickling them in-band would copy
    every image (55 MB for MNIST) in the sending process first."""
    buffers: list[pickle.PickleBuffer] = []
    header = pickle.dumps(job, protocol=5, buffer_callback=buffers.append)
    raws = [buffer.raw() for buffer in buffers]
    connection.send((header, [raw.nbytes for raw in raws]))
    for raw in raws:
        connection.send_bytes(raw)


def receive_job(connection: Connection) -> TrainingJob:
    """The job :func:`send_job` sent, its arrays in writable buffers of their own."""
    header, sizes = connection.recv()
    buffers = []
    for size in sizes:
        buffer = bytearray(size)
        connection.recv_bytes_into(buffer)
        buffers.append(buffer)
    return pickle.loads(header, buffers=buffers)


class PipeReporter(TrainingListener):
    """Sends the trainer's events to the parent in order; batches wait for the next group.

    The run's ``finished`` is not sent: its summary arrives in the :class:`RunReport`.
    """

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._batches: list[BatchEvent] = []
        self._last_sent = -math.inf

    def on_status(self, text: str) -> None:
        self.send(text)

    def on_begin(self, event: Any) -> None:
        self.send(event)

    def on_batch(self, event: BatchEvent) -> None:
        self._batches.append(event)
        if time.perf_counter() - self._last_sent >= BATCH_REPORT_INTERVAL_S:
            self.flush()

    def on_epoch(self, event: Any) -> None:
        self.send(event)

    def on_finished(self, event: FinishedEvent) -> None:
        self.flush()

    def send(self, message: object) -> None:
        """Send ``message`` after the batches still waiting, which happened before it."""
        self.flush()
        self._connection.send(message)

    def flush(self) -> None:
        """Send the batches still waiting, as one list."""
        if self._batches:
            self._connection.send(self._batches)
            self._batches = []
            self._last_sent = time.perf_counter()


class ChildControl(RunControl):
    """The run's control in the child: snapshots the parent asked for are sent to it, and
    waiting batches are sent before a pause, so a paused window shows the last batch."""

    def __init__(self, reporter: PipeReporter) -> None:
        super().__init__()
        self._reporter = reporter

    def publish_snapshot(self, snapshot: Any) -> None:
        asked = self.snapshot_wanted
        super().publish_snapshot(snapshot)
        if asked:
            self._reporter.send(snapshot)

    def wait_while_paused(self) -> float:
        if self.paused:
            self._reporter.flush()
        return super().wait_while_paused()


def run_child(reports: Connection, commands: Connection) -> None:
    """The child process's whole life: receive the job, train, save, report, exit.

    It exits without the interpreter's clean-up: everything worth keeping is saved and sent,
    and tearing TensorFlow down would only keep the parent waiting.
    """
    job = receive_job(reports)
    reporter = PipeReporter(reports)
    control = ChildControl(reporter)
    threading.Thread(target=_obey, args=(commands, control), name="commands",
                     daemon=True).start()
    try:
        report = job.run(reporter, control)
    except Exception as error:  # reported like the trainer's own failures, never a traceback
        report = RunReport(FinishedEvent(EndReason.ERROR, training_failed(error)))
    reporter.send(report)
    reports.close()
    os._exit(0)


def _obey(commands: Connection, control: RunControl) -> None:
    """Apply the parent's commands. The parent keeps its end open until this process has ended,
    so the pipe closing means the parent died: nobody is left to want the run."""
    while True:
        try:
            command = commands.recv()
        except (EOFError, OSError):
            os._exit(1)
        getattr(control, Command(command).value)()
