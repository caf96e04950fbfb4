"""pendigits: real pen digits parse exactly, bad files fail by line, strokes render as ink."""

from __future__ import annotations

import numpy as np
import pytest

from model.data.pendigits import PenDigit, read_pendigits
from model.drawing.strokes import (
    CANVAS_SIZE,
    PEN_WIDTH,
    fit_strokes,
    random_placements,
    render_strokes,
)
from model.errors import DatasetError
from model.resources import bundled_pendigits_path

GOOD = """.INCLUDE        dene.doc
.LEXICON "0" "1"
.HIERARCHY      DIGIT

.SEGMENT DIGIT    0 ? "1"
.COMMENT 1 4  17
.PEN_DOWN
 100  400
 100  100
.PEN_UP
.DT 100

.SEGMENT DIGIT    1 ? "0"
.COMMENT 0 5  18
.PEN_DOWN
 50  60
.PEN_UP
.DT 100
.PEN_DOWN
 70  80
 90  100
.PEN_UP
"""


@pytest.fixture(scope="module")
def real():
    return read_pendigits(bundled_pendigits_path())


def test_real_file_has_every_digit_of_every_writer(real):
    assert len(real) == 7494
    assert sorted({digit.label for digit in real}) == list(range(10))
    assert len({digit.writer for digit in real}) == 30
    assert all(isinstance(digit, PenDigit) and 1 <= len(digit.strokes) <= 3 for digit in real)
    points = [sum(len(stroke) for stroke in digit.strokes) for digit in real]
    assert min(points) >= 9 and max(points) <= 185
    assert all(s.ndim == 2 and s.shape[1] == 2 and s.dtype == np.float64
               for digit in real for s in digit.strokes)


def test_real_file_first_digit_is_read_in_screen_orientation(real):
    first = real[0]
    assert (first.label, first.writer) == (8, 12)
    np.testing.assert_array_equal(first.strokes[0][0], [267.0, 500.0 - 333.0])  # y flipped


def test_small_file_parses_strokes_and_flips_y(tmp_path):
    path = tmp_path / "two.tra"
    path.write_text(GOOD)
    one, zero = read_pendigits(path)
    assert (one.label, one.writer, zero.label, zero.writer) == (1, 4, 0, 5)
    np.testing.assert_array_equal(one.strokes[0], [[100, 100], [100, 400]])
    assert [len(stroke) for stroke in zero.strokes] == [1, 2]


@pytest.mark.parametrize("bad, line, message", [
    (GOOD.replace(" 100  100", " 100  x"), 9, "expected a point"),
    (GOOD.replace(" 100  100", " 100"), 9, "expected a point"),
    (GOOD.replace(".PEN_UP\n.DT 100\n\n", ".DT 100\n\n", 1), 10, "expected .PEN_UP"),
    (GOOD.replace(".DT 100\n\n", ".DT 100\n 3 4\n", 1), 12, "outside any stroke"),
    (GOOD.replace(".COMMENT 1 4  17", ".COMMENT 7 4  17"), 6, "label 7"),
    (GOOD.replace(".COMMENT 1 4  17\n", ""), 6, "before a digit's .SEGMENT and .COMMENT"),
    (GOOD + '.SEGMENT DIGIT    2 ? "3"\n', 23, "no .COMMENT"),
    (GOOD.replace('? "1"', '? "one"'), 5, "label must be an integer"),
    (GOOD.replace(".PEN_DOWN\n 50  60\n", ".PEN_DOWN\n"), 15, "no points"),
    (GOOD.rsplit(".PEN_UP", 1)[0], 19, "ends inside"),
    (GOOD.split(".SEGMENT")[0], 4, "no digits"),
])
def test_malformed_file_names_the_line(tmp_path, bad, line, message):
    path = tmp_path / "bad.tra"
    path.write_text(bad)
    with pytest.raises(DatasetError, match=message) as caught:
        read_pendigits(path)
    assert f"{path}, line {line}:" in str(caught.value)


def test_missing_file_is_a_dataset_error(tmp_path):
    with pytest.raises(DatasetError, match="cannot read"):
        read_pendigits(tmp_path / "absent.tra")


def test_random_placements_fit_the_canvas(real):
    rng = np.random.default_rng(0)
    boxes = random_placements(500, (CANVAS_SIZE, CANVAS_SIZE), rng)
    left, top, width, height = boxes.T
    margin = PEN_WIDTH / 2
    usable = CANVAS_SIZE - 2 * margin
    assert boxes.shape == (500, 4) and (width == height).all()
    assert width.min() >= 0.35 * usable and width.max() <= 0.9 * usable
    assert left.min() >= margin and (left + width).max() <= CANVAS_SIZE - margin
    assert top.min() >= margin and (top + height).max() <= CANVAS_SIZE - margin
    again = random_placements(500, (CANVAS_SIZE, CANVAS_SIZE), np.random.default_rng(0))
    np.testing.assert_array_equal(boxes, again)
    gray = render_strokes(fit_strokes(real[0].strokes, tuple(boxes[0])), (280, 280), PEN_WIDTH)
    assert gray.min() == 0 and (gray[[0, -1]] == 255).all() and (gray[:, [0, -1]] == 255).all()
