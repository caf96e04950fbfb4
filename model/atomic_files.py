"""Replace files so readers, crashes and full disks see the old file or the new one, never half.

Every file DigitLab writes (model files, IDX files, checksums) goes through
:func:`written_atomically`: the new content goes to a hidden temporary name beside the target,
is flushed to disk, and is then renamed over the target in one step. A process killed mid-write
leaves its temporary file behind; the next write to the same target removes such leftovers.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path

NAME_MAX = 255
"""The longest file name most file systems take (bytes): the temporary name must fit too."""
_TEMP_TAG = ".tmp-"
STALE_AFTER_S = 24 * 3600
"""A leftover whose writer may still be alive (its pid reused) is removed once it is this old."""


def temporary_name(path: Path, pid: int | None = None) -> Path:
    """The hidden name a new ``path`` is written under (``.<stem>.tmp-<pid><suffix>``).

    It keeps the suffix, as Keras needs it, and shortens the stem so the name fits ``NAME_MAX``.
    """
    tail = f"{_TEMP_TAG}{os.getpid() if pid is None else pid}{path.suffix}"
    room = NAME_MAX - len(tail.encode()) - 1
    stem = path.stem.encode()[:room].decode(errors="ignore")
    return path.with_name(f".{stem}{tail}")


def check_writable(path: Path) -> None:
    """Raise ``OSError`` now if writing ``path`` would fail later (before a long training run).

    The check is the real thing: it creates and removes the temporary file the save will use, so
    a read-only folder, a missing folder, a name that is too long or a target that is a folder
    are all found, with the operating system's own message.
    """
    if path.is_dir():
        raise IsADirectoryError(21, "Is a directory", str(path))
    temp = temporary_name(path)
    descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    os.close(descriptor)
    temp.unlink()


@contextlib.contextmanager
def written_atomically(path: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it durably replaces ``path``.

    On any failure the temporary file is removed, ``path`` is left untouched and the error
    propagates unchanged (callers turn it into their own kind of error).
    """
    remove_stale_temporaries(path)
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


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Delete temporary files of ``path`` left by writers that died (killed, crashed, power cut).

    A leftover is stale when the process named in it no longer runs, or when it is older than
    ``STALE_AFTER_S`` (the pid was reused). Returns what was removed.
    """
    own = temporary_name(path, 0).name
    prefix = own[: own.rindex(_TEMP_TAG) + len(_TEMP_TAG)]
    pattern = re.compile(re.escape(prefix) + r"(\d+)" + re.escape(path.suffix) + "$")
    removed = []
    for candidate in path.parent.glob(f".*{_TEMP_TAG}*"):
        match = pattern.match(candidate.name)
        if match and _is_stale(candidate, int(match.group(1))):
            with contextlib.suppress(OSError):
                candidate.unlink()
                removed.append(candidate)
    return removed


def _is_stale(temp: Path, pid: int) -> bool:
    if pid == os.getpid():
        return False
    try:
        age = time.time() - temp.stat().st_mtime
    except OSError:
        return False
    return not process_runs(pid) or age > STALE_AFTER_S


def process_runs(pid: int) -> bool:
    """Whether process ``pid`` still runs (on Windows, assumed: probing it there would harm it)."""
    if os.name == "nt":  # os.kill(pid, 0) would send Ctrl+C there
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # e.g. PermissionError: it runs, as another user
        return True
    return True


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
