"""canvas_to_mnist: however a digit is drawn, it reaches the network at MNIST's size and place."""

from __future__ import annotations

import gzip

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from model.data.drawn_digits import pen_digits
from model.drawing.preprocess import BOX, MNIST_COM_COL, MNIST_COM_ROW, canvas_to_mnist
from model.drawing.strokes import PEN_WIDTH, fit_strokes, render_strokes
from model.errors import EmptyDrawingError
from model.resources import bundled_mnist_dir

REFERENCE_SIDE = 200.0
"""The digit's box on the GUI's 280-px canvas, at which the pen is ``PEN_WIDTH`` wide."""

SAME_DIGIT_TOLERANCE = 0.06
"""Mean |difference| allowed between two drawings of one digit, after the best ±1-px alignment.

Whole-pixel centring may place two drawings a pixel apart, hence the alignment. What remains is
rasterisation: a thin "1" may come out 7 or 8 px wide. Measured over 450 random placements: median
0.003, worst 0.044; 4,500 Hypothesis examples of digits at least 45 px tall stayed below 0.06 (a
30-px digit drawn with a 2.7-px pen reached 0.062: too coarse to compare). Two writers' MNIST
digits of the same class differ by 0.08 ("1") to 0.14 ("8"), so 0.06 still means "the same drawing".
"""

SETTINGS = settings(max_examples=25, deadline=None)


@pytest.fixture(scope="module")
def digits():
    every = pen_digits()
    return [every[i] for i in range(0, len(every), 750)]  # ten digits, several writers


def draw(digit, canvas: tuple[int, int], box: tuple[float, float, float, float]) -> np.ndarray:
    """Render with a pen proportional to the digit's size, as one person's pen looks at any zoom."""
    pen = PEN_WIDTH * box[2] / REFERENCE_SIDE
    return render_strokes(fit_strokes(digit.strokes, box), canvas, pen)


def reference(digit) -> np.ndarray:
    return canvas_to_mnist(draw(digit, (280, 280), (40.0, 40.0, REFERENCE_SIDE, REFERENCE_SIDE)))


def aligned_difference(a: np.ndarray, b: np.ndarray) -> float:
    return min(float(np.abs(np.roll(a, (dr, dc), (0, 1)) - b).mean())
               for dr in (-1, 0, 1) for dc in (-1, 0, 1))


def centre_of_mass(image: np.ndarray) -> tuple[float, float]:
    index = np.arange(28)
    mass = image.sum()
    return float(image.sum(axis=1) @ index / mass), float(image.sum(axis=0) @ index / mass)


def longest_side(image: np.ndarray, level: float = 0.1) -> int:
    rows, cols = np.flatnonzero((image > level).any(1)), np.flatnonzero((image > level).any(0))
    return max(rows[-1] - rows[0] + 1, cols[-1] - cols[0] + 1)


def assert_mnist_like(image: np.ndarray) -> None:
    assert image.shape == (28, 28) and image.dtype == np.float32
    assert image.min() >= 0.0 and image.max() <= 1.0
    row, col = centre_of_mass(image)
    assert abs(row - MNIST_COM_ROW) <= 0.5 + 1e-4 and abs(col - MNIST_COM_COL) <= 0.5 + 1e-4


@st.composite
def placements(draw_):
    """A canvas of any size and a box anywhere on it (digit ≥ 45 px), the pen inside the canvas."""
    width, height = draw_(st.integers(150, 700)), draw_(st.integers(150, 700))
    side = draw_(st.floats(0.3, 0.9)) * min(width, height)
    margin = PEN_WIDTH * side / REFERENCE_SIDE / 2
    left = draw_(st.floats(margin, width - side - margin))
    top = draw_(st.floats(margin, height - side - margin))
    return (width, height), (left, top, side, side)


@SETTINGS
@given(index=st.integers(0, 9), placement=placements())
def test_same_digit_anywhere_any_size_gives_the_same_image(digits, index, placement):
    canvas, box = placement
    out = canvas_to_mnist(draw(digits[index], canvas, box))
    assert_mnist_like(out)
    assert longest_side(out) == BOX
    assert aligned_difference(out, reference(digits[index])) < SAME_DIGIT_TOLERANCE


def test_drawing_touching_the_border_is_still_normalised(digits):
    clipped = draw(digits[3], (280, 280), (-60.0, 140.0, 260.0, 260.0))  # off the bottom-left
    assert (clipped[:, 0] < 128).any() or (clipped[-1] < 128).any()
    out = canvas_to_mnist(clipped)
    assert_mnist_like(out)
    assert longest_side(out) == BOX


def test_huge_canvas_matches_a_small_one(digits):
    small = draw(digits[5], (400, 400), (60.0, 60.0, 280.0, 280.0))
    huge = np.repeat(np.repeat(small, 10, axis=0), 10, axis=1)
    assert huge.shape == (4000, 4000)
    out = canvas_to_mnist(huge)
    assert_mnist_like(out)
    assert aligned_difference(out, canvas_to_mnist(small)) < SAME_DIGIT_TOLERANCE


def test_non_contiguous_input_gives_the_same_result(digits):
    gray = draw(digits[7], (300, 240), (50.0, 30.0, 180.0, 180.0))
    flipped = gray[::-1, ::-1]
    assert not flipped.flags.c_contiguous
    expected = canvas_to_mnist(np.ascontiguousarray(flipped))
    np.testing.assert_array_equal(canvas_to_mnist(flipped), expected)
    np.testing.assert_array_equal(canvas_to_mnist(np.asfortranarray(gray)), canvas_to_mnist(gray))
    doubled = np.repeat(np.repeat(gray, 2, axis=0), 2, axis=1)
    np.testing.assert_array_equal(canvas_to_mnist(doubled[::2, ::2]), canvas_to_mnist(gray))


def blank(height: int = 120, width: int = 160) -> np.ndarray:
    return np.full((height, width), 255, dtype=np.uint8)


def test_dot_becomes_a_centred_disc():
    gray = render_strokes((np.array([[70.0, 40.0]]),), (160, 120), PEN_WIDTH)
    out = canvas_to_mnist(gray)
    assert_mnist_like(out)
    assert longest_side(out) == BOX
    np.testing.assert_allclose(out, out.T, atol=0.02)  # round: symmetric about its diagonal


def test_single_pixel_fills_the_box():
    gray = blank()
    gray[7, 150] = 0
    out = canvas_to_mnist(gray)
    assert_mnist_like(out)
    assert out.sum() == pytest.approx(BOX * BOX)


@pytest.mark.parametrize("axis", [0, 1])
def test_one_pixel_line_stays_a_one_pixel_line(axis):
    gray = blank(300, 300)
    if axis == 0:
        gray[123, 40:260] = 0
    else:
        gray[40:260, 123] = 0
    out = canvas_to_mnist(gray)
    assert_mnist_like(out)
    assert (out > 0).sum() == BOX
    assert np.count_nonzero((out > 0).any(axis=1 - axis)) == 1


def test_off_white_background_does_not_stretch_the_box(digits):
    gray = draw(digits[1], (280, 280), (40.0, 40.0, 200.0, 200.0))
    off_white = np.minimum(gray, 250)  # ink 5 of 255 everywhere: a grey-ish canvas, not a drawing
    out = canvas_to_mnist(off_white)
    assert longest_side(out) == BOX
    assert aligned_difference(out, canvas_to_mnist(gray)) < 0.02


@pytest.mark.parametrize("gray", [blank(), blank(1, 1), np.full((50, 50), 250, np.uint8)])
def test_no_ink_raises_empty_drawing(gray):
    with pytest.raises(EmptyDrawingError, match="empty"):
        canvas_to_mnist(gray)


def test_ink_too_sparse_to_survive_scaling_raises_empty_drawing():
    gray = np.full((4000, 4000), 255, np.uint8)
    gray[0, 0] = gray[-1, -1] = 0  # two specks 4,000 px apart: nothing left at 20 px
    with pytest.raises(EmptyDrawingError, match="larger"):
        canvas_to_mnist(gray)


@pytest.mark.parametrize("gray", [
    np.zeros((28, 28), np.float64),
    np.zeros((28, 28), np.int32),
    np.zeros((28, 28), bool),
    np.zeros((28, 28, 3), np.uint8),
    np.zeros(28, np.uint8),
    np.zeros((0, 10), np.uint8),
    [[0, 255], [255, 0]],
], ids=["float64", "int32", "bool", "rgb", "1-d", "zero-size", "list"])
def test_wrong_input_raises_value_error(gray):
    with pytest.raises(ValueError, match=r"2-D uint8|at least one pixel"):
        canvas_to_mnist(gray)


def test_mnist_digits_come_back_unchanged():
    """MNIST's own geometry is a fixed point: its digits pass through (nearly all) bit-identical."""
    with gzip.open(bundled_mnist_dir() / "t10k-images-idx3-ubyte.gz") as file:
        images = np.frombuffer(file.read(16 + 300 * 784), np.uint8, offset=16).reshape(-1, 28, 28)
    results = np.stack([canvas_to_mnist(255 - image) for image in images])
    error = np.abs(results - images / 255)
    assert (error.max(axis=(1, 2)) < 1e-6).mean() > 0.9
    assert error.mean() < 0.005
