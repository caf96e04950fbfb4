"""The Runs view's fixtures: a run history, and the view in a plain window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from gui.runs.view import RunsView
from model.history.store import RunStore


@pytest.fixture
def history() -> RunStore:
    store = RunStore()
    yield store
    store.close()


@pytest.fixture
def view(qtbot):
    """A view in a plain window: its layout sizes the view, not the window (the offscreen
    platform warns when a window's minimum size changes)."""
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(700, 640)
    view = RunsView(window)
    view.setGeometry(0, 0, 700, 640)
    yield view
    view.shutdown()
