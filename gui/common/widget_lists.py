"""The application's widgets, listed without reading freed memory.

``QApplication.allWidgets()`` and ``topLevelWidgets()`` copy C++ pointers first and wrap each in
Python afterwards. Wrapping allocates; an allocation may start Python's cyclic garbage collector;
the collector may free a window nobody holds any more (a dialog caught in a reference cycle), and
that window's widgets, still later in the copied list, are then wrapped from freed memory: a
segmentation fault (seen once in CI, in a language switch's walk). Pausing the collector while the
list is made closes that window of time; once made, the list holds every widget in it.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QApplication, QWidget


def all_widgets() -> list[QWidget]:
    return _listed(QApplication.allWidgets)


def top_level_widgets() -> list[QWidget]:
    return _listed(QApplication.topLevelWidgets)


def _listed(lister: Callable[[], list[QWidget]]) -> list[QWidget]:
    with _collector_paused():
        return lister()


@contextmanager
def _collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
