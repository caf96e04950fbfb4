"""Whether a network's outputs are an answer at all: one rule for the window and the command line.

A network whose training diverged has NaN (or infinite) weights, and its outputs are NaN for
every image; argmax would call them the first class, "0 (nan%)". Kept apart from the predictor
so the window can ask before any model file module is imported.
"""

from __future__ import annotations

import numpy as np

DIVERGED = "the model's outputs are not numbers (its weights have diverged)"
"""Why a model whose outputs fail :func:`outputs_are_numbers` gives no answer."""


def outputs_are_numbers(values: np.ndarray) -> bool:
    """False for a network whose weights diverged: NaN or infinite outputs are no answer."""
    return bool(np.isfinite(values).all())
