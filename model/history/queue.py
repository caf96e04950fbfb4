"""Use the run history off the caller's thread, in order: :class:`HistoryQueue`.

The window must never wait for the disk (a write may wait seconds for another process's
transaction), and a training run should not either. Tasks queue up and run one after another on
a background thread, each with its own short-lived :class:`~model.history.store.RunStore`
connection, so a write submitted after another also lands after it. The thread exists only while
there is work, like the window's other background work, so ``threading.enumerate()`` shows
exactly what is still running; :meth:`HistoryQueue.wait` flushes the queue before closing.

Another program may hold the file locked for good (``PRAGMA locking_mode = EXCLUSIVE``). A task
then waits for it here, in short steps, up to :data:`~model.history.schema.BUSY_TIMEOUT_S`, and
fails with a :class:`~model.history.schema.HistoryBusyError`; :meth:`HistoryQueue.close` cuts
every wait short, so closing the window never waits out a locked file.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from model.history.schema import BUSY_TIMEOUT_S, HistoryBusyError, HistoryError
from model.history.store import RunStore
from model.translatable import QT_TRANSLATE_NOOP, marked, message_of
from model.user_data import run_history_path

T = TypeVar("T")
Task = Callable[[RunStore], T]
RETRY_S = 0.05
"""How long one try waits for a locked history before the queue looks again whether to go on."""
CLOSING_GRACE_S = 0.5
"""How long tasks may still wait for a locked history once the queue is closing."""


@dataclass(frozen=True)
class _Queued:
    task: Task
    future: Future
    skip_if: Callable[[], bool] | None
    failure: str | None


class HistoryQueue:
    """Run tasks ``task(store)`` in submission order on a background thread.

    A task's failure (disk full, a damaged file, a file locked too long) is kept in its future
    and passed to ``on_error(error)`` on the queue's thread, unless the task before failed for
    the same reason (a run's every write, and the reads after it, would fail alike) and this
    task has nothing new to say of what is lost; the tasks after it still run.
    """

    def __init__(self, on_error: Callable[[Exception], None], path: Path | None = None, *,
                 busy_timeout: float = BUSY_TIMEOUT_S) -> None:
        self.path = path or run_history_path()
        self._on_error = on_error
        self._busy_timeout = busy_timeout
        self._give_up_at = math.inf
        self._lock = threading.Lock()
        self._tasks: deque[_Queued] = deque()
        self._thread: threading.Thread | None = None
        self._busy = False
        self._last_cause = ""
        self._reported: set[str] = set()
        """The messages said since the last task that worked (each is said once)."""

    def submit(self, task: Task[T], *, skip_if: Callable[[], bool] | None = None,
               failure: str | None = None) -> Future[T]:
        """Run ``task`` after the tasks before it. If ``skip_if()`` is true by then, the history
        is not even opened (nor waited for) and the future's result is None. ``failure`` says
        what is lost if the history cannot be opened or the task fails ("this run is not
        recorded in the history"): a :class:`HistoryError`'s message then starts with it."""
        future: Future[T] = Future()
        with self._lock:
            self._tasks.append(_Queued(task, future, skip_if, failure))
            if not self._busy:
                self._busy = True
                self._thread = threading.Thread(target=self._work, name="run history")
                self._thread.start()
        return future

    def close(self) -> None:
        """Stop waiting for a locked history (after :data:`CLOSING_GRACE_S`): the tasks that
        would wait fail instead. For closing the window, before :meth:`wait`."""
        self._give_up_at = time.monotonic() + CLOSING_GRACE_S

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
                queued = self._tasks.popleft()
            self._run(queued)

    def _run(self, queued: _Queued) -> None:
        future = queued.future
        if not future.set_running_or_notify_cancel():
            return
        if queued.skip_if is not None and queued.skip_if():
            future.set_result(None)
            return
        try:
            future.set_result(self._run_waiting_for_locks(queued.task))
            self._last_cause = ""
            self._reported.clear()
        except Exception as error:  # the disk, the file, or a bug: say so, keep going
            cause, explained = str(error), queued.failure is not None
            if explained and isinstance(error, HistoryError):
                error = type(error)(marked(QT_TRANSLATE_NOOP("Model", "{lost}: {reason}"),
                                           lost=marked(queued.failure),
                                           reason=message_of(error)))
            if cause != self._last_cause or (explained and str(error) not in self._reported):
                self._on_error(error)
                self._reported.add(str(error))
            self._last_cause = cause
            future.set_exception(error)

    def _run_waiting_for_locks(self, task: Task[T]) -> T:
        """``task(store)``, tried again while another program holds the history locked, until
        the busy timeout or :meth:`close`. A locked history fails before the task changes
        anything (its one transaction could not begin), so trying again is safe."""
        deadline = time.monotonic() + self._busy_timeout
        while True:
            try:
                with RunStore(self.path, busy_timeout=RETRY_S) as store:
                    return task(store)
            except HistoryBusyError:
                if time.monotonic() >= min(deadline, self._give_up_at):
                    raise
            time.sleep(RETRY_S)
