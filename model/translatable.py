"""Texts ``model/`` writes for the window to show (preset names, settings' help), marked so
lupdate finds them.

``model/`` never imports Qt, so it cannot translate: it marks, with the name lupdate reads, and
the window translates the text where it shows it (``gui.common.language.translated``).
"""

from __future__ import annotations

MODEL_CONTEXT = "Model"
"""The one context of every marked text: ``QT_TRANSLATE_NOOP("Model", "…")``."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """``text`` unchanged: the mark tells lupdate to put it in the ``.ts`` files."""
    return text
