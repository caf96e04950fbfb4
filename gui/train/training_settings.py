"""Edit how the network is trained: optimizer, learning rate and schedule, batches, epochs,
validation, seed, pen-drawn digits, augmentation, early stopping."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QSpinBox,
    QStackedWidget,
    QWidget,
)

from gui.common.language import retranslated, translate, translated
from gui.train.form_fields import (
    add_field_row,
    choice_field,
    flag_field,
    number_field,
    options_field,
    set_choice,
)
from model.config import AugmentConfig, TrainingConfig
from model.settings import Number, settings_of

LARGEST_COUNT = 2**31 - 1
"""The largest value a QSpinBox holds (a C int)."""


def validation_units() -> tuple[tuple[str, str], ...]:
    """The two ways to give the validation split: a share of the images, or a count."""
    return (("fraction", translate("Train", "% of training images")),
            ("count", translate("Train", "images")))


class ValidationSplitField(QWidget):
    """``validation_split`` as the config allows it: a fraction, shown in percent, or a count."""

    changed = Signal()
    FIELD = "validation_split"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spec: Number = settings_of(TrainingConfig)[self.FIELD]
        self.setObjectName(self.FIELD)
        self.setToolTip(translated(self._spec.help))
        self._percent = self._percent_box()
        self._count = QSpinBox()
        self._count.setRange(self._spec.count_from, LARGEST_COUNT)
        self._count.setToolTip(translated(self._spec.help))
        self._unit = options_field(validation_units(), translate(
            "Train", "Give the held-back validation set as a percentage or as a number of images."))
        self._unit.setAccessibleName(translate("Train", "Validation unit"))
        self._stack = QStackedWidget()
        self._stack.addWidget(self._percent)
        self._stack.addWidget(self._count)
        self._unit.currentIndexChanged.connect(self._stack.setCurrentIndex)
        for signal in (self._percent.valueChanged, self._count.valueChanged,
                       self._unit.currentIndexChanged):
            signal.connect(self.changed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._stack, 1)
        row.addWidget(self._unit)

    def value(self) -> float | int:
        if self._unit.currentData() == "count":
            return self._count.value()
        return round(self._percent.value() / 100.0, self._spec.decimals)

    def set_value(self, value: float | int) -> None:
        is_count = self._spec.is_count(value)
        set_choice(self._unit, "count" if is_count else "fraction")
        if is_count:
            self._count.setValue(value)
        else:
            self._percent.setValue(100.0 * value)

    def number_boxes(self) -> tuple[QDoubleSpinBox, QSpinBox]:
        """The percentage and the count box (one shows at a time), to name after the row."""
        return self._percent, self._count

    def _percent_box(self) -> QDoubleSpinBox:
        """The fraction in percent: range and step × 100, two decimals fewer."""
        box = QDoubleSpinBox()
        box.setDecimals(self._spec.decimals - 2)
        box.setRange(100.0 * self._spec.low, 100.0 * self._spec.high)
        box.setSingleStep(100.0 * self._spec.step)
        box.setSuffix(translate("Train", " %"))
        box.setToolTip(translated(self._spec.help))
        return box


class TrainingSettings(QWidget):
    """The training part of the panel; fields that do not apply (momentum for Adam, the decay
    factor without exponential decay) are disabled rather than hidden, so the form never jumps."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kept = TrainingConfig()
        self._optimizer = choice_field(TrainingConfig, "optimizer")
        self._learning_rate = number_field(TrainingConfig, "learning_rate")
        self._momentum = number_field(TrainingConfig, "momentum")
        self._nesterov = flag_field(TrainingConfig, "nesterov", translate("Train", "Nesterov"))
        self._schedule = choice_field(TrainingConfig, "lr_schedule")
        self._decay = number_field(TrainingConfig, "lr_decay")
        self._batch_size = number_field(TrainingConfig, "batch_size")
        self._epochs = number_field(TrainingConfig, "epochs")
        self._validation = ValidationSplitField()
        self._seed = number_field(TrainingConfig, "seed")
        self._drawn_box = flag_field(TrainingConfig, "drawn_digits",
                                      translate("Train", "Add pen-drawn digits"))
        self._drawn_tip = self._drawn_box.toolTip()
        self._augment_box = flag_field(AugmentConfig, "enabled",
                                       translate("Train", "Distort training digits"))
        self._patience = number_field(TrainingConfig, "early_stopping_patience")
        self._layout_widgets()
        self._connect_changes()
        self.set_config(TrainingConfig())

    def config(self) -> TrainingConfig:
        return dataclasses.replace(
            self._kept,
            optimizer=self._optimizer.currentData(),
            learning_rate=self._learning_rate.value(),
            momentum=self._momentum.value(),
            nesterov=self._nesterov.isChecked(),
            lr_schedule=self._schedule.currentData(),
            lr_decay=self._decay.value(),
            batch_size=self._batch_size.value(),
            epochs=self._epochs.value(),
            validation_split=self._validation.value(),
            seed=self._seed.value(),
            early_stopping_patience=self._patience.value(),
            drawn_digits=self._drawn_box.isChecked(),
            augment=dataclasses.replace(self._kept.augment,
                                        enabled=self._augment_box.isChecked()),
        )

    def set_config(self, training: TrainingConfig) -> None:
        """Show ``training``; what it carries that the panel does not show (augmentation
        strengths, drawn copies, the scanned share) is kept for :meth:`config`."""
        self._kept = training
        set_choice(self._optimizer, training.optimizer)
        self._learning_rate.setValue(training.learning_rate)
        self._momentum.setValue(training.momentum)
        self._nesterov.setChecked(training.nesterov)
        set_choice(self._schedule, training.lr_schedule)
        self._decay.setValue(training.lr_decay)
        self._batch_size.setValue(training.batch_size)
        self._epochs.setValue(training.epochs)
        self._validation.set_value(training.validation_split)
        self._seed.setValue(training.seed)
        self._drawn_box.setChecked(training.drawn_digits)
        self._augment_box.setChecked(training.augment.enabled)
        self._patience.setValue(training.early_stopping_patience)
        self._enable_applicable()

    def set_digits_dataset(self, digits: bool) -> None:
        """Pen-drawn digits teach digits only: for a dataset of other classes their box is
        greyed out and unticked, and its tip says why (a run asking for them is refused)."""
        self._drawn_box.setEnabled(digits)
        if not digits:
            self._drawn_box.setChecked(False)
        self._drawn_box.setToolTip(retranslated(self._drawn_tip) if digits else translate(
            "Train", "Pen-drawn digits need a dataset of the digits 0–9."))

    def _layout_widgets(self) -> None:
        momentum_row = QHBoxLayout()
        momentum_row.addWidget(self._momentum, 1)
        momentum_row.addWidget(self._nesterov)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a narrow dock: label above
        add_field_row(form, translate("Train", "Optimizer"), self._optimizer)
        add_field_row(form, translate("Train", "Learning rate"), self._learning_rate)
        add_field_row(form, translate("Train", "Momentum"), momentum_row, self._momentum)
        add_field_row(form, translate("Train", "Schedule"), self._schedule)
        add_field_row(form, translate("Train", "Decay factor"), self._decay)
        add_field_row(form, translate("Train", "Batch size"), self._batch_size)
        add_field_row(form, translate("Train", "Epochs"), self._epochs)
        add_field_row(form, translate("Train", "Validation"), self._validation,
                      *self._validation.number_boxes())
        add_field_row(form, translate("Train", "Seed"), self._seed)
        add_field_row(form, translate("Train", "Early stopping"), self._patience)
        form.addRow(translate("Train", "Drawn digits"), self._drawn_box)  # named by their text
        form.addRow(translate("Train", "Augmentation"), self._augment_box)

    def _connect_changes(self) -> None:
        for combo in (self._optimizer, self._schedule):
            combo.currentIndexChanged.connect(self._enable_applicable)
            combo.currentIndexChanged.connect(self.changed)
        for box in (self._learning_rate, self._momentum, self._decay, self._batch_size,
                    self._epochs, self._seed, self._patience):
            box.valueChanged.connect(self.changed)
        for check in (self._nesterov, self._drawn_box, self._augment_box):
            check.toggled.connect(self.changed)
        self._validation.changed.connect(self.changed)

    def _enable_applicable(self) -> None:
        optimizer = self._optimizer.currentData()
        self._momentum.setEnabled(optimizer in ("sgd", "rmsprop"))
        self._nesterov.setEnabled(optimizer == "sgd")
        self._decay.setEnabled(self._schedule.currentData() == "exponential")
