"""Outputs the user names are checked before any work: DigitLab's own files, files of another
kind, devices, FIFOs and folders are refused in one line; symbolic links are followed."""

from __future__ import annotations

import os
import subprocess

import pytest

from model.files.keras_io import check_output_path
from model.output_paths import OutputPathError, checked_output_path
from model.user_data import user_data_dir


def check_csv(path):
    return checked_output_path(path, (".csv",), "the curves")


@pytest.mark.parametrize("name", ["runs.sqlite", "runs.sqlite-wal", "runs.sqlite-shm",
                                  "drawings.jsonl", "datasets/fashion-mnist/x.csv",
                                  "unsaved-models/1-a.keras"])
def test_the_apps_own_data_files_are_refused(name):
    """H3: `runs export 1 --csv DATA_DIR/runs.sqlite` replaced the run history with a CSV."""
    target = user_data_dir() / name
    suffixes = (target.suffix.lower(),)
    with pytest.raises(OutputPathError, match="DigitLab's own data files"):
        checked_output_path(target, suffixes, "the curves")


def test_the_users_own_files_in_the_data_folder_are_allowed():
    user_data_dir().mkdir(parents=True, exist_ok=True)
    assert check_csv(user_data_dir() / "curves.csv") == (user_data_dir() / "curves.csv").resolve()


def test_a_file_of_another_kind_is_refused(tmp_path):
    """H3: a .keras named as --csv was overwritten with the CSV."""
    model = tmp_path / "model.keras"
    model.write_bytes(b"PK")
    with pytest.raises(OutputPathError, match=r"ending in \.csv, found '\.keras'"):
        check_csv(model)
    assert model.read_bytes() == b"PK"


@pytest.mark.parametrize("make, kind", [
    (os.mkfifo, "FIFO"),
    (lambda path: path.mkdir(), "folder"),
    (lambda path: path.symlink_to("/dev/null"), "character device"),
])
def test_what_is_not_a_regular_file_is_refused(tmp_path, make, kind):
    """H3: device files and FIFOs became regular files."""
    target = tmp_path / "out.csv"
    make(target)
    with pytest.raises(OutputPathError, match=kind) as refused:
        check_csv(target)
    assert "\n" not in str(refused.value)


def test_a_symbolic_link_is_followed_and_kept(tmp_path):
    """H3: `train --out link.keras` replaced the link instead of its target."""
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "model.keras"
    target.write_bytes(b"old")
    link = tmp_path / "link.keras"
    link.symlink_to(target)
    assert check_output_path(link) == target


def test_a_link_to_the_run_history_is_refused(tmp_path):
    user_data_dir().mkdir(parents=True, exist_ok=True)
    link = tmp_path / "innocent.csv"
    link.symlink_to(user_data_dir() / "runs.sqlite")
    with pytest.raises(OutputPathError, match=r"innocent\.csv \(→ .*runs\.sqlite\)"):
        check_csv(link)


@pytest.mark.parametrize("name, reason", [
    ("", "expected a file name, got an empty one"),
    ("missing/out.csv", "No such file or directory"),
    ("x" * 300 + ".csv", "File name too long"),
    ("out", "found 'no suffix'"),
])
def test_bad_names_are_one_line(tmp_path, name, reason):
    with pytest.raises(OutputPathError, match=reason):
        check_csv(str(tmp_path / name) if name else name)


def test_a_read_only_folder_is_refused(small_disk):
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True, timeout=30)
    with pytest.raises(OutputPathError, match="Read-only file system"):
        check_csv(small_disk / "out.csv")
