"""Plots as PNG or SVG files, drawn by pyqtgraph's own exporters and written atomically.

pyqtgraph 0.14.0's SVG exporter draws each item with Qt's SVG generator, then re-reads the paths
Qt wrote, and fails on the close-path command that Qt 6.10 and later write (every plot has one:
pyqtgraph issue #3495, fixed upstream but not released). Until a release has the fix, exports
drop that command before pyqtgraph reads the paths; ``tests/gui/runs`` notices when the fix
ships and this can go.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QByteArray, QIODevice

from model.output_paths import checked_output_path, write_output
from model.translatable import QT_TRANSLATE_NOOP

PLOT_SUFFIXES = (".png", ".svg")
PLOTS = QT_TRANSLATE_NOOP("Model", "the plots")
"""What messages call the exported file."""
PNG_WIDTH = 1600
"""Pixels across an exported PNG: sharp on a projector, whatever the size on screen."""


def export_plots(item: pg.GraphicsLayout, path: str | Path) -> Path:
    """Save ``item`` (and everything in it) as SVG or PNG, as the suffix says; the file written.
    An :class:`~model.output_paths.OutputPathError` if it must not or cannot be written."""
    path = checked_output_path(path, PLOT_SUFFIXES, PLOTS)
    svg = path.suffix.lower() == ".svg"
    write_output(path, _svg_bytes(item) if svg else _png_bytes(item), PLOTS)
    return path


def _png_bytes(item: pg.GraphicsLayout) -> bytes:
    from pyqtgraph.exporters import ImageExporter

    exporter = ImageExporter(item)
    exporter.parameters()["width"] = max(PNG_WIDTH, int(item.sceneBoundingRect().width()))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    exporter.export(toBytes=True).save(buffer, "PNG")
    return bytes(data)


def _svg_bytes(item: pg.GraphicsLayout) -> bytes:
    from pyqtgraph.exporters import SVGExporter

    with _closed_paths_readable():
        return SVGExporter(item).export(toBytes=True)


@contextmanager
def _closed_paths_readable() -> Iterator[None]:
    """While it is in force, pyqtgraph's SVG exporter reads paths without their close-path
    command ``Z``: only a stroke's last corner depends on it (fills and clip paths close
    themselves), and pyqtgraph 0.14.0 cannot parse it (see the module's docstring)."""
    module = sys.modules["pyqtgraph.exporters.SVGExporter"]
    correct = module.correctCoordinates

    def correct_open_paths(node: Any, *args: Any) -> Any:
        for path in node.getElementsByTagName("path"):
            path.setAttribute("d", " ".join(path.getAttribute("d").replace("Z", " ").split()))
        return correct(node, *args)

    module.correctCoordinates = correct_open_paths
    try:
        yield
    finally:
        module.correctCoordinates = correct
