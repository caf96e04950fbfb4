"""The real start-up path in a fresh process: the self-test passes and TensorFlow stays out."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from gui.app import run
from gui.main_window import MainWindow
from tests.conftest import REPO
from tests.gui.helpers import shown_main_window
from tests.gui.test_given_files import write_digit

CHECK_MODULES_AFTER_SELF_TEST = """
import json, sys
import main
code = main.main(["--self-test"])
print(json.dumps({"exit": code, "tensorflow": "tensorflow" in sys.modules,
                  "keras": "keras" in sys.modules}))
"""


def run_python(arguments: list[str], model_path, **env_vars: str,
               ) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "DIGITLAB_DEFAULT_MODEL": str(model_path), **env_vars}
    return subprocess.run([sys.executable, *arguments], capture_output=True, text=True,
                          cwd=REPO, env=env, timeout=120)


def test_main_py_self_test_reads_its_digit_and_exits_0(model_path):
    done = run_python(["main.py", "--self-test"], model_path)
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["ok"] is True and report["predicted"] == report["expected"] == "3"
    assert 0 < report["window_shown_s"] <= report["first_prediction_s"]


def test_starting_and_predicting_never_imports_tensorflow(model_path):
    done = run_python(["-c", CHECK_MODULES_AFTER_SELF_TEST], model_path)
    assert done.returncode == 0, done.stderr
    self_test, modules = (json.loads(line) for line in done.stdout.strip().splitlines()[-2:])
    assert self_test["ok"] is True
    assert modules == {"exit": 0, "tensorflow": False, "keras": False}


def test_a_missing_model_fails_the_self_test_with_a_message(tmp_path):
    done = run_python(["main.py", "--self-test"], tmp_path / "missing.keras")
    assert done.returncode == 1
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["ok"] is False and "missing.keras" in report["error"]


def test_run_shows_the_window_first_then_loads_the_model_and_the_train_panel(qapp, model_path,
                                                                              monkeypatch):
    monkeypatch.setenv("DIGITLAB_DEFAULT_MODEL", str(model_path))
    seen: dict = {}

    def inspect_then_close() -> None:
        window = shown_main_window()
        seen.setdefault("model_when_shown", window.predictor())
        if window.findChild(QWidget, "training") is None:
            QTimer.singleShot(20, inspect_then_close)
            return
        seen["model"] = window.predictor()
        window.close()

    QTimer.singleShot(0, inspect_then_close)
    QTimer.singleShot(60_000, qapp.quit)  # never hang the suite
    assert run([]) == 0
    assert seen["model_when_shown"] is None  # the first frame did not wait for the model
    assert seen["model"] is not None and seen["model"].path == model_path


def test_the_report_goes_to_a_file_when_asked_even_without_stdout(model_path, tmp_path):
    """A windowed Windows build has sys.stdout None: --self-test-output is how it reports."""
    report_file = tmp_path / "report.json"
    script = ("import sys; sys.stdout = sys.stderr = None; import main; "
              f"sys.exit(main.main(['--self-test', '--self-test-output', {str(report_file)!r}]))")
    done = run_python(["-c", script], model_path)
    assert done.returncode == 0 and done.stdout == ""
    report = json.loads(report_file.read_text(encoding="utf-8"))
    assert report["ok"] is True and report["predicted"] == "3"


@pytest.mark.slow
def test_self_test_train_trains_one_epoch_in_the_train_panel(model_path, tmp_path):
    users_data = tmp_path / "users-data"
    done = run_python(["main.py", "--self-test-train"], model_path,
                      DIGITLAB_DATA_DIR=str(users_data))
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["ok"] is True and report["finished"] is True and report["errors"] == []
    assert report["test_accuracy"] >= 0.5  # only TensorFlow can have trained that model
    assert report["pyqtgraph"]  # the live plots were drawn
    assert not users_data.exists()  # its run went to a scratch folder, not the user's history


def test_only_one_self_test_at_a_time():
    done = run_python(["main.py", "--self-test", "--self-test-train"], "unused.keras")
    assert done.returncode == 2
    assert "not allowed with argument" in done.stderr


def test_a_given_model_that_cannot_open_leaves_the_window_reading_with_the_default(
        qapp, model_path, tmp_path, monkeypatch):
    """``digitlab notes.keras`` (a text file): it said why, and then read nothing at all."""
    monkeypatch.setenv("DIGITLAB_DEFAULT_MODEL", str(model_path))
    (tmp_path / "notes.keras").write_text("not a model", encoding="utf-8")
    errors: list[str] = []
    monkeypatch.setattr(MainWindow, "show_error", lambda _, title, text: errors.append(text))
    seen: dict = {}

    def inspect_then_close() -> None:
        window = shown_main_window()
        if not errors or window.predictor() is None:
            QTimer.singleShot(20, inspect_then_close)
            return
        seen.update(model=window.predictor())
        window.close()

    QTimer.singleShot(0, inspect_then_close)
    QTimer.singleShot(60_000, qapp.quit)
    assert run([str(tmp_path / "notes.keras")]) == 0
    assert "notes.keras is not a Keras model" in errors[0]
    assert seen["model"].path == model_path


def test_files_on_the_command_line_open_once_the_window_is_up(qapp, model_path, tmp_path,
                                                              monkeypatch):
    """``Exec=digitlab %F``: a model and a picture given to the window are both open."""
    monkeypatch.setenv("DIGITLAB_DEFAULT_MODEL", str(tmp_path / "not-this-one.keras"))
    write_digit(tmp_path / "one.png")
    seen: dict = {}

    def inspect_then_close() -> None:
        window = shown_main_window()
        if window.findChild(QWidget, "training") is None:
            QTimer.singleShot(20, inspect_then_close)
            return
        seen.update(model=window.predictor(), picture=window.canvas().has_picture())
        window.close()

    QTimer.singleShot(0, inspect_then_close)
    QTimer.singleShot(60_000, qapp.quit)
    assert run([str(model_path), str(tmp_path / "one.png")]) == 0
    assert seen["model"].path == model_path and seen["picture"]
