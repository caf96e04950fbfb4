"""The Inside and Weights tabs of the real window: they follow the drawing and the model, and
cost nothing while another tab is in front."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QWidget

from gui.active.owner import ModelInUse, Origin
from gui.common.waiting import wait_ms
from gui.draw.replay import drag_strokes
from gui.insight.insight_view import TOP_UNITS, diverged_message
from gui.window_geometry import CANVAS_MINIMUM_SIDE
from model.config import LayerConfig, NetworkConfig
from model.inference.insight import first_layer_weights
from model.inference.predictor import Predictor
from model.keras_runtime import keras
from model.presets import presets
from model.training.build import build_model
from tests.gui.helpers import strokes_in_box

LAYOUT_SETTLE_MS = 100
THREE = 1043  # a pendigits "3" the default model reads right
DEFAULT_HIDDEN = [layer.units for layer in presets()["DigitLab best"].network.hidden]
"""The default model's hidden layers: it is the *DigitLab best* recipe (test_presets)."""
INSIDE, WEIGHTS = 1, 2


def tabs(window) -> QTabWidget:
    return window.findChild(QTabWidget, "viewTabs")


def inside_of(window):
    tabs(window).setCurrentIndex(INSIDE)
    return window.findChild(QWidget, "insight")


def texts(widget: QWidget) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


@pytest.fixture(scope="module")
def small_network():
    """A one-layer Keras network of 32 units, like one the Train panel sends snapshots of."""
    return build_model(NetworkConfig(hidden=(LayerConfig(32),)), seed=0)


def test_a_drawing_shows_why_every_layer_and_the_strongest_units(window, pendigits):
    inside = inside_of(window)
    drag_strokes(window.canvas(), strokes_in_box(pendigits[THREE]))
    trace = inside.trace()
    assert trace.predicted == 3 and window.prediction_view().predicted_name() == "3"
    np.testing.assert_array_equal(trace.probabilities, window.prediction_view().probabilities())
    assert [grid.count() for grid in inside.layer_grids()] == DEFAULT_HIDDEN
    assert window.findChild(QWidget, "whyPicture").grid.count() == 1
    assert window.findChild(QWidget, "strongestUnits").grid.count() == TOP_UNITS
    assert "Why “3”?" in texts(inside) and "raises the network's score for “3”" in texts(inside)


def test_the_unit_up_close_is_the_one_adding_most_to_the_answer(window, pendigits):
    inside = inside_of(window)
    drag_strokes(window.canvas(), strokes_in_box(pendigits[THREE]))
    trace = inside.trace()
    layer, unit = inside.detailed_unit()
    shares = trace.hidden[1].values * trace.class_influence(1)[:, 3]
    assert (layer, unit) == (1, int(np.argmax(shares)))
    assert f"hidden_2, unit {unit}" in texts(inside)


def test_pointing_at_a_unit_shows_its_pattern_value_and_class_and_keeps_it(window, pendigits,
                                                                           qtbot):
    inside = inside_of(window)
    drag_strokes(window.canvas(), strokes_in_box(pendigits[THREE]))
    trace = inside.trace()
    grid = inside.layer_grids()[0]
    unit = int(trace.hidden[0].strongest(1)[0])
    qtbot.waitUntil(lambda: grid.visibleRegion().contains(grid.tile_rect(unit)))  # laid out
    qtbot.mouseMove(grid, grid.tile_rect(unit).center())
    assert inside.detailed_unit() == (0, unit)
    detail = window.findChild(QWidget, "unitDetail")
    value = trace.hidden[0].values[unit]
    name = trace.class_names[trace.strongest_class(0, unit)]
    assert f"hidden_1, unit {unit}" in texts(detail)
    assert f"Fires {value:.2f} and supports “{name}” most" in texts(detail)
    qtbot.mouseMove(window.canvas())  # leaving the grid keeps the unit, to watch while drawing
    drag_strokes(window.canvas(), strokes_in_box(pendigits[THREE])[:1])
    assert inside.detailed_unit() == (0, unit)


def test_the_unit_up_close_stays_in_view_while_pointing_far_down_the_layers(window, pendigits,
                                                                           qtbot):
    """At 1366×768 the close-up scrolled away with the layers: pointing at a unit of hidden_2
    updated a picture nobody could see (issue 19, newcomer point 4)."""
    window.resize(1366, 768)
    inside = inside_of(window)
    drag_strokes(window.canvas(), strokes_in_box(pendigits[THREE]))
    grid = inside.layer_grids()[-1]
    layers = inside.findChild(QScrollArea)
    bar = layers.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # laid out, and the layers need scrolling
    bar.setValue(bar.maximum())
    unit = grid.count() - 1
    qtbot.waitUntil(lambda: grid.visibleRegion().contains(grid.tile_rect(unit)))
    qtbot.mouseMove(grid, grid.tile_rect(unit).center())
    assert inside.detailed_unit() == (len(inside.layer_grids()) - 1, unit)
    detail = window.findChild(QWidget, "unitDetail")
    assert detail.visibleRegion().boundingRect() == detail.rect()  # all of it on screen


def test_a_tab_in_the_back_draws_nothing_until_it_is_shown(window, pendigits):
    inside = window.findChild(QWidget, "insight")
    assert tabs(window).currentIndex() == 0
    drag_strokes(window.canvas(), strokes_in_box(pendigits[THREE]))
    assert inside.trace() is not None and inside.layer_grids() == []
    weights = window.findChild(QWidget, "weights")
    assert weights.grid().count() == 0
    tabs(window).setCurrentIndex(INSIDE)
    assert [grid.count() for grid in inside.layer_grids()] == DEFAULT_HIDDEN
    tabs(window).setCurrentIndex(WEIGHTS)
    assert weights.grid().count() == DEFAULT_HIDDEN[0]


def test_a_training_snapshot_is_looked_inside_too(window, pendigits, small_network):
    inside = inside_of(window)
    drag_strokes(window.canvas(), strokes_in_box(pendigits[THREE]))
    snapshot = Predictor.from_keras(small_network)
    window.active_model().use(ModelInUse(snapshot, "your network at epoch 1", None, Origin.LIVE))
    assert [grid.count() for grid in inside.layer_grids()] == [32]
    assert inside.trace().predictor is window.predictor()
    tabs(window).setCurrentIndex(WEIGHTS)
    weights = window.findChild(QWidget, "weights")
    assert weights.grid().count() == 32 and "32 units of hidden_1" in texts(weights)


def test_a_diverged_network_shows_no_pictures_but_says_why(window, pendigits, small_network):
    inside = inside_of(window)
    drag_strokes(window.canvas(), strokes_in_box(pendigits[THREE]))
    diverged = keras().models.clone_model(small_network)
    diverged.set_weights([np.full_like(w, np.nan) for w in small_network.get_weights()])
    window.active_model().use(ModelInUse(Predictor.from_keras(diverged), "NaN", None, Origin.LIVE))
    assert diverged_message() in texts(inside)
    assert all(grid.count() == 0 for grid in inside.layer_grids())


def test_explanations_can_be_hidden(window, pendigits):
    inside = inside_of(window)
    drag_strokes(window.canvas(), strokes_in_box(pendigits[THREE]))
    assert "score for “3”" in texts(inside)
    inside.findChild(QWidget, "explain").setChecked(False)
    assert "score for “3”" not in texts(inside) and "Why “3”?" in texts(inside)


def test_the_two_pictures_are_drawn_alike_at_every_width(window, pendigits):
    """An odd width gives one column a pixel more: at 140 px against 139 the "why" picture was
    drawn 5× and the close-up 4×."""
    inside = inside_of(window)
    drag_strokes(window.canvas(), strokes_in_box(pendigits[THREE]))
    why, detail = (window.findChild(QWidget, name).grid for name in ("whyPicture", "unitDetail"))
    for width in range(250, 420):
        inside.resize(width, 800)
        assert why.tile_rect(0) == detail.tile_rect(0), width


def test_at_the_minimum_size_the_inside_fits_beside_a_full_size_canvas(window, pendigits):
    window.resize(window.minimumSize())
    inside = inside_of(window)
    drag_strokes(window.canvas(), strokes_in_box(pendigits[THREE]))
    assert min(window.canvas().width(), window.canvas().height()) >= CANVAS_MINIMUM_SIDE
    for page in (inside, window.findChild(QWidget, "weights")):
        assert page.minimumSizeHint().width() <= window.prediction_view().minimumWidth()
    for grid in inside.layer_grids():
        assert grid.width() <= inside.width() and grid.tile_rect(0).width() >= 4
    assert window.findChild(QWidget, "whyPicture").grid.height() >= 4 * 28
    tabs(window).setCurrentIndex(WEIGHTS)
    wait_ms(LAYOUT_SETTLE_MS)
    hover = window.findChild(QLabel, "weightsHover")
    for text in (hover.text(), "Unit 767: -0.45 to 0.45"):  # idle, and the longest when pointing
        hover.setText(text)
        assert hover.heightForWidth(hover.width()) < 2 * hover.fontMetrics().lineSpacing(), text


def test_the_weights_tab_names_the_unit_pointed_at_and_zooms(window, qtbot):
    tabs(window).setCurrentIndex(WEIGHTS)
    weights = window.findChild(QWidget, "weights")
    grid = weights.grid()
    wait_ms(LAYOUT_SETTLE_MS)  # the scroll bar appears, and the grid loses a column
    qtbot.mouseMove(grid, grid.tile_rect(3).center())
    unit = first_layer_weights(window.predictor())[1][3]
    hover = weights.findChild(QLabel, "weightsHover")
    assert hover.text() == f"Unit 3: {unit.min():.2f} to {unit.max():.2f}"
    small = grid.tile_rect(0).width()
    weights.findChild(QWidget, "weightsZoom").setCurrentIndex(2)
    assert grid.tile_rect(0).width() > small
