"""Texts ``model/`` writes for the window to show (preset names, settings' help), marked so
lupdate finds them.

``model/`` never imports Qt, so it cannot translate: it marks, with the name lupdate reads, and
the window translates the text where it shows it (``gui.common.language.translated``).
"""

from __future__ import annotations

ENGLISH = "en"
LANGUAGES = {
    ENGLISH: "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "pt_BR": "Português (Brasil)",
    "zh_CN": "简体中文",
}
"""DigitLab's languages (the window's and the lessons'), each named in itself (a person who cannot
read the current language must still find their own). English is the source language: it needs
no file. Here, not in ``gui/``, so the command line knows them without Qt."""

MODEL_CONTEXT = "Model"
"""The one context of every marked text: ``QT_TRANSLATE_NOOP("Model", "…")``."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """``text`` unchanged: the mark tells lupdate to put it in the ``.ts`` files."""
    return text
