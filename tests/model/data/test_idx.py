"""read_idx must return the data or raise IdxFormatError naming the file, whatever the bytes."""

from __future__ import annotations

import gzip
import struct
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from model.data.idx import IdxFormatError, read_idx, write_idx
from model.errors import DatasetError
from tests.conftest import REPO

MNIST = REPO / "resources" / "data" / "mnist"
FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])
SAMPLE = np.arange(6 * 7, dtype=np.uint8).reshape(6, 7)


def header(type_code: int, *dims: int) -> bytes:
    return bytes((0, 0, type_code, len(dims))) + struct.pack(f">{len(dims)}i", *dims)


def valid_file_bytes(gzipped: bool) -> bytes:
    data = header(0x08, *SAMPLE.shape) + SAMPLE.tobytes()
    return gzip.compress(data, mtime=0) if gzipped else data


def read_bytes_as_idx(path: Path, data: bytes) -> np.ndarray | None:
    """Write ``data`` and read it back; ``None`` if it was rejected (only IdxFormatError may be)."""
    path.write_bytes(data)
    try:
        return read_idx(path)
    except IdxFormatError as error:
        assert str(path) in str(error)
        return None


def assert_rejected(path: Path, data: bytes, *fragments: str) -> None:
    path.write_bytes(data)
    with pytest.raises(IdxFormatError) as info:
        read_idx(path)
    message = str(info.value)
    assert str(path) in message
    for fragment in fragments:
        assert fragment in message


@pytest.fixture
def target(tmp_path: Path) -> Path:
    return tmp_path / "data-idx"


def test_error_is_a_dataset_error() -> None:
    assert issubclass(IdxFormatError, DatasetError)


@pytest.mark.parametrize("gzipped", [False, True])
def test_reads_valid_file_as_read_only_uint8(target: Path, gzipped: bool) -> None:
    target.write_bytes(valid_file_bytes(gzipped))
    array = read_idx(target)
    assert array.dtype == np.uint8 and array.shape == SAMPLE.shape
    np.testing.assert_array_equal(array, SAMPLE)
    assert not array.flags.writeable


@pytest.mark.parametrize("name", ["plain-idx", "plain-idx.gz"])
def test_gzip_is_recognised_by_content_not_name(tmp_path: Path, name: str) -> None:
    for gzipped in (False, True):
        path = tmp_path / name
        path.write_bytes(valid_file_bytes(gzipped))
        np.testing.assert_array_equal(read_idx(path), SAMPLE)


@FUZZ
@given(array=hnp.arrays(np.uint8, hnp.array_shapes(min_dims=1, max_dims=4, min_side=0,
                                                   max_side=6)),
       gzipped=st.booleans())
def test_write_then_read_round_trips(tmp_path: Path, array: np.ndarray, gzipped: bool) -> None:
    path = tmp_path / ("round.gz" if gzipped else "round")
    write_idx(path, array)
    back = read_idx(path)
    assert back.shape == array.shape
    np.testing.assert_array_equal(back, array)
    assert (path.read_bytes()[:2] == b"\x1f\x8b") == gzipped


def test_write_is_deterministic_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    write_idx(tmp_path / "a.gz", SAMPLE)
    first = (tmp_path / "a.gz").read_bytes()
    write_idx(tmp_path / "a.gz", SAMPLE)
    assert (tmp_path / "a.gz").read_bytes() == first
    assert [p.name for p in tmp_path.iterdir()] == ["a.gz"]


@pytest.mark.parametrize("array", [SAMPLE.astype(np.int32), np.uint8(3), np.zeros((1,) * 5,
                                                                                  np.uint8)])
def test_write_refuses_what_idx_readers_here_cannot_read(tmp_path: Path,
                                                         array: np.ndarray) -> None:
    with pytest.raises(ValueError, match="write_idx expects"):
        write_idx(tmp_path / "bad", array)
    assert list(tmp_path.iterdir()) == []


@FUZZ
@given(cut=st.integers(min_value=0), gzipped=st.booleans())
def test_every_truncation_is_rejected(target: Path, cut: int, gzipped: bool) -> None:
    data = valid_file_bytes(gzipped)
    target.write_bytes(data[: cut % len(data)])
    with pytest.raises(IdxFormatError, match=str(target)):
        read_idx(target)


@FUZZ
@given(data=st.binary(max_size=300))
def test_random_bytes_never_escape_as_other_errors(target: Path, data: bytes) -> None:
    read_bytes_as_idx(target, data)


@FUZZ
@given(prefix=st.binary(min_size=4, max_size=24), tail=st.binary(max_size=64))
def test_random_headers_never_escape_as_other_errors(target: Path, prefix: bytes,
                                                     tail: bytes) -> None:
    read_bytes_as_idx(target, b"\0\0" + prefix + tail)


@FUZZ
@given(edits=st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), min_size=1,
                      max_size=4),
       gzipped=st.booleans())
def test_corrupted_bytes_give_the_data_or_an_idx_error(target: Path, edits: list[tuple[int, int]],
                                                       gzipped: bool) -> None:
    data = bytearray(valid_file_bytes(gzipped))
    for position, value in edits:
        data[position % len(data)] = value
    array = read_bytes_as_idx(target, bytes(data))
    assert array is None or array.dtype == np.uint8


def test_corrupt_gzip_stream_is_rejected(target: Path) -> None:
    data = bytearray(gzip.compress(header(0x08, 100, 100) + bytes(range(100)) * 100, mtime=0))
    data[len(data) // 2] ^= 0xFF
    assert_rejected(target, bytes(data), "cannot read")


def test_empty_file_is_rejected(target: Path) -> None:
    assert_rejected(target, b"", "empty")


@pytest.mark.parametrize("path_kind", ["missing", "folder"])
def test_unreadable_path_is_rejected(tmp_path: Path, path_kind: str) -> None:
    path = tmp_path / "nothing-here"
    if path_kind == "folder":
        path.mkdir()
    with pytest.raises(IdxFormatError, match=str(path)):
        read_idx(path)


@pytest.mark.parametrize("data, fragment", [
    (b"\x01\x00\x08\x01" + bytes(4), "found 01 00 08 01"),
    (b"PK\x03\x04" + bytes(20), "not an IDX file"),
    (header(0x0D, 2) + bytes(8), "0x0D (float)"),
    (header(0x42, 2) + bytes(2), "unknown type code 0x42"),
    (bytes((0, 0, 8, 0)), "found 0"),
    (bytes((0, 0, 8, 5)) + bytes(20), "found 5"),
    (header(0x08, 3, -2), "sizes ≥ 0"),
    (bytes((0, 0, 8, 3, 0, 0, 0, 1)), "truncated header"),
])
def test_bad_headers_are_explained(target: Path, data: bytes, fragment: str) -> None:
    assert_rejected(target, data, fragment)


@pytest.mark.parametrize("gzipped", [False, True])
@pytest.mark.parametrize("dims", [
    (2**31 - 1, 2**31 - 1), (2**31 - 1,) * 4, (70000, 784, 784), (60000, 28, 28),
])
def test_absurd_sizes_are_rejected_without_allocating(target: Path, gzipped: bool,
                                                      dims: tuple[int, ...]) -> None:
    data = header(0x08, *dims) + bytes(100)
    target.write_bytes(gzip.compress(data) if gzipped else data)
    tracemalloc.start()
    try:
        with pytest.raises(IdxFormatError, match="header announces"):
            read_idx(target)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 10_000_000, "memory must follow the bytes present, not the header's claim"


@pytest.mark.parametrize("gzipped", [False, True])
@pytest.mark.parametrize("change, fragment", [
    (lambda data: data[:-1], "only 41 follow"),
    (lambda data: data + b"\0", "more follow"),
])
def test_data_must_match_the_announced_size(target: Path, gzipped: bool,
                                            change: Callable[[bytes], bytes],
                                            fragment: str) -> None:
    data = change(header(0x08, *SAMPLE.shape) + SAMPLE.tobytes())
    assert_rejected(target, gzip.compress(data) if gzipped else data, "6×7 = 42 bytes", fragment)


def test_garbage_after_the_gzip_stream_is_rejected(target: Path) -> None:
    assert_rejected(target, valid_file_bytes(True) + b"garbage")


@pytest.mark.parametrize("name, shape", [
    ("train-images-idx3-ubyte.gz", (60000, 28, 28)),
    ("train-labels-idx1-ubyte.gz", (60000,)),
    ("t10k-images-idx3-ubyte.gz", (10000, 28, 28)),
    ("t10k-labels-idx1-ubyte.gz", (10000,)),
])
def test_bundled_mnist_files_have_the_published_shapes(name: str, shape: tuple[int, ...]) -> None:
    array = read_idx(MNIST / name)
    assert array.shape == shape and array.dtype == np.uint8
    assert int(array.max()) == (9 if len(shape) == 1 else 255)
