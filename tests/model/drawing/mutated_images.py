"""Damaged pictures for fuzzing the image readers: small valid images made with Pillow, then
mutated with a seeded RNG, so every case can be made again from its seed and number.

Used by the fuzz tests (a few hundred cases) and ``bench/image_fuzz.py`` (thousands). A case
*escapes* when reading it raises anything but :class:`ImageFileError` or prints a warning.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from model.drawing.images import ImageFileError

SAMPLES: dict[str, tuple[tuple[str, dict], ...]] = {
    "PNG": (("L", {}), ("RGBA", {}), ("P", {"optimize": True}), ("I;16", {})),
    "JPEG": (("L", {}), ("RGB", {"progressive": True}), ("CMYK", {})),
    "BMP": (("RGB", {}), ("P", {}), ("RGBA", {})),
    "GIF": (("P", {}), ("L", {"interlace": True})),
    "TIFF": (("RGB", {"compression": "tiff_lzw"}), ("L", {}), ("I;16", {}),
             ("RGB", {"compression": "jpeg"})),
    "WEBP": (("RGB", {"quality": 60}), ("RGBA", {"lossless": True})),
    "DDS": (("RGB", {}), ("RGBA", {"pixel_format": "DXT5"}), ("RGB", {"pixel_format": "DXT1"}),
            ("RGB", {"pixel_format": "BC5"})),
}
"""Each format in a few of its modes and encodings: each takes a different path through Pillow."""
SUFFIXES = {"PNG": ".png", "JPEG": ".jpg", "BMP": ".bmp", "GIF": ".gif", "TIFF": ".tif",
            "WEBP": ".webp", "DDS": ".dds"}
FORMATS = tuple(SAMPLES)


@dataclass(frozen=True)
class Case:
    """One damaged picture: its format, its bytes, and how it was made."""

    number: int
    format: str
    data: bytes
    how: str

    @property
    def suffix(self) -> str:
        return SUFFIXES[self.format]


@cache
def sample(fmt: str, variant: int) -> bytes:
    """A 48×40 dark ring (a 0) on light paper, encoded as ``SAMPLES[fmt][variant]``."""
    mode, options = SAMPLES[fmt][variant]
    picture = Image.new("L", (48, 40), 230)
    ImageDraw.Draw(picture).ellipse((12, 6, 36, 34), outline=20, width=5)
    picture = picture.convert("I").point(lambda v: v * 257) if mode == "I;16" else picture
    buffer = io.BytesIO()
    picture.convert(mode).save(buffer, fmt, **options)
    return buffer.getvalue()


def cases(count: int, seed: int = 0, formats: tuple[str, ...] = FORMATS) -> Iterator[Case]:
    """``count`` damaged pictures, the formats taking turns."""
    rng = np.random.default_rng(seed)
    for number in range(count):
        fmt = formats[number % len(formats)]
        variant = int(rng.integers(len(SAMPLES[fmt])))
        mutation = MUTATIONS[int(rng.integers(len(MUTATIONS)))]
        data, how = mutation(sample(fmt, variant), rng)
        yield Case(number, fmt, data, f"{fmt} variant {variant}: {how}")


def _flip_bytes(data: bytes, rng: np.random.Generator) -> tuple[bytes, str]:
    out = bytearray(data)
    count = int(rng.integers(1, 9))
    for at in rng.integers(0, len(out), count):
        out[at] = int(rng.integers(256))
    return bytes(out), f"{count} random bytes"


def _header_byte(data: bytes, rng: np.random.Generator) -> tuple[bytes, str]:
    """The first 64 bytes hold the sizes, modes and offsets every decoder trusts."""
    out = bytearray(data)
    at = int(rng.integers(min(64, len(out))))
    out[at] = int(rng.choice([0, 1, 0x7F, 0x80, 0xFF, int(rng.integers(256))]))
    return bytes(out), f"header byte {at}"


def _cut(data: bytes, rng: np.random.Generator) -> tuple[bytes, str]:
    at = int(rng.integers(1, len(data)))
    return data[:at], f"cut at {at}"


def _run(data: bytes, rng: np.random.Generator) -> tuple[bytes, str]:
    at, length = int(rng.integers(len(data))), int(rng.integers(1, 33))
    fill = int(rng.choice([0, 0xFF]))
    return data[:at] + bytes([fill]) * length + data[at + length:], f"{length} × {fill} at {at}"


def _splice(data: bytes, rng: np.random.Generator) -> tuple[bytes, str]:
    start, end = sorted(int(v) for v in rng.integers(0, len(data), 2))
    at = int(rng.integers(len(data)))
    return data[:at] + data[start:end] + data[at:], f"bytes {start}–{end} copied to {at}"


MUTATIONS: tuple[Callable[[bytes, np.random.Generator], tuple[bytes, str]], ...] = (
    _flip_bytes, _header_byte, _cut, _run, _splice)


def escape(read: Callable[[], object]) -> str:
    """What escaped ``read()``: "" when it returned or raised one line of ImageFileError, else
    the exception (or warning) in one line."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            read()
        except ImageFileError as error:
            if "\n" in str(error):
                return f"a message of several lines: {error!r}"
        except Exception as error:  # counting what escapes is the point
            return f"{type(error).__name__}: {error}"
    return f"a warning: {caught[0].message}" if caught else ""


def write(case: Case, folder: Path) -> Path:
    path = folder / f"case{case.suffix}"
    path.write_bytes(case.data)
    return path
