"""The user's labelled drawings: their JSON Lines format, the file that keeps them, their images.

A drawing is kept as the strokes the pen made, not as pixels, so it can be drawn again at any size
and with any variation (adaptation re-renders it many times). One drawing per line::

    {"label": 7, "strokes": [[[x, y], ...], ...], "canvas": [280, 280], "pen_width": 18,
     "created": "2026-01-31T12:00:00+00:00"}

Coordinates are canvas pixels, y down; ``pen_width`` (canvas pixels) and ``created`` are optional.
A file is appended to one line at a time and flushed to disk, so a crash loses at most the line
being written; a damaged line (that one, or a hand edit) is skipped and reported by number, kept
in the file byte for byte, and the others stay readable. Importing is stricter: a file with any
bad line is refused whole, with the line's number and what was wrong.

Limits. A line is refused when it cannot be drawn, or would cost far more than a drawing does:

- ``canvas`` sides from :data:`MIN_CANVAS` (28) to :data:`MAX_CANVAS` (10,000) pixels, the longer
  at most :data:`MAX_ASPECT` (10) times the shorter;
- ``pen_width`` above 0 and at most :data:`MAX_PEN_SHARE` (half) of the canvas's shorter side;
- 1 to :data:`MAX_STROKES` (100) strokes; 1 to :data:`MAX_STROKE_POINTS` (5,000) points a stroke,
  :data:`MAX_DRAWING_POINTS` (10,000) in all; every ``x`` within :data:`MAX_REACH` (100) canvas
  widths of 0, every ``y`` within 100 heights;
- a line of at most :data:`MAX_LINE_BYTES` (640,000) bytes, UTF-8.

A file is read only if it is a regular file (not a pipe or a device) of at most
:data:`MAX_FILE_BYTES` (8 MiB) holding at most :data:`MAX_DRAWINGS` (2,000) drawings; it may
start with a UTF-8 byte-order mark. Within these limits adapting to the most costly file takes
minutes, a thumbnail milliseconds.
"""

from __future__ import annotations

import codecs
import itertools
import json
import os
from collections.abc import Iterable, Iterator, Sequence
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
from model.image_size import IMAGE_SIDE, to_uint8
from model.input_files import UnsuitableFileError, read_regular_file
from model.output_paths import checked_output_path, write_output
from model.translatable import QT_TRANSLATE_NOOP
from model.user_data import DRAWINGS_FILE, user_data_dir

DRAWINGS = QT_TRANSLATE_NOOP("Model", "the drawings")
"""What a refused export of them is called in its message."""
DRAWINGS_SUFFIXES = (".jsonl", ".json")
"""What an exported drawings file may be named (JSON Lines; ``.json`` as many tools call it)."""
IDX_IMAGES, IDX_LABELS = "my-drawings-images-idx3-ubyte", "my-drawings-labels-idx1-ubyte"
DECIMALS = 2
"""Coordinates are kept to 1/100 pixel: finer than any pointer, and lines stay short."""
MIN_CANVAS = IMAGE_SIDE
"""The smallest canvas side: an MNIST image's."""
MAX_CANVAS = 10_000
"""The largest canvas side: beyond any screen (8K is 7,680), so a larger one is a damaged number."""
MAX_ASPECT = 10
"""The longest canvas side over the shortest: a thinner canvas has no room for a digit (a canvas of
100,000 × 0.01 once drew thumbnails less than a pixel high and crashed the window)."""
MAX_PEN_SHARE = 0.5
"""The widest pen as a share of the canvas's shorter side: wider only paints a blot, at a cost
growing with its square (a 100,000 px pen took 25 s a thumbnail)."""
MAX_STROKES = 100
"""Strokes in a drawing: a digit takes one to three, a dotted one a few dozen."""
MAX_STROKE_POINTS = 5_000
"""Points in a stroke: a pen sampled 200 times a second for 25 seconds."""
MAX_DRAWING_POINTS = 10_000
"""Points in a drawing. Adapting draws one drawing up to 400 times at a cost per point: one of
1,000,000 points took 43 minutes, one at this limit takes a hundredth of that (26 s)."""
MAX_REACH = 100
"""How far a point may lie, in canvas widths (heights) from 0: a pen dragged off the canvas stays
well within, a damaged number (1e300) does not."""
MAX_LINE_BYTES = 64 * MAX_DRAWING_POINTS
"""A line's length before it is parsed: 64 bytes a point is more than any JSON number needs, and
it bounds the memory the parser takes (a deeply nested line is refused, not a crash)."""
MAX_FILE_BYTES = 8 * 2**20
"""A drawings file's size, read in bounded chunks: 2,000 drawings of 300 points fit. A file of
this size packed with points takes a few seconds to read (the window reads it as it opens)."""
MAX_DRAWINGS = 2_000
"""Drawings in a file. Adapting draws each at least 20 times, so time and memory grow with their
number: 100,000 drawings took 20 minutes and 6.3 GB, 2,000 take a fiftieth of both."""


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
    except RecursionError:
        raise ValueError("expected a JSON object, found lists or objects nested too deeply "
                         "to read") from None
    if not isinstance(record, dict):
        raise ValueError(f"expected a JSON object, found {_found(record)}")
    label = record.get("label")
    if not _is_integer(label) or not 0 <= label <= 9:
        raise ValueError(f'"label": expected an integer 0–9, found {_found(label)}')
    canvas = _canvas(record.get("canvas"))
    return LabelledDrawing(
        label=label,
        strokes=_strokes(record.get("strokes"), canvas),
        canvas=canvas,
        pen_width=_pen_width(record.get("pen_width", PEN_WIDTH), canvas),
        created=_created(record.get("created", "")),
    )


def _strokes(value: Any, canvas: tuple[float, float]) -> Strokes:
    if not isinstance(value, list) or not 0 < len(value) <= MAX_STROKES:
        raise ValueError(f'"strokes": expected a list of 1 to {MAX_STROKES} strokes, found '
                         f"{_found_list(value)}")
    points = sum(len(stroke) for stroke in value if isinstance(stroke, list))
    if points > MAX_DRAWING_POINTS:
        raise ValueError(f'"strokes": expected at most {MAX_DRAWING_POINTS:,} points in all, '
                         f"found {points:,}")
    return tuple(_stroke(stroke, number, canvas) for number, stroke in enumerate(value, start=1))


def _stroke(value: Any, number: int, canvas: tuple[float, float]) -> np.ndarray:
    """The stroke as a (K, 2) array, checked in bulk (a file of millions of points reads in a
    second or two); a bad point is then looked for one by one, to name it."""
    if not isinstance(value, list) or not 0 < len(value) <= MAX_STROKE_POINTS:
        raise ValueError(f"stroke {number}: expected a list of 1 to {MAX_STROKE_POINTS:,} "
                         f"[x, y] points, found {_found_list(value)}")
    reach = (MAX_REACH * canvas[0], MAX_REACH * canvas[1])
    try:
        points = np.array(value, dtype=np.float64)
    except (ValueError, TypeError, OverflowError):
        points = None
    if (points is None or points.shape != (len(value), 2)
            or not set(map(type, itertools.chain.from_iterable(value))) <= {int, float}
            or not (np.abs(points) <= reach).all()):
        index, point = next((index, point) for index, point in enumerate(value, start=1)
                            if not _is_point(point, reach))
        raise ValueError(f"stroke {number}, point {index}: expected [x, y], two numbers "
                         f"with |x| ≤ {_plain(reach[0]):,} and |y| ≤ {_plain(reach[1]):,} "
                         f"({MAX_REACH} canvas sides), found {_found(point)}")
    return points


def _is_point(value: Any, reach: tuple[float, float]) -> bool:
    return (isinstance(value, list) and len(value) == 2
            and all(_is_number(v) and abs(v) <= limit  # False for NaN; no float(10**400)
                    for v, limit in zip(value, reach, strict=True)))


def _canvas(value: Any) -> tuple[float, float]:
    if not (isinstance(value, list) and len(value) == 2
            and all(_is_number(v) and MIN_CANVAS <= v <= MAX_CANVAS for v in value)
            and max(value) <= MAX_ASPECT * min(value)):
        raise ValueError(f'"canvas": expected [width, height], two numbers of pixels from '
                         f"{MIN_CANVAS} to {MAX_CANVAS:,}, the longer at most {MAX_ASPECT} times "
                         f"the shorter, found {_found(value)}")
    return float(value[0]), float(value[1])


def _pen_width(value: Any, canvas: tuple[float, float]) -> float:
    widest = MAX_PEN_SHARE * min(canvas)
    if not (_is_number(value) and 0 < value <= widest):
        raise ValueError(f'"pen_width": expected a positive number of canvas pixels, at most '
                         f"{_plain(widest)} (half the canvas's shorter side), found "
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


def _found_list(value: Any) -> str:
    """A list by its length (it may be long), anything else as it is."""
    return f"{len(value):,}" if isinstance(value, list) and value else _found(value)


def parse_line(raw: bytes) -> LabelledDrawing:
    """One line of a file, as bytes (no line end): :func:`parse_drawing` after checking its
    length and its UTF-8."""
    if len(raw) > MAX_LINE_BYTES:
        raise ValueError(f"expected a line of at most {MAX_LINE_BYTES:,} bytes, found "
                         f"{len(raw):,}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ValueError(f"expected UTF-8 text, found the byte 0x{raw[error.start]:02X} at "
                         f"column {error.start + 1}") from None
    return parse_drawing(text)


def _file_bytes(path: Path) -> bytes:
    """The file's bytes; :class:`DatasetError` for what cannot or should not be read whole."""
    try:
        return read_regular_file(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        raise DatasetError(f"cannot read drawings file {path}: no such file") from None
    except UnsuitableFileError as error:
        raise DatasetError(f"cannot read drawings file {path}: {error}") from None
    except OSError as error:
        raise DatasetError(f"cannot read drawings file {path}: "
                           f"{error.strerror or error}") from error


def _numbered_lines(data: bytes) -> Iterator[tuple[int, bytes]]:
    """The non-blank lines of a file and their numbers (from 1), a leading byte-order mark
    dropped."""
    data = data.removeprefix(codecs.BOM_UTF8)
    for number, raw in enumerate(data.splitlines(), start=1):
        if raw.strip():
            yield number, raw


def read_drawings(path: str | os.PathLike[str]) -> list[LabelledDrawing]:
    """Every drawing of a JSON Lines file (blank lines skipped), or a :class:`DatasetError`
    naming the first bad line and what is wrong with it."""
    path = Path(path)
    drawings = []
    for number, raw in _numbered_lines(_file_bytes(path)):
        if len(drawings) == MAX_DRAWINGS:
            raise DatasetError(f"{path}: expected at most {MAX_DRAWINGS:,} drawings, found "
                               f"more (line {number} is one too many)")
        try:
            drawings.append(parse_line(raw))
        except ValueError as error:
            raise DatasetError(f"{path}, line {number}: {error}") from None
    if not drawings:
        raise DatasetError(f"{path}: expected at least one drawing, found none")
    return drawings


# -------------------------------------------------------------------------------------- store


class DrawingStore:
    """The user's drawings file (``drawings.jsonl`` in the user data folder), kept in memory.

    Lines it cannot read (damaged, or past :data:`MAX_DRAWINGS`) are left out of :meth:`drawings`
    but kept in the file byte for byte, however it is changed, so a fix by hand can still save
    them; :meth:`load` says so in one line. A file it cannot read at all (too large, not a
    regular file, unreadable) is never written to: adding and deleting are refused, saying why.
    Deleting also re-reads a file that changed since it was read (another window added to it),
    rather than write back an old copy.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else user_data_dir() / DRAWINGS_FILE
        self._lines: list[bytes] = []
        self._good: list[tuple[int, LabelledDrawing]] = []
        self._unreadable = ""
        self._seen: tuple[int, ...] | None = None

    def load(self) -> str:
        """(Re)read the file; returns "" or one line saying what was left out and kept."""
        self._lines, self._good, self._unreadable = [], [], ""
        self._seen = _fingerprint(self.path)
        try:
            data = _file_bytes(self.path) if self._seen is not None else b""
        except DatasetError as error:
            self._unreadable = str(error)
            return f"{error}: My drawings leaves it as it is and keeps no new drawing in it."
        problems = []
        for number, raw in _numbered_lines(data):
            try:
                if len(self._good) == MAX_DRAWINGS:
                    raise ValueError(f"left out, My drawings shows at most {MAX_DRAWINGS:,}")
                self._keep(raw, parse_line(raw))
            except ValueError as error:
                problems.append(f"line {number}: {error}")
                self._lines.append(raw)
        return _left_out(self.path, problems)

    def drawings(self) -> list[LabelledDrawing]:
        return [drawing for _, drawing in self._good]

    def __len__(self) -> int:
        return len(self._good)

    def add(self, drawings: Iterable[LabelledDrawing]) -> None:
        """Append drawings to the file, durably (flushed to disk before this returns).

        Each is checked as :func:`read_drawings` will check it, so what is kept reads back.
        """
        drawings = list(drawings)
        self._check_writable()
        if _fingerprint(self.path) != self._seen:
            self.load()
            self._check_writable()
        if len(self) + len(drawings) > MAX_DRAWINGS:
            raise DigitLabError(f"My drawings holds at most {MAX_DRAWINGS:,} drawings and has "
                                f"{len(self):,}: delete some before adding {len(drawings):,}")
        lines = [_checked_line(drawing) for drawing in drawings]
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.path, "a+b") as handle:
                if handle.tell() > 0:
                    handle.seek(-1, os.SEEK_END)
                    if handle.read(1) != b"\n":  # a line cut short by a crash stays on its own
                        handle.write(b"\n")
                handle.write(b"".join(line + b"\n" for line in lines))
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as error:
            raise DigitLabError(f"could not keep the drawing in {self.path}: {error}") from error
        self._seen = _fingerprint(self.path)
        for line, drawing in zip(lines, drawings, strict=True):
            self._keep(line, drawing)

    def delete(self, indices: Iterable[int]) -> None:
        """Remove the drawings at these positions of :meth:`drawings` (the file is replaced
        atomically; lines it could not read stay as they were)."""
        self._check_writable()
        if _fingerprint(self.path) != self._seen:
            self.load()
            raise DigitLabError(f"{self.path} changed since it was read (another DigitLab "
                                "window?); it has been read again: choose what to delete anew")
        doomed = {self._good[index][0] for index in indices}
        kept = [line for number, line in enumerate(self._lines) if number not in doomed]
        try:
            write_bytes_atomically(self.path, b"".join(line + b"\n" for line in kept))
        except OSError as error:
            raise DigitLabError(f"could not update {self.path}: {error}") from error
        self.load()

    def _check_writable(self) -> None:
        if self._unreadable:
            raise DigitLabError(f"{self._unreadable}; it was left as it is")

    def _keep(self, line: bytes, drawing: LabelledDrawing) -> None:
        self._good.append((len(self._lines), drawing))
        self._lines.append(line)


def _checked_line(drawing: LabelledDrawing) -> bytes:
    line = drawing.to_json().encode("utf-8")
    try:
        parse_line(line)
    except ValueError as error:
        raise DigitLabError(f"cannot keep this drawing: {error}") from None
    return line


def _fingerprint(path: Path) -> tuple[int, ...] | None:
    """What changes when another program writes the file: its inode, size and time, or None
    when there is no file."""
    try:
        status = path.stat()
    except FileNotFoundError:
        return None
    except OSError:
        return ()
    return status.st_ino, status.st_size, status.st_mtime_ns


def _left_out(path: Path, problems: list[str]) -> str:
    if not problems:
        return ""
    count = "1 line" if len(problems) == 1 else f"{len(problems):,} lines"
    more = f"; and {len(problems) - 1:,} more" if len(problems) > 1 else ""
    return f"{path.name}: {count} left out, kept in the file unchanged ({problems[0]}{more})."


# ------------------------------------------------------------------------------------- export


def write_drawings(path: str | os.PathLike[str], drawings: Sequence[LabelledDrawing]) -> Path:
    """Write drawings as a JSON Lines file, atomically; the file written (links followed)."""
    path = checked_output_path(path, DRAWINGS_SUFFIXES, DRAWINGS)
    text = "".join(f"{drawing.to_json()}\n" for drawing in drawings)
    write_output(path, text.encode("utf-8"), DRAWINGS)
    return path


def network_images(drawings: Sequence[LabelledDrawing]) -> np.ndarray:
    """(N, 28, 28) uint8, ink 255 on 0 like MNIST: each drawing as the network saw it (a
    drawing with no ink on its canvas is all zeros, so images and labels stay aligned)."""
    images = np.zeros((len(drawings), IMAGE_SIDE, IMAGE_SIDE), dtype=np.uint8)
    for index, drawing in enumerate(drawings):
        try:
            images[index] = to_uint8(drawing.network_image())
        except EmptyDrawingError:
            continue
    return images


def export_idx(folder: str | os.PathLike[str],
               drawings: Sequence[LabelledDrawing]) -> tuple[Path, Path]:
    """Write the drawings as MNIST-style IDX files in ``folder``: (images path, labels path)."""
    images, labels = (checked_output_path(Path(folder) / name, ("",), DRAWINGS)
                      for name in (IDX_IMAGES, IDX_LABELS))
    write_idx(images, network_images(drawings))
    write_idx(labels, np.array([drawing.label for drawing in drawings], dtype=np.uint8))
    return images, labels
