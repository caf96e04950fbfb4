"""Run slow Python work (loading data, training, saving) off the GUI thread, report on it.

Widgets may only be touched on the GUI thread, and the work's thread touches no Qt at all: a
:class:`BackgroundCall` runs its function on a plain Python thread that only keeps what it
returned or raised in a ``concurrent.futures.Future``; a timer on the GUI thread sees the future
done and reports it through Qt signals. A Python thread that emits a Qt signal holds the GIL
while Qt takes its locks, and the GUI thread may hold one of those locks while it waits for the
GIL: the suite once hung for 90 minutes in a window test that trained, so nothing here lets
a worker thread call into Qt. Python starts (and forgets) the thread itself, so
``threading.enumerate()`` shows exactly the work still running.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

POLL_INTERVAL_MS = 15
"""How often the GUI thread looks whether the work is done: well under what a person notices."""


class BackgroundCall(QObject):
    """One function run once on its own thread; ``succeeded(value)`` or ``failed(exception)``
    follows on the GUI thread (the thread that made this object).

    Work that reports as it goes (a training's events) leaves its reports in an inbox and
    passes ``drain``: the GUI thread calls it at every look (every ``poll_ms``) and once more
    just before the outcome, so the last reports arrive before the end.
    """

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, function: Callable[[], Any], parent: QObject | None = None, *,
                 name: str = "background call", drain: Callable[[], None] | None = None,
                 poll_ms: int = POLL_INTERVAL_MS) -> None:
        super().__init__(parent)
        self._function = function
        self._drain = drain
        self._future: Future[Any] = Future()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self._look)
        self._reported = False

    def start(self) -> None:
        self._thread.start()
        self._poll.start()

    def is_running(self) -> bool:
        """True from :meth:`start` until the outcome has been reported."""
        return self._thread.ident is not None and not self._reported

    def wait(self) -> None:
        """Block until the function has returned, then report its outcome now (for closing)."""
        self._thread.join()
        self._report()

    def _run(self) -> None:
        """The worker thread's whole part: no Qt, only the future."""
        try:
            self._future.set_result(self._function())
        except Exception as error:  # handed to the GUI thread to report
            self._future.set_exception(error)

    def _look(self) -> None:
        if self._future.done():
            self._report()
        elif self._drain is not None:
            self._drain()

    def _report(self) -> None:
        if self._reported:
            return
        self._poll.stop()
        self._thread.join()  # the thread has let go of this object before its owner may drop it
        self._reported = True
        if self._drain is not None:
            self._drain()
        error = self._future.exception()
        if error is not None:
            self.failed.emit(error)
        else:
            self.succeeded.emit(self._future.result())
