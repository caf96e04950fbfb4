"""File dialogs that start in the folder last used for the same kind of file, and their name
filters, built from the suffixes the model code accepts.

Each kind ("models", "drawings", "curves", "images" …) remembers its own folder in the app's
settings, so exporting curves does not move where models are saved; the first time, a dialog
starts in the user's home folder.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from gui.common.language import translate
from model.files.formats import FORMATS
from model.translatable import QT_TRANSLATE_NOOP

QT_FILE_DIALOG_LABELS = (QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
                         QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"))
"""Qt 6 gave two of its file dialog's labels a mnemonic, and Qt's own catalogues (qtbase) still
translate only the old texts ("Look in:"): in French, Spanish, Portuguese and Chinese they stayed
English. Marked here, they are in the window's catalogues, which Qt asks first."""

PICTURE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp", ".tif", ".tiff")
"""The pictures File ▸ Open picture… lists first (any other file may still be a picture)."""


def all_files() -> str:
    return translate("Common", "All files (*)")


def name_filter(description: str, suffixes: Iterable[str]) -> str:
    """``"Model files (*.keras *.h5)"``: one entry of a file dialog's filter."""
    return f"{description} ({' '.join(f'*{suffix}' for suffix in suffixes)})"


def model_filter() -> str:
    """Every model file DigitLab reads or writes (the suffix picks the format), or any file."""
    return ";;".join((name_filter(translate("Common", "Model files"), FORMATS), all_files()))


def picture_filter() -> str:
    """The usual picture files, or any file."""
    return ";;".join((name_filter(translate("Common", "Pictures"), PICTURE_SUFFIXES),
                      all_files()))


def open_file_name(parent: QWidget, title: str, kind: str, filters: str) -> str:
    """A file to read ("" if cancelled); its folder is remembered for ``kind``."""
    path, _ = QFileDialog.getOpenFileName(parent, title, _folder(kind), filters)
    return _remember(kind, path)


def save_file_name(parent: QWidget, title: str, kind: str, name: str, filters: str) -> str:
    """A file to write, suggested as ``name`` in the last folder of ``kind`` ("" if cancelled)."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path(_folder(kind)) / name),
                                          filters)
    return _remember(kind, path)


def folder_name(parent: QWidget, title: str, kind: str) -> str:
    """A folder to read from or write into ("" if cancelled), remembered for ``kind``."""
    folder = QFileDialog.getExistingDirectory(parent, title, _folder(kind))
    if folder:
        QSettings().setValue(_key(kind), folder)
    return folder


def _key(kind: str) -> str:
    return f"folders/{kind}"


def _folder(kind: str) -> str:
    folder = QSettings().value(_key(kind), "", type=str)
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def _remember(kind: str, path: str) -> str:
    if path:
        QSettings().setValue(_key(kind), str(Path(path).parent))
    return path
