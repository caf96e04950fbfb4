"""The export formats and the one way to export: :func:`export_model` (and, for the window,
:func:`export_in_child`).

Every export reads the model file without TensorFlow, writes the format from the weights, then
reads what it wrote back with that format's own reader and runs it on MNIST test images next to
the app's numpy :class:`~model.inference.predictor.Predictor`: the report says how often the top
class agreed and the largest difference in probabilities, so a user sees the file works before
taking it anywhere. Only LiteRT needs TensorFlow (``needs_tensorflow``); the window runs that
one through :func:`export_in_child` so its own process never imports TensorFlow.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from model.atomic_files import check_writable
from model.errors import DigitLabError, ModelFileError
from model.files.reading import reason
from model.translatable import QT_TRANSLATE_NOOP, marked

if TYPE_CHECKING:
    import numpy as np

    from model.export.network import ExportNetwork

CHECK_IMAGES = 1000
"""MNIST test images every export is checked on (the benchmark uses all 10,000)."""

if TYPE_CHECKING:
    Writer = Callable[[ExportNetwork, Path], list[Path]]
    Reader = Callable[[Path], Callable[[np.ndarray], np.ndarray]]


@dataclass(frozen=True)
class ExportFormat:
    """One format: what it is called and writes, and the module that writes and reads it back.

    Each module (``model/export/<module>.py``) has ``write(network, out)`` and ``read(out)``;
    they are imported on first use, so listing the formats (the command line's parser, the
    window's menu) costs nothing, and TensorFlow and onnx only come with a write.
    """

    name: str
    title: str
    """What menus and messages call it (marked: the window shows it translated)."""
    suffix: str
    """The ending ``--out`` must have; ``""`` for a folder."""
    needs_tensorflow: bool
    module: str

    @property
    def is_folder(self) -> bool:
        return not self.suffix

    @property
    def writer(self) -> Writer:
        return _format_modules()[self.module].write

    @property
    def reader(self) -> Reader:
        return _format_modules()[self.module].read


def _format_modules() -> dict[str, ModuleType]:
    """The writing modules by name, imported on first use (import statements, not names in
    strings, so PyInstaller and import-linter see them)."""
    from model.export import litert_format, onnx_format, tfjs_format, web_page

    return {module.__name__.rpartition(".")[2]: module
            for module in (litert_format, onnx_format, tfjs_format, web_page)}


FORMATS: dict[str, ExportFormat] = {fmt.name: fmt for fmt in (
    ExportFormat("onnx", "ONNX", ".onnx", False, "onnx_format"),
    ExportFormat("tfjs", QT_TRANSLATE_NOOP("Model", "TF.js layers model (folder)"), "", False,
                 "tfjs_format"),
    ExportFormat("litert", QT_TRANSLATE_NOOP("Model", "LiteRT (TensorFlow Lite)"), ".tflite",
                 True, "litert_format"),
    ExportFormat("html", QT_TRANSLATE_NOOP("Model", "Web page (one file, offline)"), ".html",
                 False, "web_page"),
)}


@dataclass(frozen=True)
class ExportReport:
    """What an export wrote and how closely the written file agrees with the app."""

    format: str
    path: str
    files: list[str]
    bytes: int
    images_checked: int
    same_top_class: float
    """Fraction of the checked images whose most likely class is the app's."""
    max_abs_difference: float
    """Largest difference between the file's probabilities and the app's."""
    seconds: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def describe(self) -> str:
        """One line for the command line and the window's status bar."""
        return (f"Wrote {FORMATS[self.format].title} to {self.path} ({self.bytes / 1e6:.2f} MB); "
                f"on {self.images_checked:,} MNIST test images it gives the app's top class "
                f"{100 * self.same_top_class:.2f} % of the time, probabilities within "
                f"{self.max_abs_difference:.1e}")


def export_format(name: str) -> ExportFormat:
    """The format called ``name``, or a one-line error naming the known ones."""
    fmt = FORMATS.get(name)
    if fmt is None:
        raise DigitLabError(f"unknown export format {name!r}; expected one of "
                            f"{', '.join(FORMATS)}")
    return fmt


def check_output(fmt: ExportFormat, out: Path) -> None:
    """Refuse an ``--out`` of the wrong kind before any work (a folder for TF.js, else a file
    with the format's suffix that can be written: the save's own temporary file is tried)."""
    try:
        _check_output(fmt, out)
    except OSError as exc:  # e.g. a name too long for the file system, which even stat refuses
        raise _cannot_write(out, reason(exc)) from exc


def _check_output(fmt: ExportFormat, out: Path) -> None:
    if fmt.is_folder:
        if out.exists() and not out.is_dir():
            raise DigitLabError(marked(
                QT_TRANSLATE_NOOP("Model", "{out} is a file; the TF.js format writes a folder "
                                           "(model.json and weight shards): expected a folder "
                                           "name"), out=str(out)))
    elif out.suffix.lower() != fmt.suffix:
        raise DigitLabError(f"{out}: expected a file name ending in {fmt.suffix} for "
                            f"{fmt.title}, found {out.suffix or 'no suffix'!r}")
    elif out.is_dir():
        raise DigitLabError(marked(
            QT_TRANSLATE_NOOP("Model", "{out} is a folder; expected a file name ending in "
                                       "{suffix}"), out=str(out), suffix=fmt.suffix))
    if not out.parent.is_dir():
        raise _cannot_write(out, marked(QT_TRANSLATE_NOOP("Model", "its folder {folder} does not "
                                                                   "exist"),
                                        folder=str(out.parent)))
    if not fmt.is_folder:
        check_writable(out)


def _cannot_write(out: Path, why: str) -> DigitLabError:
    return DigitLabError(marked(QT_TRANSLATE_NOOP("Model", "cannot write {out}: {why}"),
                                out=str(out), why=why))


def export_model(model_path: str | os.PathLike[str], format_name: str,
                 out: str | os.PathLike[str]) -> ExportReport:
    """Write the model file ``model_path`` as ``format_name`` to ``out`` and check it.

    Raises :class:`DigitLabError` (one line) for an unknown format, a bad model or an ``out``
    that cannot be written; nothing is left half-written (atomic writes).
    """
    import numpy as np

    from model.export.network import load_network

    fmt, out = export_format(format_name), Path(out)
    check_output(fmt, out)
    network, predictor = load_network(model_path)
    start = time.perf_counter()
    try:
        files = fmt.writer(network, out)
    except OSError as exc:
        raise _cannot_write(out, reason(exc)) from exc
    seconds = time.perf_counter() - start
    images = check_images()
    try:
        got = fmt.reader(out)(images)
    except Exception as exc:  # any failure to read back is a broken export, said in one line
        raise ModelFileError(marked(
            QT_TRANSLATE_NOOP("Model", "{out} was written but cannot be read back as {format}: "
                                       "{reason}"),
            out=str(out), format=marked(fmt.title), reason=reason(exc))) from exc
    expected = predictor.predict_proba(images)
    return ExportReport(
        fmt.name, str(out), [str(path) for path in files],
        sum(path.stat().st_size for path in files), len(images),
        float(np.mean(got.argmax(axis=1) == expected.argmax(axis=1))),
        float(np.abs(got - expected).max()), round(seconds, 3))


def check_images() -> np.ndarray:
    """The first ``CHECK_IMAGES`` bundled MNIST test images, float32 in [0, 1]."""
    from model.data.datasets import load_idx_folder
    from model.image_size import to_unit_float
    from model.resources import bundled_mnist_dir

    return to_unit_float(load_idx_folder(bundled_mnist_dir()).x_test[:CHECK_IMAGES])


def export_in_child(model_path: str | os.PathLike[str], format_name: str,
                    out: str | os.PathLike[str]) -> ExportReport:
    """:func:`export_model` in a fresh process, for formats that need TensorFlow (the window's
    process never imports it); errors come back as the same one-line exceptions, and a bad
    format or ``out`` is refused here, before a process starts."""
    check_output(export_format(format_name), Path(out))
    try:
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as child:
            return child.submit(export_model, os.fspath(model_path), format_name,
                                os.fspath(out)).result()
    except BrokenProcessPool as exc:
        raise DigitLabError(marked(
            QT_TRANSLATE_NOOP("Model", "the export to {out} stopped: its process ended "
                                       "unexpectedly (out of memory?)"), out=str(out))) from exc
