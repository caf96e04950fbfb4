"""One colour per run compared, shared by its curves and its row in the table."""

RUN_COLORS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#7F7F7F",
              "#000000")
"""Okabe and Ito's colour-blind-safe set (its yellow left out: unreadable on a white projector
screen). As many runs as colours are drawn at once."""
