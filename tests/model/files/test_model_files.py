"""Model files: atomic saves with metadata, safe loads, and clear errors for anything else."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import tracemalloc
import warnings
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import h5py
import numpy as np
import pytest

import model as digitlab
from model.config import (
    CONFIG_VERSION,
    CONFIG_VERSION_KEY,
    LayerConfig,
    NetworkConfig,
    TrainingConfig,
)
from model.errors import DigitLabError, ModelFileError
from model.files.keras_io import check_output_path, copy_model_file, load_keras_model, save_model
from model.files.metadata import stored_configs
from model.files.reading import (
    FLOAT_BYTES,
    JSON_LIMIT,
    WEIGHTS_LIMIT,
    check_model_shape,
    read_metadata,
    saved_weights_bytes,
)
from model.inference.predictor import Predictor
from model.keras_runtime import keras
from model.training.build import build_model, compile_model
from tests.conftest import REPO, fill_disk

FORMATS = (".keras", ".h5")
PROBE = np.random.default_rng(5).random((64, 28, 28), dtype=np.float32)


@pytest.fixture(scope="module")
def mlp():
    """A 784-16-10 MLP after a few Adam steps, so it has weights and optimizer state to keep."""
    rng = np.random.default_rng(0)
    model = build_model(NetworkConfig(hidden=(LayerConfig(16),)), seed=1)
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    model.fit(rng.random((96, 28, 28), dtype=np.float32), rng.integers(0, 10, 96), batch_size=32,
              epochs=1, verbose=0)
    return model


def outputs(model) -> np.ndarray:
    return model(PROBE, training=False).numpy()


def temp_files(folder: Path) -> list[Path]:
    return [path for path in folder.iterdir() if ".tmp-" in path.name]


# ------------------------------------------------------------------------------- round trip


@pytest.mark.parametrize("suffix", FORMATS)
def test_round_trip_keeps_predictions_metadata_and_optimizer(mlp, suffix, tmp_path):
    metadata = {"class_names": list("0123456789"), "metrics": {"accuracy": np.float32(0.5)},
                "history": {"loss": np.array([2.5, 1.5])}, "seed": np.int64(7),
                "created": "2024-01-02T03:04:05+00:00"}
    path = save_model(mlp, tmp_path / f"digits{suffix}", metadata)
    assert path == tmp_path / f"digits{suffix}" and temp_files(tmp_path) == []

    stored = read_metadata(path)
    assert stored["metrics"] == {"accuracy": 0.5} and stored["history"] == {"loss": [2.5, 1.5]}
    assert stored["seed"] == 7 and stored["created"] == "2024-01-02T03:04:05+00:00"
    assert stored["app_version"] == digitlab.__version__
    assert stored["keras_version"] == keras().__version__ and stored["tensorflow_version"]

    loaded, loaded_metadata = load_keras_model(path, expected_classes=10)
    assert loaded_metadata == stored
    assert loaded.compiled
    assert int(loaded.optimizer.iterations) == int(mlp.optimizer.iterations) == 3
    np.testing.assert_allclose(outputs(loaded), outputs(mlp), atol=1e-7)
    np.testing.assert_allclose(Predictor.load(path).predict_proba(PROBE), outputs(mlp), atol=1e-5)


def test_created_defaults_to_now_in_utc(mlp, tmp_path):
    stored = read_metadata(save_model(mlp, tmp_path / "now.keras", {}))
    created = datetime.fromisoformat(stored["created"])
    assert created.utcoffset() == timedelta(0)
    assert abs(datetime.now(UTC) - created) < timedelta(minutes=5)


@pytest.mark.parametrize("suffix", FORMATS)
def test_without_optimizer_is_smaller_and_still_compiled(mlp, suffix, tmp_path):
    full = save_model(mlp, tmp_path / f"full{suffix}", {})
    slim = save_model(mlp, tmp_path / f"slim{suffix}", {}, include_optimizer=False)
    assert slim.stat().st_size < 0.5 * full.stat().st_size
    with warnings.catch_warnings():
        warnings.simplefilter("error", UserWarning)
        loaded, _ = load_keras_model(slim)
    assert loaded.compiled
    np.testing.assert_allclose(outputs(loaded), outputs(mlp), atol=1e-7)


def test_plain_keras_file_has_no_metadata(mlp, tmp_path):
    path = tmp_path / "plain.keras"
    mlp.save(path)
    assert read_metadata(path) == {}
    assert load_keras_model(path)[1] == {}
    assert Predictor.load(path).class_names == tuple("0123456789")


def test_read_metadata_does_not_import_tensorflow(mlp, tmp_path):
    paths = [str(save_model(mlp, tmp_path / f"m{suffix}", {"dataset": "mnist"}))
             for suffix in FORMATS]
    code = (
        "import sys\n"
        "from model.files.reading import read_metadata\n"
        f"assert all(read_metadata(p)['dataset'] == 'mnist' for p in {paths!r})\n"
        "assert 'tensorflow' not in sys.modules and 'keras' not in sys.modules\n"
    )
    completed = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                               text=True, timeout=60)
    assert completed.returncode == 0, completed.stderr


# ---------------------------------------------------------------------------- atomic saving


def _fail(*args, **kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize(("suffix", "target"), [
    (".keras", (zipfile.ZipFile, "writestr")),  # while adding digitlab.json
    (".h5", (h5py.AttributeManager, "__setitem__")),  # while Keras writes the HDF5 file
    (".keras", (os, "fsync")),
    (".h5", (os, "replace")),
])
def test_failed_save_leaves_old_file_and_no_temp(mlp, suffix, target, tmp_path, monkeypatch):
    path = save_model(mlp, tmp_path / f"model{suffix}", {"version": "old"})
    before = path.read_bytes()
    monkeypatch.setattr(*target, _fail)
    with pytest.raises(ModelFileError, match=rf"Could not save .*model\{suffix}: .*No space left"):
        save_model(mlp, path, {"version": "new"})
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert temp_files(tmp_path) == []
    assert read_metadata(path)["version"] == "old"


def test_failed_first_save_leaves_nothing(mlp, tmp_path, monkeypatch):
    monkeypatch.setattr(zipfile.ZipFile, "writestr", _fail)
    with pytest.raises(ModelFileError):
        save_model(mlp, tmp_path / "new.keras", {})
    assert list(tmp_path.iterdir()) == []


def test_unserializable_metadata_and_bad_suffix_are_refused(mlp, tmp_path):
    with pytest.raises(ModelFileError, match="JSON-serializable"):
        save_model(mlp, tmp_path / "m.keras", {"callback": object()})
    with pytest.raises(ModelFileError, match=r"expected a model file ending in \.keras"):
        save_model(mlp, tmp_path / "m.pkl", {})
    assert list(tmp_path.iterdir()) == []


def test_copy_model_file(mlp, tmp_path):
    source = save_model(mlp, tmp_path / "a.keras", {"dataset": "mnist"})
    copy = copy_model_file(source, tmp_path / "b.keras")
    assert copy.read_bytes() == source.read_bytes() and temp_files(tmp_path) == []
    with pytest.raises(ModelFileError, match="same format"):
        copy_model_file(source, tmp_path / "b.h5")


# --------------------------------------------------------------------------- refused files


def _truncated(good: Path, path: Path) -> None:
    path.write_bytes(good.read_bytes()[: good.stat().st_size // 2])


def _weights_only(good: Path, path: Path) -> None:
    with h5py.File(path, "w") as store:
        store["kernel"] = np.zeros((784, 10))


def _zip_without_config(good: Path, path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("metadata.json", "{}")


CORRUPTIONS = {
    "truncated": (_truncated, "damaged or truncated zip archive|damaged"),
    "random": (lambda good, path: path.write_bytes(np.random.default_rng(0).bytes(4096)),
               "unknown format|damaged"),
    "empty": (lambda good, path: path.write_bytes(b""), "empty file"),
    "text": (lambda good, path: path.write_text("Hello, I am a digit.\n"), "text file"),
    "swapped": (lambda good, path: path.write_bytes(good.with_suffix(
        ".h5" if good.suffix == ".keras" else ".keras").read_bytes()), "HDF5 file|zip archive"),
}


@pytest.fixture(scope="module")
def good_files(mlp, tmp_path_factory):
    folder = tmp_path_factory.mktemp("good")
    return {suffix: save_model(mlp, folder / f"good{suffix}", {}) for suffix in FORMATS}


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("corruption", sorted(CORRUPTIONS))
def test_corrupt_files_are_refused(good_files, corruption, suffix, tmp_path):
    make, found = CORRUPTIONS[corruption]
    path = tmp_path / f"bad{suffix}"
    make(good_files[suffix], path)
    for read in (load_keras_model, Predictor.load, read_metadata):
        with pytest.raises(ModelFileError, match=found) as caught:
            read(path)
        assert str(path) in str(caught.value)


@pytest.mark.parametrize(("suffix", "make", "found"), [
    (".h5", _weights_only, "'model_config' attribute"),
    (".keras", _zip_without_config, "expected an entry 'config.json'"),
])
def test_incomplete_files_are_refused(suffix, make, found, tmp_path):
    path = tmp_path / f"incomplete{suffix}"
    make(path, path)
    for read in (load_keras_model, Predictor.load):
        with pytest.raises(ModelFileError, match=found):
            read(path)


def test_missing_file_folder_and_suffix(tmp_path):
    folder = tmp_path / "folder.keras"
    folder.mkdir()
    for read in (load_keras_model, Predictor.load, read_metadata):
        with pytest.raises(ModelFileError, match="does not exist"):
            read(tmp_path / "absent.keras")
        with pytest.raises(ModelFileError, match="is a folder"):
            read(folder)
        with pytest.raises(ModelFileError, match=r"suffix '.txt'"):
            read(tmp_path / "notes.txt")


@pytest.mark.parametrize("suffix", FORMATS)
def test_lambda_layer_is_refused(suffix, tmp_path):
    k = keras()
    model = k.Sequential([k.Input((28, 28)), k.layers.Flatten(),
                          k.layers.Lambda(lambda x: x * 2.0, name="doubler"),
                          k.layers.Dense(10, activation="softmax")])
    path = tmp_path / f"lambda{suffix}"
    model.save(path)
    with pytest.raises(ModelFileError, match=r"contains Python code .*'doubler'.* won't run"):
        load_keras_model(path)
    with pytest.raises(ModelFileError, match="'doubler' is a Lambda"):
        Predictor.load(path)


def test_wrong_shaped_models_are_refused(tmp_path):
    k = keras()
    big = k.Sequential([k.Input((32, 32)), k.layers.Flatten(), k.layers.Dense(10)])
    big.save(tmp_path / "big.keras")
    with pytest.raises(ModelFileError, match=r"big.keras expects inputs of shape 32×32"):
        load_keras_model(tmp_path / "big.keras")
    five = save_model(build_model(NetworkConfig(num_classes=5), seed=1), tmp_path / "five.h5", {})
    assert load_keras_model(five)[0].output_shape == (None, 5)
    with pytest.raises(ModelFileError, match="5 output units; expected 10"):
        load_keras_model(five, expected_classes=10)


def test_check_model_shape():
    check_model_shape((28, 28), 10, 10)
    check_model_shape((784,), 3)
    for shape in ((28, 28, 1), (32, 32), (None, 28)):
        with pytest.raises(ModelFileError, match="DigitLab feeds 28×28 images"):
            check_model_shape(shape, 10)
    with pytest.raises(ModelFileError, match="at least 2"):
        check_model_shape((784,), 1)


# --------------------------------------------------------------------------- hostile files


def test_saving_onto_a_full_disk_is_refused_cleanly(mlp, small_disk):
    """D3: saving .h5 onto a nearly full disk crashed the process (HDF5 segfault)."""
    old = save_model(mlp, small_disk / "m.h5", {"version": "old"})
    before = old.read_bytes()
    fill_disk(small_disk, 60_000)
    with pytest.raises(ModelFileError, match="MiB free") as refused:
        save_model(mlp, old, {"version": "new"})
    assert "\n" not in str(refused.value)
    assert old.read_bytes() == before and temp_files(small_disk) == []


def test_save_failures_are_one_line(mlp, tmp_path, monkeypatch):
    def hdf5_style_failure(*args, **kwargs):
        raise OSError("Can't close file (file write failed: time = now\n, errno = 28, ...)")

    monkeypatch.setattr(type(mlp), "save", hdf5_style_failure)
    with pytest.raises(ModelFileError) as refused:
        save_model(mlp, tmp_path / "m.h5", {})
    assert "\n" not in str(refused.value) and temp_files(tmp_path) == []


def test_output_path_is_checked_before_training(small_disk, tmp_path):
    """D2: read-only folders, folders and over-long names failed only after training."""
    (tmp_path / "taken.keras").mkdir()
    for bad, reason in ((tmp_path / "taken.keras", "found a folder"),
                        (tmp_path / "missing" / "m.keras", "No such file"),
                        (tmp_path / "m.txt", "suffix")):
        with pytest.raises(DigitLabError, match=reason):
            check_output_path(bad)
    assert check_output_path(tmp_path / ("x" * 244 + ".keras")).name.startswith("xxx")
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True, timeout=30)
    with pytest.raises(DigitLabError, match="Read-only file system"):
        check_output_path(small_disk / "m.keras")


def _with_metadata(good: Path, path: Path, metadata: dict) -> Path:
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            if item.filename != "digitlab.json":
                target.writestr(item, source.read(item))
        target.writestr("digitlab.json", json.dumps(metadata))
    return path


@pytest.mark.parametrize("metadata, message", [
    ({"class_names": 5}, "class_names must be a list of names"),
    ({"class_names": [1, 2]}, "class_names must be a list of names"),
    ({"dataset": 123}, "dataset must be text"),
    ({"metrics": {"test_accuracy": "high"}}, "metrics.test_accuracy must be a number"),
    ({"network": []}, "network must be a JSON object"),
])
def test_damaged_metadata_is_one_clear_error(good_files, metadata, message, tmp_path):
    """D7, D8: metadata with the wrong types escaped as TypeError / AttributeError tracebacks."""
    path = _with_metadata(good_files[".keras"], tmp_path / "damaged.keras", metadata)
    for read in (read_metadata, Predictor.load):
        with pytest.raises(ModelFileError, match=f"damaged metadata: {message}"):
            read(path)


def test_the_weights_limit_admits_the_largest_network_digitlab_trains():
    """``train --hidden 8192 8192 8192`` saved a file that ``predict`` refused as a zip bomb."""
    three_wide = NetworkConfig(hidden=(LayerConfig(8192),) * 3)
    assert saved_weights_bytes(three_wide) > 2**30, "the old limit, 1 GiB, refused it"
    assert saved_weights_bytes(NetworkConfig.largest()) <= WEIGHTS_LIMIT
    assert WEIGHTS_LIMIT < 6e9


@pytest.mark.parametrize("optimizer", [
    {"optimizer": "adam"},
    {"optimizer": "rmsprop", "momentum": 0.9},
    {"optimizer": "sgd", "momentum": 0.9, "nesterov": True},
])
def test_a_full_save_stays_within_its_weights_bound(optimizer, tmp_path):
    """The bound the limit is made of holds for what Keras really writes, optimizer state and all
    (one training step builds every slot the optimizer keeps)."""
    network = NetworkConfig(hidden=(LayerConfig(64), LayerConfig(32)), input_scaling="standardize")
    model = compile_model(build_model(network, input_stats=(0.1, 0.09), seed=1),
                          TrainingConfig(**optimizer), steps_per_epoch=1)
    rng = np.random.default_rng(0)
    model.fit(rng.random((32, 28, 28), dtype=np.float32), rng.integers(0, 10, 32), verbose=0)
    path = save_model(model, tmp_path / "full.keras", {})
    with zipfile.ZipFile(path) as archive:
        unpacked = archive.getinfo("model.weights.h5").file_size
    weights = network.parameter_count() * FLOAT_BYTES
    assert weights * (1 + (optimizer["optimizer"] != "sgd")) < unpacked
    assert unpacked <= saved_weights_bytes(network)


def test_zip_bomb_config_is_refused_without_unpacking_it(good_files, tmp_path):
    """D15: a 411 KB .keras whose config.json unpacks to gigabytes took 638 MB of memory."""
    bomb = tmp_path / "bomb.keras"
    with zipfile.ZipFile(good_files[".keras"]) as source, \
            zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            if item.filename != "config.json":
                target.writestr(item, source.read(item))
        with target.open("config.json", "w") as config:
            chunk = b" " * 2**20
            for _ in range(JSON_LIMIT // len(chunk) + 2):
                config.write(chunk)
    assert bomb.stat().st_size < 200_000
    tracemalloc.start()
    with pytest.raises(ModelFileError, match="zip bomb"):
        read_metadata(bomb)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 3 * JSON_LIMIT


def _saved_configs(mlp, path: Path, **changes) -> dict:
    """Save ``mlp`` with the metadata of a trained model, changed as given (None: left out),
    and read its configs back."""
    network, training = NetworkConfig(hidden=(LayerConfig(16),)), TrainingConfig(epochs=2)
    metadata = {"network": network.to_dict(), "training": training.to_dict(),
                CONFIG_VERSION_KEY: CONFIG_VERSION, **changes}
    save_model(mlp, path, {key: value for key, value in metadata.items() if value is not None})
    return stored_configs(read_metadata(path))


def test_a_model_file_keeps_its_configs_version_and_an_unversioned_one_still_loads(mlp,
                                                                                  tmp_path):
    assert _saved_configs(mlp, tmp_path / "now.keras").training.epochs == 2
    assert read_metadata(tmp_path / "now.keras")[CONFIG_VERSION_KEY] == CONFIG_VERSION
    old = _saved_configs(mlp, tmp_path / "old.keras", config_version=None)
    assert old.network.hidden == (LayerConfig(16),) and old.note == ""


def test_a_model_file_from_a_newer_digitlab_loads_its_configs_with_a_note(mlp, tmp_path):
    training = {**TrainingConfig(epochs=2).to_dict(), "warmup_epochs": 1}
    future = _saved_configs(mlp, tmp_path / "future.keras", training=training,
                            config_version=CONFIG_VERSION + 1)
    assert future.training == TrainingConfig(epochs=2)
    assert "newer DigitLab" in future.note and "warmup_epochs" in future.note
    assert stored_configs({"dataset": "MNIST"}) is None  # a model DigitLab did not train
