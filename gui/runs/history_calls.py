"""The run history seen from the GUI thread: every read and write runs on the history's
background thread (:class:`~model.history.queue.HistoryQueue`), and results and failures come
back as queued signals, so the window never waits for the disk."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from model.history.queue import HistoryQueue, Task


class HistoryCalls(QObject):
    """``call(task, then)`` runs ``task(store)`` in the background, then ``then(result)`` here;
    ``failed(message)`` says why a task could not run (it has no ``then``)."""

    failed = Signal(str)
    _done = Signal(object, object)
    """Emitted on the history's thread; queued, it wakes :meth:`_deliver` on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.queue = HistoryQueue(on_error=lambda error: self.failed.emit(str(error)))
        self._done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def call(self, task: Task, then: Callable[[Any], object] | None = None) -> None:
        future = self.queue.submit(task)
        if then is not None:
            future.add_done_callback(lambda done: self._done.emit(done, then))

    def close(self) -> None:
        """Let every call made so far run, without waiting out a history another program holds
        locked (for closing the window: it waits a fraction of a second at most)."""
        self.queue.close()
        self.queue.wait()

    def _deliver(self, future: Future, then: Callable[[Any], object]) -> None:
        if future.exception() is None:
            then(future.result())
