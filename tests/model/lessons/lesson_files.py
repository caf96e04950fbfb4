"""Lesson folders and zips for the tests: a good one, and ways to spoil it."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

GOOD: dict[str, Any] = {
    "format_version": 2, "id": "tiny", "title": "Tiny lesson", "summary": "For the tests.",
    "minutes": 2, "seed": 4, "limit": 300, "locks": {"epochs": {"max": 3}},
    "steps": [
        {"title": "Read", "text": "read.md"},
        {"title": "Train", "text": "train.md",
         "do": {"do": "train", "settings": {"hidden": [16], "epochs": 1}, "dataset": "mnist"},
         "check": {"check": "run", "min_epochs": 1}},
        {"title": "Point", "text": "read.md", "do": {"do": "tab", "tab": "inside"},
         "check": {"check": "event", "event": "unit_pointed"}},
    ],
    "question": "question.md",
}


def write_lesson(folder: Path, data: dict[str, Any] | str = GOOD,
                 files: dict[str, bytes] | None = None) -> Path:
    """A lesson folder with ``data`` as its lesson.json and the Markdown it names."""
    folder.mkdir(parents=True, exist_ok=True)
    text = data if isinstance(data, str) else json.dumps(data)
    (folder / "lesson.json").write_text(text, encoding="utf-8")
    defaults = {"read.md": b"Some **text**.\n\n![a picture](pic.png)\n", "pic.png": b"PNG",
                "train.md": b"Train it.", "question.md": b"Why?"}
    for name, content in {**defaults, **(files or {})}.items():
        (folder / name).write_bytes(content)
    return folder


def zip_folder(folder: Path, target: Path, extra: dict[str, bytes] | None = None) -> Path:
    """``folder``'s files at the top of a zip, plus ``extra`` members named as given."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.iterdir()):
            archive.write(path, path.name)
        for name, content in (extra or {}).items():
            archive.writestr(name, content)
    return target
