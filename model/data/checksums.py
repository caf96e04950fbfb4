"""SHA256SUMS files: every bundled or cached data file is checked against one when it is loaded,
so a damaged or replaced file is reported instead of silently trained on or measured with."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from model.errors import DatasetError

CHECKSUM_FILE = "SHA256SUMS"
_CHECKSUM_LINE = re.compile(r"([0-9a-fA-F]{64}) [ *](.+)")


def verify_checksums(folder: str | os.PathLike[str]) -> None:
    """Check every file listed in ``folder/SHA256SUMS``; do nothing if there is no such file."""
    folder = Path(folder)
    sums_path = folder / CHECKSUM_FILE
    if not sums_path.is_file():
        return
    for file_name, expected in _read_checksums(sums_path).items():
        path = folder / file_name
        if not path.is_file():
            raise DatasetError(f"{path}: listed in {sums_path} but not found")
        actual = sha256_of(path)
        if actual != expected:
            raise DatasetError(
                f"{path}: checksum mismatch: {sums_path} expects SHA-256 {expected}, "
                f"the file has {actual}; the file is damaged or was replaced"
            )


def _read_checksums(sums_path: Path) -> dict[str, str]:
    """Parse ``<hex>  <filename>`` lines (``sha256sum`` output); names must stay in the folder."""
    try:
        text = sums_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DatasetError(f"{sums_path}: expected a readable UTF-8 text file: {exc}") from exc
    sums = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        match = _CHECKSUM_LINE.fullmatch(line.strip())
        file_name = match.group(2) if match else ""
        if not match or Path(file_name).is_absolute() or ".." in Path(file_name).parts:
            raise DatasetError(
                f"{sums_path}, line {number}: expected '<64 hex digits>  <file name in this "
                f"folder>', found {line!r}"
            )
        sums[file_name] = match.group(1).lower()
    return sums


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as file:
            for block in iter(lambda: file.read(1024 * 1024), b""):
                digest.update(block)
    except OSError as exc:
        raise DatasetError(f"{path}: cannot read it to verify its checksum: {exc}") from exc
    return digest.hexdigest()
