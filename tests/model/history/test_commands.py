"""``digitlab train`` records its run; ``digitlab runs`` lists, shows, exports and deletes runs
(subprocesses, as a user or a script runs them)."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys

import pytest

from model.cli import main
from model.config import NetworkConfig, TrainingConfig
from model.errors import DigitLabError
from model.history.export import CSV_COLUMNS
from model.history.records import ADAPTATION_KIND, RunSummary
from model.history.store import RunStore
from model.training.tensorboard import tensorboard_callbacks
from tests.conftest import REPO
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
    assert fields["dataset"] == {"name": "MNIST", "spec": "mnist", "train": 500, "test": 83,
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
    assert [epoch["epoch"] for epoch in shown["epochs"]] == [1, 2]
    assert shown["training"]["epochs"] == 2 and shown["test_accuracy"] == summary["test_accuracy"]
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
