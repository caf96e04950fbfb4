"""The real DigitLab window for the GUI benchmarks: offscreen unless told otherwise, own settings
and data folder.

    from gui_harness import open_window
    app, window = open_window(model_path)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gui.common.language import ENGLISH, set_language
from gui.main_window import MainWindow
from model.resources import default_model_path
from model.user_data import DATA_DIR_ENV


def open_window(model: Path | None = None, language: str = ENGLISH,
                ) -> tuple[QApplication, MainWindow]:
    """A shown main window reading with ``model`` (default: the app's default model), in
    ``language`` (a code of :data:`~model.translatable.LANGUAGES`).

    Its settings and its data folder (run history, drawings) are temporary, so benchmarks
    neither read nor change the user's: a Runs page measured on a machine's own history would
    time that history, and a bench's runs would land in it.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the QApplication is made
    app = QApplication.instance() or QApplication([sys.argv[0]])
    set_language(language)
    scratch = Path(tempfile.mkdtemp(prefix="digitlab-bench-"))
    os.environ[DATA_DIR_ENV] = str(scratch / "data")
    window = MainWindow(QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    window.show_error = _fail
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.open_model(model or default_model_path(), remember=False)
    window.prediction_view().chart()
    app.processEvents()
    return app, window


def _fail(title: str, text: str) -> None:
    sys.exit(f"{title}: {text}")
