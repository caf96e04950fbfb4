"""The command line end to end, as a user or a script runs it (in subprocesses)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import h5py
import numpy as np
import pytest
from PIL import Image

from model.cli import main as cli_main
from model.resources import bundled_model_path, default_model_path
from tests.conftest import REPO
from tests.model.drawing.hostile_images import damaged_png, odd_dds


def run_cli(*args: str, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"}
    return subprocess.run([sys.executable, str(REPO / "main.py"), *args], capture_output=True,
                          text=True, timeout=timeout, cwd=REPO, env=env)


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli") / "small.keras"
    done = run_cli("train", "--dataset", "mnist", "--hidden", "64", "--activation", "relu",
                   "--dropout", "0.1", "--optimizer", "adam", "--learning-rate", "0.002",
                   "--batch-size", "64", "--epochs", "2", "--seed", "1", "--limit", "3000",
                   "--out", str(out), "--json")
    assert done.returncode == 0, done.stderr
    return out, json.loads(done.stdout.strip().splitlines()[-1]), done.stderr


@pytest.mark.slow
def test_train_reports_json_and_writes_the_model(trained):
    out, summary, stderr = trained
    assert out.is_file()
    expected = {"test_accuracy", "val_accuracy", "drawn_accuracy", "epochs_run", "train_seconds",
                "model_path"}
    assert expected <= set(summary)
    assert 0.3 < summary["drawn_accuracy"] < 1.0
    assert summary["epochs_run"] == 2 and summary["model_path"] == str(out)
    assert summary["test_accuracy"] > 0.8
    assert "epoch 2/2" in stderr
    assert "Traceback" not in stderr


@pytest.mark.slow
def test_evaluate_reports_accuracy_confusion_and_the_drawn_score(trained):
    out, summary, _ = trained
    done = run_cli("evaluate", "--model", str(out), "--dataset", "mnist", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["n"] == 10000
    assert np.array(report["confusion_matrix"]).sum() == 10000
    assert 0.8 < report["accuracy"] <= 1 and report["loss"] > 0
    assert report["drawn_accuracy"] == pytest.approx(summary["drawn_accuracy"])
    # newcomer 3: --limit limits training only; both scores are on the whole test set
    assert report["accuracy"] == pytest.approx(summary["test_accuracy"], abs=2e-4)


@pytest.mark.slow
def test_predict_reads_png_files(trained, tmp_path):
    from model.data.datasets import load_dataset

    out, _, _ = trained
    test = load_dataset("mnist")
    paths = []
    for index in range(3):
        path = tmp_path / f"digit{index}.png"
        Image.fromarray(test.x_test[index]).save(path)
        paths.append(str(path))
    done = run_cli("predict", "--model", str(out), *paths, "--json")
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout.strip().splitlines()[-1])
    assert [r["index"] for r in results] == test.y_test[:3].tolist()
    assert all(len(r["probabilities"]) == 10 for r in results)


@pytest.mark.parametrize("args, needle", [
    (("train", "--epochs", "x", "--out", "m.keras"), "invalid int value"),
    (("train", "--learning-rate", "-1", "--out", "/tmp/m.keras"), "learning_rate"),
    (("train", "--dataset", "/no/such/folder", "--out", "/tmp/m.keras"), "no/such/folder"),
    (("train", "--out", "model.txt"), ".keras"),
    (("evaluate", "--model", "/no/such/model.keras"), "model.keras"),
    (("predict", "--model", "/no/such/model.keras", "x.png"), "model.keras"),
    (("frobnicate",), "invalid choice"),
    # D1: a validation split that takes every training image, found before training
    (("train", "--limit", "600", "--epochs", "1", "--hidden", "16", "--validation-split", "5000",
      "--out", "/tmp/x.keras"), "--validation-split 5000 takes all 600 training images"),
    # D12: --limit out of range names the flag and its range
    (("train", "--limit", "0", "--out", "/tmp/x.keras"), "--limit must be between 10"),
    (("train", "--limit", "-5", "--out", "/tmp/x.keras"), "--limit must be between 10"),
    (("train", "--limit", "100000", "--out", "/tmp/x.keras"), "60,000 training images"),
    # D2: unwritable outputs, found before training
    (("train", "--out", "/proc/x.keras"), "--out: Cannot write a model to /proc/x.keras"),
    (("train", "--out", "/tmp"), "--out: /tmp: expected a model file ending in .keras"),
    (("train", "--out", "/tmp/" + "x" * 250 + ".keras"), "File name too long"),
])
def test_bad_input_gives_one_clear_line(args, needle):
    done = run_cli(*args, timeout=60)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert needle in lines[0]
    assert "Traceback" not in done.stderr and "Training on" not in done.stderr


@pytest.mark.slow
def test_output_onto_an_existing_folder_is_refused_before_training(tmp_path):
    (tmp_path / "taken.keras").mkdir()
    done = run_cli("train", "--out", str(tmp_path / "taken.keras"), timeout=60)
    assert done.returncode == 2 and "found a folder" in done.stderr
    assert "Training on" not in done.stderr


@pytest.mark.slow
@pytest.mark.parametrize("metadata, needle", [
    ({"class_names": 5}, "class_names must be a list of names"),
    ({"dataset": 123}, "dataset must be text"),
])
def test_damaged_metadata_is_one_clear_line(trained, tmp_path, metadata, needle):
    """D7, D8: evaluate/predict on a model with damaged metadata gave tracebacks."""
    out, _, _ = trained
    damaged = tmp_path / "damaged.keras"
    with zipfile.ZipFile(out) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "digitlab.json":
                data = json.dumps({**json.loads(data), **metadata}).encode()
            target.writestr(item, data)
    done = run_cli("evaluate", "--model", str(damaged), timeout=60)
    assert done.returncode == 2 and needle in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


@pytest.mark.slow
def test_predict_refuses_a_file_that_is_not_an_image(trained, tmp_path):
    out, _, _ = trained
    bogus = tmp_path / "notes.png"
    bogus.write_text("not an image")
    done = run_cli("predict", "--model", str(out), str(bogus))
    assert done.returncode == 2 and "notes.png" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


@pytest.mark.slow
def test_drawn_digits_are_refused_for_other_classes_before_training(tmp_path):
    from model.data.datasets import IDX_FILES, load_dataset
    from model.data.idx import write_idx

    mnist = load_dataset("mnist").subset(200, 50, seed=0)
    for name, array in zip(IDX_FILES, (mnist.x_train, mnist.y_train, mnist.x_test, mnist.y_test),
                           strict=True):
        write_idx(tmp_path / name, array)
    (tmp_path / "classes.txt").write_text("\n".join(f"shape {i}" for i in range(10)))
    out = tmp_path / "m.keras"
    done = run_cli("train", "--dataset", str(tmp_path), "--with-drawn", "--out", str(out))
    assert done.returncode == 2
    assert "needs a dataset of the digits 0–9" in done.stderr and "shape 0" in done.stderr
    assert "Traceback" not in done.stderr and "epoch" not in done.stderr and not out.exists()


def test_presets_lists_every_recipe():
    done = run_cli("presets", "--json", timeout=60)
    names = [row["name"] for row in json.loads(done.stdout)]
    assert names == ["Next Tech tutorial", "Géron ch.10", "Keras mnist_mlp", "DigitLab best",
                     "DigitLab best (Fashion)"]


def test_help_is_plain_text_not_the_module_docstring():
    done = run_cli("--help", timeout=60)
    assert done.returncode == 0 and "digitlab COMMAND --help" in done.stdout
    assert "``" not in done.stdout and ":class:" not in done.stdout


def diverged_copy(source: Path, target: Path) -> Path:
    """``source`` (a .keras file) with its first weight array turned to NaN, as a diverged
    training leaves it."""
    with zipfile.ZipFile(source) as original:
        entries = {name: original.read(name) for name in original.namelist()}
    weights = target.with_suffix(".h5")
    weights.write_bytes(entries["model.weights.h5"])
    with h5py.File(weights, "r+") as file:
        arrays = []
        file.visititems(lambda _, item: arrays.append(item)
                        if isinstance(item, h5py.Dataset) and item.size > 1 else None)
        arrays[0][...] = np.nan
    entries["model.weights.h5"] = weights.read_bytes()
    with zipfile.ZipFile(target, "w") as copy:
        for name, data in entries.items():
            copy.writestr(name, data)
    return target


@pytest.fixture(scope="module")
def diverged(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("diverged")
    return diverged_copy(default_model_path(), folder / "diverged.keras")


@pytest.fixture(scope="module")
def seven(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("images") / "seven.png"
    image = np.zeros((28, 28), np.uint8)
    image[6:9, 6:22] = 255
    image[8:24, 17:20] = 255
    Image.fromarray(255 - image).save(path)
    return path


@pytest.mark.parametrize("command", [("predict", "IMG"), ("predict", "IMG", "--json"),
                                     ("evaluate",)])
def test_a_diverged_model_is_said_to_be_broken_in_one_line(diverged, seven, command):
    """H9: `predict` printed "0 (nan%)" with exit 0, --json emitted NaN, evaluate said 9.80%."""
    args = [str(seven) if arg == "IMG" else arg for arg in command]
    done = run_cli(args[0], "--model", str(diverged), *args[1:], timeout=120)
    assert done.returncode == 2 and done.stdout == ""
    (line,) = done.stderr.strip().splitlines()
    assert "gives no answer: the model's outputs are not numbers" in line


def test_predict_and_evaluate_default_to_the_bundled_model(seven):
    """Newcomer 10: `predict` and `evaluate` required --model."""
    done = run_cli("predict", str(seven), "--json", timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["label"] == "7"


@pytest.mark.slow
def test_a_five_class_model_is_recorded_with_five_outputs(tmp_path):
    """H12: a 5-class model was recorded as 784-16-10 in its metadata and in the history."""
    from model.data.datasets import IDX_FILES, load_dataset
    from model.data.idx import write_idx
    from model.files.reading import read_metadata
    from model.history.store import RunStore

    mnist = load_dataset("mnist")
    train, test = mnist.y_train < 5, mnist.y_test < 5
    for name, array in zip(IDX_FILES, (mnist.x_train[train][:500], mnist.y_train[train][:500],
                                       mnist.x_test[test][:100], mnist.y_test[test][:100]),
                           strict=True):
        write_idx(tmp_path / name, array)
    (tmp_path / "classes.txt").write_text("\n".join(f"shape {i}" for i in range(5)))
    env = {**os.environ, "DIGITLAB_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, str(REPO / "main.py"), "train", "--dataset",
                           str(tmp_path), "--hidden", "16", "--epochs", "1", "--out",
                           str(tmp_path / "m.keras")], capture_output=True, text=True,
                          timeout=240, cwd=REPO, env=env)
    assert done.returncode == 0, done.stderr
    assert read_metadata(tmp_path / "m.keras")["network"]["num_classes"] == 5
    with RunStore(tmp_path / "runs.sqlite") as store:
        assert [run.network for run in store.runs()] == ["784-16-5 relu"]
@pytest.mark.parametrize("make", [damaged_png, odd_dds], ids=["PNG", "DDS"])
def test_predict_refuses_a_damaged_image_in_one_line(tmp_path, capsys, make):
    """A PNG with a damaged chunk gave a SyntaxError traceback, a damaged DDS a
    NotImplementedError one."""
    path = make(tmp_path / "damaged")
    status = cli_main(["predict", "--model", str(bundled_model_path()), str(path)])
    error = capsys.readouterr().err
    assert status == 2 and error.count("\n") == 1
    assert error.startswith(f"digitlab: error: {path}: not a readable image (")
