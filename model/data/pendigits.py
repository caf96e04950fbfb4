"""Real pen-drawn digits: the UCI "pendigits" UNIPEN text format, read into strokes.

MNIST test accuracy says little about how well the app reads digits a person draws with a mouse or
pen. The pendigits trajectories are such drawings, so replaying them onto a canvas-sized image with
the canvas's round pen measures exactly that, without anyone having to draw 7,494 digits.

Coordinates here are pixel-index coordinates (pixel ``(row, col)`` has its centre at ``x = col``,
``y = row``), the frame :func:`model.drawing.preprocess.canvas_to_mnist` measures centres in.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from model.data.text_files import read_ascii_lines
from model.drawing.strokes import Strokes
from model.errors import DatasetError

TABLET_HEIGHT = 500.0
"""Height of the tablet's coordinate box; its y grows upward: screen y is ``TABLET_HEIGHT - y``."""


@dataclass(frozen=True)
class PenDigit:
    """One handwritten digit: its label, who wrote it, and its pen strokes ((K, 2) x, y; y down)."""

    label: int
    writer: int
    strokes: Strokes


class _Parser:
    """A UNIPEN state machine driven by the keyword lines only, so every error can name its line.

    The lines between two keywords are the first one's body: a stroke's points after
    ``.PEN_DOWN`` (parsed in one numpy call, which keeps reading 300,000 points quick), and
    nothing but blank lines after any other keyword. Keywords that carry no digit data (``.DT``,
    ``.INCLUDE``, ``.LEXICON``, ...) are skipped.
    """

    def __init__(self, path: Path, lines: list[str]) -> None:
        self.path = path
        self.lines = lines
        self.digits: list[PenDigit] = []
        self.segment: tuple[int, int] | None = None  # (label, line index) of the open .SEGMENT
        self.writer: int | None = None  # from the open segment's .COMMENT
        self.strokes: list[np.ndarray] = []
        self.pen_down: int | None = None  # line index of a .PEN_DOWN awaiting its .PEN_UP

    def parse(self) -> list[PenDigit]:
        starts = [i for i, line in enumerate(self.lines) if line.startswith(".")]
        self._check_blank(self.lines[:starts[0] if starts else len(self.lines)])
        for start, end in zip(starts, [*starts[1:], len(self.lines)], strict=True):
            self._keyword(start, self.lines[start].split(), self.lines[start + 1:end])
        if self.pen_down is not None:
            raise self._fail(self.pen_down, "the file ends inside this .PEN_DOWN block")
        self._close_digit()
        if not self.digits:
            raise self._fail(max(len(self.lines) - 1, 0), "no digits found")
        return self.digits

    def _fail(self, index: int, message: str) -> DatasetError:
        return DatasetError(f"{self.path}, line {index + 1}: {message}")

    def _keyword(self, index: int, words: list[str], body: list[str]) -> None:
        if self.pen_down is not None and words[0] != ".PEN_UP":
            raise self._fail(index, f"expected .PEN_UP to end the stroke, got {words[0]}")
        if words[0] == ".PEN_DOWN":
            self._stroke(index, body)
            return
        self._check_blank(body, index + 1)
        if words[0] == ".SEGMENT":
            self._segment(index, words)
        elif words[0] == ".COMMENT":
            self._comment(index, words)
        elif words[0] == ".PEN_UP":
            self._pen_up(index)

    def _check_blank(self, body: list[str], first: int = 0) -> None:
        for offset, line in enumerate(body):
            if line.strip():
                raise self._fail(first + offset, f"a line outside any stroke: {line!r}")

    def _segment(self, index: int, words: list[str]) -> None:
        self._close_digit()
        if len(words) < 5 or words[1] != "DIGIT":
            raise self._fail(index, f"expected '.SEGMENT DIGIT <n> ? \"<label>\"', got {words}")
        self.segment = (self._int(index, words[4].strip('"'), "label"), index)

    def _comment(self, index: int, words: list[str]) -> None:
        if self.segment is None:
            return  # a file-level comment
        if len(words) != 4:
            raise self._fail(index, f"expected '.COMMENT <label> <writer> <n>', got {words}")
        label = self._int(index, words[1], "label")
        if label != self.segment[0] or not 0 <= label <= 9:
            raise self._fail(index, f"label {label} is not a digit or not its .SEGMENT's "
                                    f"label {self.segment[0]}")
        self.writer = self._int(index, words[2], "writer")

    def _stroke(self, index: int, body: list[str]) -> None:
        if self.writer is None:
            raise self._fail(index, ".PEN_DOWN before a digit's .SEGMENT and .COMMENT lines")
        self.strokes.append(self._points(index, body))
        self.pen_down = index

    def _pen_up(self, index: int) -> None:
        if self.pen_down is None:
            raise self._fail(index, ".PEN_UP without a .PEN_DOWN")
        self.pen_down = None

    def _points(self, index: int, body: list[str]) -> np.ndarray:
        try:
            values = np.array(" ".join(body).split(), dtype=np.float64)
        except ValueError:
            values = np.empty(0)
        if body and values.size == 2 * len(body):
            xy = values.reshape(-1, 2)
            return np.column_stack([xy[:, 0], TABLET_HEIGHT - xy[:, 1]])
        raise self._blame(index, body)

    def _blame(self, index: int, body: list[str]) -> DatasetError:
        """The slow path, taken only for a malformed stroke: find the first bad point line."""
        for offset, line in enumerate(body, start=1):
            try:
                values = [float(part) for part in line.split()]
            except ValueError:
                values = []
            if len(values) != 2:
                return self._fail(index + offset, f"expected a point 'x y', got {line!r}")
        return self._fail(index, "a stroke with no points")

    def _close_digit(self) -> None:
        if self.segment is None:
            return
        if self.writer is None:
            raise self._fail(self.segment[1], "this .SEGMENT has no .COMMENT line")
        if not self.strokes:
            raise self._fail(self.segment[1], "a digit with no strokes")
        self.digits.append(PenDigit(self.segment[0], self.writer, tuple(self.strokes)))
        self.segment, self.writer, self.strokes = None, None, []

    def _int(self, index: int, text: str, what: str) -> int:
        try:
            return int(text)
        except ValueError:
            raise self._fail(index, f"{what} must be an integer, got {text!r}") from None


def read_pendigits(path: str | Path) -> list[PenDigit]:
    """Every digit of a UNIPEN pendigits file (or its .gz), in order.

    A malformed file is a :class:`DatasetError` that names the bad line.
    """
    path = Path(path)
    return _Parser(path, read_ascii_lines(path, "pendigits")).parse()
