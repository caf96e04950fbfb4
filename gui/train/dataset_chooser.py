"""Pick the data to train on: bundled MNIST, Fashion-MNIST or a folder of IDX files.

Loading verifies checksums and decompresses 60,000 images (about a second), and Fashion-MNIST may
first be downloaded through Keras (importing TensorFlow), so it always runs off the GUI thread.
Once loaded, the chooser shows the set's sizes and one sample of each class.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.common.background import BackgroundCall
from gui.common.file_dialogs import folder_name
from gui.common.image_tiles import ImageTiles
from gui.common.language import error_text, number, translate, translated
from model.data.datasets import Dataset, is_bundled, load_dataset

BUILT_IN = ("mnist", "fashion-mnist")
"""The datasets offered without choosing a folder, the first chosen at start."""
SHORTEST_CHOICE_CHARS = 20
"""The dataset combo may shrink to this many characters (its list still shows whole names), so
the longest name does not set the Train dock's width."""


def built_in_names() -> dict[str, str]:
    """How the chooser names each built-in dataset: MNIST always ships; Fashion-MNIST ships in
    a checkout, while an installed DigitLab fetches it on first use."""
    fashion = (translate("Train", "Fashion-MNIST clothes (bundled)") if is_bundled("fashion-mnist")
               else translate("Train", "Fashion-MNIST clothes (downloaded once)"))
    return {"mnist": translate("Train", "MNIST digits (bundled)"), "fashion-mnist": fashion}


def dataset_text(dataset: Dataset) -> str:
    """What the loaded dataset holds, in the window's language (``Dataset.describe`` is the
    log's English line)."""
    return translate("Train", "{name}: {train} training images, {test} test images, "
                     "{classes} classes").format(
        name=dataset.name, train=number(len(dataset.y_train)), test=number(len(dataset.y_test)),
        classes=dataset.num_classes)


def class_samples(dataset: Dataset) -> tuple[np.ndarray, list[str]]:
    """The first training image of every class, in class order, with its class name."""
    labels = dataset.y_train
    picks = [int(np.flatnonzero(labels == c)[0]) for c in range(dataset.num_classes)
             if np.any(labels == c)]
    return dataset.x_train[picks], [translated(dataset.class_names[labels[i]]) for i in picks]


class DatasetChooser(QWidget):
    """A combo of datasets (plus "Folder…"), what the loaded one holds, and a strip of samples.

    ``loaded(Dataset)`` or ``failed(str)`` follows every :meth:`load`, on the GUI thread.
    """

    loaded = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dataset: Dataset | None = None
        self._spec = BUILT_IN[0]
        self._loads: list[BackgroundCall] = []
        self._newest_load: BackgroundCall | None = None
        self._combo = QComboBox()
        self._combo.setObjectName("datasetChoice")
        self._combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._combo.setMinimumContentsLength(SHORTEST_CHOICE_CHARS)
        self._combo.setAccessibleName(translate("Train", "Dataset"))
        self._combo.setToolTip(translate(
            "Train", "The images and labels the network learns from; the test part is kept aside "
            "to judge it at the end."))
        for spec, label in built_in_names().items():
            self._combo.addItem(label, spec)
        self._combo.activated.connect(self._on_chosen)
        self._folder_button = QPushButton(translate("Train", "Folder…"))
        self._folder_button.setToolTip(translate(
            "Train", "Train on any folder holding the four MNIST-format IDX files (train/t10k "
            "images and labels)."))
        self._folder_button.clicked.connect(self._choose_folder)
        self._info = QLabel(translate("Train", "Not loaded yet"))
        self._info.setObjectName("datasetInfo")
        self._info.setWordWrap(True)
        self._samples = ImageTiles()
        self._samples.setObjectName("datasetSamples")
        self._samples.setToolTip(translate(
            "Train", "One training image of each class, as the network sees it."))
        self._layout_widgets()

    # Public API -------------------------------------------------------------------------------

    def dataset(self) -> Dataset | None:
        """The loaded dataset, or None while nothing (or something else) is loading."""
        return self._dataset

    def spec(self) -> str:
        """What is chosen: ``"mnist"``, ``"fashion-mnist"`` or a folder path."""
        return self._spec

    def is_loading(self) -> bool:
        return bool(self._loads)

    def load(self, spec: str) -> None:
        """Load ``spec`` on a worker thread (downloading Fashion-MNIST if it is not cached),
        unless it is already on its way."""
        if self._newest_load is not None and spec == self._spec:
            return
        self._spec = spec
        self._select_in_combo(spec)
        self._dataset = None
        self._info.setText(translate("Train", "Loading {name}…").format(
            name=self._combo.currentText()))
        loading = BackgroundCall(lambda: load_dataset(spec, download=True), self,
                                 name=f"loading {spec}")
        loading.succeeded.connect(self._on_loaded)
        loading.failed.connect(self._on_failed)
        self._loads.append(loading)
        self._newest_load = loading
        loading.start()

    def show_dataset(self, dataset: Dataset) -> None:
        """Show a dataset loaded elsewhere (e.g. a subset handed to the panel by code); a load
        still running is then out of date and its result is ignored."""
        self._newest_load = None
        self._dataset = dataset
        self._info.setText(dataset_text(dataset))
        self._show_samples(dataset)

    def _show_samples(self, dataset: Dataset) -> None:
        images, names = class_samples(dataset)
        self._samples.set_tiles(images, [[name] for name in names])

    def wait(self) -> None:
        """Block until every load in progress has finished (for closing the window)."""
        for loading in list(self._loads):
            loading.wait()

    def changeEvent(self, event: QEvent) -> None:
        """The samples' captions are the classes' names: shown again in the new language."""
        if event.type() == QEvent.Type.LanguageChange and self._dataset is not None:
            self._show_samples(self._dataset)
        super().changeEvent(event)

    # Reactions --------------------------------------------------------------------------------

    def _layout_widgets(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self._combo, 1)
        row.addWidget(self._folder_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self._info)
        column.addWidget(self._samples)

    def _select_in_combo(self, spec: str) -> None:
        index = self._combo.findData(spec)
        if index < 0:
            self._combo.addItem(translate("Train", "Folder: {name}").format(name=Path(spec).name),
                                spec)
            index = self._combo.count() - 1
        self._combo.setCurrentIndex(index)

    def _on_chosen(self, index: int) -> None:
        spec = self._combo.itemData(index)
        if spec != self._spec or self._dataset is None:
            self.load(spec)

    def _choose_folder(self) -> None:
        folder = folder_name(self, translate("Train", "Folder of IDX files"), "datasets")
        if folder:
            self.load(folder)

    def _on_loaded(self, dataset: Dataset) -> None:
        if self._finish_load(self.sender()):
            self.show_dataset(dataset)
            self.loaded.emit(dataset)

    def _on_failed(self, error: Exception) -> None:
        if self._finish_load(self.sender()):
            message = error_text(error)
            self._info.setText(translate("Train", "Could not load: {error}").format(error=message))
            self.failed.emit(message)

    def _finish_load(self, loading: BackgroundCall) -> bool:
        """Forget a finished load; True if it is the newest (an older choice is ignored)."""
        newest = loading is self._newest_load
        if newest:
            self._newest_load = None
        self._loads.remove(loading)
        loading.deleteLater()
        return newest
