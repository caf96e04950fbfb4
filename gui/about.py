"""The About box: the app, what it runs on, and what the active model was trained with."""

from __future__ import annotations

import platform
from typing import Any

import numpy as np
from PySide6.QtCore import __version__ as pyside_version
from PySide6.QtCore import qVersion

from model import __version__ as app_version


def about_html(metadata: dict[str, Any]) -> str:
    """The About box's rich text for a model with DigitLab ``metadata`` ({} for none)."""
    trained_with = ", ".join(
        f"{name} {metadata[key]}" for name, key in
        (("TensorFlow", "tensorflow_version"), ("Keras", "keras_version")) if metadata.get(key)
    )
    lines = [
        f"<h3>DigitLab {app_version}</h3>",
        "<p>Draw a digit and watch a multilayer perceptron read it live.</p>",
        f"<p>Python {platform.python_version()} · Qt {qVersion()} · "
        f"PySide6 {pyside_version} · numpy {np.__version__}</p>",
    ]
    if trained_with:
        lines.append(f"<p>Active model trained with {trained_with}</p>")
    return "".join(lines)
