"""The About box: the app, what it runs on, what the active model was trained with, and a
Licences… button showing the third-party notices an installer ships."""

from __future__ import annotations

import platform
from html import escape
from typing import Any

import numpy as np
from PySide6.QtCore import QEvent, Qt, qVersion
from PySide6.QtCore import __version__ as pyside_version
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gui.common.language import translate
from model import __version__ as app_version
from model.resources import NOTICES_FILE, notices_path


def no_notices() -> str:
    """Why a copy run from source shows no third-party notices."""
    return translate("Window", "This copy of DigitLab runs from source, so it has no {file}: "
                               "installers generate it when they are built "
                               "(packaging/notices.py). DigitLab itself is MIT licensed; each "
                               "library it uses carries its own licence in your Python "
                               "environment.").format(file=NOTICES_FILE)


def about_html(metadata: dict[str, Any]) -> str:
    """The About box's rich text for a model with DigitLab ``metadata`` ({} for none)."""
    trained_with = ", ".join(
        f"{name} {metadata[key]}" for name, key in
        (("TensorFlow", "tensorflow_version"), ("Keras", "keras_version")) if metadata.get(key)
    )
    lines = [
        f"<h3>DigitLab {app_version}</h3>",
        "<p>{}</p>".format(escape(translate(
            "Window", "Draw a digit and watch a multilayer perceptron read it live."))),
        f"<p>Python {platform.python_version()} · Qt {qVersion()} · "
        f"PySide6 {pyside_version} · numpy {np.__version__}</p>",
    ]
    if trained_with:
        lines.append("<p>{}</p>".format(escape(
            translate("Window", "Active model trained with {libraries}")
            .format(libraries=trained_with))))
    return "".join(lines)


def show_about(parent: QWidget, metadata: dict[str, Any]) -> QDialog:
    """Open the About box (non-blocking): the text, and Licences… beside OK."""
    dialog = QDialog(parent)
    dialog.setObjectName("aboutDialog")
    dialog.setWindowTitle(translate("Window", "About DigitLab"))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    text = AboutText(metadata, dialog)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, dialog)
    licences = buttons.addButton(translate("Window", "Licences…"),
                                 QDialogButtonBox.ButtonRole.HelpRole)
    licences.setObjectName("licencesButton")
    licences.clicked.connect(lambda: licences_dialog(dialog).show())
    buttons.accepted.connect(dialog.accept)
    _stack(dialog, text, buttons)
    dialog.show()
    return dialog


class AboutText(QLabel):
    """The About box's text, written again in the new language after a switch (it is HTML
    assembled in code, which the switch's walk cannot redo)."""

    def __init__(self, metadata: dict[str, Any], parent: QWidget) -> None:
        super().__init__(about_html(metadata), parent)
        self._metadata = metadata
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(translate("Window", "About DigitLab"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setText(about_html(self._metadata))
        super().changeEvent(event)


def licences_text() -> str:
    """The bundled notices, or why there are none."""
    try:
        return notices_path().read_text(encoding="utf-8")
    except OSError:
        return no_notices()


def licences_dialog(parent: QWidget) -> QDialog:
    """A read-only, monospaced view of :func:`licences_text` (GPL/LGPL texts keep their layout)."""
    dialog = QDialog(parent)
    dialog.setObjectName("licencesDialog")
    dialog.setWindowTitle(translate("Window", "Licences"))
    dialog.resize(760, 560)
    text = QPlainTextEdit(licences_text(), dialog)
    text.setObjectName("licencesText")
    text.setReadOnly(True)
    text.setAccessibleName(translate("Window", "Third-party licences"))
    text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.close)
    _stack(dialog, text, buttons)
    return dialog


def _stack(dialog: QDialog, *widgets: QWidget) -> None:
    """``widgets`` one above the other. The layout pushes no minimum size onto the window: the
    dialogs size themselves from their hints, and Qt's offscreen platform (tests, self-tests)
    warns at every size pushed."""
    layout = QVBoxLayout(dialog)
    layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    for widget in widgets:
        layout.addWidget(widget)
