"""Pictures that once broke DigitLab, generated on the fly (no binary files in the repository)."""

from __future__ import annotations

import gzip
import struct
import zlib
from pathlib import Path

import numpy as np
from PIL import Image

from model.resources import bundled_mnist_dir
from tests.model.drawing.mutated_images import sample


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def huge_png(path: Path, width: int, height: int) -> Path:
    """A valid all-white 1-bit PNG of ``width``×``height``: 20000×20000 is 76 KB on disk.

    Written row by row through a zlib stream, so making it costs no more memory than one row.
    """
    row = b"\x00" + b"\xff" * ((width + 7) // 8)  # filter type 0, then the row's bits
    stream = zlib.compressobj(9)
    data = b"".join(stream.compress(row) for _ in range(height)) + stream.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit grey, no interlace
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", data)
                     + _chunk(b"IEND", b""))
    return path


def mnist_test_digits(count: int) -> tuple[np.ndarray, np.ndarray]:
    """The first ``count`` MNIST test digits (uint8, ink = 255) and their labels."""
    folder = bundled_mnist_dir()
    images = gzip.decompress((folder / "t10k-images-idx3-ubyte.gz").read_bytes())
    labels = gzip.decompress((folder / "t10k-labels-idx1-ubyte.gz").read_bytes())
    return (np.frombuffer(images, np.uint8, count * 784, offset=16).reshape(count, 28, 28),
            np.frombuffer(labels, np.uint8, count, offset=8))


def photo_on_paper(digit: np.ndarray, paper: int, rng: np.random.Generator,
                   noise: float = 2.0) -> np.ndarray:
    """An MNIST digit as a photo of dark ink on ``paper``-grey paper: 4× larger, bilinear edges,
    in a 160×160 sheet, with normal noise of ``noise`` grey levels."""
    ink = np.asarray(Image.fromarray(digit).resize((112, 112), Image.BILINEAR), np.float64) / 255
    sheet = np.zeros((160, 160))
    sheet[24:136, 24:136] = ink
    grey = paper * (1 - sheet) + rng.normal(0, noise, sheet.shape)
    return np.clip(np.rint(grey), 0, 255).astype(np.uint8)


def damaged_png(path: Path) -> Path:
    """A PNG whose image-data chunk has a wrong length: Pillow raised SyntaxError, which
    ``predict`` printed as a traceback."""
    png = sample("PNG", 0)
    at = png.find(b"IDAT") - 4
    path.write_bytes(png[:at] + struct.pack(">I", 5) + png[at + 4:])
    return path


def odd_dds(path: Path) -> Path:
    """A DDS naming a pixel format that does not exist: Pillow raised NotImplementedError."""
    path.write_bytes(sample("DDS", 2).replace(b"DXT1", b"DXT9", 1))
    return path
