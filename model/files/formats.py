"""Model file formats, chosen by the file's suffix, written once.

Reading, saving, the command line's ``--out`` check and the window's file dialogs all take the
suffixes from here, so a name one of them accepts is never refused by another.
"""

from __future__ import annotations

from pathlib import Path

from model.errors import ModelFileError
from model.translatable import QT_TRANSLATE_NOOP, marked

FORMATS = {".keras": "keras", ".h5": "h5", ".hdf5": "h5"}
"""Each suffix a model file may have and the format it names: the Keras 3 zip, or legacy HDF5
(Keras dispatches on the suffix too)."""
DEFAULT_SUFFIX = ".keras"
"""What a model is saved as when its name has no model suffix."""


def file_format(path: Path) -> str:
    """``"keras"`` or ``"h5"`` from the suffix (any case)."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ModelFileError(marked(
            QT_TRANSLATE_NOOP("Model", "{path}: expected a model file ending in {suffixes}, "
                                       "found the suffix {suffix}"),
            path=str(path), suffixes=", ".join(FORMATS), suffix=repr(path.suffix or "(none)")))
    return fmt


def is_model_file(path: str | Path) -> bool:
    """Whether ``path``'s suffix (any case) names a model format."""
    return Path(path).suffix.lower() in FORMATS


def with_model_suffix(path: str) -> str:
    """A name typed without a model suffix gets :data:`DEFAULT_SUFFIX` (the suffix picks the
    format)."""
    return path if is_model_file(path) else f"{path}{DEFAULT_SUFFIX}"
