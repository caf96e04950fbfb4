"""The Presets button: the tutorials' recipes, each named with the accuracy its source published,
so a learner can reproduce one and then change one thing at a time."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from gui.common.language import percent, translate, translated
from model.presets import Preset, presets


def preset_label(preset: Preset) -> str:
    """``"Keras mnist_mlp (mnist, 98.40%)"``: the name (in the window's language; the English
    one stays the preset's key), its dataset and the figure to beat."""
    if preset.published_accuracy is None:
        return translate("Train", "{name} ({dataset}, not published)").format(
            name=translated(preset.name), dataset=preset.dataset)
    return translate("Train", "{name} ({dataset}, {accuracy})").format(
        name=translated(preset.name), dataset=preset.dataset,
        accuracy=percent(100 * preset.published_accuracy, 2))


class PresetMenuButton(QPushButton):
    """A button whose menu lists every preset; ``chosen(name)`` when one is picked. A push
    button, as the Runs page's Export: Fusion draws a tool button's menu arrow over its text."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presets")
        self.setText(translate("Train", "Presets"))
        self.setToolTip(translate(
            "Train", "Recipes from tutorials, each with the test accuracy its source published, "
            "so you can reproduce it and then change one thing."))
        menu = QMenu(self)
        for preset in presets().values():
            action = QAction(preset_label(preset), menu)
            action.setToolTip(translate("Train", "{description} Source: {source}").format(
                description=translated(preset.description), source=translated(preset.source)))
            action.triggered.connect(lambda _=False, name=preset.name: self.chosen.emit(name))
            menu.addAction(action)
        menu.setToolTipsVisible(True)
        self.setMenu(menu)
