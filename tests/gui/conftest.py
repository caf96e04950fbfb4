"""GUI test setup: settings kept in tmp, the default model, real pendigits digits, ready windows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from gui.common.language import ENGLISH, current_language, set_language
from gui.main_window import MainWindow
from model.data.drawn_digits import pen_digits
from model.data.pendigits import PenDigit
from model.resources import default_model_path
from tests.gui.helpers import make_window


@pytest.fixture(autouse=True)
def isolated_settings(qapp, tmp_path):
    """Every QSettings a test creates, explicitly or by default, lives in this test's tmp_path."""
    QCoreApplication.setOrganizationName("DigitLabTests")
    QCoreApplication.setApplicationName("DigitLabTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    """A test that changes the language or the locale leaves English and the locale it found
    (number and list forms differ between locales: "1, 2 and 3" vs "1, 2, 3")."""
    locale = QLocale()
    yield
    if current_language() != ENGLISH:
        set_language(ENGLISH)
    QLocale.setDefault(locale)


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "digitlab.ini"), QSettings.Format.IniFormat)


@pytest.fixture(scope="session")
def model_path() -> Path:
    """The default model (``$DIGITLAB_DEFAULT_MODEL`` overrides it), or skip until it exists."""
    path = default_model_path()
    if not path.is_file():
        pytest.skip(f"the default model {path} has not been trained yet")
    return path


@pytest.fixture(scope="session")
def pendigits() -> list[PenDigit]:
    return list(pen_digits())


@pytest.fixture
def bare_window(qtbot, settings) -> MainWindow:
    """A shown window with no model; ``window.errors`` collects would-be message boxes."""
    return make_window(qtbot, settings)


@pytest.fixture
def window(qtbot, settings, model_path) -> MainWindow:
    """A shown window reading with the default model."""
    window = make_window(qtbot, settings)
    assert window.open_model(model_path, remember=False), window.errors
    return window
