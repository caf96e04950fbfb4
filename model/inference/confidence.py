"""How sure a network is, as a percentage that never reads 100 %.

No softmax output is exactly 1, so "100%" would claim a certainty the network never has. Every
view that shows a probability (the answer, the bar chart, the mistakes table, ``digitlab
predict``) formats it here, so they all draw the line at the same place: wherever the rounded
figure would read 100.
"""

from __future__ import annotations

from collections.abc import Callable

Percent = Callable[[float, int], str]
"""Writes a percentage (already ×100) with so many decimals: the window's is the locale's
(``gui.common.language.percent``: 98,3 % in German)."""


def english_percent(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}%"


def confidence_text(probability: float, decimals: int = 0,
                    percent: Percent = english_percent) -> str:
    """``probability`` in percent with ``decimals`` places: ``0.873`` → ``"87%"``; what would
    round to 100 reads ``"> 99%"`` (``"> 99.9%"`` with one decimal). The command line keeps
    the English form; the window passes its locale's ``percent``."""
    if float(f"{probability * 100:.{decimals}f}") >= 100.0:
        return f"> {percent(100 - 10.0 ** -decimals, decimals)}"
    return percent(probability * 100, decimals)  # NaN too: the views that can meet one say so
