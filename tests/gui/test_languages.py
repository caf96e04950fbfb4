"""The whole window in other languages: nothing left untranslatable, nothing clipped in a
longer language, a switch that redoes what is on screen, and every control named.

The window is built as `digitlab` builds it — every feature attached, the Train dock open — and
each page of each tab is shown in turn, because a text on a hidden page is read too once a
person opens it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QTabBar,
    QWidget,
)

from gui import window_geometry
from gui.common.language import ENGLISH, qm_path, set_language, switch_language
from gui.common.waiting import wait_ms
from gui.lessons.panel import LessonsPanel
from gui.share.exporting import ModelExport
from gui.teach.teaching import Teaching
from gui.train.panel import TrainingPanel
from tests.gui.helpers import LANGUAGE_SETTLE_MS, Errors, make_window
from tests.gui.window_texts import (
    has_words,
    shown_texts,
    tab_pages,
    unnamed_focusable,
)
from tests.translations import (
    LANGUAGE_CODES,
    PSEUDO_OPEN,
    extract,
    read_ts,
    ts_path,
    write_pseudo_qm,
)

SMALL_WINDOW = (1024, 640)
MOST_LEFT_IN_ENGLISH = 0.05
"""The issue's target: ≥ 95 % of the texts a screen reader reads differ from the English (words
the language shares with English, kept by its translator, aside)."""


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pseudo")
    return write_pseudo_qm(extract(folder), folder)


@pytest.fixture
def language():
    """Set the language for the test; English again afterwards."""
    yield set_language
    set_language(ENGLISH)


def full_window(qtbot, settings, model_path, monkeypatch) -> QMainWindow:
    """The window as `digitlab` opens it on a full-HD screen, every feature attached, Train open."""
    monkeypatch.setattr(window_geometry, "available_geometry",
                        lambda window: QRect(0, 0, 1920, 1080))
    window = make_window(qtbot, settings)
    assert window.open_model(model_path, remember=False), window.errors
    for feature in (Teaching(), ModelExport(), TrainingPanel(), LessonsPanel()):
        feature.show_error = Errors()
        window.add_feature(feature)
    window.findChild(QDockWidget, "trainingDock").show()
    wait_ms(LANGUAGE_SETTLE_MS)
    qtbot.addWidget(window)
    return window


def every_page(window: QMainWindow):
    """Each page of each tab shown in turn (settled), then once more as it was."""
    for page in tab_pages(window):
        wait_ms(LANGUAGE_SETTLE_MS)
        yield page


def english_texts(window: QMainWindow) -> list[str]:
    return [shown.text for shown in shown_texts(window) if has_words(shown.text)]


def cognates(code: str) -> set[str]:
    """Texts the language's translator kept as they are: words the language shares with
    English (French *Validation*, German *Dropout*), not words left untranslated."""
    return {message.source for message in read_ts(ts_path(code))
            if message.translation == message.source and not message.unfinished}


def test_every_text_in_the_window_goes_through_translation(qtbot, settings, model_path,
                                                           monkeypatch, language, pseudo_qm):
    language("pseudo", str(pseudo_qm))
    window = full_window(qtbot, settings, model_path, monkeypatch)
    untranslated = {f"{shown.where}: {shown.text!r}"
                    for _ in every_page(window) for shown in shown_texts(window)
                    if has_words(shown.text) and PSEUDO_OPEN not in shown.text}
    assert not untranslated, "\n".join(sorted(untranslated))


def shown_choice_width(box: QComboBox) -> int:
    """The width a combo box needs for the choice it shows: its size hint fits its longest
    choice, so that hint less the longest text, plus the shown one."""
    metrics = box.fontMetrics()
    longest = max(metrics.horizontalAdvance(box.itemText(i)) for i in range(box.count()))
    return box.sizeHint().width() - longest + metrics.horizontalAdvance(box.currentText())


def clipped(widget: QWidget) -> bool:
    """Whether ``widget``'s one-line text is cut off (a word-wrapped label may grow instead)."""
    if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text() \
            and widget.textFormat() != Qt.TextFormat.RichText and widget.pixmap().isNull():
        needed = widget.fontMetrics().horizontalAdvance(widget.text().split("\n")[0])
        return needed > widget.contentsRect().width() + 1
    if isinstance(widget, QComboBox) and widget.count():
        return shown_choice_width(widget) > widget.width() + 1
    if isinstance(widget, QAbstractButton) and not isinstance(widget, QCheckBox):
        return widget.sizeHint().width() > widget.width() + 1
    if isinstance(widget, QCheckBox) and widget.text():
        return widget.sizeHint().width() > widget.width() + 1
    if isinstance(widget, QTabBar):
        return any(widget.tabRect(i).width() < widget.tabSizeHint(i).width() - 1
                   for i in range(widget.count()))
    return False


@pytest.mark.parametrize("size", [SMALL_WINDOW, None], ids=["1024x640", "default"])
@pytest.mark.parametrize("code", ["pseudo", *LANGUAGE_CODES])
def test_no_text_is_cut_off_in_a_longer_language(qtbot, settings, model_path, monkeypatch,
                                                 language, pseudo_qm, size, code):
    language(code, str(pseudo_qm) if code == "pseudo" else None)
    window = full_window(qtbot, settings, model_path, monkeypatch)
    if size is not None:
        window.resize(*size)
    cut = {f"{page} {type(widget).__name__}#{widget.objectName()}"
           for page in every_page(window) for widget in window.findChildren(QWidget)
           if widget.isVisible() and clipped(widget)}
    assert not cut, "\n".join(sorted(cut))


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_a_switch_leaves_nothing_in_english(qtbot, settings, model_path, monkeypatch, language,
                                            code):
    if not qm_path(code).is_file():
        pytest.fail(f"{qm_path(code)} is missing: `make install` compiles the catalogues")
    window = full_window(qtbot, settings, model_path, monkeypatch)
    english = set(english_texts(window))
    switch_language(code)
    wait_ms(LANGUAGE_SETTLE_MS)
    shown = english_texts(window)
    still_english = [text for text in shown if text in english and text not in cognates(code)]
    assert len(still_english) <= MOST_LEFT_IN_ENGLISH * len(shown), "\n".join(still_english)


def test_every_focusable_control_has_a_name_on_every_page(qtbot, settings, model_path,
                                                          monkeypatch):
    window = full_window(qtbot, settings, model_path, monkeypatch)
    missing = {f"{page}: {name}" for page in every_page(window)
               for name in unnamed_focusable(window)}
    assert not missing, "\n".join(sorted(missing))


@pytest.mark.parametrize(("code", "cancel"), [("de", "Abbrechen"), ("fr", "Annuler"),
                                              ("es", "Cancelar"), ("zh_CN", "取消")])
def test_qts_own_dialogs_speak_the_language_too(language, code, cancel):
    """File dialogs' and message boxes' buttons come from Qt's qtbase catalogue."""
    language(code)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_qts_file_dialog_labels_speak_the_language_too(qtbot, language, code):
    """"&Look in:" and "Files of &type:" stayed English in French, Spanish, Portuguese and
    Chinese: Qt 6 added their mnemonics, its catalogues translate the old texts."""
    language(code)
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert labels and not labels & {"&Look in:", "Files of &type:", "File &name:"}
