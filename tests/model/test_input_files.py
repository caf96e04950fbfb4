"""Files a person names or drops: only regular files are opened, and never read past a limit."""

from __future__ import annotations

import os

import pytest

from model.input_files import UnsuitableFileError, open_regular_file, read_regular_file


def test_a_regular_file_is_read_whole_through_a_link(tmp_path):
    (tmp_path / "notes.txt").write_bytes(b"x" * 3000)
    (tmp_path / "link.txt").symlink_to(tmp_path / "notes.txt")
    assert read_regular_file(tmp_path / "link.txt", 3000) == b"x" * 3000


@pytest.mark.parametrize(("make", "found"), [
    (lambda path: path.mkdir(), "a folder"),
    (os.mkfifo, "a named pipe (FIFO)"),
    (lambda path: path.symlink_to("/dev/null"), "a character device"),
], ids=["folder", "pipe", "device"])
def test_anything_but_a_regular_file_is_refused_before_it_is_opened(tmp_path, make, found):
    make(tmp_path / "thing")
    with pytest.raises(UnsuitableFileError) as error:
        open_regular_file(tmp_path / "thing")  # a pipe without a writer would block here
    assert str(error.value) == f"expected a regular file, found {found}"


def test_a_file_over_the_limit_is_refused_by_its_size_or_while_read(tmp_path):
    (tmp_path / "big").write_bytes(b"x" * 3001)
    with pytest.raises(UnsuitableFileError, match="at most 3,000 bytes, found 3,001 bytes"):
        read_regular_file(tmp_path / "big", 3000)
    with pytest.raises(UnsuitableFileError, match="at most 10 bytes, found more while reading"):
        read_regular_file("/proc/self/status", 10)  # its size says 0: it is read to find out
