"""Drawings files that once broke DigitLab, as text made in the test (no binary files kept)."""

from __future__ import annotations

UNDRAWABLE = '{"label":7,"strokes":[[[61.5,50],[220,52.3],[118,240]]],"canvas":[100000,0.01]}'
"""Once imported, it crashed the window at every start (a thumbnail under a pixel high)."""

NESTED = "[" * 100_000 + "]" * 100_000
"""Deeper than Python's JSON parser can go: it raised RecursionError, which nothing caught."""


def with_bad_byte(line: str) -> bytes:
    """``line`` with a 0xFF byte (never valid UTF-8) as its 21st: the whole file became
    unreadable, and the next delete wrote it back empty."""
    return line[:20].encode() + b"\xff" + line[20:].encode()
