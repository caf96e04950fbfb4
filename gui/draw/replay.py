"""Draw recorded pen strokes on a canvas through real mouse events.

The self-test, the benchmarks and the tests all exercise the canvas the way a user does (press,
moves, release, delivered by Qt's own event machinery), so what they measure includes event
handling, stroke recording, rendering and the live predictions they trigger.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from gui.draw.canvas import Canvas

LEFT = Qt.MouseButton.LeftButton
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def drag_stroke(canvas: Canvas, stroke: np.ndarray) -> None:
    """One stroke ((K, 2) x, y in logical canvas units) as a left-button drag."""
    points = [canvas.to_widget((float(x), float(y))).toPoint() for x, y in stroke]
    QTest.mousePress(canvas, LEFT, NO_MODIFIER, points[0])
    for point in points[1:]:
        QTest.mouseMove(canvas, point)
    QTest.mouseRelease(canvas, LEFT, NO_MODIFIER, points[-1])


def drag_strokes(canvas: Canvas, strokes: Sequence[np.ndarray]) -> None:
    """Draw a whole digit, stroke by stroke."""
    for stroke in strokes:
        drag_stroke(canvas, stroke)
