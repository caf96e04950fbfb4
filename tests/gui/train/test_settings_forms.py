"""The Train panel's widgets take range, precision, unit, choices and tooltip from each config
field's setting, for every field the panel edits; the others are named here."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from gui.train.network_editor import NetworkEditor
from gui.train.setup_page import SetupPage
from gui.train.training_settings import TrainingSettings, ValidationSplitField
from model.config import MAX_HIDDEN_LAYERS, LayerConfig, TrainingConfig
from model.settings import Choice, Flag, Number, settings_of
from tests.config_fields import field_id, setting_fields

NO_WIDGET = {
    "num_classes", "augment.max_shift", "augment.max_rotation", "augment.max_scale",
    "augment.max_shear", "augment.elastic_alpha", "augment.elastic_sigma", "augment.thickness",
    "augment.writing_styles", "drawn_copies", "scanned_share",
}
"""Fields the panel does not edit: ``num_classes`` follows the dataset, the augmentation box
switches on distortions of tuned strengths and the drawn-digits box a tuned number of copies;
the scanned share comes with a preset (or the command line) and is kept."""


@pytest.fixture
def forms(qtbot) -> tuple[QWidget, ...]:
    forms = (NetworkEditor(), TrainingSettings())
    for form in forms:
        qtbot.addWidget(form)
    return forms


def widgets_named(forms, path: str) -> list[QWidget]:
    return [widget for form in forms for widget in [form.findChild(QWidget, path)] if widget]


def panel_fields() -> list[tuple[type, str]]:
    return [key for key in setting_fields() if field_id(key) not in NO_WIDGET]


def test_the_fields_without_a_widget_are_named_and_really_have_none(forms):
    paths = {field_id(key) for key in setting_fields()}
    assert paths >= NO_WIDGET
    assert [path for path in NO_WIDGET if widgets_named(forms, path)] == []


@pytest.mark.parametrize("key", panel_fields(), ids=field_id)
def test_the_widget_named_after_the_field_follows_its_setting(forms, key):
    spec = settings_of(key[0])[key[1]]
    (widget,) = widgets_named(forms, field_id(key))
    assert widget.toolTip().startswith(spec.help)
    if isinstance(spec, Flag):
        assert isinstance(widget, QCheckBox)
    elif isinstance(spec, Choice):
        assert isinstance(widget, QComboBox)
        shown = [(widget.itemData(i), widget.itemText(i)) for i in range(widget.count())]
        assert tuple(shown) == spec.options
    elif isinstance(widget, ValidationSplitField):
        check_fraction_or_count(widget, spec)
    else:
        check_spin_box(widget, spec)


def check_spin_box(box: QSpinBox | QDoubleSpinBox, spec: Number) -> None:
    assert isinstance(box, QSpinBox if spec.integer else QDoubleSpinBox)
    smallest_step = 1 if spec.integer else 10.0 ** -spec.decimals
    assert box.minimum() == pytest.approx(spec.low + smallest_step if spec.low_open else spec.low)
    assert box.maximum() == pytest.approx(spec.high)
    assert box.suffix() == (f" {spec.unit}" if spec.unit else "")
    assert box.specialValueText() == spec.off_text
    if not spec.integer:
        assert box.decimals() == spec.decimals
    if not spec.log_steps:
        assert box.singleStep() == pytest.approx(spec.step)


def check_fraction_or_count(field: ValidationSplitField, spec: Number) -> None:
    """The fraction is shown in percent; counts start where the config accepts them."""
    percent, count = field.findChild(QDoubleSpinBox), field.findChild(QSpinBox)
    assert percent.minimum() == pytest.approx(100 * spec.low)
    assert percent.maximum() == pytest.approx(100 * spec.high)
    assert percent.singleStep() == pytest.approx(100 * spec.step)
    assert count.minimum() == spec.count_from
    for box in (percent, count):
        assert box.toolTip() == spec.help


def test_layers_can_be_added_up_to_the_most_a_network_may_have(qtbot):
    editor = NetworkEditor()
    qtbot.addWidget(editor)
    add = next(button for button in editor.findChildren(QPushButton) if button.text() == "Add")
    while add.isEnabled():
        add.click()
    assert len(editor.config().hidden) == MAX_HIDDEN_LAYERS
# The mouse wheel over the fields --------------------------------------------------------------


@pytest.fixture
def setup_page(qtbot) -> SetupPage:
    """The Setup page in a window too short for it, so it scrolls."""
    window = QWidget()  # the offscreen platform warns when a window's minimum size changes
    qtbot.addWidget(window)
    window.resize(520, 300)
    page = SetupPage(window)
    page.setGeometry(0, 0, 520, 300)
    window.show()
    qtbot.waitExposed(window)
    yield page  # the window lives until the test ends


def wheel_over(qtbot, widget: QWidget, notches: int) -> None:
    """Turn the mouse wheel ``notches`` (up > 0) over ``widget`` as a user would: through the
    window system, so Qt hands what the widget ignores on to its parents (it does not for
    events sent to a widget directly)."""
    window = widget.window()
    centre = widget.mapTo(window, widget.rect().center())
    QTest.wheelEvent(window.windowHandle(), QPointF(centre), QPoint(0, 120 * notches))
    qtbot.wait(0)


def value(field: QWidget) -> float:
    return field.value() if isinstance(field, QAbstractSpinBox) else field.currentIndex()


@pytest.mark.parametrize("field", [
    (QSpinBox, TrainingConfig.path("batch_size")), (QComboBox, TrainingConfig.path("optimizer")),
    (QDoubleSpinBox, TrainingConfig.path("learning_rate"))], ids=lambda field: field[1])
def test_the_wheel_over_an_unfocused_field_scrolls_the_page_and_leaves_the_value(
        qtbot, setup_page, field):
    """The wheel changed a batch size of 64 to 67 while a learner scrolled down the page."""
    widget = setup_page.findChild(*field)
    setup_page.ensureWidgetVisible(widget)
    scroll_bar = setup_page.verticalScrollBar()
    before, position = value(widget), scroll_bar.value()
    notches = 1 if position == scroll_bar.maximum() else -1
    assert scroll_bar.maximum() > 0 and not widget.hasFocus()
    wheel_over(qtbot, widget, notches)
    assert value(widget) == before and scroll_bar.value() != position


def test_a_layer_added_later_is_guarded_too_and_a_focused_field_takes_the_wheel(
        qtbot, setup_page):
    setup_page.findChild(NetworkEditor).add_layer()
    units = setup_page.findChildren(QSpinBox, LayerConfig.path("units"))[-1]
    setup_page.ensureWidgetVisible(units)
    units.clearFocus()
    before = units.value()
    wheel_over(qtbot, units, -1)
    assert units.value() == before and units.focusPolicy() == Qt.FocusPolicy.StrongFocus
    units.setFocus()
    qtbot.waitUntil(units.hasFocus)
    wheel_over(qtbot, units, -1)
    assert units.value() < before  # clicked into, the field is the user's to change
