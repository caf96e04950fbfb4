"""The Setup tab: a preset to start from, the data, the network and the training settings.

The page keeps its parts consistent by itself (the network's output layer follows the number of
classes of the data loaded); the Train panel reads the settings from it when Train is pressed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gui.common.language import translate, translated
from gui.common.scrolling import let_wheel_scroll
from gui.train.dataset_chooser import DatasetChooser
from gui.train.network_editor import NetworkEditor
from gui.train.preset_menu import PresetMenuButton, preset_label
from gui.train.training_settings import TrainingSettings
from model.config import NetworkConfig, TrainingConfig
from model.data.datasets import Dataset
from model.presets import Preset, presets


class SetupPage(QScrollArea):
    """``preset_chosen(name)`` when a preset is picked from the menu (see :meth:`apply_preset`)."""

    preset_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setup")
        self.setAccessibleName(translate("Train", "Setup"))
        self._datasets = DatasetChooser()
        self._network_editor = NetworkEditor()
        self._training_settings = TrainingSettings()
        self._presets_button = PresetMenuButton()
        self._preset_note = QLabel(translate(
            "Train", "Start from a preset, or set up your own network below."))
        self._preset_note.setWordWrap(True)
        self._presets_button.chosen.connect(self.preset_chosen)
        self._datasets.loaded.connect(self._follow_classes)
        self._layout_widgets()

    def datasets(self) -> DatasetChooser:
        return self._datasets

    def configs(self) -> tuple[NetworkConfig, TrainingConfig]:
        """The settings as shown; a ``ConfigError`` says which one is out of range."""
        return self._network_editor.config(), self._training_settings.config()

    def show_configs(self, network: NetworkConfig, training: TrainingConfig) -> None:
        self._network_editor.set_config(network)
        self._training_settings.set_config(training)

    def show_dataset(self, dataset: Dataset) -> None:
        """Show a dataset loaded elsewhere, as if it had been chosen here."""
        self._datasets.show_dataset(dataset)
        self._follow_classes(dataset)

    def apply_preset(self, name: str) -> Preset:
        """Show a preset's settings and load its dataset (unless it is loaded already)."""
        preset = presets()[name]
        self.apply_settings(preset.network, preset.training, preset.dataset,
                            translate("Train", "Preset: {preset} — {description}").format(
                                preset=preset_label(preset),
                                description=translated(preset.description)))
        return preset

    def apply_settings(self, network: NetworkConfig, training: TrainingConfig,
                       dataset_spec: str | None, note: str) -> None:
        """Show these settings, say where they come from (a preset, a past run) and load their
        dataset, unless it is loaded already or not known (a subset given by code)."""
        self.show_configs(network, training)
        self._preset_note.setText(note)
        if dataset_spec is not None and (dataset_spec != self._datasets.spec()
                                         or self._datasets.dataset() is None):
            self._datasets.load(dataset_spec)

    def set_presets_enabled(self, enabled: bool) -> None:
        self._presets_button.setEnabled(enabled)

    def _follow_classes(self, dataset: Dataset) -> None:
        self._network_editor.set_num_classes(dataset.num_classes)
        self._training_settings.set_digits_dataset(dataset.is_digits)

    def _layout_widgets(self) -> None:
        presets_row = QHBoxLayout()
        presets_row.addWidget(self._presets_button)
        presets_row.addWidget(self._preset_note, 1)
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 4, 0, 4)  # the group boxes' frames are margin enough sideways
        column.addLayout(presets_row)
        for title, widget in ((translate("Train", "Data"), self._datasets),
                              (translate("Train", "Network"), self._network_editor),
                              (translate("Train", "Training"), self._training_settings)):
            group = QGroupBox(title)
            QVBoxLayout(group).addWidget(widget)
            column.addWidget(group)
        column.addStretch(1)
        self.setFrameShape(QFrame.Shape.NoFrame)  # the tab around it is frame enough
        self.setWidgetResizable(True)
        self.setWidget(page)
        let_wheel_scroll(self)
