"""The frame-rate throttler behind live predictions: leading edge, trailing edge, no backlog."""

from __future__ import annotations

import time

from gui.common.throttle import Throttler, frame_interval_ms


class Calls(list):
    def __call__(self) -> None:
        self.append(time.perf_counter())


def test_the_first_trigger_runs_at_once_and_later_ones_wait_for_the_interval(qtbot):
    calls = Calls()
    throttler = Throttler(calls, interval_ms=30)
    throttler.trigger()
    assert len(calls) == 1
    throttler.trigger()
    throttler.trigger()
    assert len(calls) == 1 and throttler.is_pending()
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=1000)
    assert calls[1] - calls[0] >= 0.025
    qtbot.wait(80)
    assert len(calls) == 2  # the two waiting triggers ran once, not twice


def test_a_burst_runs_at_most_once_per_interval_and_ends_with_a_trailing_call(qtbot):
    calls = Calls()
    throttler = Throttler(calls, interval_ms=20)
    started = time.perf_counter()
    while time.perf_counter() - started < 0.2:
        throttler.trigger()
        qtbot.wait(1)
    last_trigger = time.perf_counter()
    qtbot.waitUntil(lambda: not throttler.is_pending(), timeout=1000)
    elapsed = calls[-1] - calls[0]
    assert len(calls) <= elapsed / 0.018 + 1
    assert calls[-1] >= last_trigger - 0.021


def test_flush_runs_now_and_absorbs_the_pending_call(qtbot):
    calls = Calls()
    throttler = Throttler(calls, interval_ms=30)
    throttler.trigger()
    throttler.trigger()
    throttler.flush()
    assert len(calls) == 2 and not throttler.is_pending()
    qtbot.wait(60)
    assert len(calls) == 2


def test_cancel_drops_the_pending_call(qtbot):
    calls = Calls()
    throttler = Throttler(calls, interval_ms=20)
    throttler.trigger()
    throttler.trigger()
    throttler.cancel()
    qtbot.wait(50)
    assert len(calls) == 1


def test_the_interval_follows_the_screen_refresh_rate(qapp):
    assert 1 <= frame_interval_ms() <= 50
