"""Inside the network, live: why it gives its answer, what each layer does with the drawing.

The window hands the view a :class:`~model.inference.insight.Trace` for every prediction (the
same forward pass that gave the answer). A hidden view only keeps the newest one and draws it
when it is shown, so the inside costs nothing while nobody looks at it. Every picture uses the
one diverging map of :mod:`gui.insight.colors` (red above zero, white zero, blue below) and has
a sentence saying what it shows, which "What am I looking at?" hides once it is known.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gui.common.language import number, retranslated, translate, translated
from gui.insight.colors import blend, diverging, gray, robust_limit, tile_limits
from gui.insight.lazy import DrawnWhenSeen
from gui.insight.section import Section
from gui.insight.tile_grid import NO_TILE, TileGrid
from model.image_size import IMAGE_SIDE
from model.inference.insight import first_layer_weights

if TYPE_CHECKING:
    from model.inference.insight import Trace

TOP_UNITS = 8
TOP_COLUMNS = 4
PICTURE_PIXELS = (4, 8)
"""Magnification range of the two 28×28 pictures; within it, one pixel per 100 px of the view's
height, so a tall window shows them large enough to read from the back of a room."""
UNIT_PIXEL = 12
"""Largest square of one unit in a layer's grid."""
WEIGHT_PIXEL = 3
INK_GRAY = 150
"""How dark full ink is under the attribution colours: visible, yet paler than any colour."""
INK_SHADE = 0.4
"""How much the drawing's ink darkens a unit's pattern, to show which of its pixels it covers."""
SIDE_MARGIN = 12
PICTURE_SPACING = 12
"""Room either side of the view and between its two pictures, in px."""
PICTURE_TITLE_LINES = 2
"""Lines kept for each picture's title: the close-up's ("Layer hidden_2, unit 40") wraps to two
where the window is narrow or the language long, and both pictures start below them."""



def empty_message() -> str:
    return translate("Insight", "Draw a digit to look inside the network.")


def diverged_message() -> str:
    return translate("Insight", "Nothing to show: the network's values are not numbers (its "
                                "weights diverged).")


def layers_text() -> str:
    return translate("Insight", "One square per unit (neuron), always in the same place: red "
                                "when it fires for your drawing, the stronger the redder; white "
                                "when silent, blue below zero.")


def class_name(name: str) -> str:
    """A class as the view names it: digits as they are, other names in the window's language."""
    return name if name.isdigit() else translated(name)


def grid_columns(units: int) -> int:
    """Columns for a layer's grid: about three times wider than tall, to fit beside the canvas."""
    return max(1, math.ceil(math.sqrt(3 * units)))


def attribution_picture(image: np.ndarray, attribution: np.ndarray) -> np.ndarray:
    """The network's input in grey with the attribution laid over it: strong pushes in full
    colour, weak ones letting the grey ink show through, so the digit's shape stays visible."""
    limit = robust_limit(attribution)
    ink = gray(np.rint(255 - (255 - INK_GRAY) * image).astype(np.uint32))
    opacity = np.abs(attribution) / limit if limit > 0 else np.zeros_like(attribution)
    return blend(ink, diverging(attribution, limit), np.sqrt(opacity))


def with_ink(colors: np.ndarray, image: np.ndarray) -> np.ndarray:
    """Pictures of weights with the drawing's ink shaded over them: which of the pixels a unit
    responds to the drawing covers."""
    return blend(colors, gray(np.zeros(colors.shape, np.uint32)), INK_SHADE * image)


class InsightView(DrawnWhenSeen):
    """The inside of the network for the current drawing; ``updated`` fires after each change
    shown (the benchmarks time it), ``unit_pointed(layer, unit)`` when a unit is pointed at."""

    updated = Signal()
    unit_pointed = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insight")
        self.setAccessibleName(translate("Insight", "Inside the network"))
        self._trace: Trace | None = None
        self._message: str | None = None
        """Why there is nothing to show (None: nothing drawn)."""
        self._pointed: tuple[int, int] | None = None  # (hidden layer, unit) chosen by pointing
        self._top_units = np.zeros(0, np.intp)
        self._status = QLabel()
        self._status.setObjectName("insightStatus")
        self._explain = QCheckBox(translate("Insight", "What am I looking at?"))
        self._explain.setObjectName("explain")
        self._explain.setChecked(True)
        self._why = Section(TileGrid(PICTURE_PIXELS[0], columns=1), "whyPicture")
        self._detail = Section(TileGrid(PICTURE_PIXELS[0], columns=1), "unitDetail")
        self._layers: list[Section] = []
        self._layers_box = QVBoxLayout()
        self._top = Section(TileGrid(WEIGHT_PIXEL, columns=TOP_COLUMNS), "strongestUnits")
        self._top.grid.hovered.connect(self._on_top_hovered)
        self._explain.toggled.connect(self._show_explanations)
        self._layout_widgets()
        self.show_empty()

    # Public API -------------------------------------------------------------------------------

    def show_trace(self, trace: Trace) -> None:
        """Show how the network read a drawing (drawn now if visible, else when shown)."""
        self._trace = trace
        self.request_draw()

    def show_empty(self, message: str | None = None) -> None:
        """Nothing to look inside: no drawing, no model; ``message`` (a :func:`translate` text,
        said again after a language switch) says why, by default that nothing is drawn."""
        self._trace, self._message = None, message
        self.request_draw()

    def trace(self) -> Trace | None:
        return self._trace

    def layer_grids(self) -> list[TileGrid]:
        """The hidden layers' grids, first layer first."""
        return [section.grid for section in self._layers]

    def detailed_unit(self) -> tuple[int, int] | None:
        """(hidden layer, unit) shown up close: the one pointed at last, else the unit of the
        last hidden layer that adds most to the answer's score; None without hidden layers or
        a drawing."""
        trace = self._trace
        if self._pointed is not None or trace is None or not trace.hidden:
            return self._pointed
        last = len(trace.hidden) - 1
        shares = trace.hidden[last].values * trace.class_influence(last)[:, trace.predicted]
        return last, int(np.argmax(shares))

    # Building ---------------------------------------------------------------------------------

    def _layout_widgets(self) -> None:
        """The two pictures pinned at the top, the layers scrolling under them: pointing at a
        unit far down a layer still shows it up close (at 1366×768 the close-up used to scroll
        out of view with the layers)."""
        top = QVBoxLayout()  # one above the other: side by side, a longer language cut both off
        top.setSpacing(2)
        self._status.setWordWrap(True)
        top.addWidget(self._status)
        top.addWidget(self._explain)
        pictures = QHBoxLayout()
        pictures.setSpacing(PICTURE_SPACING)
        for section in (self._why, self._detail):
            section.keep_heading_lines(PICTURE_TITLE_LINES)
            pictures.addWidget(section, 1)
        body = self._body = QWidget()
        layers = QVBoxLayout(body)
        layers.setContentsMargins(SIDE_MARGIN, 0, SIDE_MARGIN, 8)
        layers.addLayout(self._layers_box)
        self._layers_box.addWidget(self._top)
        layers.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("insightLayers")
        scroll.setAccessibleName(translate("Insight", "Hidden layers"))
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        pinned = QVBoxLayout()
        pinned.setContentsMargins(SIDE_MARGIN, 8, SIDE_MARGIN, 4)
        pinned.addLayout(top)
        pinned.addLayout(pictures)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addLayout(pinned)
        outer.addWidget(scroll, 1)

    def _ensure_layers(self, trace: Trace) -> None:
        """One grid per hidden layer; rebuilt only when the network's shape changes."""
        shape = [(layer.name, layer.values.size) for layer in trace.hidden]
        if shape == [(section.title(), section.grid.count()) for section in self._layers]:
            return
        for section in self._layers:
            section.deleteLater()
        self._layers = []
        self._layers_box.removeWidget(self._top)
        for index, (name, units) in enumerate(shape):
            section = Section(TileGrid(UNIT_PIXEL, columns=grid_columns(units)), name)
            section.grid.hovered.connect(
                lambda unit, index=index: self._on_unit_hovered(index, unit))
            self._layers_box.addWidget(section)
            section.show()  # now: a layout places only shown widgets, and Qt would show it later
            self._layers.append(section)
        self._layers_box.insertWidget(1, self._top)  # the first layer's units, under its grid
        self._body.layout().activate()  # grids get their width now, not after a first build
        self._pointed = None

    def _show_explanations(self, shown: bool) -> None:
        for section in (self._why, self._detail, self._top, *self._layers):
            section.set_explained(shown)

    # Drawing ----------------------------------------------------------------------------------

    def draw(self) -> None:
        trace = self._trace
        if trace is not None and not trace.is_finite():
            trace, self._message = None, diverged_message()
        self._status.setText("" if trace is not None else self._message_text())
        if trace is None:
            self._draw_nothing()
        else:
            self._ensure_layers(trace)
            self._draw_why(trace)
            for index, (section, layer) in enumerate(zip(self._layers, trace.hidden, strict=True)):
                section.set_title(layer.name, translate("Insight", "{count} units").format(
                    count=layer.values.size))
                section.set_text(layers_text() if index == 0 else "")
                colors = diverging(layer.values, robust_limit(layer.values))
                section.grid.set_tiles(colors[:, np.newaxis, np.newaxis])
            self._draw_top_units(trace)
            self._draw_detail(trace)
        self._show_explanations(self._explain.isChecked() and trace is not None)
        self.updated.emit()

    def _message_text(self) -> str:
        return empty_message() if self._message is None else retranslated(self._message)

    def _draw_nothing(self) -> None:
        for section in (self._why, self._detail, self._top, *self._layers):
            section.grid.set_tiles(np.zeros((0, 1, 1), np.uint32))
        for section in (self._why, self._detail):
            section.set_title("")
        self._top.setVisible(False)

    def _draw_why(self, trace: Trace) -> None:
        name = class_name(trace.class_names[trace.predicted])
        self._why.set_title(translate("Insight", "Why “{name}”?").format(name=name))
        self._why.set_text(translate(
            "Insight", "Red ink raises the network's score for “{name}”, blue ink lowers it: "
                       "each pixel's ink times how strongly the score reacts to it."
        ).format(name=name))
        picture = attribution_picture(trace.image, trace.attribution(trace.predicted))
        self._why.grid.set_tiles(picture[np.newaxis])

    def _draw_top_units(self, trace: Trace) -> None:
        weights = first_layer_weights(trace.predictor)
        shown = bool(trace.hidden) and weights is not None
        self._top.setVisible(shown)
        if not shown:
            return
        name, images = weights
        self._top_units = trace.hidden[0].strongest(TOP_UNITS)
        tiles = images[self._top_units]
        self._top.set_title(translate("Insight", "Strongest units of {layer}").format(layer=name))
        self._top.set_text(translate(
            "Insight", "The weights of the {count} units of {layer} that fire most, laid out "
                       "like the image, with your drawing shaded over them: each adds up the "
                       "ink on its red weights and takes away the ink on its blue ones."
        ).format(count=len(tiles), layer=name))
        self._top.grid.set_tiles(with_ink(diverging(tiles, tile_limits(tiles)), trace.image))

    def _draw_detail(self, trace: Trace) -> None:
        detailed = self.detailed_unit()
        for index, section in enumerate(self._layers):
            section.grid.set_marked(detailed[1] if detailed and index == detailed[0] else NO_TILE)
        if detailed is None:
            self._detail.grid.set_tiles(np.zeros((0, 1, 1), np.uint32))
            self._detail.set_title("")
            self._detail.set_text("")
            return
        layer, unit = detailed
        pattern = trace.unit_pattern(layer, unit)
        colors = diverging(pattern, robust_limit(pattern, share=0.98))
        self._detail.grid.set_tiles(with_ink(colors, trace.image)[np.newaxis])
        self._detail.set_title(translate("Insight", "{layer}, unit {unit}").format(
            layer=trace.hidden[layer].name, unit=unit))
        self._detail.set_text(translate(
            "Insight", "Fires {value} and supports “{name}” most. Ink on its red pixels excites "
                       "it, ink on blue ones holds it back. Point at any unit to see it here."
        ).format(value=number(trace.hidden[layer].values[unit], 2),
                 name=class_name(trace.class_names[trace.strongest_class(layer, unit)])))

    # Reactions --------------------------------------------------------------------------------

    def _on_unit_hovered(self, layer: int, unit: int) -> None:
        """Keep showing the last unit pointed at, so it can be watched while drawing."""
        if unit != NO_TILE and self._trace is not None:
            self._pointed = (layer, unit)
            self._draw_detail(self._trace)
            self.unit_pointed.emit(layer, unit)

    def changeEvent(self, event: QEvent) -> None:
        """The explanations (composed here) in a new language: drawn again, now or when seen."""
        if event.type() == QEvent.Type.LanguageChange:
            self.request_draw()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:
        """Both pictures at one magnification: one pixel per 100 px of height, at most what the
        narrower column holds (an odd width gives one column a pixel more, and at 140 px against
        139 the one drew at 5× and the other at 4×)."""
        column = (self.width() - 2 * SIDE_MARGIN - PICTURE_SPACING) // 2
        by_height = int(np.clip(self.height() // 100, *PICTURE_PIXELS))
        pixel = max(1, min(by_height, column // IMAGE_SIDE))
        for section in (self._why, self._detail):
            section.grid.set_largest_pixel(pixel)
        super().resizeEvent(event)

    def _on_top_hovered(self, index: int) -> None:
        if index != NO_TILE:
            self._on_unit_hovered(0, int(self._top_units[index]))
