"""Opening files a person names or drops: regular files only, and never more bytes than asked.

A path can name a named pipe (opening it waits for a writer that may never come), a device
(``/dev/zero`` never ends) or a symlink to either. Such a path is refused from its ``stat`` before
it is opened, and again from the open file's own ``fstat`` (opened without blocking), so a file
swapped in between cannot slip through. Reads stop one chunk past their limit, so a file that
grows while it is read costs no more memory than one at the limit.
"""

from __future__ import annotations

import os
import stat
from typing import BinaryIO

from model.translatable import QT_TRANSLATE_NOOP, MarkedText, marked

CHUNK = 2**20
"""Bytes read at a time."""

FILE_KINDS = ((stat.S_ISDIR, QT_TRANSLATE_NOOP("Model", "a folder")),
              (stat.S_ISFIFO, QT_TRANSLATE_NOOP("Model", "a named pipe (FIFO)")),
              (stat.S_ISCHR, QT_TRANSLATE_NOOP("Model", "a character device")),
              (stat.S_ISBLK, QT_TRANSLATE_NOOP("Model", "a block device")),
              (stat.S_ISSOCK, QT_TRANSLATE_NOOP("Model", "a socket")))
"""What a path can be instead of a regular file, as a message names it (reading and writing)."""


class UnsuitableFileError(ValueError):
    """The path names something other than a regular file, or a file over the size limit.

    The message says what was expected and found, without the path: callers name the file.
    """


def open_regular_file(path: str | os.PathLike[str]) -> BinaryIO:
    """``path`` opened for reading in binary, refused unless it is a regular file.

    Raises :class:`UnsuitableFileError`, or :class:`OSError` (``FileNotFoundError`` …).
    """
    _check_regular(os.stat(path).st_mode)
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        _check_regular(os.fstat(descriptor).st_mode)
        os.set_blocking(descriptor, True)
    except BaseException:
        os.close(descriptor)
        raise
    return os.fdopen(descriptor, "rb")


def read_regular_file(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of the regular file at ``path``, refused if there are more than ``limit``."""
    with open_regular_file(path) as handle:
        declared = os.fstat(handle.fileno()).st_size
        if declared > limit:
            raise _too_large(limit, _size_text(declared))
        chunks, size = [], 0
        while chunk := handle.read(min(CHUNK, limit + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise _too_large(limit, marked(QT_TRANSLATE_NOOP("Model", "more while reading it")))
    return b"".join(chunks)


def _check_regular(mode: int) -> None:
    if not stat.S_ISREG(mode):
        found = next((kind for is_kind, kind in FILE_KINDS if is_kind(mode)),
                     QT_TRANSLATE_NOOP("Model", "not a file"))
        raise UnsuitableFileError(marked(
            QT_TRANSLATE_NOOP("Model", "expected a regular file, found {found}"),
            found=marked(found)))


def _too_large(limit: int, found: MarkedText) -> UnsuitableFileError:
    return UnsuitableFileError(marked(
        QT_TRANSLATE_NOOP("Model", "expected a file of at most {limit}, found {found}"),
        limit=_size_text(limit), found=found))


def _size_text(size: int) -> MarkedText:
    if size >= 2**20:
        return marked(QT_TRANSLATE_NOOP("Model", "{size} MiB"), size=float(f"{size / 2**20:.3g}"))
    return marked(QT_TRANSLATE_NOOP("Model", "{size} bytes"), size=size)
