"""Start the desktop app: ``run(argv)`` makes the QApplication and the window, or the self-test.

Start-up is kept lean so the window appears in well under a second: nothing here imports
TensorFlow (the default model is read by the numpy
:class:`~model.inference.predictor.Predictor`), and the window's modules are imported only after
the QApplication exists.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from gui.common.icons import app_icon
from gui.common.language import LANGUAGES, available
from gui.common.language_menu import chosen_language, speak
from model.resources import default_model_path
from model.user_data import DATA_DIR_ENV, user_data_dir

if TYPE_CHECKING:
    from gui.main_window import MainWindow

# One drawing at a time is a matrix-vector product: BLAS threads cannot speed it up, but while
# other work (training, other programs) keeps the cores busy, waking them costs milliseconds per
# prediction (measured: p50 4 ms single-threaded vs 16 ms with 2 threads on a busy 2-core machine).
# Set before numpy is first imported, which happens after this module.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

_IMPORTED_AT = time.perf_counter()


def _process_age() -> float:
    """Seconds since the process started (Linux /proc), else since this module was imported."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime", encoding="ascii") as uptime:
            booted_for = float(uptime.read().split()[0])
        # Field 22 of stat, the start time in clock ticks after boot; fields[0] is field 3.
        return max(0.0, booted_for - int(fields[19]) / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return time.perf_counter() - _IMPORTED_AT


_STARTED_AT = time.perf_counter() - _process_age()


def seconds_since_start() -> float:
    """Seconds since the process started: what a user waiting for the window counts."""
    return time.perf_counter() - _STARTED_AT


def _parse(arguments: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="digitlab-gui", description="Draw a digit and watch "
                                                                      "an MLP read it live.")
    parser.add_argument("files", nargs="*", type=Path, metavar="FILE",
                        help="files to open: a .keras or .h5 model, a picture of a digit, a "
                             ".jsonl file of drawings, a .digitlab-lesson (the self-tests use "
                             "the first model)")
    parser.add_argument("--lesson", type=Path, metavar="FILE",
                        help="open a lesson file (.digitlab-lesson) in the Lessons panel")
    tests = parser.add_mutually_exclusive_group()
    tests.add_argument("--self-test", action="store_true",
                       help="open the window, draw a digit, print timings as JSON, exit 0 if "
                            "the digit was read right")
    tests.add_argument("--self-test-train", action="store_true",
                       help="open the window and the Train panel, train one short epoch, print "
                            "JSON, exit 0 if the network learnt")
    parser.add_argument("--language", metavar="CODE",
                        help="the window's language: " + ", ".join(LANGUAGES) + " (default: "
                             "the one chosen in View ▸ Language, else the system's)")
    parser.add_argument("--self-test-output", type=Path, metavar="FILE",
                        help="write the self-test's JSON to FILE instead of stdout (a windowed "
                             "Windows build has no stdout)")
    return parser.parse_args(arguments)


def create_application(argv: list[str]) -> QApplication:
    """The QApplication (made once, understanding Qt's own options), named for QSettings."""
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setOrganizationName("DigitLab")
    app.setApplicationName("DigitLab")
    app.setDesktopFileName("digitlab")
    app.setWindowIcon(app_icon())
    keep_settings_in_data_dir()
    return app


def keep_settings_in_data_dir() -> None:
    """With ``$DIGITLAB_DATA_DIR`` set (a portable install, a shared classroom machine), the
    window's settings move there too, as ``DigitLab/DigitLab.ini``; otherwise they stay where
    the platform keeps them (Linux: ~/.config/DigitLab/DigitLab.conf)."""
    if os.environ.get(DATA_DIR_ENV):
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(user_data_dir()))


def run(argv: list[str]) -> int:
    """Run the app with command-line arguments ``argv`` (Qt's own options are understood too)."""
    created = QApplication.instance() is None
    app = create_application(argv)
    # A QApplication made here has taken out the options Qt understands (-platform, -style…).
    args = _parse(app.arguments()[1:] if created else argv)
    if args.language is not None and not available(args.language):
        print(f"digitlab: --language expects one of {', '.join(LANGUAGES)}, got "
              f"{args.language!r}", file=sys.stderr)
        return 2
    # Before the window's modules build any widget: they are made in this language.
    speak(chosen_language(args.language, QSettings()))
    if args.self_test:
        from gui.self_test import run_self_test

        return run_self_test(app, _first_model(args.files) or default_model_path(),
                             seconds_since_start, args.self_test_output)
    if args.self_test_train:
        from gui.self_test_train import run_training_self_test

        return run_training_self_test(app, seconds_since_start, args.self_test_output)
    from gui.main_window import MainWindow

    window = MainWindow()
    given = [*args.files, *([args.lesson] if args.lesson else [])]
    window.run_when_shown(lambda: _finish_start_up(window, given))
    window.show()
    return app.exec()


def _first_model(files: list[Path]) -> Path | None:
    from model.files.formats import is_model_file

    return next((path for path in files if is_model_file(path)), None)


def _finish_start_up(window: MainWindow, files: list[Path]) -> None:
    """What can wait until the window is on screen: the last model (unless a model file was
    given), Teach, Export, the Train panel, Lessons (whose *Do it* buttons use the others), then
    the files given, each to the feature that opens it."""
    model_given = _first_model(files) is not None
    if not model_given:
        window.restore_last_model(default_model_path())
    QTimer.singleShot(0, window, lambda: _add_teaching(window))
    QTimer.singleShot(0, window, lambda: _add_export(window))
    QTimer.singleShot(0, window, lambda: _add_training_panel(window))
    QTimer.singleShot(0, window, lambda: _add_lessons(window))
    QTimer.singleShot(0, window, lambda: _open_given_files(window, files, model_given))


def _add_teaching(window: MainWindow) -> None:
    from gui.teach.teaching import Teaching

    window.add_feature(Teaching())


def _add_export(window: MainWindow) -> None:
    from gui.share.exporting import ModelExport

    window.add_feature(ModelExport())


def _add_training_panel(window: MainWindow) -> None:
    # Imported here: the panel's plots and forms take a few hundred ms to import.
    from gui.train.panel import TrainingPanel

    window.add_feature(TrainingPanel())


def _add_lessons(window: MainWindow) -> None:
    from gui.lessons.panel import LessonsPanel

    window.add_feature(LessonsPanel())


def _open_given_files(window: MainWindow, files: list[Path], model_given: bool) -> None:
    """Open the files given; if models were given (so the start skipped the last model) and
    none opened, read with the last model as any start does (a mistyped or damaged file must
    not leave the window reading nothing). Without a model given, the start already tried."""
    from gui.given_files import open_given_files

    open_given_files(window, files)
    if model_given and window.active_model().current() is None:
        window.restore_last_model(default_model_path())
