"""Every focusable control of the window's own frame (toolbar, status bar) and of its dialogs
(About, Licences, the guide, Keyboard shortcuts) has a name a screen reader reads: the pen-width
slider's, the text views'."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QStatusBar, QToolBar

from gui.about import show_about
from gui.help import show_guide, show_shortcuts
from tests.gui.window_texts import unnamed_focusable


def test_the_toolbar_and_the_status_bar_name_their_controls(bare_window):
    assert unnamed_focusable(bare_window.findChild(QToolBar)) == []
    assert unnamed_focusable(bare_window.findChild(QStatusBar)) == []


def test_the_windows_dialogs_name_their_controls(bare_window, qtbot):
    about = show_about(bare_window, {})
    qtbot.waitExposed(about)
    about.findChild(QPushButton, "licencesButton").click()
    dialogs = [about, show_guide(bare_window), show_shortcuts(bare_window, [])]
    for dialog in dialogs:
        qtbot.waitExposed(dialog)
    assert [name for dialog in dialogs for name in unnamed_focusable(dialog)] == []
