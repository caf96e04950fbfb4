"""Wait while Qt keeps working, without holding the GIL.

PySide6's ``QTest.qWait`` holds the GIL while it sleeps between event batches, so a Python
training thread starves while a script waits with it (a 2 s run took 100 s). These waits run a
QEventLoop with a timer instead: Qt sleeps in C++ with the GIL released.
"""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, QTimer, SignalInstance


def wait_ms(milliseconds: int) -> None:
    """Process events for ``milliseconds`` (paints, timers, queued signals from threads)."""
    loop = QEventLoop()
    QTimer.singleShot(max(0, int(milliseconds)), loop.quit)
    loop.exec()


def wait_for_signal(signal: SignalInstance, timeout_ms: int, start=None) -> bool:
    """Call ``start()`` (if given), then process events until ``signal`` fires: True, or
    ``timeout_ms`` pass: False. Connecting first means a signal emitted by ``start`` is not missed.
    """
    loop = QEventLoop()
    fired = []

    def on_signal(*_args: object) -> None:
        fired.append(True)
        loop.quit()

    signal.connect(on_signal)
    try:
        QTimer.singleShot(timeout_ms, loop.quit)
        if start is not None:
            start()
        if not fired:
            loop.exec()
    finally:
        signal.disconnect(on_signal)
    return bool(fired)
