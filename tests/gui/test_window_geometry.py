"""The window's first size follows the screen; a remembered size wins but stays on the screen.

Qt's offscreen screen is 800×800, so the tests hand the window a pretend screen instead.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize

from gui import window_geometry
from gui.window_geometry import (
    LARGEST_FIRST_SIZE,
    MINIMUM_WINDOW_SIZE,
    first_geometry,
    minimum_size,
    onto_screen,
)
from tests.gui.helpers import make_window


@pytest.fixture
def screen(monkeypatch):
    """Pretend the window's screen has this free area: ``screen.area = QRect(…)``."""

    class Screen:
        area = QRect(0, 0, 1920, 1080)

    monkeypatch.setattr(window_geometry, "available_geometry", lambda window: Screen.area)
    return Screen


@pytest.mark.parametrize(("available", "size"), [
    (QRect(0, 0, 1920, 1050), QSize(1536, 840)),
    (QRect(1920, 0, 1440, 900), QSize(1152, 720)),   # a second monitor, right of the first
    (QRect(0, 0, 1024, 600), QSize(1000, 600)),      # a netbook: the minimum, cut to the screen
    (QRect(0, 0, 3840, 2160), LARGEST_FIRST_SIZE),
])
def test_a_new_window_takes_a_share_of_the_screen_centred_on_it(available, size):
    geometry = first_geometry(available)
    assert geometry.size() == size
    assert available.contains(geometry)
    assert abs(geometry.center().x() - available.center().x()) <= 1
    assert abs(geometry.center().y() - available.center().y()) <= 1


def test_the_minimum_size_never_exceeds_the_screen():
    assert minimum_size(QRect(0, 0, 1920, 1080)) == MINIMUM_WINDOW_SIZE
    assert minimum_size(QRect(0, 0, 800, 600)) == QSize(800, 600)


@pytest.mark.parametrize(("geometry", "expected"), [
    (QRect(100, 80, 900, 600), QRect(100, 80, 900, 600)),    # on screen: left alone
    (QRect(1500, 900, 900, 600), QRect(380, 120, 900, 600)),  # off the bottom right: moved in
    (QRect(-300, -50, 900, 600), QRect(0, 0, 900, 600)),     # off the top left: moved in
    (QRect(200, 100, 2500, 1400), QRect(0, 0, 1280, 720)),   # bigger than the screen: shrunk
])
def test_a_geometry_is_moved_and_shrunk_onto_the_screen(geometry, expected):
    assert onto_screen(geometry, QRect(0, 0, 1280, 720)) == expected


def test_the_window_opens_at_a_share_of_its_screen(qtbot, settings, screen):
    screen.area = QRect(0, 0, 1600, 1000)
    window = make_window(qtbot, settings)
    assert window.size() == QSize(1280, 800)
    assert window.minimumSize() == MINIMUM_WINDOW_SIZE


def test_a_remembered_geometry_wins_but_comes_back_onto_a_screen_that_shrank(qtbot, settings,
                                                                             screen):
    screen.area = QRect(0, 0, 800, 800)  # as big as the offscreen screen: Qt keeps it as saved
    first = make_window(qtbot, settings)
    first.setGeometry(0, 120, 800, 660)
    first.close()
    assert make_window(qtbot, settings).geometry() == QRect(0, 120, 800, 660)
    screen.area = QRect(0, 0, 800, 600)
    shrunk = make_window(qtbot, settings)
    assert shrunk.size() == QSize(800, 600)
    assert shrunk.frameGeometry().topLeft() == QPoint(0, 0)
