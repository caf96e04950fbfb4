"""Which language the window speaks: the choice at start and *View ▸ Language*.

At start the command line's ``--language`` wins, then the choice remembered from the menu
(``view/language``; "" follows the system), then the system's language. A language whose
catalogue is missing (a checkout without ``make install``) is not worth a crash: the window
speaks English and says so in one line on stderr.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from gui.common.choice_menu import ChoiceMenu
from gui.common.language import (
    ENGLISH,
    LANGUAGES,
    available,
    current_language,
    set_language,
    switch_language,
    system_language,
    translate,
)

LANGUAGE_KEY = "view/language"
"""The window's settings key of the language chosen in the menu."""
FOLLOW_SYSTEM = ""
"""The remembered choice that follows the system's language."""


def remembered_language(settings: QSettings) -> str:
    """The menu's remembered choice: a language code, or :data:`FOLLOW_SYSTEM`."""
    code = settings.value(LANGUAGE_KEY, FOLLOW_SYSTEM, type=str)
    return code if available(code) else FOLLOW_SYSTEM


def chosen_language(given: str | None, settings: QSettings) -> str:
    """``--language`` if given, else the remembered choice, else the system's language."""
    return given or remembered_language(settings) or system_language()


def speak(code: str) -> str:
    """Speak ``code`` from now on (before the window is built); English, with one warning line
    on stderr, when its catalogue is missing. Returns the language now spoken."""
    try:
        set_language(code)
    except FileNotFoundError as error:
        print(f"digitlab: {error}; the window speaks English.", file=sys.stderr)
        set_language(ENGLISH)
    return current_language()


def add_language_menu(view_menu: QMenu, settings: QSettings,
                      notify: Callable[[str], object]) -> QMenu:
    """*View ▸ Language*: follow the system, or one language by its own name; a choice takes
    effect at once, is remembered in ``settings`` and ``notify``-ed in the new language."""
    choice_menu = ChoiceMenu(view_menu, translate("Common", "&Language"), "languageMenu")
    menu = choice_menu.menu
    choices = {FOLLOW_SYSTEM: translate("Common", "System language"), **LANGUAGES}
    checked = _checked_choice(settings)
    for code, name in choices.items():
        choice_menu.add(name, action_name(code), code == checked,
                        partial(_choose, code, menu, settings, notify))
        if code == FOLLOW_SYSTEM:
            menu.addSeparator()
    return menu


def action_name(choice: str) -> str:
    """The object name of the menu's action for ``choice`` (a code or FOLLOW_SYSTEM)."""
    return f"language-{choice or 'system'}"


def _checked_choice(settings: QSettings) -> str:
    """The remembered choice when it is what the window speaks, else the language it speaks
    (``--language`` overrode the choice, or its catalogue was missing)."""
    remembered = remembered_language(settings)
    return remembered if (remembered or system_language()) == current_language() \
        else current_language()


def _choose(choice: str, menu: QMenu, settings: QSettings,
            notify: Callable[[str], object]) -> None:
    code, before = choice or system_language(), current_language()
    try:
        switch_language(code)
    except FileNotFoundError as error:
        switch_language(before)
        menu.findChild(QAction, action_name(_checked_choice(settings))).setChecked(True)
        notify(str(error))
        return
    settings.setValue(LANGUAGE_KEY, choice)
    if choice == FOLLOW_SYSTEM:
        notify(translate("Common", "The window follows the system's language: {language}.")
               .format(language=LANGUAGES[code]))
    else:
        notify(translate("Common", "The window now speaks {language}.")
               .format(language=LANGUAGES[code]))
