"""BackgroundCall: the work runs on its own thread, which calls no Qt; its outcome is reported on
the GUI thread."""

from __future__ import annotations

import threading

from gui.common.background import BackgroundCall
from tests.gui.threads import qt_calls_off_the_gui_thread

TIMEOUT_MS = 5_000


def test_a_value_is_reported_on_the_gui_thread_and_the_worker_calls_no_qt(qtbot):
    ran_on = []

    def work() -> int:
        ran_on.append(threading.current_thread())
        return 42

    with qt_calls_off_the_gui_thread() as qt_calls:
        call = BackgroundCall(work)
        reported_on = []
        call.succeeded.connect(lambda value: reported_on.append(threading.current_thread()))
        with qtbot.waitSignal(call.succeeded, timeout=TIMEOUT_MS) as succeeded:
            call.start()
    assert succeeded.args == [42] and not call.is_running()
    assert ran_on != [threading.main_thread()] and reported_on == [threading.main_thread()]
    assert qt_calls == []


def test_an_exception_is_reported_as_failed(qtbot):
    def work() -> None:
        raise OSError("disk full")

    with qt_calls_off_the_gui_thread() as qt_calls:
        call = BackgroundCall(work)
        with qtbot.waitSignal(call.failed, timeout=TIMEOUT_MS) as failed:
            call.start()
    assert str(failed.args[0]) == "disk full" and qt_calls == []


def test_wait_reports_at_once_for_closing(qtbot):
    call = BackgroundCall(lambda: "done")
    outcomes = []
    call.succeeded.connect(outcomes.append)
    call.start()
    call.wait()
    assert outcomes == ["done"] and not call.is_running()


def test_the_watch_sees_a_worker_thread_call_qt(qtbot):
    """The watch itself: a thread that emits a Qt signal is caught."""
    call = BackgroundCall(lambda: None)
    with qt_calls_off_the_gui_thread() as qt_calls:
        thread = threading.Thread(target=call.succeeded.emit, args=(None,))
        thread.start()
        thread.join()
    assert qt_calls == ["SignalInstance.emit"]


def test_drain_takes_the_last_reports_before_the_outcome(qtbot):
    """Work that reports as it goes: what it left last is drained before ``succeeded``."""
    inbox, seen = [], []

    def work() -> str:
        inbox.extend(["epoch 1", "epoch 2"])
        return "done"

    def drain() -> None:
        seen.extend(inbox)
        inbox.clear()

    call = BackgroundCall(work, drain=drain)
    call.succeeded.connect(seen.append)
    with qtbot.waitSignal(call.succeeded, timeout=TIMEOUT_MS):
        call.start()
    assert seen == ["epoch 1", "epoch 2", "done"]
