"""How a feature attaches to the window: the one pattern Teach, Train and the next one copy.

A feature is an object (a widget or a plain QObject) that mixes in :class:`Feature`. The window
calls :meth:`Feature.attach` once, from :meth:`gui.main_window.MainWindow.add_feature`, with
itself as the host: the feature takes what it needs there (the active model to follow and to
hand models to, the canvas, the prediction view, a menu, a dock, the status bar) and never
reaches into another feature. When the window closes it asks every feature
:meth:`Feature.confirm_close` (any may veto) and then calls :meth:`Feature.shutdown` on each, so
no worker thread or child process outlives the window. Spyder's plugins hear
``on_plugin_available`` the same way; here the host is the window itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

    from gui.active.owner import ActiveModel
    from gui.draw.canvas import Canvas
    from gui.draw.prediction_view import PredictionView
    from model.inference.predictor import Predictor


class Host(Protocol):
    """What a feature may use of the window (:class:`gui.main_window.MainWindow` is one).

    Features name this protocol, never the window's class, so they depend on the API and not
    on each other: the import contracts keep Draw and Train independent.

    One feature asks another for something only by name, through the host: a feature offers
    ``add_command("train.start", slot)`` and another calls ``run_command("train.start", …)``
    (False when no feature offers it: a policy hid it, or it is not there yet). What happened
    that no file records ("unit_pointed", "drawings_changed") is ``announce``d to every slot
    given to ``follow_events``: that is how Lessons notice a step is done.
    """

    def active_model(self) -> ActiveModel: ...
    def predictor(self) -> Predictor | None: ...
    def canvas(self) -> Canvas: ...
    def prediction_view(self) -> PredictionView: ...
    def open_model(self, path: str | Path, *, remember: bool = True) -> bool: ...
    def add_menu(self, title: str, name: str) -> QMenu: ...
    def add_dock(self, widget: QWidget, title: str, name: str, icon: str,
                 tip: str, *, left: bool = False) -> QDockWidget: ...
    def add_shortcuts(self, keys: Sequence[str], description: str,
                      slot: Callable[[str], object]) -> None: ...
    def back_action(self) -> QAction: ...
    def notify(self, text: str, milliseconds: int = 5000) -> None: ...
    def show_error(self, title: str, text: str) -> None: ...
    def add_menu_action(self, menu: str, action: QAction) -> None: ...
    def add_drop_handler(self, suffix: str, slot: Callable[[Path], object]) -> None: ...
    def file_handler(self, path: Path) -> Callable[[Path], object] | None: ...
    def add_command(self, name: str, slot: Callable[..., object]) -> None: ...
    def run_command(self, name: str, *args: object) -> bool: ...
    def announce(self, event: str) -> None: ...
    def follow_events(self, slot: Callable[[str], object]) -> None: ...


class Feature:
    """Mixed into a feature's class (after its Qt base). Subclasses implement :meth:`attach`."""

    def attach(self, host: Host) -> None:
        """Join the window: add menus, docks, actions; follow ``host.active_model().changed``."""
        raise NotImplementedError

    def confirm_close(self) -> bool:
        """May the window close now? (Ask the user if work would be lost.) False keeps it open."""
        return True

    def shutdown(self) -> None:
        """The window is closing: end background work and wait for it. Safe to call twice."""
