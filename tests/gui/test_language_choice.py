"""Which language the window speaks: ``--language``, the remembered menu choice, the system's;
*View ▸ Language* switching at once and remembering; a missing catalogue falling back to
English. A tiny German catalogue compiled here stands in for the real ones (built by make)."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QMenu

from gui import app, main_window
from gui.about import show_about
from gui.common import language
from gui.common.language import (
    ENGLISH,
    LANGUAGES,
    current_language,
    error_text,
    set_language,
    translated,
)
from gui.common.language_menu import (
    FOLLOW_SYSTEM,
    LANGUAGE_KEY,
    action_name,
    chosen_language,
    speak,
)
from model.drawing.images import ImageFileError, load_drawing
from model.history.export import CURVES
from model.history.queue import HistoryQueue
from model.output_paths import OutputPathError, checked_output_path
from model.translatable import QT_TRANSLATE_NOOP, marked
from tests.gui.helpers import make_window
from tests.translations import compile_qm

GERMAN = {
    ("Window", "&File"): "&Datei",
    ("Window", "&View"): "&Ansicht",
    ("Window", "Pen width"): "Stiftbreite",
    ("Common", "&Language"): "&Sprache",
    ("Common", "System language"): "Sprache des Systems",
    ("Common", "The window now speaks {language}."): "Das Fenster spricht jetzt {language}.",
    ("Active", "Model: {name}"): "Modell: {name}",
    ("Window", "DigitLab — {name}"): "DigitLab – Modell {name}",
    ("Window", "Draw a digit and watch a multilayer perceptron read it live."):
        "Zeichne eine Ziffer und sieh zu, wie ein mehrschichtiges Perzeptron sie liest.",
    ("Model", "The loss became NaN at epoch {epoch}, batch {batch}: the weights diverged. Try a "
              "lower learning rate than {rate} (e.g. {lower}). {kept}"):
        "Der Verlust wurde in Epoche {epoch}, Batch {batch} zu NaN: Die Gewichte sind "
        "divergiert. Versuch eine kleinere Lernrate als {rate} (z. B. {lower}). {kept}",
    ("Model", "The weights from before the divergence were kept."):
        "Die Gewichte von vor der Divergenz wurden behalten.",
    ("Model", "{path}: the file is empty (0 bytes)"): "{path}: Die Datei ist leer (0 Byte)",
    ("Model", "{path} is a folder; expected a model file"):
        "{path} ist ein Ordner; erwartet wurde eine Modelldatei",
    ("Model", "Cannot write {what}: expected a file name, got an empty one"):
        "Kann {what} nicht schreiben: erwartet wurde ein Dateiname, er ist leer",
    ("Model", "the curves"): "die Kurven",
    ("Model", "this run is not recorded in the history"):
        "dieser Durchlauf wird nicht im Verlauf der Durchläufe gespeichert",
    ("Model", "the run history {path} cannot be used: {error}"):
        "der Verlauf der Durchläufe {path} kann nicht verwendet werden: {error}",
}


def _message(source: str, translation: str) -> str:
    escape = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
    return (f"<message><source>{source.translate(escape)}</source>"
            f"<translation>{translation.translate(escape)}</translation></message>")


@pytest.fixture(scope="module")
def german_qm(tmp_path_factory) -> Path:
    """``digitlab_de.qm`` holding :data:`GERMAN`, compiled by pyside6-lrelease."""
    folder = tmp_path_factory.mktemp("catalogue")
    contexts = "".join(
        f"<context><name>{context}</name>"
        + "".join(_message(source, text) for (ctx, source), text in GERMAN.items()
                  if ctx == context) + "</context>"
        for context in sorted({context for context, _ in GERMAN}))
    ts = folder / "digitlab_de.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                  f'<TS version="2.1" language="de">{contexts}</TS>\n', encoding="utf-8")
    return compile_qm(ts, folder / "digitlab_de.qm")


@pytest.fixture
def catalogues(monkeypatch, german_qm):
    """German's catalogue is the test one, every other language's is missing; English again
    after the test."""
    missing = german_qm.parent / "missing.qm"
    monkeypatch.setattr(language, "qm_path", lambda code: german_qm if code == "de" else missing)
    yield
    set_language(ENGLISH)


@pytest.fixture
def system_language_is(monkeypatch):
    """Gives the window a system language (``LANGUAGE``) seen by Python only. Set with putenv,
    it reached glibc, which then cached its own messages in that language: "No such file or
    directory" read "Datei oder Verzeichnis nicht gefunden" for the rest of the test run."""
    return lambda value: monkeypatch.setattr(os, "environ", {**os.environ, "LANGUAGE": value})


def test_the_command_line_takes_a_language():
    assert app._parse(["--language", "pt_BR"]).language == "pt_BR"
    assert app._parse([]).language is None


def test_an_unknown_language_is_one_line_naming_the_known_ones(capsys):
    assert app.run(["--language", "klingon"]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert "'klingon'" in line and all(code in line for code in LANGUAGES)


def test_run_speaks_the_language_before_it_builds_the_window(catalogues, monkeypatch, qapp):
    """``digitlab --language de``: the window's widgets are made in German."""
    built_in = []

    class Window:
        def __init__(self) -> None:
            built_in.append(current_language())

        def run_when_shown(self, callback) -> None: ...
        def show(self) -> None: ...

    monkeypatch.setattr(main_window, "MainWindow", Window)
    monkeypatch.setattr(qapp, "exec", lambda: 0)
    assert app.run(["--language", "de"]) == 0 and built_in == ["de"]


def test_the_command_line_beats_the_remembered_choice_which_beats_the_system(
        settings, system_language_is):
    system_language_is("es_ES")
    assert chosen_language(None, settings) == "es"
    settings.setValue(LANGUAGE_KEY, "fr")
    assert chosen_language(None, settings) == "fr"
    assert chosen_language("de", settings) == "de"
    settings.setValue(LANGUAGE_KEY, "xx")
    assert chosen_language(None, settings) == "es", "a choice no longer offered is ignored"


def test_a_missing_catalogue_falls_back_to_english_with_one_warning(catalogues, capsys):
    assert speak("fr") == ENGLISH == current_language()
    (line,) = capsys.readouterr().err.splitlines()
    assert "English" in line and "make translations" in line


def test_the_window_is_built_in_the_language_spoken_at_start(catalogues, qtbot, settings):
    assert speak("de") == "de"
    window = make_window(qtbot, settings)
    assert _menu(window, "fileMenu").title() == "&Datei"
    assert window.findChild(QAction, action_name("de")).isChecked()


def test_the_menu_switches_at_once_remembers_and_switches_back(catalogues, bare_window,
                                                               settings):
    file_menu, slider = _menu(bare_window, "fileMenu"), bare_window._pen_slider
    _choose(bare_window, "de")
    assert current_language() == "de" and settings.value(LANGUAGE_KEY) == "de"
    assert (file_menu.title(), slider.accessibleName()) == ("&Datei", "Stiftbreite")
    assert _menu(bare_window, "languageMenu").title() == "&Sprache"
    assert bare_window.statusBar().currentMessage() == "Das Fenster spricht jetzt Deutsch."
    _choose(bare_window, ENGLISH)
    assert (file_menu.title(), slider.accessibleName()) == ("&File", "Pen width")
    assert settings.value(LANGUAGE_KEY) == ENGLISH
    assert bare_window.statusBar().currentMessage() == "The window now speaks English."


def test_texts_composed_in_code_follow_a_switch(catalogues, window, qtbot):
    """The status bar's model line and the title are composed, and the About box's text is
    HTML: the walk cannot redo them, their changeEvent does."""
    show_about(window, {})
    about = window.findChild(QDialog, "aboutDialog")
    qtbot.waitExposed(about)
    status = window.findChild(QLabel, "modelStatus")
    _choose(window, "de")  # Qt posts LanguageChange to the windows: it arrives with the events
    qtbot.waitUntil(lambda: status.text().startswith("Modell: mnist-mlp.keras"))
    assert window.windowTitle() == "DigitLab – Modell mnist-mlp.keras"
    assert "Perzeptron" in about.findChild(QLabel).text()
    _choose(window, ENGLISH)
    qtbot.waitUntil(lambda: status.text().startswith("Model: mnist-mlp.keras"))
    assert window.windowTitle() == "DigitLab — mnist-mlp.keras"
    assert "perceptron" in about.findChild(QLabel).text()


def test_how_a_run_ended_speaks_the_language_though_model_made_it(catalogues):
    """model/ cannot translate: it hands over the marked template and its values, and the
    window fills in the translation, numbers in German form. The message crosses from the
    training process pickled, so it is sent through pickle first."""
    ending = pickle.loads(pickle.dumps(marked(
        QT_TRANSLATE_NOOP("Model", "The loss became NaN at epoch {epoch}, batch {batch}: the "
                                   "weights diverged. Try a lower learning rate than {rate} "
                                   "(e.g. {lower}). {kept}"),
        epoch=2, batch=1234, rate=0.01, lower=0.001,
        kept=marked(QT_TRANSLATE_NOOP("Model",
                                      "The weights from before the divergence were kept.")))))
    assert ending.startswith("The loss became NaN at epoch 2, batch 1,234")  # English, a str
    set_language("de")
    assert translated(ending) == (
        "Der Verlust wurde in Epoche 2, Batch 1.234 zu NaN: Die Gewichte sind divergiert. "
        "Versuch eine kleinere Lernrate als 0,01 (z. B. 0,001). Die Gewichte von vor der "
        "Divergenz wurden behalten.")


def test_a_file_the_window_cannot_read_is_explained_in_its_language(catalogues, tmp_path):
    empty = tmp_path / "digit.png"
    empty.write_bytes(b"")
    with pytest.raises(ImageFileError) as refused:
        load_drawing(empty)
    assert str(refused.value) == f"{empty}: the file is empty (0 bytes)"  # the CLI's line
    set_language("de")
    assert error_text(refused.value) == f"{empty}: Die Datei ist leer (0 Byte)"


def test_a_model_the_window_cannot_open_is_explained_in_its_language(catalogues, bare_window,
                                                                    tmp_path):
    folder = tmp_path / "model.keras"
    folder.mkdir()
    set_language("de")
    assert not bare_window.open_model(folder)
    assert bare_window.errors[-1][1] == f"{folder} ist ein Ordner; erwartet wurde eine Modelldatei"


def test_an_output_refused_is_named_in_the_language_too(catalogues):
    """What could not be written ("the curves") is a marked text inside the marked message."""
    with pytest.raises(OutputPathError) as refused:
        checked_output_path("", (".csv",), CURVES)
    set_language("de")
    assert error_text(refused.value) == ("Kann die Kurven nicht schreiben: erwartet wurde ein "
                                         "Dateiname, er ist leer")


def test_system_language_follows_the_system_and_is_remembered_as_such(
        catalogues, bare_window, settings, system_language_is):
    system_language_is("de_AT")
    _choose(bare_window, FOLLOW_SYSTEM)
    assert current_language() == "de" and settings.value(LANGUAGE_KEY) == FOLLOW_SYSTEM
    assert "Deutsch" in bare_window.statusBar().currentMessage()


def test_a_language_without_catalogue_keeps_the_one_spoken(catalogues, bare_window, settings):
    _choose(bare_window, "de")
    _choose(bare_window, "fr")
    assert current_language() == "de" and settings.value(LANGUAGE_KEY) == "de"
    assert _checked(bare_window) == "de"
    assert "make translations" in bare_window.statusBar().currentMessage()


def test_the_menu_names_each_language_in_itself(bare_window):
    names = [action.text() for action in _menu(bare_window, "languageMenu").actions()
             if not action.isSeparator()]
    assert names == ["System language", *LANGUAGES.values()]


def _menu(window, name: str) -> QMenu:
    return window.findChild(QMenu, name)


def _choose(window, code: str) -> None:
    window.findChild(QAction, action_name(code)).trigger()


def _checked(window) -> str:
    (checked,) = [action.objectName().removeprefix("language-")
                  for action in _menu(window, "languageMenu").actions() if action.isChecked()]
    return checked


def test_why_a_run_is_not_recorded_is_said_in_the_windows_language(catalogues, tmp_path):
    """The history's failures come to the GUI thread now, so they are translated: what is lost,
    then why, SQLite's own words kept."""
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("")
    history = not_a_folder / "runs.sqlite"
    queue = HistoryQueue(on_error=lambda error: None, path=history)
    written = queue.submit(lambda store: None, failure=QT_TRANSLATE_NOOP(
        "Model", "this run is not recorded in the history"))
    queue.wait()
    error = written.exception()
    assert str(error).startswith(  # the command line's line
        f"this run is not recorded in the history: the run history {history} cannot be used: ")
    set_language("de")
    assert error_text(error).startswith(
        "dieser Durchlauf wird nicht im Verlauf der Durchläufe gespeichert: der Verlauf der "
        f"Durchläufe {history} kann nicht verwendet werden: ")
