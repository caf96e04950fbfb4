"""Locked settings on the Setup page: a lesson's or the machine policy's, shown, not hidden.

A control whose value is fixed shows it read-only (a spin box) or greyed (a list, a check box),
and its tip says who fixed it ("set by your lesson"); a maximum caps a spin box's range. The
hidden layers' table is greyed as a whole while a layer setting (units, activation, dropout,
the list of layers) is fixed, since its rows are rebuilt with every change of layers. The
Train panel enforces the same locks again when a run starts (:func:`model.policy.enforce`), so
nothing typed, loaded from a past run or sent by a script gets past them.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractSpinBox, QWidget

from gui.common.language import retranslated, translate
from model.policy import BY_LESSON, Locked
from model.setting_names import HIDDEN, known_settings
from model.settings import Number

LAYER_TABLE = "hiddenLayers"
"""The objectName of the Setup page's table of hidden layers (gui/train/network_editor.py)."""
LAYER_SETTINGS = ("units", "activation", "dropout", HIDDEN)
_UNLOCKED_TIP = "unlockedTip"
"""The widget property keeping a control's own tip while a lock's tip replaces it."""


def show_locks(page: QWidget, locks: Mapping[str, Locked]) -> None:
    """Lock the controls of ``page`` named in ``locks``; unlock every other one."""
    for name, (config_class, spec) in known_settings().items():
        high = spec.high if isinstance(spec, Number) else None
        for widget in page.findChildren(QWidget, config_class.path(name)):
            _show(widget, name, locks.get(name), high)
    table = page.findChild(QWidget, LAYER_TABLE)
    if table is not None:
        fixed = [name for name in LAYER_SETTINGS
                 if name in locks and locks[name].lock.value is not None]
        table.setEnabled(not fixed)
        _set_tip(table, lock_note(fixed[0], locks[fixed[0]]) if fixed else "")


def _show(widget: QWidget, name: str, locked: Locked | None, high: float | None) -> None:
    fixed = locked is not None and locked.lock.value is not None
    if isinstance(widget, QAbstractSpinBox):
        widget.setReadOnly(fixed)
        maximum = locked.lock.maximum if locked is not None else None
        widget.setMaximum(maximum if maximum is not None else high)
    else:
        widget.setEnabled(not fixed)
    _set_tip(widget, lock_note(name, locked) if locked is not None else "")


def lock_note(name: str, locked: Locked) -> str:
    """``epochs: at most 20, set by your lesson`` in the window's language (``name`` is the
    setting's key, as lessons and the policy file write it)."""
    lock, by_lesson = locked.lock, locked.by == BY_LESSON
    if lock.value is not None:
        template = (translate("Train", "{name}: fixed at {value}, set by your lesson") if by_lesson
                    else translate("Train", "{name}: fixed at {value}, set by the policy of this "
                                   "computer"))
        return template.format(name=name, value=_value_text(lock.value))
    template = (translate("Train", "{name}: at most {value}, set by your lesson") if by_lesson
                else translate("Train", "{name}: at most {value}, set by the policy of this "
                               "computer"))
    return template.format(name=name, value=_value_text(lock.maximum))


def _value_text(value: object) -> str:
    """A number in the locale's form; a choice (``sgd``) or a flag as it is spelled."""
    if isinstance(value, float):
        return QLocale().toString(value, "g", 6)
    return str(value)


def _set_tip(widget: QWidget, lock_text: str) -> None:
    """The widget's own tip, led by ``lock_text`` when it is locked."""
    if widget.property(_UNLOCKED_TIP) is None:
        widget.setProperty(_UNLOCKED_TIP, widget.toolTip())
    tip = retranslated(widget.property(_UNLOCKED_TIP))  # kept before a language switch
    widget.setToolTip(translate("Train", "{lock}. {tip}").format(lock=lock_text, tip=tip)
                      if lock_text else tip)
