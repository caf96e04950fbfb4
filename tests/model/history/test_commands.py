"""``digitlab train`` records its run; ``digitlab runs`` lists, shows, exports and deletes runs
(subprocesses, as a user or a script runs them)."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import subprocess
import sys

import numpy as np
import pytest

from model.cli import main
from model.config import NetworkConfig, TrainingConfig
from model.data.datasets import Dataset
from model.errors import DigitLabError
from model.history.commands import CliRecording
from model.history.export import CSV_COLUMNS
from model.history.records import ADAPTATION_KIND, RunSummary
from model.history.store import RunStore
from model.training.events import (
    BeginEvent,
    EndReason,
    EpochEvent,
    FinishedEvent,
    TrainingListener,
)
from model.training.tensorboard import tensorboard_callbacks
from model.user_data import run_history_path
from tests.conftest import REPO, fill_disk
from tests.model.history.fake_runs import DATASET, fake_run


def digitlab(data_dir, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DIGITLAB_DATA_DIR": str(data_dir), "TF_CPP_MIN_LOG_LEVEL": "3"}
    return subprocess.run([sys.executable, str(REPO / "main.py"), *args], capture_output=True,
                          text=True, timeout=240, cwd=REPO, env=env)


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """A tiny training from the command line, with TensorBoard logs: its folder and summary."""
    folder = tmp_path_factory.mktemp("cli-run")
    done = digitlab(folder, "train", "--hidden", "16", "--epochs", "2", "--batch-size", "50",
                    "--limit", "500", "--seed", "1", "--out", str(folder / "tiny.keras"),
                    "--tensorboard", str(folder / "logs"), "--json")
    assert done.returncode == 0, done.stderr
    return folder, json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_a_command_line_training_is_recorded_whole(trained):
    folder, summary = trained
    with RunStore(folder / "runs.sqlite") as store:
        (run,) = store.runs()
        record = store.run(run.id)
    fields = record.fields
    assert fields["source"] == "cli" and fields["ended_at"] >= fields["started_at"]
    assert record.network().hidden[0].units == 16 and record.training().batch_size == 50
    assert fields["dataset"] == {"name": "MNIST", "spec": "mnist", "train": 500, "test": 10_000,
                                 "classes": list("0123456789")}
    assert (run.reason, run.epochs) == ("finished", 2)
    assert run.test_accuracy == summary["test_accuracy"]
    assert run.drawn_accuracy == summary.get("drawn_accuracy")
    assert run.seconds == pytest.approx(summary["train_seconds"], abs=1e-3)
    assert run.model_path == str(folder / "tiny.keras")
    assert fields["app_version"] and fields["tensorflow_version"].startswith("2.")
    assert [epoch["epoch"] for epoch in record.epochs] == [1, 2]
    assert all(epoch["val_loss"] is not None for epoch in record.epochs)
    assert len(record.batch_losses) == 2 * 9  # 450 training images in batches of 50, twice
    assert record.batch_epochs[-1] == pytest.approx(2.0)


@pytest.mark.slow
def test_train_writes_tensorboard_logs_with_keras_callback(trained):
    folder, _ = trained
    events = list((folder / "logs").rglob("events.out.tfevents.*"))
    assert {path.parent.name for path in events} == {"train", "validation"}


@pytest.mark.slow
def test_runs_lists_shows_and_exports_the_recorded_run(trained, tmp_path):
    folder, summary = trained
    listed = digitlab(folder, "runs", "--json")
    assert listed.returncode == 0, listed.stderr
    (run,) = json.loads(listed.stdout)
    assert {"id", "started", "dataset", "network", "epochs", "test_accuracy", "seconds",
            "reason"} <= set(run)
    assert (run["network"], run["epochs"], run["reason"]) == ("784-16-10 relu", 2, "finished")
    shown = json.loads(digitlab(folder, "runs", "show", str(run["id"]), "--json").stdout)
    assert [epoch["epoch"] for epoch in shown["epoch_metrics"]] == [1, 2]
    assert shown["training_config"]["epochs"] == 2
    assert shown["test_accuracy"] == summary["test_accuracy"]
    exported = digitlab(folder, "runs", "export", str(run["id"]), "--csv", str(tmp_path / "c.csv"))
    assert exported.returncode == 0, exported.stderr
    with (tmp_path / "c.csv").open(newline="") as file:
        assert tuple(csv.DictReader(file).fieldnames) == CSV_COLUMNS


def test_runs_lists_newest_first_and_deletes(tmp_path):
    with RunStore(tmp_path / "runs.sqlite") as store:
        first = fake_run(store, started="2025-05-01T10:00:00+00:00")
        second = fake_run(store, units=64, ended=False, started="2025-05-02T10:00:00+00:00")
    listed = json.loads(digitlab(tmp_path, "runs", "--json").stdout)
    assert [RunSummary(**run).id for run in listed] == [second, first]
    assert listed[0]["reason"] == "unfinished" and listed[0]["epochs"] == 3
    table = digitlab(tmp_path, "runs").stdout.splitlines()
    assert table[0].split()[:3] == ["id", "started", "dataset"]
    assert "784-64-10 relu" in table[1] and "unfinished" in table[1]
    text = digitlab(tmp_path, "runs", "show", str(first)).stdout
    assert "test 90.00%" in text and "not saved" in text
    assert digitlab(tmp_path, "runs", "delete", str(first)).returncode == 0
    assert [run["id"] for run in json.loads(digitlab(tmp_path, "runs", "--json").stdout)] == [
        second]


@pytest.mark.parametrize("args", [("show", "99"), ("delete", "99"),
                                  ("export", "99", "--csv", "x.csv"), ("show", "one")])
def test_runs_errors_are_one_line_and_status_2(tmp_path, args):
    done = digitlab(tmp_path, "runs", *args)
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr


def test_tensorboard_without_its_package_is_refused_before_training(monkeypatch, tmp_path):
    import importlib.util

    assert tensorboard_callbacks(None) == []
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(DigitLabError, match="pip install tensorboard"):
        tensorboard_callbacks(str(tmp_path / "logs"))


def test_runs_show_names_an_adaptations_base_and_survives_an_edited_report(capsys):
    with RunStore() as store:
        run_id = store.start_run("2025-05-14T10:00:00+00:00", "gui", NetworkConfig(),
                                 TrainingConfig(epochs=4), DATASET, None,
                                 kind=ADAPTATION_KIND,
                                 adaptation={"base_model": "mnist-mlp.keras",
                                             "base_path": "/m/mnist-mlp.keras", "drawings": 3,
                                             "epochs": 0, "seconds": 0.0})
    assert main(["runs", "show", str(run_id)]) == 0
    assert "adapted   from mnist-mlp.keras to 3 drawings\n" in capsys.readouterr().out
    with RunStore() as store:
        store.set_adaptation(run_id, {"drawings": "many"})
    assert main(["runs", "show", str(run_id)]) == 0
    assert "its report cannot be read" in capsys.readouterr().out
def cli(capsys, *args: str) -> tuple[int, str, str]:
    """``digitlab ARGS`` in this process: (status, stdout, stderr)."""
    from model.cli import main

    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def one_line_error(status: int, err: str) -> str:
    assert status == 2 and len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err
    return err


def test_exporting_over_the_run_history_is_refused_and_it_stays(capsys):
    """H3: `runs export 1 --csv DATA_DIR/runs.sqlite` replaced the history with a CSV."""
    with RunStore() as store:
        run_id = fake_run(store)
    before = run_history_path().read_bytes()
    for target in (run_history_path(), run_history_path().with_name("runs.sqlite-wal")):
        status, _, err = cli(capsys, "runs", "export", str(run_id), "--csv", str(target))
        assert "DigitLab's own data files" in one_line_error(status, err)
    assert run_history_path().read_bytes() == before


@pytest.mark.parametrize("name, reason", [
    ("folder.csv", "found a folder"), ("missing/c.csv", "No such file"),
    ("x" * 300 + ".csv", "File name too long"), ("", "empty"),
])
def test_export_write_errors_are_one_line(capsys, tmp_path, name, reason):
    """H6: every `runs export --csv` write error was a traceback."""
    (tmp_path / "folder.csv").mkdir()
    with RunStore() as store:
        run_id = fake_run(store)
    status, _, err = cli(capsys, "runs", "export", str(run_id), "--csv",
                         str(tmp_path / name) if name else "")
    assert reason in one_line_error(status, err)


def test_export_to_a_read_only_or_full_disk_is_one_line(capsys, small_disk):
    with RunStore() as store:
        run_id = fake_run(store, epochs=40, steps=50)
    fill_disk(small_disk, 1024)
    status, _, err = cli(capsys, "runs", "export", str(run_id), "--csv", str(small_disk / "c.csv"))
    assert "No space left on device" in one_line_error(status, err)
    assert [path.name for path in small_disk.iterdir()] == ["filler"]
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True, timeout=30)
    status, _, err = cli(capsys, "runs", "export", str(run_id), "--csv", str(small_disk / "c.csv"))
    assert "Read-only file system" in one_line_error(status, err)


@pytest.mark.parametrize("run", ["99999999999999999999", "0", "-3"])
def test_a_run_id_beyond_any_run_is_one_line(capsys, run):
    """H6: `runs show 99999999999999999999` was an OverflowError traceback."""
    status, _, err = cli(capsys, "runs", "show", run)
    assert "expected a run id" in one_line_error(status, err)


def test_deleting_from_a_read_only_or_locked_history_is_one_line(capsys, small_disk,
                                                                monkeypatch):
    monkeypatch.setenv("DIGITLAB_DATA_DIR", str(small_disk))
    with RunStore() as store:
        run_id = fake_run(store)
    holder = sqlite3.connect(run_history_path(), isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    status, _, err = cli(capsys, "runs", "delete", str(run_id))
    assert "locked by another program" in one_line_error(status, err)
    holder.close()
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True, timeout=30)
    status, out, err = cli(capsys, "runs", "--json")
    assert status == 0 and [run["id"] for run in json.loads(out)] == [run_id], err
    status, _, err = cli(capsys, "runs", "delete", str(run_id))
    assert "readonly database" in one_line_error(status, err)


def test_a_listing_cut_short_by_its_reader_ends_quietly(tmp_path):
    """H6: `digitlab runs | head -1` ended in a BrokenPipeError traceback."""
    with RunStore(tmp_path / "runs.sqlite") as store:
        for _ in range(3):
            fake_run(store, epochs=1, steps=1)
    env = {**os.environ, "DIGITLAB_DATA_DIR": str(tmp_path)}
    listing = subprocess.Popen([sys.executable, "main.py", "runs"], cwd=REPO, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    listing.stdout.close()  # the reader is gone before the first line is written
    _, err = listing.communicate(timeout=120)
    assert (listing.returncode, err) == (128 + 13, "")


def test_stored_text_cannot_steer_the_terminal(capsys):
    """H12: raw terminal escapes from the history file reached the terminal."""
    with RunStore() as store:
        run_id = fake_run(store)
        store.set_model_path(run_id, "\x1b]0;owned\x07\x1b[2J")
    db = sqlite3.connect(run_history_path(), isolation_level=None)
    db.execute("UPDATE runs SET message = 'done\x1b[31m\u202e', dataset = "
               "'{\"name\": \"\\u001b[5mMNIST\"}'")
    db.close()
    for args, shown in ((("runs",), "?[5mMNIST"), (("runs", "show", str(run_id)), "?[2J")):
        status, out, _ = cli(capsys, *args)
        assert status == 0 and shown in out
        assert "\x1b" not in out and "\u202e" not in out and "\x07" not in out


def test_a_damaged_run_is_listed_as_damaged_and_shown_in_one_line(capsys):
    with RunStore() as store:
        run_id = fake_run(store)
    db = sqlite3.connect(run_history_path(), isolation_level=None)
    db.execute("UPDATE runs SET network = '{\"hidden\": \"lots\"}'")
    db.close()
    status, out, _ = cli(capsys, "runs")
    assert status == 0 and "damaged: expected a list of layers" in out
    status, _, err = cli(capsys, "runs", "show", str(run_id))
    assert f"run {run_id} is damaged" in one_line_error(status, err)


def test_runs_and_runs_show_name_the_same_things_the_same_way(capsys):
    """Newcomer 9: `started` vs `started_at`, `epochs` a number vs a list, `reason` and
    `end_reason`."""
    with RunStore() as store:
        run_id = fake_run(store)
    (listed,) = json.loads(cli(capsys, "runs", "--json")[1])
    shown = json.loads(cli(capsys, "runs", "show", str(run_id), "--json")[1])
    assert {name: shown[name] for name in listed} == listed
    assert not {"started_at", "end_reason", "ended_at"} & set(shown)
    assert listed["epochs"] == 3 and len(shown["epoch_metrics"]) == 3
    assert listed["test_images"] == 200


def test_a_run_that_cannot_be_recorded_says_so_after_training(capfd, monkeypatch, tmp_path):
    """H5: the warning was printed while TensorFlow's import pointed fd 2 at /dev/null (lost in
    9 of 11 runs); it now waits until the run is over."""
    monkeypatch.setenv("DIGITLAB_DATA_DIR", str(tmp_path.joinpath(*["d" * 100] * 6)))
    images, labels = np.zeros((10, 28, 28), np.uint8), np.arange(10, dtype=np.uint8)
    dataset = Dataset("MNIST", tuple("0123456789"), images, labels, images, labels)
    recording = CliRecording(NetworkConfig(), TrainingConfig(epochs=1), dataset, "mnist",
                             TrainingListener())
    recording.recorder.on_begin(BeginEvent(epochs=1, steps_per_epoch=1, batch_size=10))
    recording.recorder.on_epoch(EpochEvent(1, 0.5, 0.8, 1.0, 0.001))
    recording.recorder.on_finished(FinishedEvent(EndReason.FINISHED, "Finished."))
    recording.recorder.wait()
    assert capfd.readouterr().err == ""  # nothing said while TensorFlow may be importing
    recording.close()
    (line,) = capfd.readouterr().err.splitlines()
    assert line.startswith("digitlab: warning: this run is not recorded in the history: ")


@pytest.mark.slow
def test_train_in_a_read_only_data_folder_warns_after_training(small_disk, tmp_path):
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True, timeout=30)
    done = digitlab(small_disk, "train", "--hidden", "8", "--epochs", "1", "--limit", "200",
                    "--out", str(tmp_path / "m.keras"))
    assert done.returncode == 0, done.stderr
    assert "digitlab: warning: this run is not recorded in the history" in done.stderr
