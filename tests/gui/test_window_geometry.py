"""The window's first size follows the screen; a remembered size wins but stays on the screen.

Qt's offscreen screen is 800×800, so the tests hand the window a pretend screen instead.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QDockWidget, QWidget

from gui import window_geometry
from gui.common.waiting import wait_ms
from gui.lessons.panel import LessonsPanel
from gui.train.panel import TrainingPanel
from gui.window_geometry import (
    CANVAS_MINIMUM_SIDE,
    LARGEST_FIRST_SIZE,
    MINIMUM_WINDOW_SIZE,
    first_geometry,
    grown_by,
    minimum_size,
    onto_screen,
)
from tests.gui.helpers import make_window

LAYOUT_SETTLE_MS = 100


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


@pytest.mark.parametrize(("geometry", "room", "expected"), [
    (QRect(100, 50, 1000, 620), QSize(530, 0), QRect(100, 50, 1530, 620)),    # room: grown
    (QRect(600, 50, 1000, 620), QSize(530, 0), QRect(390, 50, 1530, 620)),    # moved left
    (QRect(100, 50, 1500, 620), QSize(530, 0), QRect(0, 50, 1920, 620)),      # up to the screen
    (QRect(0, 0, 1920, 1080), QSize(530, 0), QRect(0, 0, 1920, 1080)),        # no room at all
    (QRect(100, 50, 1000, 620), QSize(0, 300), QRect(100, 50, 1000, 920)),    # a dock below
    (QRect(-50, 0, 2400, 1200), QSize(530, 0), QRect(-50, 0, 2400, 1200)),    # already too big
])
def test_a_window_grows_by_a_docks_room_as_far_as_the_screen_allows(geometry, room, expected):
    assert grown_by(geometry, room, QRect(0, 0, 1920, 1080)) == expected


def train_dock_of(window) -> QDockWidget:
    return window.add_training_panel(TrainingPanel())


def test_opening_train_grows_the_window_so_the_canvas_keeps_its_size(qtbot, settings, screen):
    """Opening the dock used to take its room from the canvas even on a screen with room to
    spare (issue 19, newcomer point 5); closing it gives the room back."""
    window = make_window(qtbot, settings)
    dock = train_dock_of(window)
    window.resize(MINIMUM_WINDOW_SIZE)
    wait_ms(LAYOUT_SETTLE_MS)
    canvas = window.canvas().size()
    dock.toggleViewAction().trigger()
    wait_ms(LAYOUT_SETTLE_MS)
    assert dock.isVisible() and window.width() >= MINIMUM_WINDOW_SIZE.width() + dock.width()
    assert window.canvas().size() == canvas
    assert screen.area.contains(window.frameGeometry())
    dock.toggleViewAction().trigger()
    wait_ms(LAYOUT_SETTLE_MS)
    assert window.size() == MINIMUM_WINDOW_SIZE and window.canvas().size() == canvas


def test_without_room_on_the_screen_the_window_stays_on_it(qtbot, settings, screen):
    screen.area = QRect(0, 0, 1024, 640)
    window = make_window(qtbot, settings)
    dock = train_dock_of(window)
    dock.toggleViewAction().trigger()
    wait_ms(LAYOUT_SETTLE_MS)
    assert dock.isVisible() and window.frameGeometry().width() <= 1024
    assert window.canvas().width() >= CANVAS_MINIMUM_SIDE


def test_the_window_cannot_shrink_below_the_docks_it_shows(qtbot, settings, screen):
    """Lessons beside the canvas and Train open: a fixed minimum let the window shrink below
    their room, which squeezed the answer to a sliver and pushed Train past the window's edge.
    Closing Lessons gives its room back."""
    window = make_window(qtbot, settings)
    train = train_dock_of(window)
    window.add_feature(LessonsPanel())
    lessons = window.findChild(QDockWidget, "lessonsDock")
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, lessons)  # as on a wide screen
    train.toggleViewAction().trigger()
    wait_ms(LAYOUT_SETTLE_MS)
    alone = window.size()
    lessons.toggleViewAction().trigger()
    window.resize(MINIMUM_WINDOW_SIZE)
    wait_ms(LAYOUT_SETTLE_MS)
    assert window.width() >= window.minimumSizeHint().width() > MINIMUM_WINDOW_SIZE.width()
    assert train.geometry().right() < window.width()
    answer = window.findChild(QWidget, "viewTabs")
    assert answer.width() >= answer.minimumSizeHint().width()
    lessons.toggleViewAction().trigger()
    wait_ms(LAYOUT_SETTLE_MS)
    assert window.minimumSize() == MINIMUM_WINDOW_SIZE and window.width() <= alone.width()


@pytest.mark.parametrize(("width", "area"), [
    (1366, Qt.DockWidgetArea.LeftDockWidgetArea),    # the common school laptop: side by side
    (1280, Qt.DockWidgetArea.RightDockWidgetArea),   # too narrow for both: a tab beside Train
])
def test_lessons_sit_beside_the_canvas_on_a_screen_with_room_for_both_docks(
        qtbot, settings, screen, width, area):
    """On a 1366×768 laptop a lesson's *Do it* raised the Train dock over the lesson (the two
    were tabbed), hiding the step the learner was following."""
    screen.area = QRect(0, 0, width, 768)
    window = make_window(qtbot, settings)
    train_dock_of(window)
    window.add_feature(LessonsPanel())
    assert window.dockWidgetArea(window.findChild(QDockWidget, "lessonsDock")) == area
