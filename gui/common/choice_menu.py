"""A submenu of choices of which exactly one is checked, as *View ▸ Language* and *View ▸ Theme*
are: one way to build them, so both behave (and read to a screen reader) alike."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu


class ChoiceMenu:
    """``title`` added to ``parent`` as a submenu named ``object_name``; :meth:`add` adds its
    choices, checkable and exclusive."""

    def __init__(self, parent: QMenu, title: str, object_name: str) -> None:
        self.menu = parent.addMenu(title)
        self.menu.setObjectName(object_name)
        self._group = QActionGroup(self.menu)
        self._group.setExclusive(True)

    def add(self, text: str, object_name: str, checked: bool,
            chosen: Callable[[], object]) -> QAction:
        """A choice, checked or not; picking it calls ``chosen``."""
        action = QAction(text, self._group)
        action.setObjectName(object_name)
        action.setCheckable(True)
        action.setChecked(checked)
        action.triggered.connect(lambda _checked=False: chosen())
        self.menu.addAction(action)
        return action
