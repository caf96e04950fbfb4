"""Where a user-chosen output may go: :func:`checked_output_path`, the one check every writer
of a file the user names calls before its work starts.

A name the user typed can point anywhere: at the run history, at a model file when a CSV was
meant, at a FIFO, a device or a symbolic link. Writing atomically would replace whatever is
there with a regular file, so the check refuses the app's own data files, anything that is not a
regular file or a new name, and a file of another kind (its suffix names what it holds); a
symbolic link is followed on purpose, so the file it points to is written and the link stays.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from pathlib import Path

from model.atomic_files import check_writable, write_bytes_atomically
from model.errors import DigitLabError
from model.input_files import FILE_KINDS
from model.translatable import QT_TRANSLATE_NOOP, MarkedText, marked
from model.user_data import is_app_data


class OutputPathError(DigitLabError):
    """A file the user named cannot, or must not, be written."""


def checked_output_path(path: str | os.PathLike[str], suffixes: Sequence[str], what: str) -> Path:
    """The file to write for ``path`` (its symbolic links followed), checked now.

    ``suffixes`` are the lower-case suffixes of the kind written (``(".csv",)``), ``what`` names
    it for messages, marked for the window (``QT_TRANSLATE_NOOP("Model", "the curves")``).
    Raises :class:`OutputPathError`, in one line, for an empty name, a name of another kind, one
    of DigitLab's own data files, something that is not a regular file, or a place the operating
    system will not write to.
    """
    if not os.fspath(path):
        raise OutputPathError(marked(
            QT_TRANSLATE_NOOP("Model", "Cannot write {what}: expected a file name, got an empty "
                                       "one"), what=marked(what)))
    target = Path(path).resolve()
    refusal = _refusal(target, suffixes)
    if refusal is None:
        try:
            check_writable(target)
        except OSError as error:
            refusal = error.strerror or str(error)
    if refusal is not None:
        shown = path if target == Path(path).absolute() else f"{path} (→ {target})"
        raise OutputPathError(marked(
            QT_TRANSLATE_NOOP("Model", "Cannot write {what} to {path}: {refusal}"),
            what=marked(what), path=str(shown), refusal=refusal))
    return target


def write_output(path: Path, data: bytes, what: str) -> None:
    """Write ``data`` atomically to ``path`` (checked by :func:`checked_output_path`); a failed
    write (a full disk) is an :class:`OutputPathError` in one line, the old file untouched."""
    try:
        write_bytes_atomically(path, data)
    except OSError as error:
        raise OutputPathError(marked(
            QT_TRANSLATE_NOOP("Model", "Cannot write {what} to {path}: {refusal}"),
            what=marked(what), path=str(path), refusal=error.strerror or str(error))) from error


def _refusal(target: Path, suffixes: Sequence[str]) -> str | MarkedText | None:
    """Why ``target`` must not be written, or None."""
    if is_app_data(target):
        return marked(QT_TRANSLATE_NOOP("Model", "it is one of DigitLab's own data files; choose "
                                                 "another name"))
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        mode = stat.S_IFREG  # a new name: it will be a regular file
    except OSError as error:
        return error.strerror or str(error)
    for is_kind, kind in FILE_KINDS:
        if is_kind(mode):
            return marked(QT_TRANSLATE_NOOP("Model", "expected a new name or a regular file, "
                                                     "found {kind}"), kind=marked(kind))
    if target.suffix.lower() not in suffixes:
        return marked(QT_TRANSLATE_NOOP("Model", "expected a name ending in {suffixes}, found "
                                                 "{suffix}"),
                      suffixes=" or ".join(suffixes), suffix=repr(target.suffix or "no suffix"))
    return None
