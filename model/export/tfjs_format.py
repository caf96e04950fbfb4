"""TF.js layers format: a folder with ``model.json`` and weight shards, for ``tf.loadLayersModel``.

The ``tensorflowjs`` converter does not work with Keras 3, so the folder is written directly: a
Keras-2-style Sequential topology (the one TF.js understands) and the weights as little-endian
float32, cut into 4 MiB shards as the converter does. Per-feature constants (standardisation,
rescaling, batch norm) become BatchNormalization layers with mean 0, variance 1 and no epsilon,
so each computes exactly ``x·a + b`` (``standardize`` keeps ``(x − mean)/√variance`` with
variance = std²). The folder is written beside its target and renamed into place.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from model.atomic_files import temporary_name
from model.errors import DigitLabError
from model.export.network import ExportNetwork, run_formulas
from model.image_size import IMAGE_SIDE
from model.inference.layers import Formula
from model.translatable import QT_TRANSLATE_NOOP, marked

MODEL_JSON = "model.json"
SHARD_BYTES = 4 * 2**20
"""The tensorflowjs converter's default shard size: small enough for every browser cache."""
KERAS_VERSION = "2.15.0"
"""The Keras whose topology format this is: the last Keras 2, whose format TF.js reads."""
_TFJS_ACTIVATIONS = {"silu": "swish"}
"""Keras activation names TF.js spells differently (leaky_relu is a layer of its own there)."""


def _layer(class_name: str, name: str, **config: Any) -> dict[str, Any]:
    return {"class_name": class_name,
            "config": {"name": name, "trainable": False, "dtype": "float32", **config}}


def _affine_layer(name: str, mean: np.ndarray, variance: np.ndarray, gamma: np.ndarray,
                  beta: np.ndarray) -> tuple[dict[str, Any], list[tuple[str, np.ndarray]]]:
    layer = _layer("BatchNormalization", name, axis=-1, momentum=0.99, epsilon=0.0,
                   center=True, scale=True)
    return layer, [(f"{name}/gamma", gamma), (f"{name}/beta", beta),
                   (f"{name}/moving_mean", mean), (f"{name}/moving_variance", variance)]


def _formula_layer(index: int, formula: Formula
                   ) -> tuple[dict[str, Any], list[tuple[str, np.ndarray]]]:
    """One formula as a Keras 2 layer config and its named weights."""
    name = f"{formula.kind}_{index}"
    if formula.kind == "dense":
        layer = _layer("Dense", name, units=int(formula.a.shape[1]), activation="linear",
                       use_bias=True)
        return layer, [(f"{name}/kernel", formula.a), (f"{name}/bias", formula.b)]
    if formula.kind in ("standardize", "scale"):
        features = formula.a.reshape(-1)
        zero, one = np.zeros_like(features), np.ones_like(features)
        if formula.kind == "standardize":
            return _affine_layer(name, features, np.square(formula.b.reshape(-1)), one, zero)
        return _affine_layer(name, zero, one, features, formula.b.reshape(-1))
    if formula.name == "leaky_relu":
        return _layer("LeakyReLU", name, alpha=0.2), []
    return _layer("Activation", name,
                  activation=_TFJS_ACTIVATIONS.get(formula.name, formula.name)), []


def tfjs_files(network: ExportNetwork) -> dict[str, bytes]:
    """``model.json`` and the shards, by file name."""
    layers = [_layer("InputLayer", "pixels", batch_input_shape=[None, IMAGE_SIDE, IMAGE_SIDE],
                     sparse=False),
              _layer("Flatten", "flatten", data_format="channels_last")]
    weights: list[tuple[str, np.ndarray]] = []
    for index, formula in enumerate(network.formulas):
        layer, named = _formula_layer(index, formula)
        layers.append(layer)
        weights.extend(named)
    del layers[0]["config"]["trainable"]
    data = b"".join(np.ascontiguousarray(array, "<f4").tobytes() for _, array in weights)
    count = max(1, -(-len(data) // SHARD_BYTES))
    shards = {f"group1-shard{i + 1}of{count}.bin": data[i * SHARD_BYTES:(i + 1) * SHARD_BYTES]
              for i in range(count)}
    model_json = {
        "format": "layers-model", "generatedBy": network.description["producer"],
        "convertedBy": None,
        "modelTopology": {"class_name": "Sequential", "keras_version": KERAS_VERSION,
                          "backend": "tensorflow",
                          "config": {"name": network.name, "layers": layers}},
        "weightsManifest": [{"paths": list(shards), "weights": [
            {"name": name, "shape": list(array.shape), "dtype": "float32"}
            for name, array in weights]}],
        "userDefinedMetadata": network.description,
    }
    return {MODEL_JSON: json.dumps(model_json).encode(), **shards}


def write(network: ExportNetwork, out: Path) -> list[Path]:
    """Write the folder ``out`` (new, or a previous TF.js export it replaces); the files written.

    The files go to a hidden folder beside ``out`` that is renamed into place, so a reader sees
    the old folder or the new one, never a mix; a folder holding anything else is refused.
    """
    _check_replaceable(out)
    files = tfjs_files(network)
    temp = temporary_name(out)
    shutil.rmtree(temp, ignore_errors=True)
    try:
        temp.mkdir()
        for name, data in files.items():
            (temp / name).write_bytes(data)
        _replace_folder(temp, out)
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    return [out / name for name in files]


def _check_replaceable(out: Path) -> None:
    """Refuse to replace anything but an earlier export or an empty folder."""
    if not out.exists() or (out.is_dir() and ((out / MODEL_JSON).is_file()
                                              or not any(out.iterdir()))):
        return
    raise DigitLabError(marked(
        QT_TRANSLATE_NOOP("Model", "{out} already exists and is not a TF.js model folder; "
                                   "expected a new or empty folder, or one an earlier export "
                                   "wrote"), out=str(out)))


def _replace_folder(new: Path, out: Path) -> None:
    """Rename ``new`` to ``out``, moving an earlier export aside first and deleting it after."""
    if not out.exists():
        os.replace(new, out)
        return
    old = temporary_name(out.with_name(out.name + "-old"))
    shutil.rmtree(old, ignore_errors=True)
    os.replace(out, old)
    try:
        os.replace(new, out)
    except OSError:
        os.replace(old, out)
        raise
    with contextlib.suppress(OSError):
        shutil.rmtree(old)


def read(out: Path) -> Callable[[np.ndarray], np.ndarray]:
    """The written folder read back into formulas and run in numpy: checks what was written
    (topology, manifest order, shard cuts), not TF.js itself (the tests run that)."""
    model_json = json.loads((out / MODEL_JSON).read_text())
    manifest = model_json["weightsManifest"][0]
    data = b"".join((out / path).read_bytes() for path in manifest["paths"])
    arrays, offset = {}, 0
    for entry in manifest["weights"]:
        size = int(np.prod(entry["shape"]))
        arrays[entry["name"]] = np.frombuffer(data, "<f4", size, offset).reshape(entry["shape"])
        offset += 4 * size
    formulas = [_read_layer(layer, arrays)
                for layer in model_json["modelTopology"]["config"]["layers"][2:]]
    return lambda images: run_formulas(formulas, images)


def _read_layer(layer: dict[str, Any], arrays: dict[str, np.ndarray]) -> Formula:
    config = layer["config"]
    weight = {key.rpartition("/")[2]: value for key, value in arrays.items()
              if key.rpartition("/")[0] == config["name"]}
    if layer["class_name"] == "Dense":
        return Formula("dense", weight["kernel"], weight["bias"])
    if layer["class_name"] == "BatchNormalization":
        factor = weight["gamma"] / np.sqrt(weight["moving_variance"])
        return Formula("scale", factor, weight["beta"] - weight["moving_mean"] * factor)
    if layer["class_name"] == "LeakyReLU":
        return Formula("activation", name="leaky_relu")
    names = {tfjs: keras for keras, tfjs in _TFJS_ACTIVATIONS.items()}
    return Formula("activation", name=names.get(config["activation"], config["activation"]))
