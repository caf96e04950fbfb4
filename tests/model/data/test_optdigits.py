"""optdigits: the real scans parse exactly, bad files fail by line, and the check reads them as a
dropped 8×8 picture."""

from __future__ import annotations

import gzip

import numpy as np
import pytest

from model.data.optdigits import optdigits_check, optdigits_scans, read_optdigits
from model.errors import DatasetError

LINE = ",".join(["0", "16", *["3"] * 62, "7"])


def test_the_bundled_scans_are_the_optdigits_test_set():
    counts, labels = optdigits_scans()
    assert counts.shape == (1797, 8, 8) and counts.dtype == np.uint8 and counts.max() == 16
    assert np.bincount(labels).tolist() == [178, 182, 177, 183, 181, 182, 181, 179, 174, 180]


def test_a_line_is_its_blocks_row_by_row_then_its_label(tmp_path):
    path = tmp_path / "one.csv.gz"
    path.write_bytes(gzip.compress(f"{LINE}\n\n".encode()))
    counts, labels = read_optdigits(path)
    assert counts.shape == (1, 8, 8) and counts[0, 0, 1] == 16 and counts[0, 7, 7] == 3
    assert labels.tolist() == [7]


@pytest.mark.parametrize("bad", ["1,2,3", LINE.replace("16", "17"), LINE + "0",
                                 LINE[:-1] + "10", LINE.replace("16", "x")])
def test_a_malformed_line_is_named(tmp_path, bad):
    path = tmp_path / "bad.csv"
    path.write_text(f"{LINE}\n{bad}\n")
    with pytest.raises(DatasetError, match=r"bad.csv, line 2: expected 64 block counts"):
        read_optdigits(path)


@pytest.mark.parametrize("content", [b"", b"\x1f\x8b not gzip", b"\xff\xfe"])
def test_an_empty_or_unreadable_file_is_one_clear_error(tmp_path, content):
    path = tmp_path / "bad.csv.gz"
    path.write_bytes(gzip.compress(content) if content == b"\xff\xfe" else content)
    with pytest.raises(DatasetError, match="optdigits"):
        read_optdigits(path)


def test_the_check_reads_the_scans_as_canvas_images():
    images, labels = optdigits_check(20)
    assert images.shape == (20, 28, 28) and images.dtype == np.float32
    assert images.min() >= 0.0 and images.max() <= 1.0 and len(labels) == 20
    assert (images > 0.5).mean(axis=(1, 2)).min() > 0.05
