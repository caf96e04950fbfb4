"""Edit the MLP: hidden layers (units, activation, dropout), initializer, L2, input scaling.

The summary under the editor (layer shapes, parameters per layer and in total) is computed from
the config alone, without Keras, so it follows every keystroke.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.common.language import number, translate, translated
from gui.train.form_fields import (
    add_field_row,
    choice_field,
    name_control,
    number_field,
    set_choice,
)
from model.config import MAX_HIDDEN_LAYERS, LayerConfig, NetworkConfig
from model.settings import settings_of

DEFAULT_NEW_LAYER = LayerConfig(64)
COLUMNS = ("units", "activation", "dropout")
"""The LayerConfig field of each column of the layers table, in order."""


def column_titles() -> dict[str, str]:
    """The table's header for each LayerConfig field."""
    return {"units": translate("Train", "Units"), "activation": translate("Train", "Activation"),
            "dropout": translate("Train", "Dropout")}


def cell_name(column: str, layer: int) -> str:
    """A layer cell's name for a screen reader, which reads one cell widget at a time."""
    return translate("Train", "{setting}, hidden layer {layer}").format(
        setting=column_titles()[column], layer=layer)


class NetworkEditor(QWidget):
    """The network part of the panel; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        network = NetworkConfig()
        self._num_classes = network.num_classes
        self._table = self._make_table()
        self._buttons = self._make_buttons()
        self._initializer = choice_field(NetworkConfig, "initializer")
        self._l2 = number_field(NetworkConfig, "l2")
        self._scaling = choice_field(NetworkConfig, "input_scaling")
        self._summary = QLabel()
        self._summary.setObjectName("networkSummary")
        self._summary.setWordWrap(True)
        self._summary.setToolTip(translate(
            "Train", "The layers the network will have, each one's output size and its weights + "
            "biases: this is what training adjusts."))
        self._layout_widgets()
        for field in (self._initializer, self._scaling):
            field.currentIndexChanged.connect(self._on_changed)
        self._l2.valueChanged.connect(self._on_changed)
        self._table.currentCellChanged.connect(self._update_buttons)
        self.set_config(network)

    # Public API -------------------------------------------------------------------------------

    def config(self) -> NetworkConfig:
        return NetworkConfig(
            hidden=tuple(self._layers()),
            initializer=self._initializer.currentData(),
            l2=self._l2.value(),
            input_scaling=self._scaling.currentData(),
            num_classes=self._num_classes,
        )

    def set_config(self, network: NetworkConfig) -> None:
        self._num_classes = network.num_classes
        self._set_layers(list(network.hidden), current=0)
        set_choice(self._initializer, network.initializer)
        self._l2.setValue(network.l2)
        set_choice(self._scaling, network.input_scaling)
        self._on_changed()

    def set_num_classes(self, count: int) -> None:
        """The dataset decides the output layer's size."""
        self._num_classes = count
        self._on_changed()

    def add_layer(self) -> None:
        """Insert a layer after the selected one (a copy of it, so widening a stack is quick)."""
        layers, row = self._layers(), self._table.currentRow()
        layers.insert(row + 1, layers[row] if row >= 0 else DEFAULT_NEW_LAYER)
        self._set_layers(layers, current=row + 1)

    def remove_layer(self) -> None:
        layers, row = self._layers(), self._table.currentRow()
        if len(layers) > 1 and row >= 0:
            del layers[row]
            self._set_layers(layers, current=min(row, len(layers) - 1))

    def move_layer(self, offset: int) -> None:
        """Move the selected layer ``offset`` places (-1 = towards the input)."""
        layers, row = self._layers(), self._table.currentRow()
        target = row + offset
        if row >= 0 and 0 <= target < len(layers):
            layers[row], layers[target] = layers[target], layers[row]
            self._set_layers(layers, current=target)

    def summary_text(self) -> str:
        return self._summary.text()

    # Building ---------------------------------------------------------------------------------

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, len(COLUMNS))
        table.setObjectName("hiddenLayers")
        table.setHorizontalHeaderLabels(list(column_titles().values()))
        table.setAccessibleName(translate("Train", "Hidden layers"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setToolTip(translate(
            "Train", "The hidden layers, from the input (top) to the output (bottom)."))
        layer_settings = settings_of(LayerConfig)
        for column, name in enumerate(COLUMNS):
            table.horizontalHeaderItem(column).setToolTip(translated(layer_settings[name].help))
        table.setMinimumHeight(110)
        return table

    def _make_buttons(self) -> dict[str, QPushButton]:
        specs = {
            "add": (translate("Train", "Add"),
                    translate("Train", "Add a hidden layer after the selected one."),
                    self.add_layer),
            "remove": (translate("Train", "Remove"),
                       translate("Train", "Remove the selected hidden layer."),
                       self.remove_layer),
            "up": (translate("Train", "Up"),
                   translate("Train", "Move the selected layer towards the input."),
                   lambda: self.move_layer(-1)),
            "down": (translate("Train", "Down"),
                     translate("Train", "Move the selected layer towards the output."),
                     lambda: self.move_layer(1)),
        }
        buttons = {}
        for name, (text, tip, slot) in specs.items():
            button = QPushButton(text)
            button.setObjectName(f"{name}Layer")
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons[name] = button
        return buttons

    def _layout_widgets(self) -> None:
        button_row = QHBoxLayout()
        for button in self._buttons.values():
            button_row.addWidget(button)
        button_row.addStretch(1)
        form = QFormLayout()
        add_field_row(form, translate("Train", "Initializer"), self._initializer)
        add_field_row(form, translate("Train", "L2 penalty"), self._l2)
        add_field_row(form, translate("Train", "Input"), self._scaling)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._table)
        column.addLayout(button_row)
        column.addLayout(form)
        column.addWidget(self._summary)

    # Rows -------------------------------------------------------------------------------------

    def _layers(self) -> list[LayerConfig]:
        layers = []
        for row in range(self._table.rowCount()):
            units, activation, dropout = (self._table.cellWidget(row, column)
                                          for column in range(len(COLUMNS)))
            layers.append(LayerConfig(units.value(), activation.currentData(), dropout.value()))
        return layers

    def _set_layers(self, layers: list[LayerConfig], current: int) -> None:
        self._table.setRowCount(0)
        for layer in layers:
            self._append_row(layer)
        self._table.selectRow(current)
        self._on_changed()

    def _append_row(self, layer: LayerConfig) -> None:
        row = self._table.rowCount()
        self._table.insertRow(row)
        units = number_field(LayerConfig, "units")
        units.setValue(layer.units)
        activation = choice_field(LayerConfig, "activation")
        set_choice(activation, layer.activation)
        dropout = number_field(LayerConfig, "dropout")
        dropout.setValue(layer.dropout)
        units.valueChanged.connect(self._on_changed)
        activation.currentIndexChanged.connect(self._on_changed)
        dropout.valueChanged.connect(self._on_changed)
        for column, widget in enumerate((units, activation, dropout)):
            self._table.setItem(row, column, QTableWidgetItem())
            self._table.setCellWidget(row, column, widget)
        self._name_cells(row)

    def _name_cells(self, row: int) -> None:
        """Name a row's cells and the fields in them: a screen reader reads the cell (AT-SPI's
        table cell) and, once in it, the field."""
        for column in range(self._table.columnCount()):
            name = cell_name(COLUMNS[column], row + 1)
            self._table.item(row, column).setData(Qt.ItemDataRole.AccessibleTextRole, name)
            name_control(self._table.cellWidget(row, column), name)

    # Reactions --------------------------------------------------------------------------------

    def _on_changed(self) -> None:
        self._summary.setText(network_summary(self.config()))
        self._update_buttons()
        self.changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        """The summary is HTML made here: made again in the new language."""
        if event.type() == QEvent.Type.LanguageChange:
            self._summary.setText(network_summary(self.config()))
            for row in range(self._table.rowCount()):
                self._name_cells(row)
        super().changeEvent(event)

    def _update_buttons(self) -> None:
        row, count = self._table.currentRow(), self._table.rowCount()
        self._buttons["add"].setEnabled(count < MAX_HIDDEN_LAYERS)
        self._buttons["remove"].setEnabled(count > 1 and row >= 0)
        self._buttons["up"].setEnabled(row > 0)
        self._buttons["down"].setEnabled(0 <= row < count - 1)


def network_summary(network: NetworkConfig) -> str:
    """An HTML table: each layer's output size and parameter count, and the total."""
    sizes = network.layer_sizes()
    rows = [(translate("Train", "input"), translate("Train", "28×28 → 784"), "")]
    names = [_hidden_layer_name(i, layer) for i, layer in enumerate(network.hidden, start=1)]
    names.append(translate("Train", "output (softmax)"))
    for name, (fan_in, units) in zip(names, itertools.pairwise(sizes), strict=True):
        rows.append((name, number(units), number((fan_in + 1) * units)))
    total = translate("Train", "total")
    rows.append((f"<b>{total}</b>", "", f"<b>{number(network.parameter_count())}</b>"))
    cells = "".join(f"<tr><td>{name}</td><td align='right'>{size}</td>"
                    f"<td align='right'>{params}</td></tr>" for name, size, params in rows)
    layer, outputs, parameters = (translate("Train", "layer"), translate("Train", "outputs"),
                                  translate("Train", "parameters"))
    return ("<table cellspacing='0' cellpadding='1'><tr><th align='left'>"
            f"{layer}&nbsp;&nbsp;</th><th align='right'>&nbsp;&nbsp;{outputs}&nbsp;&nbsp;</th>"
            f"<th align='right'>&nbsp;&nbsp;{parameters}</th></tr>{cells}</table>")


def _hidden_layer_name(index: int, layer: LayerConfig) -> str:
    if layer.dropout:
        return translate("Train", "hidden {index} ({activation}, dropout {dropout})").format(
            index=index, activation=layer.activation, dropout=number(layer.dropout, 2))
    return translate("Train", "hidden {index} ({activation})").format(
        index=index, activation=layer.activation)
