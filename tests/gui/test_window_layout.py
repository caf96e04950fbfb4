"""At its minimum size, with Train open, the window still shows everything: the canvas at its
drawing size, and every page of the Train dock either whole or scrollable, never cut off.

One short run fills the Training and Results pages, as a user would see them.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QDockWidget, QLabel, QProgressBar, QScrollArea, QTabWidget, QWidget

from gui import window_geometry
from gui.common.waiting import wait_ms
from gui.train.panel import TrainingPanel
from gui.window_geometry import CANVAS_MINIMUM_SIDE, MINIMUM_WINDOW_SIZE
from model.config import LayerConfig, NetworkConfig, TrainingConfig
from model.data.datasets import load_dataset
from model.drawing.strokes import CANVAS_SIZE
from tests.gui.helpers import Errors, make_window

LAYOUT_SETTLE_MS = 100


@pytest.fixture
def trained_window(qtbot, settings, monkeypatch):
    """A window at its minimum size on a full-HD screen, Train open, after a one-second run."""
    monkeypatch.setattr(window_geometry, "available_geometry",
                        lambda window: QRect(0, 0, 1920, 1080))
    window = make_window(qtbot, settings)
    panel = TrainingPanel()
    panel.show_error = Errors()
    window.add_training_panel(panel)
    window.findChild(QDockWidget, "trainingDock").show()
    window.resize(window.minimumSize())
    dataset = load_dataset("mnist").subset(1000, 200, seed=0)
    with qtbot.waitSignal(panel.finished, timeout=60_000):
        panel.start(NetworkConfig(hidden=(LayerConfig(32),)),
                    TrainingConfig(epochs=2, batch_size=50, validation_split=0.1, seed=3),
                    dataset=dataset)
    wait_ms(LAYOUT_SETTLE_MS)
    yield window
    panel.shutdown()


def scroll_area_of(page: QWidget) -> QScrollArea:
    return page if isinstance(page, QScrollArea) else page.findChild(QScrollArea)


def canvas_keeps_its_drawing_size(window) -> None:
    assert window.size() == MINIMUM_WINDOW_SIZE
    canvas = window.canvas()
    assert min(canvas.width(), canvas.height()) >= CANVAS_MINIMUM_SIDE > CANVAS_SIZE


def dock_stays_inside_with_the_room_it_needs(window) -> None:
    dock = window.findChild(QDockWidget, "trainingDock")
    assert window.rect().contains(dock.geometry())
    panel = dock.widget()
    assert panel.width() >= panel.minimumSizeHint().width()
    assert panel.height() >= panel.minimumSizeHint().height()


def progress_figures_stand_beside_the_bars(window) -> None:
    panel = window.findChild(QWidget, "training")
    bars = panel.findChildren(QProgressBar)
    assert len(bars) == 2 and not any(bar.isTextVisible() for bar in bars)
    epoch_text = panel.findChild(QLabel, "epochProgressText")
    run_text = panel.findChild(QLabel, "runProgressText")
    assert epoch_text.text() == "2 of 2: 100%" and run_text.text() == "100%"
    assert "images/s" in panel.findChild(QLabel, "speedText").text()
    for bar, text in zip(bars, (epoch_text, run_text), strict=True):
        assert not bar.geometry().intersects(text.geometry())


def training_page_shows_bars_and_curves_without_scrolling(window) -> None:
    panel = window.findChild(QWidget, "training")
    panel.show_training()
    wait_ms(LAYOUT_SETTLE_MS)
    area = scroll_area_of(panel.findChild(QWidget, "trainingProgress"))
    assert area.widget().height() <= area.viewport().height()


def every_page_fits_sideways_and_scrolls_down(window) -> None:
    tabs = window.findChild(QWidget, "training").findChild(QTabWidget)
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        wait_ms(LAYOUT_SETTLE_MS)
        area = scroll_area_of(tabs.widget(index))
        content, viewport = area.widget(), area.viewport()
        name = tabs.tabText(index)
        assert content.width() <= viewport.width(), f"{name} runs off to the right"
        assert content.height() >= content.minimumSizeHint().height(), f"{name} is squeezed"
        hidden_below = content.height() - viewport.height()
        assert area.verticalScrollBar().maximum() >= hidden_below, f"{name} cannot scroll"


@pytest.mark.slow
def test_the_smallest_window_with_train_open_after_a_run_shows_everything(trained_window):
    """One run, then each look in turn (a run for each look took 45 s); the last two change
    the page shown, so they come last."""
    canvas_keeps_its_drawing_size(trained_window)
    dock_stays_inside_with_the_room_it_needs(trained_window)
    progress_figures_stand_beside_the_bars(trained_window)
    training_page_shows_bars_and_curves_without_scrolling(trained_window)
    every_page_fits_sideways_and_scrolls_down(trained_window)
