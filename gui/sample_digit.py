"""File ▸ Draw a sample digit: a digit a person drew, put on the canvas for the network to read.

It is the keyboard's way to a prediction (no mouse, no picture file needed), and an honest one:
the digits come from the writers no DigitLab model is ever trained or tuned on
(:data:`model.data.drawn_digits.NEW_WRITERS`), drawn as the canvas draws, with its pen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from gui.common.language import translate
from model.drawing.strokes import (
    CANVAS_SIZE,
    DIGIT_BOX,
    PEN_WIDTH,
    fit_strokes,
    render_strokes,
)

if TYPE_CHECKING:
    from gui.feature import Host
    from model.data.pendigits import PenDigit


_random = np.random.default_rng()


def sample_picture(digit: PenDigit) -> np.ndarray:
    """``digit`` as the canvas would show it drawn in its middle: ink 0 on white 255."""
    return render_strokes(fit_strokes(digit.strokes, DIGIT_BOX), (CANVAS_SIZE, CANVAS_SIZE),
                          PEN_WIDTH)


def draw_sample_digit(window: Host, rng: np.random.Generator = _random) -> PenDigit:
    """Put a random new writer's digit on ``window``'s canvas and say in the status bar which
    digit it is (so the answer can be checked)."""
    # Imported here: reading the bundled digits is not worth delaying the window's start for.
    from model.data.drawn_digits import new_writers_digits

    digits = new_writers_digits()
    digit = digits[rng.integers(len(digits))]
    window.canvas().set_picture(sample_picture(digit))
    window.notify(translate("Window", "A {digit} drawn by a writer DigitLab never trained on")
                  .format(digit=digit.label), 15000)
    return digit
