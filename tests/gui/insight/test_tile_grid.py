"""Tiles drawn as one image: where each tile lands, what the pointer is on, and the colours."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget

from gui.insight.colors import TABLE, diverging, robust_limit, tile_limits
from gui.insight.tile_grid import GAP, NO_TILE, TileGrid

RED = np.uint32(0xFFFF0000)
WHITE_ZERO = np.uint32(0xFFF7F7F7)


@pytest.fixture
def window(qtbot):
    """A window 300 px wide to hold grids (a window of fixed height is not a grid's to set)."""
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 400)
    window.show()
    qtbot.waitExposed(window)
    return window


def grid_in(window: QWidget, columns: int | None) -> TileGrid:
    grid = TileGrid(largest_pixel=10, columns=columns, parent=window)
    grid.resize(300, 10)
    grid.show()
    return grid


def show_tiles(grid: TileGrid, tiles: np.ndarray) -> None:
    """Show ``tiles`` at the height the grid asks for at its width, as a layout would."""
    grid.set_tiles(tiles)
    grid.resize(grid.width(), grid.heightForWidth(grid.width()))


@pytest.fixture
def grid(window):
    return grid_in(window, columns=8)


def test_units_grow_to_fill_the_width_and_the_height_follows(grid):
    grid.set_tiles(np.full((20, 1, 1), RED))
    pixel = (300 - 7 * GAP) // 8  # 36, more than the largest
    assert pixel > 10
    assert grid.tile_rect(9).topLeft().toTuple() == (10 + GAP, 10 + GAP)
    assert grid.heightForWidth(300) == 3 * 10 + 2 * GAP  # three rows of eight
    grid.resize(80, grid.height())
    assert grid.tile_rect(1).width() == (80 - 7 * GAP) // 8
    assert grid.heightForWidth(80) == 3 * ((80 - 7 * GAP) // 8) + 2 * GAP


def test_the_height_is_a_function_of_the_width_never_set_by_a_resize(window):
    """A grid that set its own height when resized made a scroll area recurse until the stack
    overflowed (issue 19: the segfault at 1400×900): the layout asks, the grid answers."""
    grid = grid_in(window, columns=8)
    grid.set_tiles(np.full((20, 1, 1), RED))
    heights = [grid.heightForWidth(width) for width in (80, 160, 300)]
    assert heights == sorted(heights) and heights[0] < heights[-1]  # wider is taller
    for width in (80, 300, 160):
        grid.resize(width, 7)
        assert grid.height() == 7  # the resize is the layout's; the grid does not undo it
    assert grid.hasHeightForWidth()


def test_every_tile_is_found_under_the_pointer_and_gaps_are_no_tile(window):
    grid = grid_in(window, columns=None)
    grid.set_largest_pixel(2)
    show_tiles(grid, np.full((13, 28, 28), RED))  # rows of 5, 5 and 3
    for index in range(13):
        assert grid.tile_at(grid.tile_rect(index).center()) == index
    first = grid.tile_rect(0)
    assert grid.tile_at(QPoint(first.right() + GAP, first.center().y())) == NO_TILE  # the gap
    after_last = grid.tile_rect(12).translated(grid.tile_rect(1).x(), 0)
    assert grid.tile_at(after_last.center()) == NO_TILE
    page = grid.palette().color(QPalette.ColorRole.Window).rgb()
    assert grid.grab().toImage().pixel(after_last.center()) == page  # not a grey block


def test_without_fixed_columns_as_many_tiles_fit_as_the_width_holds(window):
    grid = grid_in(window, columns=None)
    grid.set_tiles(np.full((13, 28, 28), RED))
    grid.set_largest_pixel(2)
    assert grid.tile_rect(0).width() == 56
    columns = (300 + GAP) // (56 + GAP)
    assert grid.tile_rect(columns).topLeft().toTuple() == (0, 56 + GAP)


def test_pointing_reports_the_tile_once_and_leaving_reports_no_tile(grid, qtbot):
    show_tiles(grid, np.full((16, 1, 1), RED))
    seen = []
    grid.hovered.connect(seen.append)
    qtbot.mouseMove(grid, grid.tile_rect(3).center())
    qtbot.mouseMove(grid, grid.tile_rect(3).topLeft())  # still on it
    qtbot.mouseMove(grid, grid.tile_rect(12).center())
    assert seen == [3, 12]


def test_the_diverging_map_is_white_at_zero_and_saturates_at_the_limit():
    colors = diverging(np.array([-5.0, -1.0, 0.0, 1.0, 5.0], np.float32), 1.0)
    assert colors[2] == WHITE_ZERO
    assert colors[0] == colors[1] == TABLE[0] and colors[3] == colors[4] == TABLE[-1]
    assert (diverging(np.ones(3, np.float32), 0.0) == WHITE_ZERO).all()


def test_each_tile_can_have_its_own_limit():
    tiles = np.array([[[1.0, -2.0]], [[10.0, 0.0]]], np.float32)
    limits = tile_limits(tiles)
    assert list(limits) == [2.0, 10.0]
    colors = diverging(tiles, limits)
    assert colors[0, 0, 1] == TABLE[0] and colors[1, 0, 0] == TABLE[-1]


def test_the_robust_limit_ignores_silent_units_and_lets_outliers_saturate():
    values = np.concatenate([np.zeros(700), np.linspace(0.1, 1.0, 67), [50.0]])
    assert robust_limit(values) < 2.0
    assert robust_limit(np.zeros(5)) == 0.0
