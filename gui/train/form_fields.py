"""Input widgets built from a config field's setting, so they never hold a value the config refuses.

Range, precision, unit, choices and tooltip all come from ``model.settings`` via the config class;
each widget is named after its field (``augment.enabled``), so tests and scripts can find it.
The tooltips teach what the setting does, because the panel is meant for people learning how an
MLP is trained.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from gui.common.language import translate, translated
from model.settings import Number, settings_of


def log_steps_note() -> str:
    return translate("Train", "The arrows step 1-2-5.")


def number_field(config_class: type, name: str) -> QSpinBox | QDoubleSpinBox:
    """A spin box for a :class:`Number` field: an integer box, or a decimal one that steps
    1-2-5 when the setting is explored on a log scale."""
    spec: Number = settings_of(config_class)[name]
    if spec.integer:
        box: QSpinBox | QDoubleSpinBox = QSpinBox()
        box.setAccelerated(True)
    else:
        box = LogStepField() if spec.log_steps else QDoubleSpinBox()
        box.setDecimals(spec.decimals)
    box.setRange(lowest_shown(spec), spec.high)
    if not spec.log_steps:
        box.setSingleStep(spec.step)
    if spec.unit:
        box.setSuffix(translate("Train", " {unit}").format(unit=translated(spec.unit)))
    if spec.off_text:
        box.setSpecialValueText(translated(spec.off_text))
    _describe(box, config_class, name, log_steps_note() if spec.log_steps else "")
    return box


def lowest_shown(spec: Number) -> float:
    """The smallest value a box can show: ``low`` itself, or one last decimal above an open
    bound (1e-6 for a learning rate in (0, 10] shown with 6 decimals)."""
    return spec.low + 10.0 ** -spec.decimals if spec.low_open else spec.low


def choice_field(config_class: type, name: str) -> QComboBox:
    """A combo box of a :class:`Choice` field's values, each shown by its label."""
    options = [(value, translated(label))
               for value, label in settings_of(config_class)[name].options]
    box = options_field(options, tip="")
    _describe(box, config_class, name)
    return box


def flag_field(config_class: type, name: str, text: str) -> QCheckBox:
    """A check box for a :class:`Flag` field, captioned ``text``."""
    box = QCheckBox(text)
    _describe(box, config_class, name)
    return box


def _describe(widget: QWidget, config_class: type, name: str, note: str = "") -> None:
    widget.setObjectName(config_class.path(name))
    help_text = translated(settings_of(config_class)[name].help)
    widget.setToolTip(translate("Train", "{help} {note}").format(help=help_text, note=note)
                      if note else help_text)


def options_field(options: Sequence[tuple[str, str]], tip: str) -> QComboBox:
    """A combo box of ``(value, label)`` options that belong to the GUI rather than a config."""
    box = QComboBox()
    for value, label in options:
        box.addItem(label, value)
    box.setToolTip(tip)
    return box


def add_field_row(form: QFormLayout, label: str, field: QWidget | QLayout,
                  *named: QWidget) -> None:
    """A form row whose field is named, for a screen reader, by its label: ``named`` are the
    controls to name (the field itself when it is a widget)."""
    form.addRow(label, field)
    for control in named or (field,):
        name_control(control, label)


def name_control(control: QWidget, name: str) -> None:
    """Name ``control`` for a screen reader; a spin box's line edit too, as the focus goes
    there when the box is tabbed to."""
    control.setAccessibleName(name)
    if isinstance(control, QAbstractSpinBox):
        control.findChild(QLineEdit).setAccessibleName(name)


def set_choice(box: QComboBox, value: str) -> None:
    box.setCurrentIndex(max(0, box.findData(value)))


def one_two_five(low: float, high: float) -> list[float]:
    """The values 1, 2, 5 × 10ⁿ between ``low`` and ``high``: evenly spaced on a log scale,
    which is how learning rates are explored."""
    ladder = [round(m * 10.0 ** e, 10) for e in range(-9, 10) for m in (1, 2, 5)]
    return [value for value in ladder if low <= value <= high]


class LogStepField(QDoubleSpinBox):
    """A spin box whose arrows step 1 → 2 → 5 → 10 (a value such as 0.003 can still be typed)."""

    def stepBy(self, steps: int) -> None:
        ladder = one_two_five(self.minimum(), self.maximum())
        value = self.value()
        for _ in range(abs(steps)):
            if steps > 0:
                value = next((v for v in ladder if v > value * (1 + 1e-9)), value)
            else:
                value = next((v for v in reversed(ladder) if v < value * (1 - 1e-9)), value)
        self.setValue(value)
