"""File dialog name filters, built from the suffixes the model code accepts."""

from __future__ import annotations

from collections.abc import Iterable

from model.files.formats import FORMATS

ALL_FILES = "All files (*)"


def name_filter(description: str, suffixes: Iterable[str]) -> str:
    """``"Model files (*.keras *.h5)"``: one entry of a file dialog's filter."""
    return f"{description} ({' '.join(f'*{suffix}' for suffix in suffixes)})"


MODEL_FILTER = ";;".join((name_filter("Model files", FORMATS), ALL_FILES))
"""Every model file DigitLab reads or writes (the suffix picks the format), or any file."""
