"""The answer in words: how sure, in the locale's numbers, and the class said as a word.

The same figure is shown above the bars, beside each bar and said by the screen reader, so it is
formatted in one place (``gui.common.language.confidence``: the rule of
:mod:`model.inference.confidence` that nothing reads 100 %, in the locale's numbers).
"""

from __future__ import annotations

from gui.common.language import translate, translated


def empty_message() -> str:
    return translate("Draw", "Draw a digit")


def not_a_number_message() -> str:
    return translate("Draw", "No answer: the model's outputs are not numbers (its weights have "
                             "diverged)")


def shown_class(name: str) -> str:
    """A class name as the window shows it: digits as they are, other names (Fashion-MNIST's,
    marked in ``model.data.datasets``) in the window's language."""
    return name if name.isdigit() else translated(name)


def digit_words() -> tuple[str, ...]:
    """The digits as words, 0 to 9: a screen reader reads "7" as "seven" in English only."""
    return (translate("Draw", "Zero"), translate("Draw", "One"), translate("Draw", "Two"),
            translate("Draw", "Three"), translate("Draw", "Four"), translate("Draw", "Five"),
            translate("Draw", "Six"), translate("Draw", "Seven"), translate("Draw", "Eight"),
            translate("Draw", "Nine"))


def spoken_class(name: str) -> str:
    """A class as it is said: a digit as its word, any other name as the window shows it."""
    if len(name) == 1 and name.isdigit():
        return digit_words()[int(name)]
    return shown_class(name)


def spoken_answer(name: str, sure: str) -> str:
    """``"Seven, 98% sure"``: the class said as a word, then how sure (``sure``, formatted)."""
    return translate("Draw", "{answer}, {percent} sure").format(answer=spoken_class(name),
                                                               percent=sure)
