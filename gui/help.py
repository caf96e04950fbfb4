"""Help ▸ DigitLab guide and Help ▸ Keyboard shortcuts.

The guide is the README, shown inside the app (no browser, no network); the shortcut list is
made from the window's own actions and the keys features added, so it cannot drift from them.
"""

from __future__ import annotations

from html import escape
from typing import NamedTuple

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from gui.common.language import translate
from model.resources import user_guide


class Shortcut(NamedTuple):
    keys: str
    what: str


def show_guide(parent: QWidget) -> QDialog:
    """The README, rendered, in a window of its own."""
    browser = QTextBrowser()
    browser.setObjectName("guide")
    browser.setOpenExternalLinks(True)
    guide = user_guide()
    if guide is None:
        browser.setPlainText(translate("Window", "The guide is the README.md of DigitLab's "
                                                 "source; this installation does not carry a "
                                                 "copy."))
    else:
        text, folder = guide
        if folder is not None:
            browser.setSearchPaths([str(folder)])
            browser.document().setBaseUrl(QUrl.fromLocalFile(f"{folder}/"))
        browser.setMarkdown(text)
    browser.setAccessibleName(translate("Window", "DigitLab guide"))
    return _show(parent, translate("Window", "DigitLab guide"), browser, (900, 700))


def show_shortcuts(parent: QWidget, shortcuts: list[Shortcut]) -> QDialog:
    """A table of every key and what it does."""
    rows = "".join(f"<tr><td><b>{escape(s.keys)}</b></td><td>{escape(s.what)}</td></tr>"
                   for s in shortcuts)
    browser = QTextBrowser()
    browser.setObjectName("shortcuts")
    browser.setAccessibleName(translate("Window", "Keyboard shortcuts"))
    browser.setHtml(f"<table cellpadding='4'>{rows}</table>")
    return _show(parent, translate("Window", "Keyboard shortcuts"), browser, (460, 520))


def _show(parent: QWidget, title: str, browser: QTextBrowser, size: tuple[int, int]) -> QDialog:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setObjectName(browser.objectName() + "Dialog")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.close)
    column = QVBoxLayout(dialog)
    # The dialog's size is set below; a minimum taken from the text would only make the
    # window system resize it (and offscreen Qt warn) each time the text changes.
    column.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
    column.addWidget(browser)
    column.addWidget(buttons)
    dialog.resize(*size)
    dialog.show()
    return dialog
