"""Atomic replacement: leftovers of killed writers are removed; bad targets are found early."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from model.atomic_files import (
    NAME_MAX,
    STALE_AFTER_S,
    check_writable,
    remove_stale_temporaries,
    temporary_name,
    write_bytes_atomically,
)


def dead_pid() -> int:
    """The pid of a process that has certainly ended."""
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, timeout=30)
    return int(done.stdout)


def test_leftovers_of_killed_writers_are_removed_by_the_next_write(tmp_path):
    """D10: kill -9 mid-save left hidden temporary files forever."""
    target = tmp_path / "digits.keras"
    left_by_dead = temporary_name(target, dead_pid())
    left_by_dead.write_bytes(b"half a model")
    other_target = temporary_name(tmp_path / "other.keras", dead_pid())
    other_target.write_bytes(b"someone else's")
    write_bytes_atomically(target, b"model")
    assert target.read_bytes() == b"model"
    assert not left_by_dead.exists()
    assert other_target.exists(), "only the leftovers of this target are its business"


def test_a_live_writers_temporary_file_is_kept_until_it_is_old(tmp_path):
    target = tmp_path / "m.h5"
    live = temporary_name(target, os.getppid())
    live.write_bytes(b"being written")
    assert remove_stale_temporaries(target) == []
    old = os.path.getmtime(live) - STALE_AFTER_S - 1
    os.utime(live, (old, old))
    assert remove_stale_temporaries(target) == [live]


def test_temporary_name_fits_the_file_system_however_long_the_target_name(tmp_path):
    """D2: a 244-character name made the temporary name too long (Errno 36) after training."""
    target = tmp_path / ("x" * 244 + ".keras")
    temp = temporary_name(target)
    assert len(temp.name.encode()) <= NAME_MAX and temp.suffix == ".keras"
    check_writable(target)
    write_bytes_atomically(target, b"ok")
    assert target.read_bytes() == b"ok"


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into read-only folders")
def test_check_writable_finds_a_read_only_folder(tmp_path):
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(PermissionError):
            check_writable(tmp_path / "m.keras")
    finally:
        tmp_path.chmod(0o700)


def test_check_writable_finds_folders_and_missing_folders(tmp_path):
    (tmp_path / "taken.keras").mkdir()
    with pytest.raises(IsADirectoryError):
        check_writable(tmp_path / "taken.keras")
    with pytest.raises(FileNotFoundError):
        check_writable(tmp_path / "no" / "such" / "m.keras")
    assert list(tmp_path.iterdir()) == [tmp_path / "taken.keras"], "the probe leaves nothing"
