"""Train in a child process, so the process that asked (the window) never holds TensorFlow.

Importing TensorFlow takes seconds and holds Python's interpreter lock in long stretches, every
run leaves memory behind in the process that trained (~9 MB a run, which
``keras.backend.clear_session`` does not give back), and a stop can only take effect between two
batches. :class:`TrainingProcess` therefore runs the one :class:`~model.training.trainer.Trainer`
in a fresh interpreter (:mod:`model.training.child`): this process only reads small messages, its
memory stays flat run after run, and a run that has not begun training yet is stopped by ending
its process. The command line trains in-process: it has no window to protect.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from contextlib import suppress
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

from model.atomic_files import process_runs
from model.config import NetworkConfig, TrainingConfig
from model.data.datasets import Dataset
from model.files.formats import file_format
from model.inference.predictor import Predictor
from model.training.child import Command, RunReport, TrainingJob, run_child, send_job
from model.training.events import (
    STOPPED_BEFORE_TRAINING,
    BeginEvent,
    EndReason,
    EpochEvent,
    FinishedEvent,
    TrainingListener,
)
from model.training.snapshot import WeightSnapshot
from model.translatable import QT_TRANSLATE_NOOP, marked
from model.user_data import UNSAVED_MODELS_FOLDER, user_data_dir

STOP_DEADLINE_S = 30.0
"""A run asked to stop ends at its next batch; one still going this long after is ended."""
POLL_INTERVAL_S = 0.25
"""How often the relaying thread looks at an overdue stop while the child is quiet."""
EXIT_GRACE_S = 5.0
"""How long a child that has sent its report may take to exit before it is ended (exiting
takes a process that holds TensorFlow a moment: 0.3–0.5 s measured on a busy machine)."""


def unsaved_models_dir() -> Path:
    """Where trained models wait until the user saves them (copies) or trains the next one."""
    return user_data_dir() / UNSAVED_MODELS_FOLDER


class RemoteControl:
    """The :class:`~model.training.control.RunControl` requests for a run in a child process,
    sent to it as :class:`~model.training.child.Command` messages; any thread may ask.

    A stop before the first batch has been reported ends the child at once: it has nothing to
    keep yet, and while it imports TensorFlow or traces the model it could not look at a message
    for seconds. A stop the child has not obeyed within :data:`STOP_DEADLINE_S` ends it too.
    """

    def __init__(self, commands: Connection, process: BaseProcess) -> None:
        self._commands = commands
        self._process = process
        self._send_lock = threading.Lock()
        self._stop_time: float | None = None
        self._paused = False
        self._training = False
        self._snapshot: Predictor | None = None
        self._snapshot_asked = False
        self.ended_early: FinishedEvent | None = None
        """Why this side ended the child, if it did."""

    def stop(self) -> None:
        """End the run at its next batch, keeping the weights; before training, end it now."""
        if self._stop_time is None:
            self._stop_time = time.perf_counter()
        self._paused = False
        self._send(Command.STOP)
        self.enforce_stop()

    def pause(self) -> None:
        self._paused = True
        self._send(Command.PAUSE)

    def resume(self) -> None:
        self._paused = False
        self._send(Command.RESUME)

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def stop_requested(self) -> bool:
        return self._stop_time is not None

    def snapshot(self) -> Predictor | None:
        """The newest weights received, as a numpy Predictor (None before the first), and a
        request for fresher ones."""
        if not self._snapshot_asked:
            self._snapshot_asked = True
            self._send(Command.SNAPSHOT)
        return self._snapshot

    # Called by the thread that relays the child's messages --------------------------------------

    def training_began(self) -> None:
        self._training = True

    def receive_snapshot(self, snapshot: WeightSnapshot) -> None:
        self._snapshot = snapshot.predictor()
        self._snapshot_asked = False

    def enforce_stop(self) -> None:
        """End the child if a stop was asked and it has nothing to keep, or it is overdue."""
        if self._stop_time is None or self._process.pid is None or self.ended_early:
            return
        if not self._training:
            self.ended_early = FinishedEvent(EndReason.STOPPED, STOPPED_BEFORE_TRAINING)
        elif time.perf_counter() - self._stop_time > STOP_DEADLINE_S:
            self.ended_early = FinishedEvent(EndReason.ERROR, marked(
                QT_TRANSLATE_NOOP("Model", "Training did not stop within {seconds} s, so its "
                                           "process was ended; nothing was kept."),
                seconds=round(STOP_DEADLINE_S)))
        else:
            return
        self._process.terminate()

    def _send(self, command: Command) -> None:
        """Send ``command``; a child that has ended (or not started) cannot take it, and the
        relaying thread reports how it ended."""
        with self._send_lock, suppress(OSError):
            self._commands.send(command.value)


class ChildProcess:
    """One job in a child process: a :class:`~model.training.child.TrainingJob`, or any
    picklable object whose ``run(reporter, control)`` returns a
    :class:`~model.training.child.RunReport` there (adapting a model is another).

    :meth:`run` blocks (call it on a worker thread): it starts the child, passes its events to a
    listener on the calling thread and returns a :class:`~model.training.child.RunReport`
    however the child ended; a child that dies is reported as an error with its exit status.
    Meanwhile :attr:`control` steers the run from any thread. A child that has reported is
    left to exit on its own and reaped by a thread; :meth:`wait_for_exit` waits for that.
    """

    def __init__(self, job: TrainingJob) -> None:
        context = multiprocessing.get_context("spawn")
        self._reports, child_reports = context.Pipe()
        child_commands, self._commands = context.Pipe(duplex=False)
        self._child_ends = (child_reports, child_commands)
        self._process = context.Process(target=run_child, args=self._child_ends,
                                        name="digitlab-training", daemon=True)
        self._job = job
        self._reaper = threading.Thread(target=self._reap, name="reaping a child process",
                                        daemon=True)
        self.control = RemoteControl(self._commands, self._process)

    def run(self, listener: TrainingListener) -> RunReport:
        """Run the job to its end; ``listener`` gets every event and, last, ``on_finished``,
        as soon as the child has reported (not once it has exited)."""
        _remove_orphaned_model_files()
        try:
            report = self._start_and_relay(listener)
        except BaseException:
            self._reap()
            raise
        if report is None:
            self._reap()  # its exit status says how it ended
            report = RunReport(self.control.ended_early or self._died())
        else:
            self._reaper.start()
        listener.on_finished(report.summary)
        return report

    def wait_for_exit(self) -> None:
        """Block until the child that has reported has exited and been reaped (closing)."""
        if self._reaper.ident is not None:
            self._reaper.join()

    def _start_and_relay(self, listener: TrainingListener) -> RunReport | None:
        """The child's report, or None if it ended before sending one."""
        try:
            self._process.start()
            for end in self._child_ends:
                end.close()  # only the child's copies stay open: their closing means it ended
            self.control.enforce_stop()
            send_job(self._reports, self._job)
            return self._relay(listener)
        except (EOFError, OSError):
            return None

    def _relay(self, listener: TrainingListener) -> RunReport:
        """Pass the child's messages on until its report arrives."""
        while True:
            if not self._reports.poll(POLL_INTERVAL_S):
                self.control.enforce_stop()
                continue
            message = self._reports.recv()
            if isinstance(message, RunReport):
                return message
            self._dispatch(message, listener)

    def _dispatch(self, message: object, listener: TrainingListener) -> None:
        if isinstance(message, list):
            self.control.training_began()
            for event in message:
                listener.on_batch(event)
        elif isinstance(message, str):
            listener.on_status(message)
        elif isinstance(message, BeginEvent):
            listener.on_begin(message)
        elif isinstance(message, EpochEvent):
            listener.on_epoch(message)
        elif isinstance(message, WeightSnapshot):
            self.control.receive_snapshot(message)
        else:
            raise TypeError(f"expected a training event from the child, got {message!r}")

    def _reap(self) -> None:
        """Wait for the child (no zombie), ending it if it lingers, and close the pipes."""
        if self._process.pid is not None:
            self._process.join(EXIT_GRACE_S)
            if self._process.exitcode is None:
                self._process.kill()
                self._process.join()
        self._reports.close()
        self._commands.close()

    def _died(self) -> FinishedEvent:
        code = self._process.exitcode
        how = marked(QT_TRANSLATE_NOOP("Model", "exit status {code}"), code=str(code))
        if code is not None and code < 0:
            name = signal.Signals(-code).name
            how = marked(QT_TRANSLATE_NOOP("Model", "killed by {signal}, as when the system runs "
                                                    "out of memory")
                         if -code == signal.SIGKILL
                         else QT_TRANSLATE_NOOP("Model", "killed by {signal}"), signal=name)
        return FinishedEvent(EndReason.ERROR, marked(
            QT_TRANSLATE_NOOP("Model", "The training process ended unexpectedly ({how}); nothing "
                                       "was kept."), how=how))


class TrainingProcess(ChildProcess):
    """One training run in a child process, saving to a fresh file in
    :func:`unsaved_models_dir`."""

    def __init__(self, network: NetworkConfig, training: TrainingConfig,
                 dataset: Dataset) -> None:
        super().__init__(TrainingJob(network, training, dataset, _new_model_file()))


def export_model_file(source: Path, target: str | os.PathLike[str]) -> Path:
    """Save the model file ``source`` as ``target`` without TensorFlow in this process: a copy
    when both have the same format, else a conversion through Keras in a child process."""
    from model.files import keras_io

    target = Path(target)
    if file_format(target) == file_format(source):
        return keras_io.copy_model_file(source, target)
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as child:
        return child.submit(keras_io.convert_model_file, source, target).result()


def _new_model_file() -> Path:
    """A fresh name in :func:`unsaved_models_dir` (made if missing), starting with this
    process's id."""
    folder = unsaved_models_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{os.getpid()}-{uuid.uuid4().hex[:12]}.keras"


def _remove_orphaned_model_files() -> None:
    """Delete the unsaved models of app processes that no longer run (a crash skipped their
    clean-up); those of another DigitLab window still open stay."""
    for path in unsaved_models_dir().glob("*.keras"):
        owner = path.name.partition("-")[0]
        if owner.isdigit() and not process_runs(int(owner)):
            path.unlink(missing_ok=True)
