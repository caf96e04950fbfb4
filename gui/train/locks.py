"""Locked settings on the Setup page: a lesson's or the machine policy's, shown, not hidden.

A control whose value is fixed shows it read-only (a spin box) or greyed (a list, a check box),
and its tip says who fixed it ("set by your lesson"); a maximum caps a spin box's range. The
Train panel enforces the same locks again when a run starts (:func:`model.policy.enforce`),
so nothing typed, loaded from a past run or sent by a script gets past them.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QAbstractSpinBox, QWidget

from model.policy import Locked
from model.setting_names import known_settings
from model.settings import Number

_UNLOCKED_TIP = "unlockedTip"
"""The widget property keeping a control's own tip while a lock's tip replaces it."""


def show_locks(page: QWidget, locks: Mapping[str, Locked]) -> None:
    """Lock the controls of ``page`` named in ``locks``; unlock every other one."""
    for name, (config_class, spec) in known_settings().items():
        widget = page.findChild(QWidget, config_class.path(name))
        if widget is None:
            continue
        if widget.property(_UNLOCKED_TIP) is None:
            widget.setProperty(_UNLOCKED_TIP, widget.toolTip())
        locked = locks.get(name)
        _set_locked(widget, locked, spec.high if isinstance(spec, Number) else None)
        tip = widget.property(_UNLOCKED_TIP)
        widget.setToolTip(tip if locked is None else f"{locked.describe(name)}. {tip}")


def _set_locked(widget: QWidget, locked: Locked | None, high: float | None) -> None:
    fixed = locked is not None and locked.lock.value is not None
    if isinstance(widget, QAbstractSpinBox):
        widget.setReadOnly(fixed)
        maximum = locked.lock.maximum if locked is not None else None
        widget.setMaximum(maximum if maximum is not None else high)
    else:
        widget.setEnabled(not fixed)
