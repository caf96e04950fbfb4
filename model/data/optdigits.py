"""Real scanned digits by other people: the test set of UCI optdigits, a check never trained on.

The checks of :mod:`model.data.scanned_digits` degrade MNIST test digits as scanners might; these
are digits 13 people wrote on forms, scanned and normalised by NIST's programs into 32×32 bitmaps
and counted in 4×4 blocks into 8×8 pixels of 0–16. DigitLab never trains or tunes on them, so they
show how a model reads scans it has no imitation of. The bundled file is scikit-learn's copy
(``sklearn/datasets/data/digits.csv.gz``): one line per digit, 64 counts row by row, then the label.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import numpy as np

from model.data.checksums import verify_checksums
from model.data.scanned_digits import LabelledImages, block_counts_picture, read_as_dropped
from model.data.text_files import read_ascii_lines
from model.errors import DatasetError
from model.resources import bundled_optdigits_path

OPTDIGITS_CHECK = "UCI optdigits, 13 people's real 8×8 scans"
"""The check's name in ``bench/drawn_digits.py``'s table."""
BLOCKS = 8
MAX_COUNT = 16
"""A block counts the ink pixels of its 4×4 bitmap pixels."""


def read_optdigits(path: str | Path) -> tuple[np.ndarray, np.ndarray]:
    """The block counts, uint8 ``(N, 8, 8)`` in 0–16, and the labels 0–9 of a (gzipped) optdigits
    CSV file. A malformed file is a :class:`DatasetError` that names the first bad line."""
    path = Path(path)
    rows = [_row(path, number, line)
            for number, line in enumerate(read_ascii_lines(path, "optdigits"), start=1)
            if line.strip()]
    if not rows:
        raise DatasetError(f"{path}: expected optdigits lines of 65 integers, found none")
    values = np.array(rows, dtype=np.uint8)
    return values[:, :-1].reshape(-1, BLOCKS, BLOCKS), values[:, -1]


def _row(path: Path, number: int, line: str) -> list[int]:
    fields = line.split(",")
    values = [int(f) for f in fields] if all(f.strip().isdigit() for f in fields) else []
    if (len(values) == BLOCKS * BLOCKS + 1 and max(values[:-1]) <= MAX_COUNT
            and values[-1] <= 9):
        return values
    raise DatasetError(f"{path}, line {number}: expected {BLOCKS * BLOCKS} block counts 0–"
                       f"{MAX_COUNT} and a label 0–9, separated by commas; found {line[:80]!r}")


@cache
def optdigits_scans() -> tuple[np.ndarray, np.ndarray]:
    """The bundled optdigits test set (checksum verified), read once per process."""
    path = bundled_optdigits_path()
    verify_checksums(path.parent)
    return read_optdigits(path)


def optdigits_check(limit: int | None = None) -> LabelledImages:
    """The first ``limit`` optdigits scans read as a dropped 8×8 picture is: float32
    ``(N, 28, 28)`` and their labels."""
    counts, labels = optdigits_scans()
    return read_as_dropped(map(block_counts_picture, counts[:limit])), labels[:limit]
