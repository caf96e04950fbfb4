"""Use the run history off the caller's thread, in order: :class:`HistoryQueue`.

The window must never wait for the disk (a write may wait seconds for another process's
transaction), and a training run should not either. Tasks queue up and run one after another on
a background thread, each with its own short-lived :class:`~model.history.store.RunStore`
connection, so a write submitted after another also lands after it. The thread exists only while
there is work, like the window's other background work, so ``threading.enumerate()`` shows
exactly what is still running; :meth:`HistoryQueue.wait` flushes the queue before closing.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import TypeVar

from model.history.store import RunStore
from model.user_data import run_history_path

T = TypeVar("T")
Task = Callable[[RunStore], T]


class HistoryQueue:
    """Run tasks ``task(store)`` in submission order on a background thread.

    A task's failure (disk full, a damaged file) is kept in its future and passed to
    ``on_error(error)`` on the queue's thread, unless the task before failed the same way (a
    run's every write would); the tasks after it still run.
    """

    def __init__(self, on_error: Callable[[Exception], None], path: Path | None = None) -> None:
        self.path = path or run_history_path()
        self._on_error = on_error
        self._lock = threading.Lock()
        self._tasks: deque[tuple[Task, Future]] = deque()
        self._thread: threading.Thread | None = None
        self._busy = False
        self._last_error = ""

    def submit(self, task: Task[T]) -> Future[T]:
        future: Future[T] = Future()
        with self._lock:
            self._tasks.append((task, future))
            if not self._busy:
                self._busy = True
                self._thread = threading.Thread(target=self._work, name="run history")
                self._thread.start()
        return future

    def wait(self) -> None:
        """Block until every task submitted so far has run and the thread has ended."""
        while True:
            with self._lock:
                thread, idle = self._thread, not self._busy
            if thread is not None:
                thread.join()
            if idle:
                return

    def _work(self) -> None:
        while True:
            with self._lock:
                if not self._tasks:
                    self._busy = False
                    return
                task, future = self._tasks.popleft()
            self._run(task, future)

    def _run(self, task: Task, future: Future) -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            with RunStore(self.path) as store:
                future.set_result(task(store))
            self._last_error = ""
        except Exception as error:  # the disk, the file, or a bug: say so, keep going
            if str(error) != self._last_error:
                self._on_error(error)
            self._last_error = str(error)
            future.set_exception(error)
