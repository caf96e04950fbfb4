"""Durations as a clock shows them, for every progress line of the window (training, adapting)."""

from __future__ import annotations

import math


def clock(seconds: float) -> str:
    """``75.2`` → ``"1:15"``; unknown or endless → ``"–"``."""
    if not math.isfinite(seconds):
        return "–"
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
