"""TensorBoard logs, for those who follow training in TensorBoard: Keras's own callback, handed
to the :class:`~model.training.trainer.Trainer` as an extra callback, checked before training."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from model.errors import DigitLabError
from model.keras_runtime import keras


def tensorboard_callbacks(log_dir: str | None) -> list[Any]:
    """``[keras.callbacks.TensorBoard(log_dir)]``, or no callback without a folder.

    Keras writes the logs through the ``tensorboard`` package, which TensorFlow no longer
    installs; without it, or without a folder to write to, this says so before training rather
    than failing at the end of the first epoch.
    """
    if log_dir is None:
        return []
    if importlib.util.find_spec("tensorboard") is None:
        raise DigitLabError("TensorBoard logs need the tensorboard package: "
                            "pip install tensorboard")
    try:
        Path(log_dir).mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DigitLabError(f"cannot write TensorBoard logs to {log_dir}: {error}") from None
    return [keras().callbacks.TensorBoard(log_dir=log_dir)]
