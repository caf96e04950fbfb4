"""Run slow Python work (loading data, training, saving) on a QThread, report on the GUI thread.

Widgets may only be touched on the GUI thread, so the work never talks to them: a
:class:`FunctionThread` keeps what its function returned or raised, and whoever owns it reads that
once Qt has delivered the thread's ``finished`` signal (a queued call on the GUI thread).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal


def forget_foreign_thread() -> None:
    """Drop the ``_DummyThread`` Python registered for this Qt-started thread.

    Before Python 3.13 (CPython gh-114423) any thread Python did not start itself stays in
    ``threading.enumerate()`` forever once some code (TensorFlow's import does) asks for
    ``threading.current_thread()``, so a finished QThread would look like a leaked one.
    """
    if sys.version_info >= (3, 13):
        return
    ident = threading.get_ident()
    with threading._active_limbo_lock:  # noqa: SLF001 - the backport needs the registry itself
        if isinstance(threading._active.get(ident), threading._DummyThread):  # noqa: SLF001
            del threading._active[ident]  # noqa: SLF001


class FunctionThread(QThread):
    """Call ``function`` once on a new thread; afterwards ``value`` or ``error`` holds the result.

    Read them only after ``finished`` was delivered (or after :meth:`wait`), never while running.
    """

    def __init__(self, function: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._function = function
        self.value: Any = None
        self.error: Exception | None = None

    def run(self) -> None:
        try:
            self.value = self._function()
        except Exception as error:  # noqa: BLE001 - handed to the GUI thread to report
            self.error = error
        finally:
            forget_foreign_thread()


class BackgroundCall(QObject):
    """One function run off the GUI thread; ``succeeded(value)`` or ``failed(exception)`` follows
    on the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, function: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = FunctionThread(function, self)
        self._thread.finished.connect(self._report)
        self._reported = False

    def start(self) -> None:
        self._thread.start()

    def is_running(self) -> bool:
        """True from :meth:`start` until the outcome has been reported."""
        return self._thread.isRunning() or (self._thread.isFinished() and not self._reported)

    def wait(self) -> None:
        """Block until the function has returned, then report its outcome now."""
        self._thread.wait()
        self._report()

    def _report(self) -> None:
        if self._reported:
            return
        self._thread.wait()
        self._reported = True
        if self._thread.error is not None:
            self.failed.emit(self._thread.error)
        else:
            self.succeeded.emit(self._thread.value)
