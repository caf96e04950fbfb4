"""The dataset chooser names each built-in dataset for what it is here: bundled, or fetched once."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from gui.train.dataset_chooser import DatasetChooser


def combo_names(qtbot) -> list[str]:
    chooser = DatasetChooser()
    qtbot.addWidget(chooser)
    combo = chooser.findChild(QComboBox, "datasetChoice")
    return [combo.itemText(i) for i in range(combo.count())]


def test_a_checkout_names_fashion_mnist_bundled(qtbot):
    assert combo_names(qtbot)[:2] == ["MNIST digits (bundled)", "Fashion-MNIST clothes (bundled)"]


def test_an_install_without_fashion_mnist_says_it_is_downloaded_once(qtbot, no_bundled_datasets):
    assert combo_names(qtbot)[1] == "Fashion-MNIST clothes (downloaded once)"
