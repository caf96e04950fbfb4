"""How far apart two colours are for a reader: WCAG 2's contrast ratio, and a colour moved just
far enough from a background to reach one.

WCAG asks 4.5:1 of text (7:1 for its enhanced level, what the High-contrast theme keeps) and 3:1
of lines and shapes that carry meaning (plot lines, bars); the themes' tests measure with
:func:`contrast_ratio`, and :func:`with_contrast` keeps a series colour's hue while making it
readable on a background it was not chosen for.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

LIGHTNESS_STEP = 0.01
DARK_BELOW = 0.179
"""The relative luminance at which white and black stand equally far from a colour: below it a
background is dark (white stands out more), above it light."""


def _linear(channel: float) -> float:
    """An sRGB channel (0–1) as linear light, WCAG's formula."""
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def relative_luminance(color: QColor | str) -> float:
    """How bright ``color`` is to the eye, 0 (black) to 1 (white), WCAG 2's definition."""
    color = QColor(color)
    return (0.2126 * _linear(color.redF()) + 0.7152 * _linear(color.greenF())
            + 0.0722 * _linear(color.blueF()))


def contrast_ratio(first: QColor | str, second: QColor | str) -> float:
    """WCAG 2's contrast ratio, 1 (the same) to 21 (black on white); order does not matter."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)),
                             reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def is_dark(background: QColor | str) -> bool:
    """Whether white stands out more on ``background`` than black does."""
    return relative_luminance(background) < DARK_BELOW


def with_contrast(color: QColor | str, background: QColor | str, ratio: float) -> QColor:
    """``color`` itself if it stands ``ratio`` from ``background``, else made lighter (on a dark
    background) or darker (on a light one) in small steps of lightness until it does, its hue
    and saturation kept so it still reads as the same colour."""
    made = QColor(color)
    hue, saturation, lightness, _ = made.getHslF()
    step = LIGHTNESS_STEP if is_dark(background) else -LIGHTNESS_STEP
    while contrast_ratio(made, background) < ratio and 0.0 < lightness < 1.0:
        lightness = min(1.0, max(0.0, lightness + step))
        made = QColor.fromHslF(hue, saturation, lightness)
    return made
