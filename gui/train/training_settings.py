"""Edit how the network is trained: optimizer, learning rate and schedule, batches, epochs,
validation, seed, augmentation, early stopping."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox, QFormLayout, QHBoxLayout, QStackedWidget, QWidget,
)

from gui.train.form_fields import LogStepField, choice_field, float_field, int_field, set_choice
from model.config import AugmentConfig, TrainingConfig

OPTIMIZERS = (("sgd", "SGD"), ("adam", "Adam"), ("rmsprop", "RMSprop"))
SCHEDULES = (("constant", "constant"), ("cosine", "cosine decay to 0"),
             ("exponential", "exponential decay per epoch"))
VALIDATION_UNITS = (("fraction", "% of training images"), ("count", "images"))
TIPS = {
    "optimizer": ("The rule that turns gradients into weight updates: SGD takes plain steps, "
                  "Adam and RMSprop adapt the step size for each weight."),
    "learning_rate": ("How big a step each update takes: too small learns slowly, too large "
                      "overshoots and the loss explodes (arrows step 1-2-5)."),
    "momentum": ("Keeps a running direction of past updates so SGD rolls through small bumps "
                 "and noise (0 = none; 0.9 is typical)."),
    "nesterov": ("Nesterov momentum looks ahead along the running direction before computing "
                 "the gradient, which usually converges a little faster."),
    "lr_schedule": ("How the learning rate changes during training: big steps early and "
                    "smaller ones later often end at a better minimum."),
    "lr_decay": "Factor the learning rate is multiplied by after every epoch.",
    "batch_size": ("Images per weight update: small batches give noisy but frequent updates, "
                   "large batches smooth but fewer updates per epoch."),
    "epochs": "How many times training goes through the whole training set.",
    "validation": ("Training images held back to check the network on data it does not learn "
                   "from: when validation loss rises while training loss falls, it overfits."),
    "validation_unit": "Give the held-back validation set as a percentage or as a number of images.",
    "seed": ("Seeds the random start weights, shuffling and dropout, so the same settings give "
             "the same run again."),
    "augment": ("Distort each training batch afresh (shift, rotate, scale, shear, bend, stroke "
                "width) so the network learns digits as people really draw them."),
    "early_stopping": ("Stop when the validation loss has not improved for this many epochs and "
                       "keep the best weights (off = always train every epoch)."),
}


class ValidationSplitField(QWidget):
    """``validation_split`` as config.py allows it: a fraction up to 50 %, or a count of images."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._percent = float_field(0.0, 50.0, TIPS["validation"], decimals=1, step=5.0,
                                    suffix=" %")
        self._count = int_field(1, 2**31 - 1, TIPS["validation"])
        self._unit = choice_field(VALIDATION_UNITS, TIPS["validation_unit"])
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
        return round(self._percent.value() / 100.0, 4)

    def set_value(self, value: float | int) -> None:
        is_count = isinstance(value, int) and value >= 1
        set_choice(self._unit, "count" if is_count else "fraction")
        if is_count:
            self._count.setValue(value)
        else:
            self._percent.setValue(100.0 * value)


class TrainingSettings(QWidget):
    """The training part of the panel; fields that do not apply (momentum for Adam, the decay
    factor without exponential decay) are disabled rather than hidden, so the form never jumps."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._augment = AugmentConfig()
        self._optimizer = choice_field(OPTIMIZERS, TIPS["optimizer"])
        self._learning_rate = LogStepField(1e-6, 10.0, TIPS["learning_rate"], decimals=6)
        self._momentum = float_field(0.0, 0.999, TIPS["momentum"], decimals=3, step=0.05)
        self._nesterov = QCheckBox("Nesterov")
        self._nesterov.setToolTip(TIPS["nesterov"])
        self._schedule = choice_field(SCHEDULES, TIPS["lr_schedule"])
        self._decay = float_field(0.01, 1.0, TIPS["lr_decay"], decimals=3, step=0.01)
        self._batch_size = int_field(1, 65536, TIPS["batch_size"])
        self._epochs = int_field(1, 10000, TIPS["epochs"])
        self._validation = ValidationSplitField()
        self._seed = int_field(0, 2**31 - 1, TIPS["seed"])
        self._augment_box = QCheckBox("Distort training digits")
        self._augment_box.setToolTip(TIPS["augment"])
        self._patience = int_field(0, 1000, TIPS["early_stopping"], suffix=" epochs",
                                   zero_text="off")
        self._name_fields()
        self._layout_widgets()
        self._connect_changes()
        self.set_config(TrainingConfig())

    def config(self) -> TrainingConfig:
        return TrainingConfig(
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
            augment=dataclasses.replace(self._augment, enabled=self._augment_box.isChecked()),
        )

    def set_config(self, training: TrainingConfig) -> None:
        """Show ``training``; augmentation strengths it carries are kept for :meth:`config`."""
        self._augment = training.augment
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
        self._augment_box.setChecked(training.augment.enabled)
        self._patience.setValue(training.early_stopping_patience)
        self._enable_applicable()

    def _name_fields(self) -> None:
        """Each field is named after its TrainingConfig key, so tests and scripts can find it."""
        for key, field in (("optimizer", self._optimizer), ("learning_rate", self._learning_rate),
                           ("momentum", self._momentum), ("nesterov", self._nesterov),
                           ("lr_schedule", self._schedule), ("lr_decay", self._decay),
                           ("batch_size", self._batch_size), ("epochs", self._epochs),
                           ("validation_split", self._validation), ("seed", self._seed),
                           ("augment", self._augment_box),
                           ("early_stopping_patience", self._patience)):
            field.setObjectName(key)

    def _layout_widgets(self) -> None:
        momentum_row = QHBoxLayout()
        momentum_row.addWidget(self._momentum, 1)
        momentum_row.addWidget(self._nesterov)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("Optimizer", self._optimizer)
        form.addRow("Learning rate", self._learning_rate)
        form.addRow("Momentum", momentum_row)
        form.addRow("Schedule", self._schedule)
        form.addRow("Decay factor", self._decay)
        form.addRow("Batch size", self._batch_size)
        form.addRow("Epochs", self._epochs)
        form.addRow("Validation", self._validation)
        form.addRow("Seed", self._seed)
        form.addRow("Early stopping", self._patience)
        form.addRow("Augmentation", self._augment_box)

    def _connect_changes(self) -> None:
        for combo in (self._optimizer, self._schedule):
            combo.currentIndexChanged.connect(self._enable_applicable)
            combo.currentIndexChanged.connect(self.changed)
        for box in (self._learning_rate, self._momentum, self._decay, self._batch_size,
                    self._epochs, self._seed, self._patience):
            box.valueChanged.connect(self.changed)
        for check in (self._nesterov, self._augment_box):
            check.toggled.connect(self.changed)
        self._validation.changed.connect(self.changed)

    def _enable_applicable(self) -> None:
        optimizer = self._optimizer.currentData()
        self._momentum.setEnabled(optimizer in ("sgd", "rmsprop"))
        self._nesterov.setEnabled(optimizer == "sgd")
        self._decay.setEnabled(self._schedule.currentData() == "exponential")
