"""How sure a network is, as a percentage that never reads 100 %.

No softmax output is exactly 1, so "100%" would claim a certainty the network never has. Every
view that shows a probability (the answer, the bar chart, the mistakes table, ``digitlab
predict``) formats it here, so they all draw the line at the same place: wherever the rounded
figure would read 100.
"""

from __future__ import annotations


def confidence_text(probability: float, decimals: int = 0) -> str:
    """``probability`` in percent with ``decimals`` places: ``0.873`` → ``"87%"``; what would
    round to 100 reads ``"> 99%"`` (``"> 99.9%"`` with one decimal)."""
    if rounds_to_certain(probability, decimals):
        return f"> {highest_shown(decimals):.{decimals}f}%"
    return f"{probability:.{decimals}%}"  # NaN too: the views that can meet one say so themselves


def rounds_to_certain(probability: float, decimals: int = 0) -> bool:
    """Whether ``probability`` in percent, rounded to ``decimals`` places, would read 100."""
    return float(f"{probability:.{decimals}%}"[:-1]) >= 100.0


def highest_shown(decimals: int = 0) -> float:
    """The largest percentage shown with ``decimals`` places: 99, 99.9, …"""
    return 100 - 10.0 ** -decimals
