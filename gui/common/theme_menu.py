"""View ▸ Theme: System, Light, Dark, High contrast — one checked at a time, remembered."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu

from gui.common.choice_menu import ChoiceMenu
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
    choice_menu = ChoiceMenu(view_menu, translate("Common", "&Theme"), "themeMenu")
    choice_menu.menu.setToolTipsVisible(True)
    for theme in Theme:
        action = choice_menu.add(theme_name(theme), f"theme-{theme.value}", theme is current,
                                 partial(choose_theme, theme, settings))
        if theme is Theme.SYSTEM:
            action.setToolTip(translate(
                "Common", "The platform's colours; high contrast when the platform asks for it"))
    return choice_menu.menu
