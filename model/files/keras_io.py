"""Saving and loading model files through Keras: atomic saves with DigitLab metadata, safe loads.

Importing this module is cheap, but its functions import TensorFlow (through
:mod:`model.keras_runtime`); code that only reads files uses :mod:`model.files.reading`.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import sys
import warnings
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import h5py
import numpy as np

from model import __version__
from model.atomic_files import written_atomically
from model.errors import ModelFileError
from model.files.formats import FORMATS, file_format
from model.files.reading import (
    METADATA_ATTR,
    METADATA_ENTRY,
    check_model_shape,
    check_readable,
    read_model_file,
    reason,
    refuse_code,
)
from model.keras_runtime import keras
from model.output_paths import checked_output_path
from model.translatable import QT_TRANSLATE_NOOP

FREE_SPACE_MARGIN = 2**18
"""Room kept beyond the weights for the file's structure, config and metadata."""

# ---------------------------------------------------------------------------------- loading


def load_keras_model(path: str | os.PathLike[str], *,
                     expected_classes: int | None = None) -> tuple[Any, dict[str, Any]]:
    """A Keras model and its DigitLab metadata, loaded in Keras' safe mode.

    The config is screened for code before Keras sees it. Compiling is attempted so evaluation
    and further training work at once; a model whose compile settings Keras cannot rebuild still
    loads, uncompiled.
    """
    path = Path(path)
    contents = read_model_file(path, weights=False)
    refuse_code(contents.config, path)
    try:
        model = _keras_load(path)
    except Exception as exc:
        raise ModelFileError(f"Could not load {path} with Keras: {reason(exc)}") from exc
    check_model_shape(tuple(model.input_shape[1:]), model.output_shape[-1], expected_classes,
                      source=path)
    return model, contents.metadata


def _keras_load(path: Path) -> Any:
    k = keras()
    with warnings.catch_warnings():
        # A file saved with include_optimizer=False has no optimizer state, on purpose.
        warnings.filterwarnings("ignore", message="Skipping variable loading for optimizer")
        try:
            return k.models.load_model(path, compile=True, safe_mode=True)
        except Exception:
            return k.models.load_model(path, compile=False, safe_mode=True)


# ----------------------------------------------------------------------------------- saving


def save_model(model: Any, path: str | os.PathLike[str], metadata: dict[str, Any], *,
               include_optimizer: bool = True) -> Path:
    """Save ``model`` with DigitLab ``metadata`` to ``path`` (``.keras`` or legacy ``.h5``).

    Written atomically (see :func:`_atomic_write`), so a crash or a full disk never leaves a
    half-written model where a good one was. ``include_optimizer=False`` drops the optimizer
    state (two thirds of an Adam model's size) but keeps the compile settings.
    """
    path = Path(path)
    fmt = file_format(path)
    saved = model if include_optimizer else _without_optimizer(model)
    payload = _metadata_json(metadata)
    with _atomic_write(path) as temp:  # stale temporaries are gone: their space counts
        _check_free_space(path, _estimated_size(saved) + len(payload))
        saved.save(temp)
        _attach_metadata(temp, fmt, payload)
    return path


def check_output_path(path: str | os.PathLike[str]) -> Path:
    """The model file to write for ``path`` (links followed), refused now if a save would fail
    or must not happen (before minutes of training): see
    :func:`~model.output_paths.checked_output_path`."""
    file_format(Path(path))
    return checked_output_path(path, tuple(FORMATS), QT_TRANSLATE_NOOP("Model", "a model"))


def _estimated_size(model: Any) -> int:
    """Bytes the saved file needs at least: every weight, plus the optimizer's state if built."""
    variables = list(model.weights)
    optimizer = getattr(model, "optimizer", None)
    if optimizer is not None and getattr(optimizer, "built", False):
        variables += list(optimizer.variables)
    return sum(math.prod(v.shape) * np.dtype(v.dtype).itemsize for v in variables)


def _check_free_space(path: Path, needed: int) -> None:
    """Refuse a save that cannot fit: HDF5 crashes the whole process when the disk fills up.

    Called inside :func:`_atomic_write`, which puts "Could not save <path>:" before the reason."""
    free = shutil.disk_usage(path.parent if path.parent.exists() else Path.cwd()).free
    if free < needed + FREE_SPACE_MARGIN:
        raise ModelFileError(
            f"the disk has {free / 2**20:.1f} MiB free, the model needs "
            f"about {(needed + FREE_SPACE_MARGIN) / 2**20:.1f} MiB; the old file is untouched")


def copy_model_file(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> Path:
    """Copy a model file atomically ("Save model as…" in the GUI), without TensorFlow.

    Converting between formats would need Keras, so both names must have the same format.
    """
    source, target = Path(source), Path(target)
    if file_format(source) != file_format(target):
        raise ModelFileError(f"Cannot save {source.name} as {target}: expected the same format "
                             f"as the original ({source.suffix}), found {target.suffix}")
    target = check_output_path(target)
    check_readable(source)
    with _atomic_write(target) as temp:
        shutil.copyfile(source, temp)
    return target


def convert_model_file(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> Path:
    """Save the model in ``source`` as ``target`` in the format its suffix names, metadata
    included (through Keras: a ``.keras`` model saved as legacy ``.h5``)."""
    target = check_output_path(target)
    model, metadata = load_keras_model(source)
    return save_model(model, target, metadata)


@contextmanager
def _atomic_write(path: Path) -> Iterator[Path]:
    """:func:`~model.atomic_files.written_atomically`, with failures as :class:`ModelFileError`."""
    try:
        with written_atomically(path) as temp:
            yield temp
    except Exception as exc:  # Keras, h5py and the OS all raise their own kinds
        raise ModelFileError(f"Could not save {path}: {reason(exc)}") from exc


def _metadata_json(metadata: dict[str, Any]) -> str:
    """``metadata`` with the version/date defaults filled in, as JSON (numpy values converted)."""
    filled = {**_default_metadata(), **metadata}
    try:
        return json.dumps(filled, default=_to_json, ensure_ascii=False)
    except (TypeError, ValueError) as exc:
        raise ModelFileError(f"DigitLab metadata must be JSON-serializable: {exc}") from exc


def _default_metadata() -> dict[str, str]:
    k = keras()
    return {
        "app_version": __version__,
        "tensorflow_version": sys.modules["tensorflow"].__version__,
        "keras_version": k.__version__,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def _to_json(value: Any) -> Any:
    if isinstance(value, (np.generic, np.ndarray)):
        return value.tolist()
    if isinstance(value, os.PathLike):
        return os.fspath(value)
    raise TypeError(f"{type(value).__name__} {value!r} is not JSON-serializable")


def _without_optimizer(model: Any) -> Any:
    """A copy with the same weights and compile settings but an unbuilt (stateless) optimizer."""
    k = keras()
    copy = k.models.clone_model(model)
    copy.set_weights(model.get_weights())
    compile_config = model.get_compile_config()
    if compile_config:
        # compile() leaves the new optimizer unbuilt; compile_from_config() would build it.
        copy.compile(**k.saving.deserialize_keras_object(compile_config))
    return copy


def _attach_metadata(path: Path, fmt: str, payload: str) -> None:
    if fmt == "keras":
        with zipfile.ZipFile(path, "a") as archive:
            archive.writestr(METADATA_ENTRY, payload)
    else:
        with h5py.File(path, "a") as store:
            store.attrs[METADATA_ATTR] = payload
