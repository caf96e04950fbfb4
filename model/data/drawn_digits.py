"""Pen-drawn digits, split by writer: some to train on, six writers never trained or tuned on.

MNIST test accuracy hides how a model reads drawings, and a drawing score is only honest on people
the model has never seen. So the bundled pendigits writers are split once: ``NEW_WRITERS`` were
drawn at random (``numpy.random.default_rng(2026).choice(30, 6)``, before any recipe used this
data) and are kept out of every training run and every tuning decision; they alone give the
"drawn digits by new writers" figure. The other 24 writers' digits may be trained on.
"""

from __future__ import annotations

import threading
from functools import cache

import numpy as np

from model.data.checksums import verify_checksums
from model.data.pendigits import PenDigit, read_pendigits
from model.drawing.variation import render_drawings
from model.resources import bundled_pendigits_path

NEW_WRITERS = (1, 5, 11, 15, 18, 22)
"""The held-out writers: every reported drawn-digit accuracy is measured on them only."""
TUNING_WRITERS = (17, 19, 20, 24, 25, 26)
"""Six training writers (drawn at random: ``numpy.random.default_rng(7).choice`` of the 24) that
tuning runs leave out of training and measure on instead (``bench/drawn_tuning.py``,
``bench/adaptation.py --tuning``), so choices are made without the new writers."""
EVALUATION_SEED = 0
"""One fixed rendering of the new writers' digits, so scores compare across models and runs."""


@cache
def pen_digits() -> tuple[PenDigit, ...]:
    """The bundled pen-drawn digits (checksum verified), read once per process."""
    path = bundled_pendigits_path()
    verify_checksums(path.parent)
    return tuple(read_pendigits(path))


def training_writers_digits() -> list[PenDigit]:
    """Digits of the writers that training may use (never a new writer's)."""
    return [digit for digit in pen_digits() if digit.writer not in NEW_WRITERS]


def new_writers_digits() -> list[PenDigit]:
    """Digits of the held-out writers, for measuring only."""
    return [digit for digit in pen_digits() if digit.writer in NEW_WRITERS]


def rendered(digits: list[PenDigit], copies: int,
             rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """``copies`` fresh canvas renderings of each digit: uint8 images (ink 255) and labels."""
    images = render_drawings([digit.strokes for digit in digits], copies, rng)
    labels = np.repeat(np.array([digit.label for digit in digits], dtype=np.uint8), copies)
    return images, labels


_RENDERING = threading.Lock()
"""Held while the evaluation set is rendered: a second caller waits for it instead of rendering
it again."""


def new_writers_images() -> tuple[np.ndarray, np.ndarray]:
    """The new writers' digits rendered once, the same way every time (the evaluation set)."""
    with _RENDERING:
        return _new_writers_images()


@cache
def _new_writers_images() -> tuple[np.ndarray, np.ndarray]:
    return rendered(new_writers_digits(), 1, np.random.default_rng(EVALUATION_SEED))


def render_new_writers_early() -> None:
    """Render the evaluation set on a thread now: a digit model is scored on it when its run
    ends, and rendering takes seconds, better spent while TensorFlow imports or the network
    trains than after the last epoch (or after Stop is pressed)."""
    threading.Thread(target=new_writers_images, name="drawn digits", daemon=True).start()
