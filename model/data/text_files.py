"""The bundled text data sets (pendigits, optdigits) are ASCII files, gzipped in ``resources/``."""

from __future__ import annotations

import gzip
from pathlib import Path

from model.errors import DatasetError


def read_ascii_lines(path: Path, what: str) -> list[str]:
    """The lines of an ASCII file, gunzipped first if its name ends in ``.gz``; an unreadable,
    broken or non-ASCII file is a :class:`DatasetError` naming ``what`` it should have been."""
    try:
        raw = path.read_bytes()
        return (gzip.decompress(raw) if path.suffix == ".gz" else raw).decode("ascii").splitlines()
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise DatasetError(f"cannot read {what} file {path}: {exc}") from exc
