"""The run history seen from the GUI thread: every read and write runs on the history's
background thread (:class:`~model.history.queue.HistoryQueue`), so the window never waits for
the disk; results and failures come back through a timer on the GUI thread, which looks at the
tasks' futures while any is pending. The history's thread never calls Qt (see
:mod:`gui.common.background` for the deadlock that would risk)."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from queue import SimpleQueue
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from gui.common.background import POLL_INTERVAL_MS
from gui.common.language import error_text
from model.history.queue import HistoryQueue, Task


class WatchedQueue(HistoryQueue):
    """A history queue that tells the GUI of every task submitted (a run recorder's writes too,
    which go to the queue directly), so their failures are said as they happen."""

    def __init__(self, on_error: Callable[[Exception], None],
                 on_submit: Callable[[Future], None]) -> None:
        super().__init__(on_error)
        self._on_submit = on_submit

    def submit(self, task: Task, **options: Any) -> Future:
        future = super().submit(task, **options)
        self._on_submit(future)
        return future


class HistoryCalls(QObject):
    """``call(task, then)`` runs ``task(store)`` in the background, then ``then(result)`` here;
    ``failed(message)`` says why a task could not run (it has no ``then``)."""

    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._errors: SimpleQueue[Exception] = SimpleQueue()
        self.queue = WatchedQueue(on_error=self._errors.put, on_submit=self._watch)
        self._pending: dict[Future, Callable[[Any], object] | None] = {}
        """Every task not yet delivered, in submission order, with what takes its result."""
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_INTERVAL_MS)
        self._poll.timeout.connect(self._deliver)

    def call(self, task: Task, then: Callable[[Any], object] | None = None) -> None:
        self._pending[self.queue.submit(task)] = then

    def close(self) -> None:
        """Let every call made so far run, without waiting out a history another program holds
        locked (for closing the window: it waits a fraction of a second at most)."""
        self.queue.close()
        self.queue.wait()

    def _watch(self, future: Future) -> None:
        self._pending[future] = None
        if not self._poll.isActive():  # a restarted timer would wait again
            self._poll.start()

    def _deliver(self) -> None:
        """Say the failures, then hand each finished task's result to its ``then``, in order;
        stop looking once nothing is pending (a task's failure is queued before its future is
        done, so none is missed)."""
        while not self._errors.empty():
            self.failed.emit(error_text(self._errors.get()))
        done = [(future, then) for future, then in self._pending.items() if future.done()]
        for future, _ in done:
            del self._pending[future]
        if not self._pending:
            self._poll.stop()
        for future, then in done:
            if then is not None and future.exception() is None:
                then(future.result())
