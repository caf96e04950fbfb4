"""Which Qt functions threads other than the GUI thread called: none, by the house rule.

A Python thread inside a Qt call holds the GIL while it waits on Qt's locks, and the GUI thread
may hold one of those locks while it waits for the GIL; the suite once hung for 90 minutes so.
Worker threads therefore only fill futures and inboxes; these tests watch them do no more.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

QT_MODULES = ("PySide6", "shiboken6")


def _qt_name(function: object) -> str | None:
    """``function``'s name if it is one of Qt's (a builtin of a PySide6 module or object)."""
    owner = getattr(function, "__self__", None)
    module = getattr(function, "__module__", None) or type(owner).__module__
    if module and module.startswith(QT_MODULES):
        return getattr(function, "__qualname__", repr(function))
    return None


@contextmanager
def qt_calls_off_the_gui_thread() -> Iterator[list[str]]:
    """Within the block, the names of Qt functions called by threads started in it."""
    gui_thread = threading.get_ident()
    calls: list[str] = []

    def profile(frame, event: str, function: object) -> None:
        if event == "c_call" and threading.get_ident() != gui_thread:
            name = _qt_name(function)
            if name is not None:
                calls.append(name)

    threading.setprofile(profile)
    try:
        yield calls
    finally:
        threading.setprofile(None)
