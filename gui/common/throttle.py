"""Rate-limit an expensive GUI update to the screen's frame rate.

Mouse and pen events arrive far faster than a screen can show their effect (a gaming mouse reports
1,000 times a second, a display refreshes 60 times), so recomputing on every event would only
queue work the user never sees. :class:`Throttler` runs its callback at once on the first call
(leading edge), then at most once per interval, and always once more after the last call of a
burst (trailing edge), so the screen ends up showing the latest state, never a stale one.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

DEFAULT_INTERVAL_MS = 16


def frame_interval_ms() -> int:
    """One frame of the primary screen in whole milliseconds (16 ms when it is unknown)."""
    screen = QGuiApplication.primaryScreen()
    rate = screen.refreshRate() if screen is not None else 0.0
    return max(1, int(1000 / rate)) if rate > 1 else DEFAULT_INTERVAL_MS


class Throttler(QObject):
    """Call ``callback`` at most once per ``interval_ms``, leading and trailing edge.

    ``trigger()`` asks for a call; ``flush()`` runs one now (for discrete actions such as undo,
    where waiting for the next frame would only add latency); ``cancel()`` drops a pending call.
    The callback runs on the GUI thread, from ``trigger``/``flush`` or from the cool-down timer.
    """

    def __init__(self, callback: Callable[[], object], interval_ms: int = DEFAULT_INTERVAL_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._callback = callback
        self._pending = False
        self._last_run = -float("inf")
        self._cooldown = QTimer(self)
        self._cooldown.setSingleShot(True)
        self._cooldown.setTimerType(Qt.TimerType.PreciseTimer)
        self._cooldown.setInterval(interval_ms)
        self._cooldown.timeout.connect(self._on_cooldown_over)

    def is_pending(self) -> bool:
        """Whether a trailing call is waiting for the cool-down to end."""
        return self._pending

    def trigger(self) -> None:
        """Run the callback now if the last run was an interval ago, else once when it is.

        The clock decides, not whether the cool-down timer has been delivered yet: a timer that
        is due but still waiting in a busy event loop must not delay an update a frame late.
        """
        if (time.perf_counter() - self._last_run) * 1000 < self._cooldown.interval():
            self._pending = True
        else:
            self._run()

    def flush(self) -> None:
        """Run the callback now, absorbing any pending call."""
        self._run()

    def cancel(self) -> None:
        """Forget a pending call (the cool-down still applies to the next trigger)."""
        self._pending = False

    def _run(self) -> None:
        self._pending = False
        self._last_run = time.perf_counter()
        self._cooldown.start()
        self._callback()

    def _on_cooldown_over(self) -> None:
        if self._pending:
            self._run()
