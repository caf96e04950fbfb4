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
    text = f"{probability:.{decimals}%}"
    if float(text[:-1]) >= 100.0:
        return f"> {100 - 10.0 ** -decimals:.{decimals}f}%"
    return text  # NaN too: the views that can meet one say so themselves
