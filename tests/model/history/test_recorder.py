"""Recording a run through the training listener; CSV export."""

from __future__ import annotations

import csv
import math
import sqlite3
import time

import numpy as np
import pytest

from model.config import NetworkConfig, TrainingConfig
from model.history.export import CSV_COLUMNS, export_curves
from model.history.queue import CLOSING_GRACE_S, HistoryQueue
from model.history.recorder import RunRecorder
from model.history.store import RunStore
from model.training.events import (
    BatchEvent,
    BeginEvent,
    EndReason,
    EpochEvent,
    FinishedEvent,
    TrainingListener,
)
from tests.model.history.fake_runs import DATASET, fake_run


class Spy(TrainingListener):
    def __init__(self):
        self.calls = []

    def __getattribute__(self, name):
        if name.startswith("on_"):
            return lambda *args: self.calls.append(name)
        return super().__getattribute__(name)


def batch(step: int, steps: int, loss: float) -> BatchEvent:
    return BatchEvent(step, (step - 1) // steps, (step - 1) % steps, loss, 0.5, step / steps,
                      100.0, 1.0, 1.0)


def test_a_recorded_run_keeps_everything_and_passes_every_event_on(tmp_path):
    path, errors, inner = tmp_path / "runs.sqlite", [], Spy()
    queue = HistoryQueue(on_error=errors.append, path=path)
    recorder = RunRecorder(queue, NetworkConfig(), TrainingConfig(epochs=2), DATASET,
                           source="gui", inner=inner)
    recorder.on_status("Loading TensorFlow…")
    recorder.on_begin(BeginEvent(epochs=2, steps_per_epoch=3, batch_size=10))
    for step in range(1, 7):
        recorder.on_batch(batch(step, 3, loss=math.nan if step == 6 else 1.0 / step))
        if step % 3 == 0:
            recorder.on_epoch(EpochEvent(step // 3, 0.5, 0.8, 2.0, 0.001, 0.6, 0.75))
    recorder.on_finished(FinishedEvent(EndReason.NAN, "The loss became NaN.", 2, 4.0, 0.7,
                                       0.9, 0.75, 0.65))
    recorder.on_model_saved(tmp_path / "model.keras")
    queue.wait()
    assert errors == []
    assert inner.calls == ["on_status", "on_begin", *(["on_batch"] * 3 + ["on_epoch"]) * 2,
                           "on_finished"]
    with RunStore(path) as store:
        record = store.run(recorder.run_id.result())
    fields = record.fields
    assert fields["source"] == "gui" and fields["dataset"]["spec"] == "mnist"
    assert record.training() == TrainingConfig(epochs=2) and record.network() == NetworkConfig()
    assert (fields["epochs_planned"], fields["steps_per_epoch"]) == (2, 3)
    assert fields["started_at"] <= fields["ended_at"] and fields["app_version"]
    assert fields["tensorflow_version"]  # installed, though never imported here
    summary = record.summary
    assert (summary.reason, summary.epochs, summary.seconds) == ("nan", 2, 4.0)
    assert (summary.test_accuracy, summary.drawn_accuracy) == (0.7, 0.65)
    assert summary.model_path == str(tmp_path / "model.keras")
    assert [epoch["epoch"] for epoch in record.epochs] == [1, 2]
    assert record.batch_epochs == pytest.approx([step / 3 for step in range(1, 7)])
    assert record.batch_losses[:5] == pytest.approx([1.0 / step for step in range(1, 6)])
    assert record.batch_losses[5] is None  # the NaN: kept as "not a number", not as a value


def test_an_unusable_history_is_reported_once_and_never_stops_training(tmp_path):
    errors = []
    queue = HistoryQueue(on_error=errors.append, path=tmp_path)  # a folder, not a file
    recorder = RunRecorder(queue, NetworkConfig(), TrainingConfig(), DATASET, source="cli")
    recorder.on_begin(BeginEvent(epochs=1, steps_per_epoch=1, batch_size=1))
    recorder.on_batch(batch(1, 1, 0.5))
    recorder.on_epoch(EpochEvent(1, 0.5, 0.8, 2.0, 0.001))
    recorder.on_finished(FinishedEvent(EndReason.FINISHED, "Finished."))
    queue.wait()
    assert len(errors) == 1 and "cannot be used" in str(errors[0])


def test_the_curves_export_as_one_csv_table(tmp_path):
    with RunStore(tmp_path / "runs.sqlite") as store:
        record = store.run(fake_run(store, epochs=2, steps=4))
    written = export_curves(record, tmp_path / "curves.csv")
    with written.open(newline="") as file:
        rows = list(csv.DictReader(file))
    assert tuple(rows[0]) == CSV_COLUMNS == (
        "epoch", "batch_loss", "loss", "accuracy", "val_loss", "val_accuracy", "learning_rate",
        "seconds")
    assert len(rows) == 2 * 4 + 2
    positions = [float(row["epoch"]) for row in rows]
    assert positions == sorted(positions)
    epoch_rows = [row for row in rows if row["loss"]]
    assert [row["epoch"] for row in epoch_rows] == ["1", "2"]
    assert all(row["batch_loss"] == "" for row in epoch_rows)
    assert float(epoch_rows[1]["val_accuracy"]) == pytest.approx(record.epochs[1]["val_accuracy"])
    assert rows.index(epoch_rows[0]) == 4  # after the first epoch's four batches


def run_three_epochs(recorder: RunRecorder) -> None:
    recorder.on_begin(BeginEvent(epochs=3, steps_per_epoch=2, batch_size=10))
    for epoch in (1, 2, 3):
        for step in (1, 2):
            recorder.on_batch(batch(2 * (epoch - 1) + step, 2, 1.0 / epoch))
        recorder.on_epoch(EpochEvent(epoch, 0.5, 0.8, 1.0, 0.001))
    recorder.on_finished(FinishedEvent(EndReason.FINISHED, "Finished.", 3, 3.0, 0.9, 0.3))


@pytest.fixture
def locked(tmp_path):
    """A history another program holds locked for good (exclusive locking mode)."""
    path = tmp_path / "runs.sqlite"
    RunStore(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    yield path
    holder.close()


def test_a_locked_history_costs_a_run_one_wait_and_one_line(locked):
    """H4: every write waited out the busy timeout (81 s instead of 5 s), the run unrecorded."""
    errors = []
    queue = HistoryQueue(on_error=errors.append, path=locked, busy_timeout=0.5)
    started = time.monotonic()
    recorder = RunRecorder(queue, NetworkConfig(), TrainingConfig(epochs=3), DATASET,
                           source="cli")
    run_three_epochs(recorder)
    recorder.on_model_saved(locked.parent / "m.keras")
    recorder.wait()
    assert time.monotonic() - started < 1.5  # one wait of 0.5 s, not seven
    assert [str(error) for error in errors] == [
        f"this run is not recorded in the history: the run history {locked} is locked by "
        f"another program (database is locked)"]


def test_closing_cuts_a_wait_for_a_locked_history_short(locked):
    """H4: closing the window after a run froze it 85 s."""
    errors = []
    queue = HistoryQueue(on_error=errors.append, path=locked, busy_timeout=60)
    recorder = RunRecorder(queue, NetworkConfig(), TrainingConfig(epochs=3), DATASET,
                           source="gui")
    run_three_epochs(recorder)
    started = time.monotonic()
    queue.close()
    queue.wait()
    assert time.monotonic() - started < CLOSING_GRACE_S + 0.5 and len(errors) == 1


def test_a_run_whose_last_write_fails_is_still_ended_and_says_so(tmp_path, monkeypatch):
    """H12: a finished run stayed `unfinished` for good when a nearly full disk failed its
    last writes."""
    errors = []
    queue = HistoryQueue(on_error=errors.append, path=tmp_path / "runs.sqlite")
    recorder = RunRecorder(queue, NetworkConfig(), TrainingConfig(epochs=3), DATASET,
                           source="cli")
    recorder.on_begin(BeginEvent(epochs=3, steps_per_epoch=2, batch_size=10))
    recorder.on_epoch(EpochEvent(1, 0.5, 0.8, 1.0, 0.001))
    recorder.wait()

    def disk_full(*_args):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(RunStore, "_replace_batch_losses", disk_full)
    recorder.on_finished(FinishedEvent(EndReason.FINISHED, "Finished.", 1, 1.0, 0.9, 0.3))
    recorder.wait()
    with RunStore(tmp_path / "runs.sqlite") as store:
        (run,) = store.runs()
    assert (run.reason, run.test_accuracy) == ("finished", 0.9)
    assert [str(error) for error in errors] == [
        f"the end of this run is recorded, but not its last loss curve points: the run "
        f"history {tmp_path / 'runs.sqlite'} cannot be used: database or disk is full"]


def test_the_curves_csv_has_six_significant_digits(tmp_path):
    """Newcomer 8: values were printed at full float precision (0.0010000000474974513)."""
    with RunStore(tmp_path / "runs.sqlite") as store:
        run_id = fake_run(store, epochs=1, steps=3)
        store.add_epoch(run_id, EpochEvent(1, 2 / 3, 0.5, 1.23456789, float(np.float32(0.001))),
                        ([1 / 3, 2 / 3, 1.0], [2.0, 1.5, 1.0]))
        record = store.run(run_id)
    text = export_curves(record, tmp_path / "c.csv").read_text()
    assert "0.0010000000474974513" not in text and ",0.001," in text
    assert "0.666667" in text and "1.23457" in text and "0.333333" in text


def test_a_run_is_said_to_be_unrecorded_even_after_reads_failed_alike(tmp_path):
    """The window's reads fail first on an unusable history; the run's loss is still said, once,
    and reads failing the same way afterwards say nothing more."""
    errors = []
    queue = HistoryQueue(on_error=errors.append, path=tmp_path)  # a folder: SQLite cannot open
    queue.submit(lambda store: store.runs())
    RunRecorder(queue, NetworkConfig(), TrainingConfig(), DATASET, source="gui")
    queue.submit(lambda store: store.runs())
    queue.wait()
    assert [str(error).split(":")[0] for error in errors] == [
        f"the run history {tmp_path} cannot be used", "this run is not recorded in the history"]


def test_a_tensorflow_still_being_imported_gives_the_installed_version(monkeypatch):
    """A run started while another thread imported TensorFlow was not recorded: the half-made
    module had no __version__ ("partially initialized module 'tensorflow'")."""
    import sys
    import types

    from model.history.recorder import tensorflow_version

    monkeypatch.setitem(sys.modules, "tensorflow", types.ModuleType("tensorflow"))
    assert tensorflow_version() is not None
