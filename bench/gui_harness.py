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

from PySide6.QtWidgets import QApplication

from gui.common.language import ENGLISH, set_language
from gui.main_window import MainWindow
from gui.self_test import open_test_window
from model.resources import default_model_path


def open_window(model: Path | None = None, language: str = ENGLISH,
                ) -> tuple[QApplication, MainWindow]:
    """A shown main window reading with ``model`` (default: the app's default model), in
    ``language`` (a code of :data:`~model.translatable.LANGUAGES`), its settings and data folder
    temporary (:func:`gui.self_test.open_test_window`); an error dialog ends the benchmark."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the QApplication is made
    app = QApplication.instance() or QApplication([sys.argv[0]])
    set_language(language)
    window, _ = open_test_window(Path(tempfile.mkdtemp(prefix="digitlab-bench-")))
    window.show_error = _fail
    window.open_model(model or default_model_path(), remember=False)
    window.prediction_view().chart()
    app.processEvents()
    return app, window


def _fail(title: str, text: str) -> None:
    sys.exit(f"{title}: {text}")
