"""Reading model files without TensorFlow: config, weights and DigitLab metadata.

Two formats are supported, chosen by suffix: the Keras 3 ``.keras`` zip (``config.json``,
``metadata.json``, ``model.weights.h5``) and the legacy HDF5 ``.h5`` (root attribute
``model_config``, group ``model_weights``). DigitLab's own metadata travels inside the file (a
``digitlab.json`` zip entry, or the root attribute ``digitlab_metadata``) so a model never gets
separated from the settings, dataset and class names it was trained with.

This module never imports TensorFlow (an import-linter contract checks it): the GUI reads
metadata and weights (for the numpy :class:`~model.inference.predictor.Predictor`) with
``zipfile`` and ``h5py`` only, and starts in a fraction of a second. Saving and loading through
Keras live in :mod:`model.files.keras_io`.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import h5py
import numpy as np

from model.config import NetworkConfig
from model.errors import ModelFileError
from model.files.formats import file_format
from model.files.metadata_schema import check_metadata
from model.image_size import IMAGE_SIDE
from model.translatable import QT_TRANSLATE_NOOP, MarkedText, marked

METADATA_ENTRY = "digitlab.json"
METADATA_ATTR = "digitlab_metadata"
INPUT_SHAPES = ((IMAGE_SIDE, IMAGE_SIDE), (IMAGE_SIDE ** 2,))
_CODE_LAYERS = ("Lambda", "TFOpLambda")
JSON_LIMIT = 16 * 2**20
"""Unpacked size limit of a .keras file's JSON entries: the largest MLP config is a few KB."""
FLOAT_BYTES = 4
"""DigitLab's weights are float32."""
OPTIMIZER_SLOTS = 2
"""Copies of every weight the optimizer keeps in a full save: Adam's two moments, RMSprop's
velocity and momentum (SGD keeps at most one)."""
HDF5_ALLOWANCE = 2**20
"""HDF5's own headers and the optimizer's counters: a few KB for any MLP."""


def saved_weights_bytes(network: NetworkConfig) -> int:
    """The most a ``.keras`` file's weights entry unpacks to for ``network`` as DigitLab saves it:
    every weight, the optimizer's copies of it, and HDF5's headers."""
    return network.parameter_count() * FLOAT_BYTES * (1 + OPTIMIZER_SLOTS) + HDF5_ALLOWANCE


WEIGHTS_LIMIT = saved_weights_bytes(NetworkConfig.largest())
"""Unpacked size limit of a .keras file's weights: the largest network DigitLab can train, saved
with its optimizer (5.8 GB), fits; a zip bomb unpacking further does not."""
_DAMAGE = (OSError, EOFError, KeyError, ValueError, TypeError, zipfile.BadZipFile, zlib.error)


@dataclass(frozen=True)
class ModelFileContents:
    """What a model file holds, read without TensorFlow.

    ``config`` is the Keras model config (``{"class_name": ..., "config": {"layers": [...]}}``);
    ``weights`` maps each layer name to its arrays in ``layer.get_weights()`` order.
    """

    config: dict[str, Any]
    metadata: dict[str, Any]
    weights: dict[str, list[np.ndarray]] = field(default_factory=dict)


# ----------------------------------------------------------------------------------- checks


def check_model_shape(input_shape: tuple[int | None, ...], output_units: int,
                      expected_classes: int | None = None, *, source: object = "the model") -> None:
    """Refuse a network that cannot read 28×28 digits or that has the wrong number of classes.

    ``input_shape`` excludes the batch axis. Both loaders call this, so a model the GUI accepts
    always fits the drawing canvas and the class labels.
    """
    shape = tuple(input_shape)
    if shape not in INPUT_SHAPES:
        raise ModelFileError(marked(
            QT_TRANSLATE_NOOP("Model", "{source} expects inputs of shape {shape}; DigitLab feeds "
                                       "28×28 images (input shape 28×28 or 784)"),
            source=str(source), shape=_shape_text(shape)))
    if expected_classes is not None and output_units != expected_classes:
        raise ModelFileError(marked(
            QT_TRANSLATE_NOOP("Model", "{source} has {units} output units; expected {classes}, "
                                       "one per class"),
            source=str(source), units=output_units, classes=expected_classes))
    if output_units < 2:
        raise ModelFileError(marked(
            QT_TRANSLATE_NOOP("Model", "{source} has {units} output unit; a classifier needs at "
                                       "least 2"),
            source=str(source), units=output_units))


def _shape_text(shape: tuple[int | None, ...]) -> str:
    return "×".join("?" if size is None else str(size) for size in shape) or "()"


def check_readable(path: Path) -> str:
    """The file's format, after checking that it exists and its content matches its suffix."""
    fmt = file_format(path)
    if not path.exists():
        raise ModelFileError(marked(QT_TRANSLATE_NOOP("Model", "Model file {path} does not exist"),
                                    path=str(path)))
    if not path.is_file():
        raise ModelFileError(marked(
            QT_TRANSLATE_NOOP("Model", "{path} is a folder; expected a model file"),
            path=str(path)))
    matches = zipfile.is_zipfile(path) if fmt == "keras" else h5py.is_hdf5(path)
    if not matches:
        expected = (QT_TRANSLATE_NOOP("Model", "a .keras zip archive") if fmt == "keras"
                    else QT_TRANSLATE_NOOP("Model", "a legacy HDF5 (.h5) model"))
        raise ModelFileError(marked(
            QT_TRANSLATE_NOOP("Model", "{path} is not a Keras model: expected {expected}, found "
                                       "{found}"),
            path=str(path), expected=marked(expected), found=_describe_content(path)))
    return fmt


def _describe_content(path: Path) -> MarkedText:
    """What ``path`` really holds, in words, so the user can tell a mix-up from damage."""
    with path.open("rb") as handle:
        head = handle.read(512)
    if not head:
        return marked(QT_TRANSLATE_NOOP("Model", "an empty file"))
    if head.startswith(b"PK"):
        return marked(QT_TRANSLATE_NOOP("Model", "a zip archive (a .keras model?)")
                      if zipfile.is_zipfile(path)
                      else QT_TRANSLATE_NOOP("Model", "a damaged or truncated zip archive"))
    if head.startswith(b"\x89HDF"):
        return marked(QT_TRANSLATE_NOOP("Model", "an HDF5 file (a legacy .h5 model?)"))
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head)
    except UnicodeDecodeError:
        return marked(QT_TRANSLATE_NOOP("Model", "data in an unknown format"))
    return marked(QT_TRANSLATE_NOOP("Model", "a text file"))


def refuse_code(config: dict[str, Any], source: object) -> None:
    """Refuse a model that embeds Python code (a ``Lambda`` layer).

    Keras' ``safe_mode`` only blocks *lambda* bytecode; a ``Lambda`` naming a function is still
    resolved by import. DigitLab runs plain layers only, whatever the format or Keras version.
    """
    for node in _dicts(config):
        if node.get("class_name") in _CODE_LAYERS:
            layer_config = node.get("config")
            name = layer_config.get("name", "?") if isinstance(layer_config, dict) else "?"
            raise ModelFileError(
                f"{source} contains Python code (a {node['class_name']} layer named {name!r}), "
                "which DigitLab won't run; expected only standard layers"
            )


def _dicts(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _dicts(value)
    elif isinstance(node, list):
        for value in node:
            yield from _dicts(value)


def layer_entries(config: dict[str, Any], source: object) -> list[dict[str, Any]]:
    """The ``{"class_name", "config", ...}`` entries of a Sequential or Functional config."""
    layers = config.get("config", {}).get("layers") if isinstance(config, dict) else None
    if not isinstance(layers, list) or not all(isinstance(layer, dict) for layer in layers):
        raise ModelFileError(
            f"{source}: expected a Keras model config with a list of layers, found "
            f"{type(config).__name__} {str(config)[:80]!r}"
        )
    return layers


# ---------------------------------------------------------------------------------- reading


def read_metadata(path: str | os.PathLike[str]) -> dict[str, Any]:
    """DigitLab's metadata stored in the model file; ``{}`` for a plain Keras file."""
    return _read(Path(path), weights=False).metadata


def read_model_file(path: str | os.PathLike[str], *, weights: bool = True) -> ModelFileContents:
    """Config, metadata and (unless ``weights=False``) weights, without importing TensorFlow."""
    return _read(Path(path), weights=weights)


def _read(path: Path, *, weights: bool) -> ModelFileContents:
    try:
        reader = _read_keras_zip if check_readable(path) == "keras" else _read_h5
        return reader(path, weights)
    except _DAMAGE as exc:
        raise ModelFileError(marked(
            QT_TRANSLATE_NOOP("Model", "{path} is damaged or not a Keras model: {reason}"),
            path=str(path), reason=reason(exc))) from exc


def _read_keras_zip(path: Path, weights: bool) -> ModelFileContents:
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        metadata = (_parse_metadata(_bounded_read(archive, METADATA_ENTRY, path), path)
                    if METADATA_ENTRY in names else {})
        config = _parse_json(_zip_entry(archive, names, "config.json", path), "config.json", path)
        blob = _zip_entry(archive, names, "model.weights.h5", path) if weights else None
    if blob is None:
        return ModelFileContents(config, metadata)
    with h5py.File(io.BytesIO(blob), "r") as store:
        return ModelFileContents(config, metadata, _zip_weights(store, config, path))


def _zip_entry(archive: zipfile.ZipFile, names: set[str], entry: str, path: Path) -> bytes:
    if entry not in names:
        raise ModelFileError(f"{path} is not a complete .keras file: expected an entry "
                             f"{entry!r}, found only {sorted(names)}")
    return _bounded_read(archive, entry, path)


def _bounded_read(archive: zipfile.ZipFile, entry: str, path: Path) -> bytes:
    """An entry's bytes, refusing one that unpacks past its size limit (a zip bomb).

    The sizes a zip's directory declares can lie, so the read itself stops one byte past the limit.
    """
    limit = WEIGHTS_LIMIT if entry.endswith(".h5") else JSON_LIMIT
    with archive.open(entry) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise ModelFileError(f"{path} is refused: its entry {entry!r} unpacks to more than "
                             f"{limit // 2**20} MiB, far more than an MLP needs (a zip bomb?)")
    return data


def _zip_weights(store: h5py.File, config: dict[str, Any],
                 path: Path) -> dict[str, list[np.ndarray]]:
    """Weights per layer name from a ``.keras`` weights store.

    Keras files a Sequential/Functional model's layer variables under ``layers/<key>/vars/<i>``,
    where ``<key>`` is the snake_case class name with a per-class counter in layer order
    (``dense``, ``dense_1``…), not the layer's own name; we rebuild the same keys from the config.
    Newer Keras versions also record the layer name on the group; a mismatch means a file we'd
    misread, so it is refused.
    """
    counters: dict[str, int] = {}
    weights: dict[str, list[np.ndarray]] = {}
    for layer in layer_entries(config, path):
        name = layer.get("config", {}).get("name")
        group = store.get(f"layers/{_auto_name(layer.get('class_name', ''), counters)}/vars")
        if group is None:
            weights[name] = []
            continue
        saved_name = group.attrs.get("name")
        if saved_name is not None and saved_name != name:
            raise ModelFileError(f"{path}: weights of layer {name!r} were expected in its slot "
                                 f"of model.weights.h5, found those of {saved_name!r}")
        weights[name] = [np.asarray(group[str(index)]) for index in range(len(group))]
    return weights


def _auto_name(class_name: str, counters: dict[str, int]) -> str:
    """Keras' ``naming.to_snake_case`` plus its ``_get_unique_name`` counter."""
    base = re.sub(r"\W+", "", class_name)
    base = re.sub("(.)([A-Z][a-z]+)", r"\1_\2", base)
    base = re.sub("([a-z])([A-Z])", r"\1_\2", base).lower()
    if base in counters:
        counters[base] += 1
        return f"{base}_{counters[base]}"
    counters[base] = 0
    return base


def _read_h5(path: Path, weights: bool) -> ModelFileContents:
    with h5py.File(path, "r") as store:
        raw_metadata = store.attrs.get(METADATA_ATTR)
        metadata = {} if raw_metadata is None else _parse_metadata(raw_metadata, path)
        raw_config = store.attrs.get("model_config")
        if raw_config is None:
            raise ModelFileError(f"{path} is not a Keras model: expected an HDF5 file with a "
                                 "'model_config' attribute, found none (a weights-only file?)")
        config = _parse_json(raw_config, "model_config", path)
        if not weights:
            return ModelFileContents(config, metadata)
        if "model_weights" not in store:
            raise ModelFileError(f"{path} is not a complete Keras model: expected a "
                                 "'model_weights' group, found none")
        return ModelFileContents(config, metadata, _h5_weights(store["model_weights"]))


def _h5_weights(group: h5py.Group) -> dict[str, list[np.ndarray]]:
    """Weights per layer name, ordered by the ``layer_names``/``weight_names`` attributes."""
    return {
        name: [np.asarray(group[name][weight]) for weight in _strings(group[name].attrs,
                                                                      "weight_names")]
        for name in _strings(group.attrs, "layer_names")
    }


def _strings(attrs: h5py.AttributeManager, key: str) -> list[str]:
    return [value.decode("utf-8") if isinstance(value, bytes) else str(value)
            for value in attrs[key]]


def _parse_json(raw: bytes | str, what: str, path: Path) -> Any:
    text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    try:
        return json.loads(text)
    except ValueError as exc:
        raise ModelFileError(f"{path}: expected JSON in {what}, found unreadable text "
                             f"({exc})") from exc


def _parse_metadata(raw: bytes | str, path: Path) -> dict[str, Any]:
    return check_metadata(_parse_json(raw, "the DigitLab metadata", path), path)


def reason(exc: BaseException) -> str:
    """An exception in one line: the OS's words for OS errors (HDF5 adds a multi-line dump)."""
    if isinstance(exc, KeyError) and exc.args:
        return str(exc.args[0])
    if isinstance(exc, OSError) and exc.errno:
        return os.strerror(exc.errno)
    return (str(exc) or type(exc).__name__).splitlines()[0]
