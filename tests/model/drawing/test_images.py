"""Image files as drawings: hostile sizes, wide bit depths and grey paper are read or refused."""

from __future__ import annotations

import os
import time

import numpy as np
import pytest
from PIL import Image

from model.drawing.images import (
    MAX_IMAGE_PIXELS,
    WORKING_SIDE,
    ImageFileError,
    check_image_size,
    drawing_from_gray,
    load_drawing,
    on_white_paper,
)
from model.drawing.preprocess import canvas_to_mnist
from model.inference.predictor import Predictor
from model.resources import default_model_path
from tests.model.drawing import mutated_images
from tests.model.drawing.hostile_images import (
    damaged_png,
    huge_png,
    mnist_test_digits,
    odd_dds,
    photo_on_paper,
)

PAPERS = (255, 240, 230, 200)


@pytest.fixture(scope="module")
def predictor() -> Predictor:
    path = default_model_path()
    if not path.is_file():
        pytest.skip(f"the default model {path} has not been trained yet")
    return Predictor.load(path)


@pytest.fixture
def seven_8_bit() -> np.ndarray:
    """MNIST's first test digit, a 7, as dark ink on white."""
    digits, labels = mnist_test_digits(1)
    assert labels[0] == 7
    return 255 - digits[0]


def read(drawing: np.ndarray, predictor: Predictor) -> int:
    return int(predictor.predict(canvas_to_mnist(drawing))[0][0])


@pytest.mark.parametrize(("side", "found"), [(20000, "over 179 megapixels"),
                                             (10000, "10000×10000 pixels")])
def test_huge_images_are_refused_from_the_header_without_a_warning(tmp_path, side, found):
    """A 76 KB PNG claiming 20000×20000 pixels once crashed the CLI (and the window); one of
    10000×10000 printed Pillow's DecompressionBombWarning and took 450 MB (warnings fail here)."""
    path = huge_png(tmp_path / "bomb.png", side, side)
    with pytest.raises(ImageFileError, match=rf"bomb\.png: the image is {found}.*at most 50 mega"):
        load_drawing(path)


def test_the_size_limit_is_just_over_a_50_megapixel_phone_photo():
    assert 8160 * 6120 <= MAX_IMAGE_PIXELS < 10000 * 10000


def test_a_big_picture_at_the_limit_is_read_shrunk(tmp_path):
    width, height = 8000, MAX_IMAGE_PIXELS // 8000
    drawing = load_drawing(huge_png(tmp_path / "big.png", width, height))
    assert WORKING_SIDE <= max(drawing.shape) < 2 * WORKING_SIDE
    assert drawing.min() == 255  # all paper


def test_a_phone_photo_jpeg_is_decoded_at_reduced_scale(tmp_path, seven_8_bit, predictor):
    photo = Image.new("L", (4032, 3024), 255)  # a 12 MP phone photo's size
    photo.paste(Image.fromarray(seven_8_bit).resize((3024, 3024), Image.BILINEAR), (504, 0))
    path = tmp_path / "photo.jpg"
    photo.save(path, quality=90)
    drawing = load_drawing(path)
    assert drawing.shape == (1512, 2016)  # decoded at 1/2 scale, not 12 MP then resized
    assert read(drawing, predictor) == 7


@pytest.mark.parametrize(("kind", "to_wide"), [
    ("16-bit PNG", lambda grey: (grey.astype(np.uint16) * 257, "png")),
    ("32-bit TIFF", lambda grey: (grey.astype(np.int32) * 65793 + 1000, "tiff")),
    ("float TIFF", lambda grey: (grey.astype(np.float32) / 255, "tiff")),
])
def test_wide_grey_images_read_like_8_bit_ones(tmp_path, seven_8_bit, kind, to_wide):
    """A 16-bit scan was clipped to 8 bits on reading: all white, "the drawing is empty"."""
    values, suffix = to_wide(seven_8_bit)
    path = tmp_path / f"seven.{suffix}"
    Image.fromarray(values).save(path)
    assert np.array_equal(load_drawing(path), seven_8_bit), kind


def test_a_float_image_with_nan_is_refused(tmp_path):
    values = np.ones((28, 28), np.float32)
    values[3, 3] = np.nan
    Image.fromarray(values).save(tmp_path / "nan.tiff")
    with pytest.raises(ImageFileError, match=r"nan\.tiff: not a readable.*found NaN"):
        load_drawing(tmp_path / "nan.tiff")


def test_clean_white_paper_is_left_as_it_is_and_noisy_paper_made_white(seven_8_bit):
    assert on_white_paper(seven_8_bit) is seven_8_bit
    noisy = photo_on_paper(255 - seven_8_bit, 255, np.random.default_rng(0), noise=3.0)
    assert noisy[:24].min() < 247  # noise deep enough to count as ink
    assert on_white_paper(noisy)[:24].min() == 255  # the sheet above the digit


def test_a_photographed_7_on_grey_paper_is_read_as_a_7(tmp_path, seven_8_bit, predictor):
    """Paper of grey 235 counted as faint ink everywhere: the 7 was read as an 8 (67%)."""
    path = tmp_path / "seven.png"
    Image.fromarray(photo_on_paper(255 - seven_8_bit, 235, np.random.default_rng(1))).save(path)
    assert read(load_drawing(path), predictor) == 7


def test_grey_paper_is_read_as_well_as_white(predictor):
    """MNIST digits photographed on paper of grey 255/240/230/200 (noise σ = 2 grey levels).

    Before the paper was estimated: 97.6% / 10% / 8% / 8% on 500 digits.
    """
    digits, labels = mnist_test_digits(500)
    rng = np.random.default_rng(0)
    accuracy = {}
    for paper in PAPERS:
        inputs = [canvas_to_mnist(drawing_from_gray(photo_on_paper(digit, paper, rng)))
                  for digit in digits]
        accuracy[paper] = float((predictor.predict(np.stack(inputs))[0] == labels).mean())
    assert accuracy[255] >= 0.97, accuracy
    for paper in PAPERS[1:]:
        assert accuracy[paper] >= accuracy[255] - 0.01, accuracy


def test_a_size_just_over_the_limit_is_not_named_as_the_limit():
    """8200×6150 was refused as "50 megapixels; … at most 50 megapixels"."""
    with pytest.raises(ImageFileError, match=r"8200×6150 pixels \(50\.5 megapixels\); DigitLab "
                                             r"reads images of at most 50 megapixels"):
        check_image_size(8200, 6150, "photo.jpg")
    with pytest.raises(ImageFileError, match=r"\(50\.1 megapixels\)"):
        check_image_size(MAX_IMAGE_PIXELS + 1, 1, "photo.jpg")


@pytest.mark.parametrize(("make", "reason"), [
    (damaged_png, r"not a readable image \(broken PNG file"),
    (odd_dds, r"not a readable image \(Unimplemented pixel format"),
], ids=["PNG with a damaged chunk", "DDS of an unknown format"])
def test_a_damaged_image_is_refused_in_one_line(tmp_path, make, reason):
    """Once a SyntaxError and a NotImplementedError, printed by ``predict`` as tracebacks."""
    path = make(tmp_path / "damaged")
    with pytest.raises(ImageFileError, match=f"^{path}: {reason}") as error:
        load_drawing(path)
    assert "\n" not in str(error.value)


def test_an_empty_file_is_called_empty(tmp_path):
    """Refused as "not a picture format DigitLab knows", which sends the user looking for a
    converter instead of for the save that was cut short."""
    path = tmp_path / "digit.png"
    path.write_bytes(b"")
    with pytest.raises(ImageFileError, match=f"^{path}: the file is empty \\(0 bytes\\)$"):
        load_drawing(path)


FUZZ_CASES = 350
"""50 a format, in about two seconds; ``bench/image_fuzz.py`` runs thousands."""


def test_mutated_images_are_read_or_refused_in_one_line(tmp_path):
    escapes = []
    for case in mutated_images.cases(FUZZ_CASES, seed=19):
        path = mutated_images.write(case, tmp_path)
        escaped = mutated_images.escape(lambda path=path: load_drawing(path))
        if escaped:
            escapes.append(f"case {case.number} ({case.how}): {escaped}")
    assert escapes == []


def test_a_pipe_or_a_device_is_refused_without_being_opened(tmp_path):
    """A named pipe waited for a writer for good; /dev/zero would be read until memory ran out."""
    os.mkfifo(tmp_path / "pipe.png")
    (tmp_path / "zero.png").symlink_to("/dev/zero")
    started = time.perf_counter()
    for name, found in (("pipe.png", "a named pipe"), ("zero.png", "a character device")):
        with pytest.raises(ImageFileError, match=f"{name}: expected a regular file, found {found}"):
            load_drawing(tmp_path / name)
    assert time.perf_counter() - started < 1.0
