"""View ▸ Theme: System, Light, Dark, High contrast — one checked at a time, remembered."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from gui.common.language import translate
from gui.common.theme import Theme, choose_theme, restore_theme


def theme_name(theme: Theme) -> str:
    """The theme's name as the menu shows it."""
    return {
        Theme.SYSTEM: translate("Common", "&System"),
        Theme.LIGHT: translate("Common", "&Light"),
        Theme.DARK: translate("Common", "&Dark"),
        Theme.HIGH_CONTRAST: translate("Common", "&High contrast"),
    }[theme]


def add_theme_menu(view_menu: QMenu, settings: QSettings) -> QMenu:
    """Show the theme remembered in ``settings`` and add the Theme submenu to ``view_menu``,
    its choices checkable and exclusive; a choice applies at once and is remembered."""
    current = restore_theme(settings)
    menu = view_menu.addMenu(translate("Common", "&Theme"))
    menu.setObjectName("themeMenu")
    menu.setToolTipsVisible(True)
    group = QActionGroup(menu)
    group.setExclusive(True)
    for theme in Theme:
        action = QAction(theme_name(theme), group)
        action.setObjectName(f"theme-{theme.value}")
        action.setCheckable(True)
        action.setChecked(theme is current)
        action.triggered.connect(lambda _checked, chosen=theme: choose_theme(chosen, settings))
        menu.addAction(action)
        if theme is Theme.SYSTEM:
            action.setToolTip(translate(
                "Common", "The platform's colours; high contrast when the platform asks for it"))
    return menu
