"""The window's language: Qt translators, numbers in the locale's form, and a switch that needs
no restart.

Every text a person sees goes through :func:`translate` (or, for names written in ``model/``,
which never imports Qt, through :func:`translated` of a ``QT_TRANSLATE_NOOP`` marker), so
``pyside6-lupdate`` finds it and the ``.ts`` files under ``resources/translations`` hold it
(``make translations``; see docs/translating.md).

Switching without a restart works by the text's identity: :func:`translate` remembers which
source (and which ``.format`` arguments) every text it handed out came from, so
:func:`retranslate_widgets` can walk the window's widgets and actions after a switch and put the
new language's text wherever an old one is shown. Texts a widget paints itself or gives to a
plot follow ``QEvent.LanguageChange`` in its ``changeEvent``, the Qt way.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from gui.common.widget_lists import all_widgets
from model.inference.confidence import highest_shown, rounds_to_certain
from model.resources import resource_path
from model.translatable import ENGLISH, LANGUAGES, MODEL_CONTEXT, MarkedText, message_of

TRANSLATION_FOLDER = "translations"
"""Under resources/: ``digitlab_<code>.ts`` (sources, in git) and ``.qm`` (built by make)."""
QM_PATTERN = "digitlab_{code}.qm"
QT_OWN_CATALOGUES = ("qtbase",)
"""Qt's own texts (file dialogs, message box buttons), from the .qm files PySide6 ships."""
REMEMBERED_TEXTS = 4000
"""Texts remembered for a switch: status lines with numbers make new ones all the time, and a
switch needs only those still on screen."""


# Texts and where they came from -----------------------------------------------------------------

@dataclass(frozen=True)
class _Origin:
    context: str
    source: str
    disambiguation: str | None
    args: tuple = ()
    kwargs: tuple = ()

    def text(self) -> str:
        template = QCoreApplication.translate(self.context, self.source, self.disambiguation)
        if not self.args and not self.kwargs:
            return template
        return template.format(*(_again(arg) for arg in self.args),
                               **{key: _again(value) for key, value in self.kwargs})


_origins: OrderedDict[str, _Origin] = OrderedDict()


def _remember(text: str, origin: _Origin) -> None:
    _origins[text] = origin
    _origins.move_to_end(text)
    if len(_origins) > REMEMBERED_TEXTS:
        _origins.popitem(last=False)


def _again(value: object) -> object:
    """``value`` in the current language when it is a text :func:`translate` made."""
    origin = _origins.get(value) if isinstance(value, str) else None
    if origin is None:
        return value
    text = origin.text()
    _remember(text, origin)
    return text


class Translated(str):
    """A translated text that still knows its source, so its ``.format(...)`` result can be
    translated again after a switch."""

    __slots__ = ("_origin",)

    def format(self, *args, **kwargs) -> str:
        text = str.format(self, *args, **kwargs)
        _remember(text, _Origin(self._origin.context, self._origin.source,
                                self._origin.disambiguation, args, tuple(kwargs.items())))
        return text


def translate(context: str, source: str, disambiguation: str | None = None) -> Translated:
    """``source`` (English) in the window's language.

    Call it with literal strings, positionally (that is what lupdate reads), and put numbers
    and names in with ``.format``: ``translate("Train", "Epoch {epoch} of {total}").format(…)``.
    Plurals: pick between two sources in Python (lupdate reads no plural forms here).
    """
    origin = _Origin(context, source, disambiguation)
    text = Translated(origin.text())
    text._origin = origin
    _remember(str(text), origin)
    return text


def translated(marked: str) -> Translated:
    """A text ``model/`` marked with ``QT_TRANSLATE_NOOP("Model", …)``, in the window's
    language; a :class:`~model.translatable.MarkedText` ("Finished 3 epochs.") is filled in
    again, its numbers in the locale's form."""
    if not isinstance(marked, MarkedText):
        return translate(MODEL_CONTEXT, marked)
    return translate(MODEL_CONTEXT, marked.template).format(
        **{name: _shown(value) for name, value in marked.values.items()})


def error_text(error: BaseException) -> str:
    """``error``'s message in the window's language when ``model/`` marked it (a
    :class:`~model.translatable.MarkedText` raised as its one argument), else as it is."""
    text = message_of(error)
    return translated(text) if isinstance(text, MarkedText) else text


def _shown(value: object) -> str:
    """A marked text's value as the window shows it."""
    if isinstance(value, str):
        return translated(value) if isinstance(value, MarkedText) else value
    if isinstance(value, int):
        return number(value)
    return QLocale().toString(float(value), "g",
                              QLocale.FloatingPointPrecisionOption.FloatingPointShortest)


def retranslated(text: str) -> str:
    """``text`` again in the current language, if :func:`translate` made it; else unchanged."""
    return str(_again(text))


# Numbers ----------------------------------------------------------------------------------------

def number(value: float, decimals: int = 0) -> str:
    """``value`` with the locale's decimal mark and digit grouping (1.234,5 in German)."""
    return QLocale().toString(float(value), "f", decimals)


def percent(value: float, decimals: int = 1) -> str:
    """``value`` (already ×100) as the locale writes a percentage: 98.3% / 98,3 % / 98,3 %."""
    return translate("Numbers", "{value}%").format(value=number(value, decimals))


NO_FIGURE = "–"
"""What a sentence or a table shows for a figure there is none of (no validation split)."""


def figure(value: float | None, decimals: int) -> str:
    """:func:`number`, or :data:`NO_FIGURE` for a figure that was not recorded."""
    return NO_FIGURE if value is None else number(value, decimals)


def fraction_percent(fraction: float | None, decimals: int = 2) -> str:
    """A fraction (an accuracy, 0–1) as the locale writes a percentage: ``0.9781`` → 97.81%;
    :data:`NO_FIGURE` for none."""
    return NO_FIGURE if fraction is None else percent(100.0 * fraction, decimals)


def confidence(probability: float, decimals: int = 0) -> str:
    """``probability`` (0–1) as the locale writes a percentage ("87 %" in German); what would
    round to 100 reads "> 99 %" (:mod:`model.inference.confidence`'s rule)."""
    if rounds_to_certain(probability, decimals):
        return translate("Numbers", "> {percent}").format(
            percent=percent(highest_shown(decimals), decimals))
    return percent(100.0 * probability, decimals)


# Choosing and switching -------------------------------------------------------------------------

def available(code: str) -> bool:
    return code in LANGUAGES


def system_language(ui_languages: Iterable[str] | None = None) -> str:
    """The first of the system's languages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) the window
    speaks; English when none."""
    wanted = list(ui_languages) if ui_languages is not None else _environment_languages()
    for name in wanted:
        code = _matching(name)
        if code is not None:
            return code
    return ENGLISH


def _environment_languages() -> list[str]:
    names = [name for name in os.environ.get("LANGUAGE", "").split(":") if name]
    names += [os.environ.get(key, "") for key in ("LC_ALL", "LC_MESSAGES", "LANG")]
    names = [name for name in names if name and name not in ("C", "POSIX")]
    return names or list(QLocale.system().uiLanguages())


def _matching(name: str) -> str | None:
    """``de_DE.UTF-8``, ``pt-BR``, ``zh-Hans-CN`` → the language code the window has, if any."""
    tag = name.split(".")[0].split("@")[0].replace("-", "_")
    parts = tag.split("_")
    language = parts[0].lower()
    region = parts[-1].upper() if len(parts) > 1 else ""
    for code in (f"{language}_{region}", language):
        if code in LANGUAGES:
            return code
    if language == "zh":
        return "zh_CN" if region not in ("TW", "HK", "MO", "HANT") else None
    if language == "pt":
        return "pt_BR"
    return None


class _Installed:
    """The translators now in the application (Qt keeps them by reference)."""

    code = ENGLISH
    translators: ClassVar[list[QTranslator]] = []


def current_language() -> str:
    return _Installed.code


def qm_path(code: str):
    return resource_path(TRANSLATION_FOLDER) / QM_PATTERN.format(code=code)


def set_language(code: str, extra_qm: str | None = None) -> None:
    """Speak ``code`` from now on: its catalogue and Qt's own, and its locale for numbers.

    Widgets made afterwards are made in it; :func:`switch_language` also redoes those on screen.
    ``extra_qm`` loads a catalogue from elsewhere instead (the tests' pseudo-language).
    """
    app = QCoreApplication.instance()
    for translator in _Installed.translators:
        app.removeTranslator(translator)
    _Installed.translators = []
    if code != ENGLISH:
        _install(str(qm_path(code)) if extra_qm is None else extra_qm)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for catalogue in QT_OWN_CATALOGUES:
            _install(f"{qt_folder}/{catalogue}_{code}.qm", required=False)
    _Installed.code = code
    QLocale.setDefault(locale_for(code))


def locale_for(code: str) -> QLocale:
    """The locale numbers are written in: the system's when it speaks ``code`` (en_GB, de_AT
    keep their own forms), else the language's own (a German window on an English system
    writes 98,3 %)."""
    system = QLocale.system()
    wanted = QLocale(code if code in LANGUAGES else ENGLISH)
    return system if system.language() == wanted.language() else wanted


def _install(path: str, *, required: bool = True) -> None:
    translator = QTranslator(QCoreApplication.instance())
    if translator.load(path):
        QCoreApplication.installTranslator(translator)
        _Installed.translators.append(translator)
    elif required:
        raise FileNotFoundError(f"No translation at {path}: run `make translations`")


def switch_language(code: str) -> None:
    """Speak ``code`` now, in every window already open (no restart)."""
    set_language(code)
    for widget in all_widgets():
        _retranslate_widget(widget)


# The walk after a switch ------------------------------------------------------------------------

def _retranslate_widget(widget: QWidget) -> None:
    for getter, setter in (("windowTitle", "setWindowTitle"), ("toolTip", "setToolTip"),
                           ("statusTip", "setStatusTip"), ("whatsThis", "setWhatsThis"),
                           ("accessibleName", "setAccessibleName"),
                           ("accessibleDescription", "setAccessibleDescription")):
        _redo(getattr(widget, getter), getattr(widget, setter))
    for kind, redo in _KIND_WALKS:
        if isinstance(widget, kind):
            redo(widget)
    for action in widget.actions():
        _retranslate_action(action)


def _redo(getter, setter, *index) -> None:
    old = getter(*index)
    if old and old in _origins:
        new = retranslated(old)
        if new != old:
            setter(*index, new)


def _retranslate_action(action: QAction) -> None:
    for getter, setter in (("text", "setText"), ("toolTip", "setToolTip"),
                           ("statusTip", "setStatusTip"), ("iconText", "setIconText")):
        _redo(getattr(action, getter), getattr(action, setter))


def _spin_box(widget: QAbstractSpinBox) -> None:
    _redo(widget.specialValueText, widget.setSpecialValueText)
    for name in ("prefix", "suffix"):
        if hasattr(widget, name):
            _redo(getattr(widget, name), getattr(widget, "set" + name.title()))


def _tabs(widget: QTabWidget) -> None:
    for index in range(widget.count()):
        _redo(widget.tabText, widget.setTabText, index)
        _redo(widget.tabToolTip, widget.setTabToolTip, index)


def _combo(widget: QComboBox) -> None:
    for index in range(widget.count()):
        _redo(widget.itemText, widget.setItemText, index)


def _table_headers(widget: QTableWidget) -> None:
    for item in (widget.horizontalHeaderItem(i) for i in range(widget.columnCount())):
        if item is not None:
            _redo(item.text, item.setText)
            _redo(item.toolTip, item.setToolTip)


def _tree_header(widget: QTreeWidget) -> None:
    header = widget.headerItem()
    for column in range(widget.columnCount()):
        _redo(header.text, header.setText, column)


_KIND_WALKS = (
    (QLabel, lambda w: _redo(w.text, w.setText)),
    (QAbstractButton, lambda w: _redo(w.text, w.setText)),
    (QGroupBox, lambda w: _redo(w.title, w.setTitle)),
    (QLineEdit, lambda w: _redo(w.placeholderText, w.setPlaceholderText)),
    (QAbstractSpinBox, _spin_box),
    (QMenu, lambda w: _redo(w.title, w.setTitle)),
    (QDockWidget, lambda w: _redo(w.windowTitle, w.setWindowTitle)),
    (QTabWidget, _tabs),
    (QComboBox, _combo),
    (QTableWidget, _table_headers),
    (QTreeWidget, _tree_header),
)
