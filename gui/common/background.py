"""Run slow Python work (loading data, training, saving) off the GUI thread, report on it.

Widgets may only be touched on the GUI thread, so the work never talks to them: a
:class:`BackgroundCall` runs its function on a plain Python thread, keeps what it returned or
raised in a ``concurrent.futures.Future``, and reports it through Qt signals delivered on the GUI
thread. Python starts (and forgets) the thread itself, so ``threading.enumerate()`` shows exactly
the work still running.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal


class BackgroundCall(QObject):
    """One function run once on its own thread; ``succeeded(value)`` or ``failed(exception)``
    follows on the GUI thread (the thread that made this object)."""

    succeeded = Signal(object)
    failed = Signal(object)
    _returned = Signal()
    """Emitted on the worker thread; queued, it wakes :meth:`_report` on the GUI thread."""

    def __init__(self, function: Callable[[], Any], parent: QObject | None = None, *,
                 name: str = "background call") -> None:
        super().__init__(parent)
        self._function = function
        self._future: Future[Any] = Future()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._returned.connect(self._report, Qt.ConnectionType.QueuedConnection)
        self._reported = False

    def start(self) -> None:
        self._thread.start()

    def is_running(self) -> bool:
        """True from :meth:`start` until the outcome has been reported."""
        return self._thread.ident is not None and not self._reported

    def wait(self) -> None:
        """Block until the function has returned, then report its outcome now (for closing)."""
        self._thread.join()
        self._report()

    def _run(self) -> None:
        try:
            self._future.set_result(self._function())
        except Exception as error:  # handed to the GUI thread to report
            self._future.set_exception(error)
        self._returned.emit()

    def _report(self) -> None:
        if self._reported:
            return
        self._thread.join()  # the thread has let go of this object before its owner may drop it
        self._reported = True
        error = self._future.exception()
        if error is not None:
            self.failed.emit(error)
        else:
            self.succeeded.emit(self._future.result())
