"""The run-history file: schema and migrations, concurrent writers, killed runs, deleting."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time

import pytest

from model.config import CONFIG_VERSION, NetworkConfig, TrainingConfig
from model.history.records import ADAPTATION_KIND, TRAINING_KIND, UNFINISHED
from model.history.schema import (
    MIGRATIONS,
    SCHEMA_VERSION,
    HistoryBusyError,
    HistoryError,
    connect,
)
from model.history.store import RunStore
from tests.conftest import REPO
from tests.model.history.fake_runs import DATASET, fake_run


@pytest.fixture
def path(tmp_path):
    return tmp_path / "runs.sqlite"


def query(path, sql: str):
    """One value, read through a connection of its own (as another program would)."""
    db = sqlite3.connect(path)
    try:
        return db.execute(sql).fetchone()[0]
    finally:
        db.close()


def test_a_new_history_is_at_the_newest_schema_in_wal_mode(path):
    RunStore(path).close()
    assert query(path, "PRAGMA user_version") == SCHEMA_VERSION
    assert query(path, "PRAGMA journal_mode") == "wal"


def test_a_history_of_the_previous_schema_is_migrated_and_keeps_its_runs(path):
    old = sqlite3.connect(path, isolation_level=None)
    for statements in MIGRATIONS[:-1]:
        for statement in statements:
            old.execute(statement)
    old.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    old.execute("INSERT INTO runs (started_at, source, network, training, dataset, epochs_run, "
                "test_accuracy, end_reason) VALUES ('2024-01-02T03:04:05+00:00', 'cli', "
                "'{\"hidden\": [{\"units\": 50, \"activation\": \"tanh\"}], \"num_classes\": 10}',"
                " '{}', '{\"name\": \"MNIST\"}', 50, 0.9627, 'finished')")
    old.close()
    with RunStore(path) as store:
        (run,) = store.runs()
        assert run.network == "784-50-10 tanh" and run.test_accuracy == 0.9627
        assert run.drawn_accuracy is None and run.reason == "finished"
        new_run = fake_run(store, drawn=0.95)
        assert store.run(new_run).summary.drawn_accuracy == 0.95
    assert query(path, "PRAGMA user_version") == SCHEMA_VERSION


def test_a_history_from_a_newer_digitlab_is_refused_untouched(path):
    RunStore(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(HistoryError, match="newer DigitLab"):
        RunStore(path)
    assert query(path, "PRAGMA user_version") == SCHEMA_VERSION + 1


def test_a_damaged_file_is_named_in_a_clear_error(path):
    path.write_bytes(b"this is not a database, it is a shopping list" * 100)
    with pytest.raises(HistoryError, match=r"runs\.sqlite cannot be used"):
        connect(path)


def test_two_writers_at_once_wait_for_each_other_instead_of_failing(path):
    """While one connection holds the write lock, another's write waits (busy timeout) and
    then lands; readers are never blocked (WAL)."""
    with RunStore(path) as first, RunStore(path) as second:
        fake_run(first)
        holding, release = threading.Event(), threading.Event()

        def hold_the_lock():
            db = sqlite3.connect(path, isolation_level=None)
            db.execute("BEGIN IMMEDIATE")
            db.execute("UPDATE runs SET message = 'held' WHERE id = 1")
            holding.set()
            release.wait(10)
            db.execute("COMMIT")
            db.close()

        holder = threading.Thread(target=hold_the_lock)
        holder.start()
        holding.wait(10)
        threading.Timer(0.3, release.set).start()
        assert len(second.runs()) == 1  # reading while the lock is held
        started = time.perf_counter()
        fake_run(second, units=64)  # writes: waits for the holder's commit
        assert time.perf_counter() - started >= 0.25
        holder.join()
        fake_run(first, units=128)
        assert sorted(run.network for run in second.runs()) == [
            "784-128-10 relu", "784-32-10 relu", "784-64-10 relu"]
        assert second.run(1).fields["message"] == "held"


def test_writers_in_two_threads_interleave_without_losing_a_run(path):
    def write_runs(units: int) -> None:
        with RunStore(path) as store:
            for _ in range(15):
                fake_run(store, units=units, epochs=2, steps=5)

    RunStore(path).close()  # created (and migrated) once, as the app does before writing
    writers = [threading.Thread(target=write_runs, args=(units,)) for units in (16, 24)]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    with RunStore(path) as store:
        runs = store.runs()
        assert len(runs) == 30 and all(run.epochs == 2 for run in runs)


KILLED_RUN = """
import os, signal, sqlite3
from model.history.store import RunStore
from tests.model.history.fake_runs import DATASET, fake_run
store = RunStore()
fake_run(store, epochs=2, ended=False)
writer = sqlite3.connect(store.path, isolation_level=None)
writer.execute("BEGIN IMMEDIATE")  # killed in the middle of a write transaction
writer.execute("DELETE FROM epochs")
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_run_killed_mid_way_stays_consistent_and_shows_as_unfinished(path):
    env = {**os.environ, "DIGITLAB_DATA_DIR": str(path.parent)}
    done = subprocess.run([sys.executable, "-c", KILLED_RUN], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert query(path, "PRAGMA integrity_check") == "ok"
    with RunStore(path) as store:
        (run,) = store.runs()
        record = store.run(run.id)
    assert run.reason == UNFINISHED and record.fields["ended_at"] is None
    assert run.epochs == 2 and run.seconds == pytest.approx(3.0)  # what it recorded so far
    assert len(record.epochs) == 2 and record.batch_losses


def test_deleting_runs_removes_their_epochs_and_losses(path):
    with RunStore(path) as store:
        kept, gone = fake_run(store), fake_run(store)
        assert store.delete_runs([gone, 999]) == 1
        assert [run.id for run in store.runs()] == [kept]
        counts = [query(path, f"SELECT COUNT(*) FROM {table}")
                  for table in ("epochs", "batch_losses")]
        assert counts == [3, 120]
        with pytest.raises(HistoryError, match=f"no run {gone}"):
            store.run(gone)


def test_runs_are_listed_newest_first(path):
    with RunStore(path) as store:
        for day in (3, 1, 2):
            fake_run(store, units=day, started=f"2025-05-0{day}T10:00:00+00:00")
        assert [run.network for run in store.runs()] == [
            "784-3-10 relu", "784-2-10 relu", "784-1-10 relu"]


def test_a_history_from_before_adaptations_and_config_versions_migrates_and_reads_its_configs(
        path):
    old = sqlite3.connect(path, isolation_level=None)
    for statements in MIGRATIONS[:2]:
        for statement in statements:
            old.execute(statement)
    old.execute("PRAGMA user_version = 2")
    old.execute("INSERT INTO runs (started_at, source, network, training, dataset, end_reason) "
                "VALUES ('2025-01-02T03:04:05+00:00', 'gui', "
                "'{\"hidden\": [{\"units\": 50, \"activation\": \"tanh\", \"dropout\": 0.0}]}', "
                "'{\"epochs\": 7}', '{\"name\": \"MNIST\"}', 'finished')")
    old.close()
    with RunStore(path) as store:
        (run,) = store.runs()
        assert run.kind == TRAINING_KIND
        configs = store.run(run.id).configs()  # unversioned: version 0, migrated to today's
        assert configs.network.hidden[0].units == 50 and configs.training.epochs == 7
        assert configs.note == "" and store.run(run.id).fields["adaptation"] is None


def test_configs_of_a_run_recorded_by_a_newer_digitlab_load_with_a_note(path):
    with RunStore(path) as store:
        run_id = fake_run(store)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("UPDATE runs SET config_version = ?, training = json_set(training, "
               "'$.warmup_epochs', 2) WHERE id = ?", (CONFIG_VERSION + 1, run_id))
    db.close()
    with RunStore(path) as store:
        configs = store.run(run_id).configs()
    assert configs.training.epochs == 3 and "warmup_epochs" in configs.note


def test_an_adaptation_is_a_run_of_its_own_kind_with_its_report(path):
    report = {"base_model": "mnist-mlp.keras", "drawings": 12, "mnist_before": 0.98}
    with RunStore(path) as store:
        run_id = store.start_run("2025-05-14T10:00:00+00:00", "cli", NetworkConfig(),
                                 TrainingConfig(epochs=4), DATASET, None,
                                 kind=ADAPTATION_KIND, adaptation=report)
        assert store.run(run_id).fields["adaptation"] == report
        store.set_adaptation(run_id, {**report, "mnist_after": 0.979})
        (run,) = store.runs()
        assert run.kind == ADAPTATION_KIND and run.to_dict()["kind"] == ADAPTATION_KIND
        assert store.run(run_id).fields["adaptation"]["mnist_after"] == 0.979
def test_a_foreign_file_stamped_with_our_version_is_refused_untouched(path):
    """H11: a foreign SQLite file with the right user_version let `runs delete 1` delete."""
    foreign = sqlite3.connect(path, isolation_level=None)
    foreign.execute("CREATE TABLE runs (id INTEGER PRIMARY KEY, payroll TEXT)")
    foreign.execute("INSERT INTO runs VALUES (1, 'keep me')")
    foreign.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    foreign.close()
    with pytest.raises(HistoryError, match="not a DigitLab run history") as refused:
        RunStore(path)
    assert "\n" not in str(refused.value)
    assert query(path, "SELECT payroll FROM runs WHERE id = 1") == "keep me"


def test_a_foreign_file_without_a_version_gets_no_tables_of_ours(path):
    foreign = sqlite3.connect(path, isolation_level=None)
    foreign.execute("CREATE TABLE notes (text TEXT)")
    foreign.close()
    with pytest.raises(HistoryError, match="not a DigitLab run history"):
        RunStore(path)
    assert query(path, "SELECT COUNT(*) FROM sqlite_master") == 1


EDITS = {
    "started_at": "'yesterday'", "network": "'not json'", "dataset": "'[1, 2]'",
    "test_accuracy": "'high'", "train_seconds": "1e999", "epochs_run": "'three'",
    "training": "'{\"learning_rate\": \"fast\"}'", "model_path": "x'00ff'",
}


@pytest.mark.parametrize("column", EDITS)
def test_an_edited_row_is_listed_as_damaged_and_refused_in_one_line(path, column):
    """H11: edited rows gave tracebacks (and the Runs table threw on every repaint)."""
    with RunStore(path) as store:
        kept, edited = fake_run(store), fake_run(store, units=64)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute(f"UPDATE runs SET {column} = {EDITS[column]} WHERE id = {edited}")
    db.close()
    with RunStore(path) as store:
        runs = {run.id: run for run in store.runs()}
        assert store.run(kept).summary == runs[kept]
        with pytest.raises(HistoryError, match=f"run {edited} is damaged") as refused:
            store.run(edited)
    assert "\n" not in str(refused.value)
    listed = runs[edited]  # the training config is not part of a run's line
    assert (listed.reason, bool(listed.damage)) == (
        ("finished", False) if column == "training" else ("damaged", True))


def test_edited_epochs_and_losses_are_refused_in_one_line(path):
    with RunStore(path) as store:
        run_id = fake_run(store)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("UPDATE batch_losses SET loss = 'low' WHERE point = 3")
    db.close()
    with RunStore(path) as store, pytest.raises(HistoryError, match="batch loss"):
        store.run(run_id)


def test_a_file_with_damaged_pages_fails_in_one_line(path):
    with RunStore(path) as store:
        for _ in range(20):
            fake_run(store)
    RunStore(path).close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(path.read_bytes())
    for page in range(2, len(data) // 4096):  # the header of every page but the schema's
        data[page * 4096:page * 4096 + 12] = b"\xa5" * 12
    path.write_bytes(bytes(data))
    with pytest.raises(HistoryError) as failed, RunStore(path) as store:
        [store.run(run.id) for run in store.runs()]
    assert "\n" not in str(failed.value) and "cannot be used" in str(failed.value)


def test_a_history_in_a_read_only_folder_is_read_and_refuses_writes_in_one_line(small_disk):
    """H6: "attempt to write a readonly database" when only reading a read-only history."""
    path = small_disk / "runs.sqlite"
    with RunStore(path) as store:
        run_id = fake_run(store)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True, timeout=30)
    with RunStore(path) as store:
        assert [run.id for run in store.runs()] == [run_id]
        assert store.run(run_id).summary.test_accuracy == 0.9
        with pytest.raises(HistoryError, match="readonly database"):
            store.delete_runs([run_id])


def test_a_locked_history_fails_in_one_line_as_busy(path):
    RunStore(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(HistoryBusyError, match="locked by another program"):
            RunStore(path, busy_timeout=0.1)
    finally:
        holder.close()
