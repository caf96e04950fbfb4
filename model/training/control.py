"""Requests to a running training from other threads: stop, pause, resume, fresher weights.

Whoever runs a :class:`~model.training.trainer.Trainer` (the GUI's worker, a test) keeps its
:class:`RunControl` and asks through it; the Keras callback answers between two batches. Neither
side knows the other, so the callback depends on this small object instead of on the trainer.
"""

from __future__ import annotations

import threading
import time
from typing import Any


class RunControl:
    """Thread-safe flags and one weight snapshot slot shared by a run and whoever steers it.

    ``stop``/``pause``/``resume``/``snapshot`` may be called from any thread at any time, even
    before the run starts; they take effect at the next batch boundary.
    """

    def __init__(self, snapshot_interval: float = 0.5) -> None:
        self.snapshot_interval = snapshot_interval
        self._stop = threading.Event()
        self._running = threading.Event()
        self._running.set()
        self._snapshot_lock = threading.Lock()
        self._snapshot: Any = None
        self._snapshot_wanted = threading.Event()
        self._snapshot_time = -float("inf")

    # Asked from any thread ----------------------------------------------------------------------

    def stop(self) -> None:
        """End the run at the next batch (also a paused one); the weights trained so far stay."""
        self._stop.set()
        self._running.set()

    def pause(self) -> None:
        """Hold the run between two batches until :meth:`resume` or :meth:`stop`."""
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    @property
    def stop_requested(self) -> bool:
        return self._stop.is_set()

    def snapshot(self) -> Any:
        """The latest weights (a :class:`~model.training.snapshot.WeightSnapshot`; None before
        training begins), and a request for a fresher one."""
        self._snapshot_wanted.set()
        with self._snapshot_lock:
            return self._snapshot

    # Answered on the training thread ------------------------------------------------------------

    def wait_while_paused(self) -> float:
        """Block while paused; returns the seconds waited (speed and ETA leave them out)."""
        if self._running.is_set():
            return 0.0
        began = time.perf_counter()
        self._running.wait()
        return time.perf_counter() - began

    @property
    def snapshot_wanted(self) -> bool:
        """Someone asked for weights since the last snapshot was published."""
        return self._snapshot_wanted.is_set()

    def snapshot_due(self) -> bool:
        """Someone asked for weights, and the last snapshot is at least an interval old."""
        return self.snapshot_wanted and (
            time.perf_counter() - self._snapshot_time >= self.snapshot_interval)

    def publish_snapshot(self, snapshot: Any) -> None:
        """Hand out ``snapshot`` as the latest weights; it answers any pending request."""
        with self._snapshot_lock:
            self._snapshot = snapshot
        self._snapshot_wanted.clear()
        self._snapshot_time = time.perf_counter()
