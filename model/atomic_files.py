"""Replace files so readers, crashes and full disks see the old file or the new one, never half.

Every file DigitLab writes (model files, IDX files, checksums) goes through
:func:`written_atomically`: the new content goes to a hidden temporary name beside the target,
is flushed to disk, and is then renamed over the target in one step.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path


def temporary_name(path: Path) -> Path:
    """The hidden name a new ``path`` is written under; it keeps the suffix, as Keras needs it."""
    return path.with_name(f".{path.stem}.tmp-{os.getpid()}{path.suffix}")


@contextlib.contextmanager
def written_atomically(path: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it durably replaces ``path``.

    On any failure the temporary file is removed, ``path`` is left untouched and the error
    propagates unchanged (callers turn it into their own kind of error).
    """
    temp = temporary_name(path)
    try:
        yield temp
        _fsync(temp)
        os.replace(temp, path)
        _fsync_directory(path.parent)
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)


def write_bytes_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` through :func:`written_atomically`."""
    with written_atomically(Path(path)) as temp:
        temp.write_bytes(data)


def _fsync(path: Path) -> None:
    with path.open("r+b") as handle:
        os.fsync(handle.fileno())


def _fsync_directory(directory: Path) -> None:
    """Persist the rename itself; best effort, as some platforms cannot open a folder."""
    with contextlib.suppress(OSError):
        descriptor = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
