"""What DigitLab metadata read from a file must look like, checked before anything uses it.

A model file comes from anywhere: a hand-edited or damaged ``digitlab.json`` with
``"class_names": 5`` or ``"dataset": 123`` must end as one clear :class:`ModelFileError`, not as a
``TypeError`` deep in the window or the command line. Unknown keys are kept (newer versions may add
some); known keys must have the type DigitLab writes.
"""

from __future__ import annotations

import numbers
from typing import Any

from model.errors import ModelFileError

_TEXT_KEYS = ("dataset", "preprocessing", "app_version", "tensorflow_version", "keras_version",
              "created")
_OBJECT_KEYS = ("network", "training", "metrics", "history")


def check_metadata(metadata: Any, source: object) -> dict[str, Any]:
    """``metadata`` if every known key has the expected type; else a ModelFileError naming it."""
    if not isinstance(metadata, dict):
        _damaged(source, "the metadata must be a JSON object", metadata)
    for key in _TEXT_KEYS:
        if key in metadata and not isinstance(metadata[key], str):
            _damaged(source, f"{key} must be text", metadata[key])
    for key in _OBJECT_KEYS:
        if key in metadata and not isinstance(metadata[key], dict):
            _damaged(source, f"{key} must be a JSON object", metadata[key])
    _check_class_names(metadata.get("class_names"), source)
    _check_metrics(metadata.get("metrics") or {}, source)
    return metadata


def _check_class_names(names: Any, source: object) -> None:
    if names is None:
        return
    if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
        _damaged(source, "class_names must be a list of names, one per class", names)


def _check_metrics(metrics: dict[str, Any], source: object) -> None:
    for key, value in metrics.items():
        is_number = isinstance(value, numbers.Real) and not isinstance(value, bool)
        if key.endswith(("accuracy", "loss", "seconds")) and value is not None and not is_number:
            _damaged(source, f"metrics.{key} must be a number", value)


def _damaged(source: object, expected: str, found: Any) -> None:
    raise ModelFileError(f"{source} has damaged metadata: {expected}, found "
                         f"{type(found).__name__} {str(found)[:60]!r}")
