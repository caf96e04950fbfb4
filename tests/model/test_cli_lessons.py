"""``digitlab lessons``, ``lesson validate`` and the policy's say over ``train``, end to end."""

from __future__ import annotations

import json
import os

import pytest

from model.cli import main
from model.lessons.library import shipped_lessons_dir
from model.lessons.translation import TRANSLATION_FILE
from model.translatable import LANGUAGES
from tests.model.lessons.lesson_files import write_lesson, zip_folder
from tests.model.test_cli import run_cli


def test_lessons_lists_the_shipped_lessons_as_json():
    done = run_cli("lessons", "--json")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert len(rows) >= 7 and rows[0]["id"] == "first-network" and rows[0]["shipped"]
    text = run_cli("lessons")
    assert "Your first network" in text.stdout.splitlines()[0]


def test_lessons_in_another_language_use_each_lessons_translation():
    german = json.loads((shipped_lessons_dir() / "first-network" / "de" / TRANSLATION_FILE)
                        .read_text(encoding="utf-8"))
    rows = json.loads(run_cli("lessons", "--language", "de", "--json").stdout)
    assert (rows[0]["title"], rows[0]["summary"]) == (german["title"], german["summary"])
    done = run_cli("lessons", "--language", "klingon")
    assert done.returncode == 2 and "'klingon'" in done.stderr
    assert all(code in done.stderr for code in LANGUAGES)


def test_validate_passes_a_good_file_and_names_every_problem_of_a_bad_one(tmp_path):
    good = zip_folder(write_lesson(tmp_path / "good"), tmp_path / "good.digitlab-lesson")
    done = run_cli("lesson", "validate", str(good))
    assert (done.returncode, done.stdout.strip()) == (0, f"{good}: a valid lesson")
    bad = zip_folder(write_lesson(tmp_path / "bad"), tmp_path / "bad.digitlab-lesson",
                     {"../evil.md": b"x"})
    done = run_cli("lesson", "validate", str(bad), "--json")
    report = json.loads(done.stdout)
    assert done.returncode == 1 and not report["valid"]
    assert any("path traversal refused" in line for line in report["problems"])
    assert not (tmp_path / "evil.md").exists()


def test_validate_prints_one_line_per_problem_and_no_traceback(tmp_path):
    folder = write_lesson(tmp_path / "lesson",
                          '{"format_version": 2, "id": "x", "steps": [{"do": 3}]}')
    done = run_cli("lesson", "validate", str(folder))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) >= 4 and all(line.startswith(str(folder)) for line in lines)


def test_train_beyond_the_policy_limit_is_one_clear_line_and_exit_2(policy, tmp_path):
    policy.write_text(json.dumps({"settings": {"epochs": {"max": 20},
                                               "optimizer": {"value": "sgd"}},
                                  "no_downloads": True}))
    out = str(tmp_path / "m.keras")
    for args, expected in ((["--epochs", "500"], "epochs is at most 20 by the policy"),
                           (["--optimizer", "adam", "--epochs", "2"], "optimizer is fixed at sgd"),
                           (["--preset", "DigitLab best"], "epochs is at most 20")):
        done = run_cli("train", *args, "--out", out, "--limit", "100")
        assert done.returncode == 2, done.stderr
        assert done.stderr.count("\n") == 1 and expected in done.stderr
    assert not os.path.exists(out)


@pytest.mark.usefixtures("no_bundled_datasets")
def test_train_that_would_download_under_a_no_downloads_policy_is_one_line_and_exit_2(
        policy, tmp_path, capsys):
    """In process, so the checkout's own Fashion-MNIST can be hidden, as installers have none."""
    policy.write_text(json.dumps({"no_downloads": True}))
    out = tmp_path / "m.keras"
    status = main(["train", "--dataset", "fashion-mnist", "--download", "--epochs", "2",
                   "--out", str(out), "--limit", "100"])
    stderr = capsys.readouterr().err
    assert status == 2 and stderr.count("\n") == 1 and "downloads are switched off" in stderr
    assert not out.exists()


def test_a_broken_policy_refuses_training(policy, tmp_path):
    policy.write_text("{oops")
    done = run_cli("train", "--epochs", "1", "--out", str(tmp_path / "m.keras"))
    assert done.returncode == 2 and "expected JSON" in done.stderr
