"""The Runs tab's colours follow a theme switch: curves, legend and the table's swatches."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.common.theme import Theme, apply_theme
from gui.runs.colors import run_colors
from tests.gui.runs.test_runs_view import select, shown
from tests.model.history.fake_runs import fake_run

RUNS = 5
"""The fifth colour is the one a theme changes: black on a light background, white on a dark."""


@pytest.fixture(autouse=True)
def system_theme_afterwards(qapp):
    yield
    apply_theme(Theme.SYSTEM)


def swatch_colors(runs_view) -> list[str]:
    model = runs_view.table().model()
    return [model.index(row, 0).data(Qt.ItemDataRole.DecorationRole).pixmap(8).toImage()
            .pixelColor(4, 4).name() for row in range(RUNS)]


def test_a_theme_switch_recolours_the_runs_curves_legend_and_swatches(qtbot, view, history):
    for units in range(RUNS):
        fake_run(history, units=10 + units)
    shown(qtbot, view)
    select(qtbot, view, *range(RUNS))
    light = run_colors(view)
    assert swatch_colors(view) == list(light[:RUNS]) and light[4] == "#000000"
    apply_theme(Theme.DARK)
    qtbot.waitUntil(lambda: view.palette() == QApplication.palette())
    dark = run_colors(view)
    assert dark != light and dark[4] == "#ffffff"
    qtbot.waitUntil(lambda: swatch_colors(view) == list(dark[:RUNS]))
    comparison = view.comparison()
    assert all(color in comparison.legend_text() for color in dark[:RUNS])
    fifth = comparison._curves[4]
    assert fifth.batch_loss.opts["pen"].color().name() == "#ffffff"
    assert fifth.test_accuracy.opts["symbolBrush"] == "#ffffff"
