"""The Train panel read by a screen reader and in another language: every control named, the
curves and the confusion matrix as text, and the texts made in code re-made on a switch."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from gui.common import language
from gui.common.language import number, percent
from gui.runs.view import RunsView
from gui.train.panel import TrainingPanel
from gui.train.plots import TrainingPlots
from gui.train.results_view import ConfusionTable
from model.training.events import EpochEvent
from tests.gui.window_texts import spoken_name

FIRST = EpochEvent(1, 0.5, 0.9, 1.0, 0.001, 0.4, 0.92)
SECOND = EpochEvent(2, 0.25, 0.95, 1.0, 0.001, 0.3, 0.94)


class Pseudo(QTranslator):
    """Every text «wrapped», as a catalogue would translate it."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"«{source}»"

    def isEmpty(self):  # an empty translator would not make Qt send LanguageChange
        return False


@pytest.fixture
def switch_to_pseudo():
    """Install the pseudo-language and send ``widgets`` the LanguageChange a switch sends."""
    translator = Pseudo()

    def switch(*widgets: QWidget) -> None:
        QCoreApplication.installTranslator(translator)
        for widget in widgets:
            QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))

    yield switch
    QCoreApplication.removeTranslator(translator)


def test_every_focusable_control_on_every_page_has_a_name(qtbot):
    """The issue's count: the number fields of the Train panel had no name. Every page is
    built (the curves too); a combo box's popup list is its own window, read through the box.
    The Runs tab's own widgets are gui/runs' to name."""
    panel = TrainingPanel()
    qtbot.addWidget(panel)
    panel.plots()
    runs = panel.findChild(RunsView)
    focusable = [widget for widget in panel.findChildren(QWidget)
                 if widget.focusPolicy() != Qt.FocusPolicy.NoFocus
                 and widget.window() is panel.window()
                 and not (widget is runs or runs.isAncestorOf(widget))]
    assert len(focusable) > 40
    unnamed = [f"{type(widget).__name__} {widget.objectName()}" for widget in focusable
               if not spoken_name(widget)]
    assert unnamed == []
    epochs = panel.findChild(QWidget, "epochs")
    assert (epochs.accessibleName(), epochs.toolTip() != "") == ("Epochs", True)
    assert panel.findChild(QWidget, "units").accessibleName() == "Units, hidden layer 1"


def test_a_language_change_relabels_the_plots(qtbot, switch_to_pseudo):
    """pyqtgraph's axis titles, the legend, the reference line and the curves' names are not
    texts a language switch finds on standard widgets: the plots redo them."""
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.set_reference(0.984, "Keras mnist_mlp published")
    plots.add_epoch(FIRST)
    assert plots._loss_plot.getAxis("left").labelText == "loss"
    switch_to_pseudo(plots)
    loss_axis = plots._loss_plot.getAxis("left")
    assert loss_axis.labelText == "«loss»"
    assert plots._accuracy_plot.getAxis("bottom").labelText == "«epoch»"
    assert "«validation»" in plots.findChild(QLabel, "plotLegend").text()
    assert plots._loss_plot.accessibleName() == "«Loss curve»"
    assert plots.text_summary().startswith("«Epoch 1: training loss")
    assert plots._reference.label.format.startswith("«Keras mnist_mlp published")


def test_the_curves_text_form_follows_each_epoch(qtbot):
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    assert plots.text_summary() == "No epoch finished yet."
    plots.add_epoch(FIRST)
    assert plots.text_summary() == (
        f"Epoch 1: training loss {number(0.5, 4)}, accuracy {percent(90, 2)}; validation loss "
        f"{number(0.4, 4)}, accuracy {percent(92, 2)}.")
    plots.add_epoch(SECOND)
    assert plots.text_summary().startswith("Epoch 2: training loss")
    table = plots.table()
    assert table.rowCount() == 2
    assert table.verticalHeaderItem(1).text() == "Epoch 2"
    assert [table.item(1, column).text() for column in range(4)] == [
        number(0.25, 4), percent(95, 2), number(0.3, 4), percent(94, 2)]
    plots.add_test_accuracy(2.0, 0.9312)
    assert plots.text_summary().endswith(f"Test accuracy {percent(93.12, 2)}.")
    plots.show_as_table(True)
    assert table.isVisibleTo(plots) and not plots._loss_plot.isVisibleTo(plots)
    plots.begin()
    assert table.rowCount() == 0 and plots.text_summary() == "No epoch finished yet."


def test_the_confusion_matrix_is_read_as_a_table_with_whole_headers():
    """Visible headers stay short; a screen reader hears "true 1", "read as 0" and every
    count, 0 included (an empty cell said nothing)."""
    table = ConfusionTable()
    table.set_matrix(np.array([[5, 0], [2, 7]]), ["0", "1"])
    interface = QAccessible.queryAccessibleInterface(table)
    children = [interface.child(index) for index in range(interface.childCount())]
    spoken = [(child.role(), child.text(QAccessible.Text.Name)) for child in children]
    role = QAccessible.Role
    assert spoken[1:] == [
        (role.ColumnHeader, "read as 0"), (role.ColumnHeader, "read as 1"),
        (role.RowHeader, "true 0"), (role.Cell, "5"), (role.Cell, "0"),
        (role.RowHeader, "true 1"), (role.Cell, "2"), (role.Cell, "7")]
    assert children[7].text(QAccessible.Text.Description).startswith(
        "True 1, answered 0: 2 images")
    assert table.horizontalHeaderItem(0).text() == "0"


def test_the_confusion_matrix_and_epoch_table_redo_their_headers_in_a_new_language(
        qtbot, switch_to_pseudo):
    confusion = ConfusionTable()
    confusion.set_matrix(np.array([[1, 0], [0, 1]]), ["0", "1"])
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.add_epoch(FIRST)
    switch_to_pseudo(confusion, plots.table())
    header = confusion.verticalHeaderItem(1)
    assert header.data(Qt.ItemDataRole.AccessibleTextRole) == "«true «1»»"  # a class name too
    assert plots.findChild(QTableWidget, "epochTable").verticalHeaderItem(0).text() == "«Epoch 1»"


def shown_texts(widget: QWidget) -> list[str]:
    """The texts ``widget`` shows or gives a screen reader."""
    texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
    if isinstance(widget, (QLabel, QAbstractButton)):
        texts.append(widget.text())
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(index) for index in range(widget.count())]
    if isinstance(widget, QTabWidget):
        texts += [widget.tabText(index) for index in range(widget.count())]
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        texts += [widget.suffix(), widget.specialValueText()]
    if isinstance(widget, QTableWidget):
        texts += [widget.horizontalHeaderItem(index).text()
                  for index in range(widget.columnCount())]
    return [text for text in texts if any(character.isalpha() for character in text)]


def test_a_language_switch_leaves_no_english_text_in_the_panel(qtbot, monkeypatch):
    """Every text of every page (Runs aside: gui/runs), re-set by the switch's walk or by the
    widget's own LanguageChange, is in the new language: nothing was left out of translate()."""
    panel = TrainingPanel()
    qtbot.addWidget(panel)
    panel.plots()
    translator = Pseudo()
    monkeypatch.setattr(language, "set_language",
                        lambda code: QCoreApplication.installTranslator(translator))
    try:
        language.switch_language("pseudo")
        QCoreApplication.processEvents()
        runs = panel.findChild(RunsView)
        english = [(widget.objectName(), text) for widget in panel.findChildren(QWidget)
                   if not runs.isAncestorOf(widget) and widget.window() is panel.window()
                   and not widget.objectName().startswith("Scroll")  # Qt's own tab arrows
                   for text in shown_texts(widget) if "«" not in text]
    finally:
        QCoreApplication.removeTranslator(translator)
    assert english == []
