"""About ▸ Licences: the notices an installer ships, or why a checkout has none."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QPlainTextEdit, QPushButton

import model.resources
from gui.about import no_notices, show_about


def open_licences(bare_window, qtbot) -> str:
    about = show_about(bare_window, {})
    qtbot.waitExposed(about)
    about.findChild(QPushButton, "licencesButton").click()
    dialog = about.findChild(QDialog, "licencesDialog")
    assert dialog is not None and dialog.isVisible() and about.isVisible()
    return dialog.findChild(QPlainTextEdit, "licencesText").toPlainText()


def test_licences_shows_the_bundled_notices(bare_window, qtbot, tmp_path, monkeypatch):
    notices = tmp_path / "THIRD-PARTY-NOTICES.txt"
    notices.write_text("PySide6 6.11 — LGPL-3.0-only\n", encoding="utf-8")
    monkeypatch.setattr(model.resources, "resource_path", tmp_path.joinpath)
    assert open_licences(bare_window, qtbot) == "PySide6 6.11 — LGPL-3.0-only\n"


def test_a_checkout_says_where_the_notices_come_from(bare_window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(model.resources, "resource_path", tmp_path.joinpath)
    assert open_licences(bare_window, qtbot) == no_notices()
