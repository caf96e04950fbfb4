"""The whole first layer at once: every unit's 784 weights as a 28×28 image, in one picture.

While *Watch it learn* is on, the window hands the view each weight snapshot of the training
network, so learners see the filters grow out of noise. Hundreds of units are one image in a
scroll area (see :class:`~gui.insight.tile_grid.TileGrid`); a hidden view redraws only when
it is shown again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gui.common.language import number, translate
from gui.common.wording import watch_it_learn
from gui.insight.colors import diverging, tile_limits
from gui.insight.lazy import DrawnWhenSeen
from gui.insight.section import Section
from gui.insight.tile_grid import NO_TILE, TileGrid
from model.image_size import IMAGE_SIDE
from model.inference.insight import first_layer_weights

if TYPE_CHECKING:
    from model.inference.predictor import Predictor

ZOOMS = (1, 2, 3)
DEFAULT_ZOOM = 2


def no_weights_message() -> str:
    return translate("Insight", "Open a model to see its first layer's weights.")


def not_on_pixels_message() -> str:
    return translate("Insight",
                     "This model's first layer does not read the 28×28 pixels directly.")


def weights_text(units: int, layer: str) -> str:
    return translate(
        "Insight", "Each of the {units} units of {layer} as its 784 weights, laid out like the "
                   "image: ink on red weights excites the unit, ink on blue ones inhibits it "
                   "(each image scaled to its own strongest weight). Train with “{option}” to "
                   "see them grow from noise into strokes."
    ).format(units=units, layer=layer, option=watch_it_learn())


def hover_idle_text() -> str:
    """Short, like what replaces it, so that both fit on one line beside the size at 280 px."""
    return translate("Insight", "Point at a unit to read it.")


class WeightsView(DrawnWhenSeen):
    """The first layer's weights of the active model; ``updated`` fires after each redraw."""

    updated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weights")
        self.setAccessibleName(translate("Insight", "First-layer weights"))
        self._predictor: Predictor | None = None
        self._images = np.zeros((0, IMAGE_SIDE, IMAGE_SIDE), np.float32)
        self._text = Section.explanation(no_weights_message())
        self._hover_text = Section.explanation(hover_idle_text())
        self._hover_text.setObjectName("weightsHover")
        self._zoom = QComboBox()
        self._zoom.setObjectName("weightsZoom")
        self._zoom.addItems([f"{zoom}×" for zoom in ZOOMS])
        self._zoom.setCurrentIndex(ZOOMS.index(DEFAULT_ZOOM))
        self._zoom.setToolTip(translate("Insight", "How large each weight image is drawn"))
        self._grid = TileGrid(DEFAULT_ZOOM)
        self._grid.hovered.connect(self._on_hovered)
        self._zoom.currentIndexChanged.connect(
            lambda index: self._grid.set_largest_pixel(ZOOMS[index]))
        self._layout_widgets()

    # Public API -------------------------------------------------------------------------------

    def set_predictor(self, predictor: Predictor | None) -> None:
        """Show ``predictor``'s first layer (drawn now if visible, else when shown)."""
        self._predictor = predictor
        self.request_draw()

    def grid(self) -> TileGrid:
        return self._grid

    # Building and drawing ---------------------------------------------------------------------

    def _layout_widgets(self) -> None:
        controls = QHBoxLayout()
        controls.addWidget(self._hover_text, 1)
        size = QLabel(translate("Insight", "Size"))
        size.setBuddy(self._zoom)
        self._zoom.setAccessibleName(size.text())
        controls.addWidget(size)
        controls.addWidget(self._zoom)
        scroll = QScrollArea()
        scroll.setAccessibleName(translate("Insight", "Weights of the first layer's units"))
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget()
        holder_column = QVBoxLayout(holder)
        holder_column.setContentsMargins(0, 0, 0, 0)
        holder_column.addWidget(self._grid)
        holder_column.addStretch(1)
        scroll.setWidget(holder)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 12, 0)
        column.addWidget(self._text)
        column.addLayout(controls)
        column.addWidget(scroll, 1)

    def draw(self) -> None:
        weights = first_layer_weights(self._predictor) if self._predictor is not None else None
        if weights is None:
            self._images = np.zeros((0, IMAGE_SIDE, IMAGE_SIDE), np.float32)
            self._text.setText(not_on_pixels_message() if self._predictor is not None
                               else no_weights_message())
        else:
            layer, self._images = weights
            self._text.setText(weights_text(len(self._images), layer))
        self._grid.set_tiles(diverging(self._images, tile_limits(self._images)))
        self.updated.emit()

    # Reactions --------------------------------------------------------------------------------

    def _on_hovered(self, unit: int) -> None:
        if unit == NO_TILE:
            self._hover_text.setText(hover_idle_text())
            return
        weights = self._images[unit]
        self._hover_text.setText(translate("Insight", "Unit {unit}: {low} to {high}").format(
            unit=unit, low=number(weights.min(), 2), high=number(weights.max(), 2)))

    def changeEvent(self, event: QEvent) -> None:
        """The explanation (composed here) in a new language, now or when seen."""
        if event.type() == QEvent.Type.LanguageChange:
            self.request_draw()
        super().changeEvent(event)
