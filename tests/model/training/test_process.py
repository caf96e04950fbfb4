"""Training in a child process: events in order, stop (before and during training), pause,
snapshots, NaN, a child that dies or loses its parent, the kept model file."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from model.config import LayerConfig, NetworkConfig, TrainingConfig
from model.data.datasets import Dataset
from model.files.reading import read_metadata
from model.inference.predictor import Predictor
from model.training import process
from model.training.child import (
    ChildControl,
    PipeReporter,
    TrainingJob,
    receive_job,
    send_job,
)
from model.training.events import (
    STOPPED_BEFORE_TRAINING,
    BatchEvent,
    BeginEvent,
    EndReason,
    EpochEvent,
    TrainingListener,
)
from model.training.process import TrainingProcess, export_model_file, unsaved_models_dir
from tests.conftest import REPO
from tests.small_runs import LONG, QUICK, SMALL_NET, tiny_mnist_dataset

TIMEOUT_S = 120


@pytest.fixture(scope="module")
def tiny_mnist() -> Dataset:
    return tiny_mnist_dataset()


class Recorder(TrainingListener):
    """Every event in arrival order as (kind, event, time); ``on_batch_hook`` acts on batches."""

    def __init__(self, on_batch_hook=None) -> None:
        self.events: list[tuple[str, object, float]] = []
        self.hook = on_batch_hook

    def on_status(self, text):
        self._note("status", text)

    def on_begin(self, event):
        self._note("begin", event)

    def on_batch(self, event):
        self._note("batch", event)
        if self.hook:
            self.hook(event)

    def on_epoch(self, event):
        self._note("epoch", event)

    def on_finished(self, event):
        self._note("finished", event)

    def of(self, kind: str) -> list:
        return [event for seen, event, _ in self.events if seen == kind]

    def _note(self, kind, event):
        self.events.append((kind, event, time.perf_counter()))


def run_in_thread(training_process: TrainingProcess, listener: TrainingListener) -> dict:
    """Start ``training_process.run`` on a thread; the dict gets its report as "report"."""
    outcome = {}
    thread = threading.Thread(target=lambda: outcome.update(
        report=training_process.run(listener)))
    thread.start()
    outcome["thread"] = thread
    return outcome


def wait_until(condition, timeout_s: float = TIMEOUT_S) -> None:
    deadline = time.perf_counter() + timeout_s
    while not condition():
        assert time.perf_counter() < deadline, "timed out"
        time.sleep(0.01)


def batch(step: int) -> BatchEvent:
    return BatchEvent(step=step, epoch=0, batch=step - 1, loss=1.0, accuracy=0.5,
                      epoch_fraction=step / 4, samples_per_s=0.0, elapsed_s=0.0, eta_s=0.0)


class Sent:
    """A stand-in for the child's end of the report pipe."""

    def __init__(self) -> None:
        self.messages: list[object] = []

    def send(self, message: object) -> None:
        self.messages.append(message)


# The pieces, without a child --------------------------------------------------------------------


def test_a_job_crosses_the_pipe_with_its_images_in_writable_buffers(tiny_mnist, tmp_path):
    job = TrainingJob(SMALL_NET, QUICK, tiny_mnist, tmp_path / "model.keras")
    sending, receiving = multiprocessing.Pipe()
    sender = threading.Thread(target=send_job, args=(sending, job))
    sender.start()
    received = receive_job(receiving)
    sender.join()
    assert (received.network, received.training, received.model_file) == (
        SMALL_NET, QUICK, tmp_path / "model.keras")
    np.testing.assert_array_equal(received.dataset.x_train, tiny_mnist.x_train)
    np.testing.assert_array_equal(received.dataset.y_test, tiny_mnist.y_test)
    assert received.dataset.x_train.flags.writeable


def test_batches_travel_in_groups_after_what_came_before_them():
    sent = Sent()
    reporter = PipeReporter(sent)
    begin = BeginEvent(epochs=1, steps_per_epoch=3, batch_size=10)
    epoch = EpochEvent(epoch=1, loss=1.0, accuracy=0.5, seconds=1.0, learning_rate=0.1)
    reporter.on_status("Loading TensorFlow…")
    reporter.on_begin(begin)
    for step in (1, 2, 3):
        reporter.on_batch(batch(step))
    reporter.on_epoch(epoch)
    assert sent.messages == ["Loading TensorFlow…", begin, [batch(1)], [batch(2), batch(3)],
                             epoch]


def test_the_child_sends_only_snapshots_asked_for_and_the_last_batches_before_a_pause():
    sent = Sent()
    reporter = PipeReporter(sent)
    control = ChildControl(reporter)
    control.publish_snapshot("unasked")
    control.snapshot()
    control.publish_snapshot("asked")
    reporter.on_batch(batch(1))
    reporter.on_batch(batch(2))  # held for the next group
    control.pause()
    threading.Timer(0.1, control.resume).start()
    control.wait_while_paused()
    assert sent.messages == ["asked", [batch(1)], [batch(2)]]


def test_unsaved_models_of_ended_processes_are_removed_and_others_kept(tmp_path):
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, timeout=60)
    folder = unsaved_models_dir()
    folder.mkdir(parents=True)
    orphan = folder / f"{ended.stdout.strip()}-abc.keras"
    ours = folder / f"{os.getpid()}-abc.keras"
    for path in (orphan, ours):
        path.write_bytes(b"model")
    process._remove_orphaned_model_files()
    assert not orphan.exists() and ours.exists()


# A child that never trains ---------------------------------------------------------------------


def test_stop_before_training_ends_the_child_at_once(tiny_mnist):
    training_process = TrainingProcess(SMALL_NET, QUICK, tiny_mnist)
    stopped = []

    class StopOnFirstStatus(Recorder):
        def on_status(self, text):
            super().on_status(text)
            stopped.append(time.perf_counter())
            training_process.control.stop()  # the child is importing TensorFlow now

    recorder = StopOnFirstStatus()
    report = training_process.run(recorder)
    assert time.perf_counter() - stopped[0] < 1.0
    assert report.summary.reason is EndReason.STOPPED
    assert report.summary.message == STOPPED_BEFORE_TRAINING
    assert report.weights is None and report.model_file is None
    assert recorder.of("finished") == [report.summary] and recorder.of("batch") == []
    assert multiprocessing.active_children() == []


def test_a_child_killed_by_sigkill_is_reported_as_an_error(tiny_mnist):
    training_process = TrainingProcess(SMALL_NET, QUICK, tiny_mnist)
    recorder = Recorder()
    outcome = run_in_thread(training_process, recorder)
    wait_until(lambda: recorder.of("status"))
    (child,) = multiprocessing.active_children()
    os.kill(child.pid, signal.SIGKILL)
    outcome["thread"].join(TIMEOUT_S)
    summary = outcome["report"].summary
    assert summary.reason is EndReason.ERROR and "killed by SIGKILL" in summary.message
    assert recorder.of("finished") == [summary] and multiprocessing.active_children() == []


def test_a_child_ends_itself_when_its_parent_dies(tmp_path):
    with subprocess.Popen(
            [sys.executable, "-c", PARENT_THAT_WILL_DIE], cwd=REPO, stdout=subprocess.PIPE,
            text=True, env={**os.environ, "DIGITLAB_DATA_DIR": str(tmp_path)}) as parent:
        child_pid = int(parent.stdout.readline())
        parent.kill()
    wait_until(lambda: not _exists(child_pid), timeout_s=30)


PARENT_THAT_WILL_DIE = """
import multiprocessing, time
from model.config import NetworkConfig, TrainingConfig
from model.data.datasets import load_dataset
from model.training.events import TrainingListener
from model.training.process import TrainingProcess
class Announce(TrainingListener):
    def on_status(self, text):  # the child is at work (importing TensorFlow first)
        print(multiprocessing.active_children()[0].pid, flush=True)
        time.sleep(600)
dataset = load_dataset("mnist").subset(200, 20, seed=0)
TrainingProcess(NetworkConfig(), TrainingConfig(epochs=100), dataset).run(Announce())
"""


def _exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A child that has ended but is not yet reaped by init still answers: read its state.
    state = Path(f"/proc/{pid}/stat")
    return state.exists() and state.read_text().split(") ")[-1][:1] != "Z"


# A child that trains -----------------------------------------------------------------------------


@pytest.mark.slow
def test_events_arrive_in_order_and_the_trained_model_is_kept(tiny_mnist):
    recorder = Recorder()
    training_process = TrainingProcess(SMALL_NET, QUICK, tiny_mnist)
    report = training_process.run(recorder)
    kinds = [kind for kind, _, _ in recorder.events]
    assert kinds[0] == "status" and recorder.of("status")[0] == "Loading TensorFlow…"
    assert kinds.index("begin") < kinds.index("batch") and kinds[-1] == "finished"
    assert [event.step for event in recorder.of("batch")] == list(range(1, 2 * 18 + 1))
    assert [event.epoch for event in recorder.of("epoch")] == [1, 2]
    summary = report.summary
    assert summary.reason is EndReason.FINISHED and recorder.of("finished") == [summary]
    assert report.test.accuracy == summary.test_accuracy > 0.3
    images = tiny_mnist.x_test[:20] / 255
    np.testing.assert_allclose(Predictor.load(report.model_file).predict_proba(images),
                               report.weights.predictor().predict_proba(images), atol=1e-6)
    assert read_metadata(report.model_file)["metrics"]["test_accuracy"] == summary.test_accuracy
    training_process.wait_for_exit()  # it reported before it exited; now it is reaped
    assert multiprocessing.active_children() == []
    report.remove_model_file()
    assert not report.model_file.exists()


@pytest.mark.slow
def test_stop_mid_run_ends_within_a_moment_and_keeps_the_weights(tiny_mnist):
    training_process = TrainingProcess(SMALL_NET, LONG, tiny_mnist)
    pressed = []

    def stop_at_step_30(event):
        if event.step >= 30 and not pressed:
            pressed.append(time.perf_counter())
            training_process.control.stop()

    recorder = Recorder(stop_at_step_30)
    report = training_process.run(recorder)
    assert recorder.events[-1][2] - pressed[0] < 2.0
    assert report.summary.reason is EndReason.STOPPED
    assert "weights trained so far are kept" in report.summary.message
    assert report.weights is not None and report.model_file.is_file()
    report.remove_model_file()


@pytest.mark.slow
def test_pause_holds_the_run_until_resumed_and_snapshots_arrive_when_asked(tiny_mnist):
    training_process = TrainingProcess(SMALL_NET, LONG, tiny_mnist)
    control = training_process.control
    recorder = Recorder()
    outcome = run_in_thread(training_process, recorder)
    assert control.snapshot() is None
    wait_until(lambda: isinstance(control.snapshot(), Predictor) and recorder.of("batch"))
    control.pause()
    time.sleep(0.5)  # the batch in flight and the batches held before the pause arrive
    held = len(recorder.of("batch"))
    time.sleep(0.6)
    assert len(recorder.of("batch")) == held and control.paused
    control.resume()
    wait_until(lambda: len(recorder.of("batch")) > held + 3)
    control.stop()
    outcome["thread"].join(TIMEOUT_S)
    assert outcome["report"].summary.reason is EndReason.STOPPED
    outcome["report"].remove_model_file()


@pytest.mark.slow
def test_a_diverging_run_ends_with_reason_nan(tiny_mnist):
    linear = NetworkConfig(hidden=(LayerConfig(64, "linear"),))
    absurd = TrainingConfig(optimizer="sgd", learning_rate=10.0, momentum=0.99, epochs=3,
                            batch_size=50, seed=3)
    report = TrainingProcess(linear, absurd, tiny_mnist).run(Recorder())
    summary = report.summary
    assert summary.reason is EndReason.NAN and "lower learning rate" in summary.message
    assert report.weights is not None
    report.remove_model_file()


@pytest.mark.slow
def test_a_kept_model_is_exported_as_a_copy_or_converted_in_a_child(tiny_mnist, tmp_path):
    report = TrainingProcess(SMALL_NET, QUICK, tiny_mnist).run(Recorder())
    images = tiny_mnist.x_test[:5] / 255
    expected = report.weights.predictor().predict_proba(images)
    for name in ("copy.keras", "legacy.h5"):
        exported = export_model_file(report.model_file, tmp_path / name)
        np.testing.assert_allclose(Predictor.load(exported).predict_proba(images), expected,
                                   atol=1e-6)
        assert read_metadata(exported)["dataset"] == "MNIST"
    report.remove_model_file()
