"""The Presets button: the tutorials' recipes, each named with the accuracy its source published,
so a learner can reproduce one and then change one thing at a time."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from model.presets import Preset, presets


def preset_label(preset: Preset) -> str:
    """``"Keras mnist_mlp (mnist, 98.40%)"``: the name, its dataset and the figure to beat."""
    published = (f"{preset.published_accuracy:.2%}" if preset.published_accuracy is not None
                 else "not published")
    return f"{preset.name} ({preset.dataset}, {published})"


class PresetMenuButton(QToolButton):
    """A button whose menu lists every preset; ``chosen(name)`` when one is picked."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presets")
        self.setText("Presets")
        self.setToolTip("Recipes from tutorials, each with the test accuracy its source "
                        "published, so you can reproduce it and then change one thing.")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        for preset in presets().values():
            action = QAction(preset_label(preset), menu)
            action.setToolTip(f"{preset.description} Source: {preset.source}")
            action.triggered.connect(lambda _=False, name=preset.name: self.chosen.emit(name))
            menu.addAction(action)
        menu.setToolTipsVisible(True)
        self.setMenu(menu)
