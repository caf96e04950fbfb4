"""How big the main window opens, and keeping it on a screen that may have changed since.

A fixed first size is wrong on every screen but one: too small on a desktop monitor, taller than
a laptop's. The window takes a share of the screen's free area instead, never less than the room
the canvas, the prediction view and the Train dock need side by side, and never more than the
screen. A size the user chose (saved in QSettings) wins, but is moved and shrunk back onto the
screen when the screen has become smaller since. Showing a dock (Train) widens the window by the
dock's room while the screen has room, so the canvas keeps its size; the minimum rises with the
docks shown (Lessons beside the canvas as well as Train), so none can be squeezed off the window.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow, QStyle, QWidget

from gui.draw.canvas import PAPER_MARGIN
from model.drawing.strokes import CANVAS_SIZE

CANVAS_MINIMUM_SIDE = int(CANVAS_SIZE + 2 * PAPER_MARGIN)
"""The canvas's paper never shrinks below the size drawings are made at, even with Train open."""
TRAIN_DOCK_MINIMUM_WIDTH = 400
"""Wide enough for every page of the Train panel to fit without scrolling sideways."""
MINIMUM_WINDOW_SIZE = QSize(1000, 620)
"""Room for the canvas at its drawing size, the prediction view and the Train dock at once."""
WIDE_SCREEN_WIDTH = 1366
"""Screens at least this wide fit a left dock, the canvas, the answer and the Train dock (the
window's least width with Lessons and Train open is 1,262 px, and a frame goes round it): the
common school laptop's 1366×768 keeps a lesson beside the Train panel its *Do it* opens, instead
of behind it as a tab."""
SCREEN_SHARE = 0.8
"""A new window takes this share of the screen's free width and height…"""
LARGEST_FIRST_SIZE = QSize(1800, 1100)
"""…but no more than this: on a huge screen, a huge window only spreads the same controls out."""


def available_geometry(window: QWidget) -> QRect:
    """The free area (without panels and docks) of the screen the window is on."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def has_room_for_left_dock(window: QWidget) -> bool:
    """Whether the window's screen fits a dock left of the canvas as well as Train right of it."""
    return available_geometry(window).width() >= WIDE_SCREEN_WIDTH


def minimum_size(available: QRect, layout_minimum: QSize | None = None) -> QSize:
    """The window's minimum size: room for the canvas, the prediction view and the Train dock,
    or more when the docks shown need more (``layout_minimum``: Lessons beside the canvas as
    well); on a screen smaller than that, the screen."""
    return MINIMUM_WINDOW_SIZE.expandedTo(layout_minimum or QSize()).boundedTo(available.size())


def keep_minimum(window: QMainWindow) -> None:
    """Set the window's minimum to what its docks and central area need now. A fixed minimum
    let the window shrink below the Lessons and Train docks and the canvas side by side: the
    answer was squeezed to a sliver and the Train dock pushed past the window's edge."""
    wanted = minimum_size(available_geometry(window), window.minimumSizeHint())
    if wanted != window.minimumSize():
        window.setMinimumSize(wanted)


def first_geometry(available: QRect) -> QRect:
    """Where a window opens the first time: a share of the screen, centred on it."""
    share = QSize(round(available.width() * SCREEN_SHARE),
                  round(available.height() * SCREEN_SHARE))
    size = share.boundedTo(LARGEST_FIRST_SIZE).expandedTo(minimum_size(available))
    return QStyle.alignedRect(Qt.LayoutDirection.LeftToRight, Qt.AlignmentFlag.AlignCenter, size,
                              available)


def onto_screen(geometry: QRect, available: QRect) -> QRect:
    """``geometry`` shrunk to fit ``available`` and moved the least distance to lie inside it."""
    size = geometry.size().boundedTo(available.size())
    x = min(max(geometry.x(), available.x()), available.x() + available.width() - size.width())
    y = min(max(geometry.y(), available.y()), available.y() + available.height() - size.height())
    return QRect(x, y, size.width(), size.height())


def place_window(window: QWidget, saved: QByteArray | None) -> None:
    """Size and place ``window`` before it is shown: where the user left it (``saved`` by
    ``saveGeometry``), moved back onto the screen if that has shrunk since, or else the first
    time's share of the screen. A maximized or full-screen window already fits its screen."""
    available = available_geometry(window)
    window.setMinimumSize(minimum_size(available))
    if saved is None or not window.restoreGeometry(saved):
        window.setGeometry(first_geometry(available))
    elif not (window.isMaximized() or window.isFullScreen()):
        window.setGeometry(onto_screen(window.geometry(), available))


def grown_by(geometry: QRect, room: QSize, available: QRect) -> QRect:
    """``geometry`` grown by ``room`` as far as ``available`` allows, keeping its top left corner
    unless the grown window would leave the screen: then moved back onto it. Never shrunk nor
    moved when there is no room (a window already larger than the screen stays as it is)."""
    size = (geometry.size() + room).boundedTo(available.size()).expandedTo(geometry.size())
    if size == geometry.size():
        return geometry
    x = max(available.x(), min(geometry.x(), available.x() + available.width() - size.width()))
    y = max(available.y(), min(geometry.y(), available.y() + available.height() - size.height()))
    return QRect(x, y, size.width(), size.height())


def dock_room(window: QMainWindow, dock: QDockWidget) -> QSize:
    """The room ``dock`` takes from the central area when shown: its width beside it (left or
    right) or its height above or below it, with the separator; nothing when floating."""
    if dock.isFloating():
        return QSize(0, 0)
    hint = dock.sizeHint().expandedTo(dock.minimumSize())
    separator = window.style().pixelMetric(QStyle.PixelMetric.PM_DockWidgetSeparatorExtent,
                                           None, window)
    if window.dockWidgetArea(dock) in (Qt.DockWidgetArea.LeftDockWidgetArea,
                                       Qt.DockWidgetArea.RightDockWidgetArea):
        return QSize(hint.width() + separator, 0)
    return QSize(0, hint.height() + separator)


def make_room_for(window: QMainWindow, dock: QDockWidget) -> QSize:
    """Grow ``window`` by the room ``dock`` is about to take, within its screen's free area,
    so the canvas keeps its size; returns how much it grew. A maximized or full-screen window
    already has all there is."""
    if window.isMaximized() or window.isFullScreen():
        return QSize(0, 0)
    frame = window.frameGeometry()
    grown = grown_by(frame, dock_room(window, dock), available_geometry(window))
    growth = grown.size() - frame.size()
    window.setGeometry(QRect(window.geometry().topLeft() + grown.topLeft() - frame.topLeft(),
                             window.size() + growth))
    return growth


def give_back(window: QMainWindow, growth: QSize) -> None:
    """Shrink ``window`` by the ``growth`` a dock's showing gave it, not below the fixed
    minimum: the one the hidden dock had raised comes down only once the layout has heard of
    it (:func:`keep_minimum` then raises it again if the docks still shown need more)."""
    window.setMinimumSize(minimum_size(available_geometry(window)))
    if not (window.isMaximized() or window.isFullScreen()):
        window.resize((window.size() - growth).expandedTo(window.minimumSize()))


def grow_when_shown(window: QMainWindow, dock: QDockWidget) -> None:
    """Each time the user shows ``dock`` (its toggle action: toolbar, View menu), widen the
    window for it; when the dock is closed again, give the room back, so opening and closing
    Train leaves the canvas as it was."""
    growth = QSize(0, 0)

    def on_triggered(shown: bool) -> None:
        nonlocal growth
        if shown:
            growth = make_room_for(window, dock)

    def on_visibility(visible: bool) -> None:
        nonlocal growth
        if not visible and dock.isHidden() and not growth.isNull():
            give_back(window, growth)
            growth = QSize(0, 0)

    dock.toggleViewAction().triggered.connect(on_triggered)
    dock.visibilityChanged.connect(on_visibility)
