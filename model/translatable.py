"""Texts ``model/`` writes for the window to show (preset names, settings' help, how a run ended,
why a file cannot be read or written, what the run history could not record), marked so lupdate
finds them.

``model/`` never imports Qt, so it cannot translate: it marks, with the name lupdate reads, and
the window translates the text where it shows it (``gui.common.language.translated``).
"""

from __future__ import annotations

from typing import Any

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


class MarkedText(str):
    """English text filled in from a marked template: the command line, the run history and
    saved files keep it as the plain string it is, and the window translates its template and
    fills it again (``gui.common.language.translated``), numbers in its locale's form.

    Values are ints, floats, strings or marked texts themselves (a sentence within a sentence);
    in English, ints are grouped (12,345) and floats shortened (50, not 50.0) as the window's
    English shows them. Raised as an error's one argument, it is that error's message.
    """

    template: str
    values: dict[str, Any]

    def __reduce__(self):  # it crosses from the training process to the window pickled
        return _filled, (self.template, self.values)


def marked(template: str, **values: Any) -> MarkedText:
    """``template`` (marked with ``QT_TRANSLATE_NOOP("Model", …)``) filled in with ``values``."""
    return _filled(template, values)


def counted(count: int, one: str, many: str, **values: Any) -> MarkedText:
    """``one`` for a count of 1, else ``many`` (both marked), filled in with ``count`` and
    ``values``: "Finished 1 epoch." but "Finished 3 epochs."."""
    return _filled(one if count == 1 else many, {"count": count, **values})


def message_of(error: BaseException) -> str:
    """``error``'s message: the marked text it was raised with (so a message that quotes it can
    still be translated whole), else its plain words."""
    text = error.args[0] if len(error.args) == 1 else None
    return text if isinstance(text, MarkedText) else str(error)


def _filled(template: str, values: dict[str, Any]) -> MarkedText:
    text = MarkedText(template.format(**{name: _english(value) for name, value in values.items()}))
    text.template, text.values = template, dict(values)
    return text


def _english(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value
    return f"{value:,}" if isinstance(value, int) else f"{value:g}"
