"""Input widgets that cannot hold an invalid value: ranges come from ``model.config``'s checks.

Every field gets a tooltip that teaches what the setting does, because the panel is meant for
people learning how an MLP is trained.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QSpinBox, QWidget


def int_field(minimum: int, maximum: int, tip: str, *, suffix: str = "",
              zero_text: str = "") -> QSpinBox:
    """An integer spin box; ``zero_text`` names the minimum when it means "off"."""
    box = QSpinBox()
    box.setRange(minimum, maximum)
    box.setSuffix(suffix)
    box.setSpecialValueText(zero_text)
    box.setToolTip(tip)
    box.setAccelerated(True)
    return box


def float_field(minimum: float, maximum: float, tip: str, *, decimals: int = 2,
                step: float = 0.05, suffix: str = "") -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setDecimals(decimals)
    box.setRange(minimum, maximum)
    box.setSingleStep(step)
    box.setSuffix(suffix)
    box.setToolTip(tip)
    return box


def choice_field(choices: Sequence[str] | Sequence[tuple[str, str]], tip: str) -> QComboBox:
    """A combo box of config values; a choice may be ``(value, label shown)``."""
    box = QComboBox()
    for choice in choices:
        value, label = (choice, choice) if isinstance(choice, str) else choice
        box.addItem(label, value)
    box.setToolTip(tip)
    return box


def set_choice(box: QComboBox, value: str) -> None:
    box.setCurrentIndex(max(0, box.findData(value)))


def one_two_five(low: float, high: float) -> list[float]:
    """The values 1, 2, 5 × 10ⁿ between ``low`` and ``high``: evenly spaced on a log scale,
    which is how learning rates are explored."""
    ladder = [round(m * 10.0 ** e, 10) for e in range(-9, 10) for m in (1, 2, 5)]
    return [value for value in ladder if low <= value <= high]


class LogStepField(QDoubleSpinBox):
    """A spin box whose arrows step 1 → 2 → 5 → 10 (a value such as 0.003 can still be typed)."""

    def __init__(self, minimum: float, maximum: float, tip: str, *, decimals: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(decimals)
        self.setRange(minimum, maximum)
        self.setToolTip(tip)
        self._ladder = one_two_five(minimum, maximum)

    def stepBy(self, steps: int) -> None:
        value = self.value()
        for _ in range(abs(steps)):
            if steps > 0:
                value = next((v for v in self._ladder if v > value * (1 + 1e-9)), value)
            else:
                value = next((v for v in reversed(self._ladder) if v < value * (1 - 1e-9)), value)
        self.setValue(value)
