"""The 28×28 input size has one name, :data:`model.image_size.IMAGE_SIDE`: no other module
spells it as a number (it had six names: IMAGE_SIDE, FIELD, SIDE, IMAGE_SHAPE, _PIXELS and
bare 28s); the uint8 ↔ [0, 1] pixel conversions are written there once too."""

from __future__ import annotations

import io
import tokenize
from pathlib import Path

import numpy as np

from model.image_size import FULL_INK, IMAGE_SIDE, to_uint8, to_unit_float

REPO = Path(__file__).parents[2]


def numbers_in_code(path: Path) -> list[tuple[int, str]]:
    """(line, text) of each number literal in ``path``'s code (not in strings or comments)."""
    tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
    return [(token.start[0], token.string) for token in tokens if token.type == tokenize.NUMBER]


def test_the_input_size_is_written_as_a_number_only_once():
    sizes = {str(IMAGE_SIDE), str(IMAGE_SIDE ** 2)}
    sources = [path for folder in ("model", "gui", "bench")
               for path in sorted((REPO / folder).rglob("*.py"))]
    found = [f"{path.relative_to(REPO)}:{line}" for path in sources
             if path != REPO / "model" / "image_size.py"
             for line, number in numbers_in_code(path) if number in sizes]
    assert found == []


def test_pixels_survive_the_round_trip_both_ways():
    every_value = np.arange(FULL_INK + 1, dtype=np.uint8)
    assert np.array_equal(to_uint8(to_unit_float(every_value)), every_value)
    assert to_unit_float(every_value).dtype == np.float32


def test_float_pixels_round_to_nearest_and_clip():
    assert to_uint8(np.array([-0.5, 0.0, 0.4 / FULL_INK, 0.6 / FULL_INK, 1.0, 1.7])).tolist() == [
        0, 0, 0, 1, FULL_INK, FULL_INK]
