"""Strict reader and writer for IDX files, the format MNIST and Fashion-MNIST ship in.

An IDX file is a 4-byte magic number (two zero bytes, a type code, the number of dimensions), one
big-endian 32-bit size per dimension, then the data, row-major. Files arrive gzipped or raw, from
downloads that may have been cut short or from users pointing at the wrong file, so every way a
file can be wrong becomes an :class:`IdxFormatError` naming the file and saying what was expected
and what was found, never a numpy, zlib or gzip traceback.
"""

from __future__ import annotations

import gzip
import math
import os
import struct
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

import numpy as np

from model.atomic_files import write_bytes_atomically
from model.errors import DatasetError

GZIP_MAGIC = b"\x1f\x8b"
UNSIGNED_BYTE = 0x08
MAX_DIMENSIONS = 4
# Far above any 28×28 dataset (EMNIST ByClass is 0.64 GB), far below a corrupt header's claim.
MAX_DATA_BYTES = 4 * 1024**3
_CHUNK_BYTES = 1024**2
_TYPE_NAMES = {
    0x08: "unsigned byte",
    0x09: "signed byte",
    0x0B: "short",
    0x0C: "int",
    0x0D: "float",
    0x0E: "double",
}


class IdxFormatError(DatasetError):
    """An IDX file is missing, unreadable, corrupt, truncated, or not an IDX file at all."""


def read_idx(path: str | os.PathLike[str]) -> np.ndarray:
    """Read an IDX file (gzipped or raw, told apart by content) as a read-only uint8 array.

    The array is read-only because datasets are shared between the GUI, the trainer and the
    evaluator: whoever wants to change pixels must copy them first.
    """
    path = Path(path)
    try:
        with _open_stream(path) as (stream, file_size):
            shape = _read_shape(stream, path)
            available = None if file_size is None else file_size - stream.tell()
            data = _read_data(stream, shape, available, path)
    except (OSError, EOFError, zlib.error) as exc:
        raise IdxFormatError(f"{path}: cannot read this IDX file: {exc}") from exc
    return np.frombuffer(data, dtype=np.uint8).reshape(shape)


@contextmanager
def _open_stream(path: Path) -> Iterator[tuple[BinaryIO, int | None]]:
    """Yield the decoded byte stream and, for a raw file, its size (unknown inside gzip).

    Gzip is recognised by its magic bytes, not the name, because renamed files are common.
    """
    with open(path, "rb") as raw:
        is_gzip = raw.read(len(GZIP_MAGIC)) == GZIP_MAGIC
        raw.seek(0)
        if not is_gzip:
            yield raw, os.fstat(raw.fileno()).st_size
            return
        with gzip.GzipFile(fileobj=raw, mode="rb") as unzipped:
            yield unzipped, None


def _read_shape(stream: BinaryIO, path: Path) -> tuple[int, ...]:
    """Check the magic number and return the dimensions the header announces."""
    magic = stream.read(4)
    if not magic:
        raise IdxFormatError(f"{path}: the file is empty; expected an IDX file")
    if len(magic) < 4:
        raise IdxFormatError(
            f"{path}: truncated header: expected a 4-byte magic number, found {len(magic)} bytes"
        )
    if magic[:2] != b"\0\0":
        raise IdxFormatError(
            f"{path}: not an IDX file: expected the magic number to start with 00 00, "
            f"found {magic.hex(' ')}"
        )
    _check_type_code(magic[2], path)
    return _read_dimensions(stream, magic[3], path)


def _check_type_code(code: int, path: Path) -> None:
    if code == UNSIGNED_BYTE:
        return
    name = _TYPE_NAMES.get(code)
    found = f"type 0x{code:02X} ({name})" if name else f"unknown type code 0x{code:02X}"
    raise IdxFormatError(
        f"{path}: expected IDX type 0x08 (unsigned byte), the only one DigitLab reads; "
        f"found {found}"
    )


def _read_dimensions(stream: BinaryIO, ndim: int, path: Path) -> tuple[int, ...]:
    if not 1 <= ndim <= MAX_DIMENSIONS:
        raise IdxFormatError(
            f"{path}: expected 1 to {MAX_DIMENSIONS} dimensions in the IDX header, found {ndim}"
        )
    sizes = stream.read(4 * ndim)
    if len(sizes) < 4 * ndim:
        raise IdxFormatError(
            f"{path}: truncated header: expected {4 * ndim} bytes of sizes for {ndim} "
            f"dimensions, found {len(sizes)}"
        )
    shape = struct.unpack(f">{ndim}i", sizes)
    if min(shape) < 0:
        raise IdxFormatError(f"{path}: expected sizes ≥ 0 in the IDX header, found {shape}")
    return shape


def _read_data(stream: BinaryIO, shape: tuple[int, ...], available: int | None,
               path: Path) -> bytes:
    """Read exactly the bytes the header announces, refusing absurd claims before reading.

    Memory is only ever allocated for bytes that really are in the file (at most one more than
    announced, to detect trailing data), so a corrupt header cannot trigger a huge allocation.
    """
    expected = math.prod(shape)
    if expected > MAX_DATA_BYTES:
        raise IdxFormatError(
            f"{path}: the header announces shape {_shape_text(shape)} = {expected:,} bytes, "
            f"more than the {MAX_DATA_BYTES:,} DigitLab accepts: the header is corrupt"
        )
    if available is not None and available != expected:
        raise _size_error(path, shape, expected, available)
    data = _read_at_most(stream, expected + 1)
    if len(data) != expected:
        raise _size_error(path, shape, expected, len(data))
    return data


def _read_at_most(stream: BinaryIO, limit: int) -> bytes:
    chunks = []
    remaining = limit
    while remaining > 0:
        chunk = stream.read(min(remaining, _CHUNK_BYTES))
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def _size_error(path: Path, shape: tuple[int, ...], expected: int, found: int) -> IdxFormatError:
    announced = f"the header announces shape {_shape_text(shape)} = {expected:,} bytes of data"
    if found < expected:
        return IdxFormatError(f"{path}: {announced}, but only {found:,} follow: truncated file")
    return IdxFormatError(f"{path}: {announced}, but more follow: trailing data or wrong header")


def _shape_text(shape: tuple[int, ...]) -> str:
    return "×".join(str(size) for size in shape)


def write_idx(path: str | os.PathLike[str], array: np.ndarray) -> None:
    """Write a uint8 array as an IDX file (gzipped when the name ends in ``.gz``), atomically.

    The gzip timestamp is fixed so the same array always gives the same bytes (and checksum).
    """
    path = Path(path)
    array = np.asarray(array)
    if array.dtype != np.uint8:
        raise ValueError(f"{path}: write_idx expects a uint8 array, got {array.dtype}")
    if not 1 <= array.ndim <= MAX_DIMENSIONS:
        raise ValueError(
            f"{path}: write_idx expects 1 to {MAX_DIMENSIONS} dimensions, got {array.ndim}"
        )
    header = bytes((0, 0, UNSIGNED_BYTE, array.ndim)) + struct.pack(
        f">{array.ndim}i", *array.shape
    )
    data = header + np.ascontiguousarray(array).tobytes()
    if path.name.endswith(".gz"):
        data = gzip.compress(data, compresslevel=6, mtime=0)
    write_bytes_atomically(path, data)
