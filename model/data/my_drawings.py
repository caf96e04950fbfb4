"""The user's labelled drawings: their JSON Lines format, the file that keeps them, their images.

A drawing is kept as the strokes the pen made, not as pixels, so it can be drawn again at any size
and with any variation (adaptation re-renders it many times). One drawing per line::

    {"label": 7, "strokes": [[[x, y], ...], ...], "canvas": [280, 280], "pen_width": 18,
     "created": "2026-01-31T12:00:00+00:00"}

Coordinates are canvas pixels, y down; ``pen_width`` (canvas pixels) and ``created`` are optional.
A file is appended to one line at a time and flushed to disk, so a crash loses at most the line
being written; a damaged line (that one, or a hand edit) is skipped and reported by number, and
the others stay readable. Importing is stricter: a file with any bad line is refused whole, with
the line's number and what was wrong.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from model.atomic_files import write_bytes_atomically
from model.data.idx import write_idx
from model.drawing.preprocess import canvas_to_mnist
from model.drawing.strokes import CANVAS_SIZE, PEN_WIDTH, Strokes, render_strokes
from model.errors import DatasetError, DigitLabError, EmptyDrawingError
from model.image_size import IMAGE_SIDE
from model.user_data import user_data_dir

DRAWINGS_FILE = "drawings.jsonl"
IDX_IMAGES, IDX_LABELS = "my-drawings-images-idx3-ubyte", "my-drawings-labels-idx1-ubyte"
DECIMALS = 2
"""Coordinates are kept to 1/100 pixel: finer than any pointer, and lines stay short."""
MAX_CANVAS = 100_000
"""A canvas side beyond this is a damaged number, not a screen."""


@dataclass(frozen=True, eq=False)
class LabelledDrawing:
    """One drawing the user labelled: its class, strokes ((K, 2) x, y arrays, y down), the canvas
    it was drawn on ``(width, height)``, the pen's width and when it was kept (ISO 8601)."""

    label: int
    strokes: Strokes
    canvas: tuple[float, float] = (CANVAS_SIZE, CANVAS_SIZE)
    pen_width: float = PEN_WIDTH
    created: str = ""

    def to_json(self) -> str:
        """The drawing as one line of the JSON Lines format (no newline)."""
        record: dict[str, Any] = {
            "label": self.label,
            "strokes": [np.round(stroke, DECIMALS).tolist() for stroke in self.strokes],
            "canvas": [_plain(side) for side in self.canvas],
            "pen_width": _plain(self.pen_width),
        }
        if self.created:
            record["created"] = self.created
        return json.dumps(record, separators=(",", ":"))

    def render(self, side: int) -> np.ndarray:
        """The whole canvas drawn again, scaled so its longer side is ``side`` px: (H, W) uint8,
        dark ink on white, exactly as the canvas paints (pen scaled alike)."""
        scale = side / max(self.canvas)
        size = (max(1, round(self.canvas[0] * scale)), max(1, round(self.canvas[1] * scale)))
        return render_strokes([stroke * scale for stroke in self.strokes], size,
                              self.pen_width * scale)

    def network_image(self) -> np.ndarray:
        """What the network saw when it was drawn: (28, 28) float32 in [0, 1], ink = 1.

        Raises :class:`EmptyDrawingError` if no ink lands on the canvas.
        """
        return canvas_to_mnist(self.render(CANVAS_SIZE))


def now() -> str:
    """The ``created`` stamp for a drawing kept now."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def _plain(value: float) -> float | int:
    return int(value) if float(value).is_integer() else round(float(value), DECIMALS)


# ------------------------------------------------------------------------------------ reading


def parse_drawing(text: str) -> LabelledDrawing:
    """One line of the format as a drawing; :class:`ValueError` says what is wrong with it."""
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(f"expected a JSON object, found invalid JSON ({error.msg} at "
                         f"column {error.colno})") from None
    if not isinstance(record, dict):
        raise ValueError(f"expected a JSON object, found {_found(record)}")
    label = record.get("label")
    if not _is_integer(label) or not 0 <= label <= 9:
        raise ValueError(f'"label": expected an integer 0–9, found {_found(label)}')
    return LabelledDrawing(
        label=label,
        strokes=_strokes(record.get("strokes")),
        canvas=_canvas(record.get("canvas")),
        pen_width=_positive(record.get("pen_width", PEN_WIDTH), '"pen_width"'),
        created=_created(record.get("created", "")),
    )


def _strokes(value: Any) -> Strokes:
    if not isinstance(value, list) or not value:
        raise ValueError(f'"strokes": expected a non-empty list of strokes, found '
                         f"{_found(value)}")
    return tuple(_stroke(stroke, number) for number, stroke in enumerate(value, start=1))


def _stroke(value: Any, number: int) -> np.ndarray:
    if not isinstance(value, list) or not value:
        raise ValueError(f"stroke {number}: expected a non-empty list of [x, y] points, found "
                         f"{_found(value)}")
    for index, point in enumerate(value, start=1):
        if not (isinstance(point, list) and len(point) == 2
                and all(_is_number(v) and math.isfinite(v) for v in point)):
            raise ValueError(f"stroke {number}, point {index}: expected [x, y], two finite "
                             f"numbers, found {_found(point)}")
    return np.array(value, dtype=np.float64)


def _canvas(value: Any) -> tuple[float, float]:
    if not (isinstance(value, list) and len(value) == 2
            and all(_is_number(v) and 0 < v <= MAX_CANVAS for v in value)):
        raise ValueError(f'"canvas": expected [width, height], two numbers in (0, {MAX_CANVAS}], '
                         f"found {_found(value)}")
    return float(value[0]), float(value[1])


def _positive(value: Any, name: str) -> float:
    if not (_is_number(value) and 0 < value <= MAX_CANVAS):
        raise ValueError(f"{name}: expected a positive number of canvas pixels, found "
                         f"{_found(value)}")
    return float(value)


def _created(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f'"created": expected text (an ISO 8601 time), found {_found(value)}')
    return value


def _is_integer(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _found(value: Any) -> str:
    text = json.dumps(value) if value is not None else "nothing"
    return text if len(text) <= 40 else text[:37] + "..."


def _lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise
    except (OSError, UnicodeDecodeError) as error:
        raise DatasetError(f"cannot read drawings file {path}: {error}") from error


def read_drawings(path: str | os.PathLike[str]) -> list[LabelledDrawing]:
    """Every drawing of a JSON Lines file (blank lines skipped), or a :class:`DatasetError`
    naming the first bad line and what is wrong with it."""
    path = Path(path)
    try:
        lines = _lines(path)
    except FileNotFoundError as error:
        raise DatasetError(f"cannot read drawings file {path}: no such file") from error
    drawings = []
    for number, text in enumerate(lines, start=1):
        if text.strip():
            try:
                drawings.append(parse_drawing(text))
            except ValueError as error:
                raise DatasetError(f"{path}, line {number}: {error}") from None
    if not drawings:
        raise DatasetError(f"{path}: expected at least one drawing, found none")
    return drawings


# -------------------------------------------------------------------------------------- store


class DrawingStore:
    """The user's drawings file (``drawings.jsonl`` in the user data folder), kept in memory.

    Damaged lines are kept in the file as they are (a later fix by hand can save them) but left
    out of :meth:`drawings`; :meth:`load` says which they were.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else user_data_dir() / DRAWINGS_FILE
        self._lines: list[str] = []
        self._good: list[tuple[int, LabelledDrawing]] = []

    def load(self) -> list[str]:
        """(Re)read the file; returns one message per damaged line skipped."""
        try:
            lines = _lines(self.path)
        except FileNotFoundError:
            lines = []
        self._lines, self._good, problems = [], [], []
        for number, text in enumerate(lines, start=1):
            if not text.strip():
                continue
            try:
                self._keep(text, parse_drawing(text))
            except ValueError as error:
                problems.append(f"{self.path.name}, line {number}: {error}")
                self._lines.append(text)
        return problems

    def drawings(self) -> list[LabelledDrawing]:
        return [drawing for _, drawing in self._good]

    def __len__(self) -> int:
        return len(self._good)

    def add(self, drawings: Iterable[LabelledDrawing]) -> None:
        """Append drawings to the file, durably (flushed to disk before this returns)."""
        drawings = list(drawings)
        texts = [drawing.to_json() for drawing in drawings]
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.path, "a+b") as handle:
                if handle.tell() > 0:
                    handle.seek(-1, os.SEEK_END)
                    if handle.read(1) != b"\n":  # a line cut short by a crash stays on its own
                        handle.write(b"\n")
                handle.write("".join(f"{text}\n" for text in texts).encode("utf-8"))
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as error:
            raise DigitLabError(f"could not keep the drawing in {self.path}: {error}") from error
        for text, drawing in zip(texts, drawings, strict=True):
            self._keep(text, drawing)

    def delete(self, indices: Iterable[int]) -> None:
        """Remove the drawings at these positions of :meth:`drawings` (the file is replaced
        atomically; damaged lines stay)."""
        doomed = {self._good[index][0] for index in indices}
        kept = [text for number, text in enumerate(self._lines) if number not in doomed]
        try:
            write_bytes_atomically(self.path, "".join(f"{t}\n" for t in kept).encode("utf-8"))
        except OSError as error:
            raise DigitLabError(f"could not update {self.path}: {error}") from error
        self.load()

    def _keep(self, text: str, drawing: LabelledDrawing) -> None:
        self._good.append((len(self._lines), drawing))
        self._lines.append(text)


# ------------------------------------------------------------------------------------- export


def write_drawings(path: str | os.PathLike[str], drawings: Sequence[LabelledDrawing]) -> None:
    """Write drawings as a JSON Lines file, atomically."""
    text = "".join(f"{drawing.to_json()}\n" for drawing in drawings)
    write_bytes_atomically(path, text.encode("utf-8"))


def network_images(drawings: Sequence[LabelledDrawing]) -> np.ndarray:
    """(N, 28, 28) uint8, ink 255 on 0 like MNIST: each drawing as the network saw it (a
    drawing with no ink on its canvas is all zeros, so images and labels stay aligned)."""
    images = np.zeros((len(drawings), IMAGE_SIDE, IMAGE_SIDE), dtype=np.uint8)
    for index, drawing in enumerate(drawings):
        try:
            images[index] = np.round(drawing.network_image() * 255.0)
        except EmptyDrawingError:
            continue
    return images


def export_idx(folder: str | os.PathLike[str],
               drawings: Sequence[LabelledDrawing]) -> tuple[Path, Path]:
    """Write the drawings as MNIST-style IDX files in ``folder``: (images path, labels path)."""
    folder = Path(folder)
    images, labels = folder / IDX_IMAGES, folder / IDX_LABELS
    write_idx(images, network_images(drawings))
    write_idx(labels, np.array([drawing.label for drawing in drawings], dtype=np.uint8))
    return images, labels
