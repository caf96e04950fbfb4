"""How far a learner got in each lesson, kept in the user data folder (one small JSON file a
lesson, written atomically: a crash mid-save leaves the previous progress, never half of it)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path

from model.atomic_files import write_bytes_atomically
from model.history.recorder import utc_now
from model.user_data import user_data_dir


def progress_dir() -> Path:
    return user_data_dir() / "lessons" / "progress"


@dataclass(frozen=True)
class Progress:
    """The steps done (0-based), the step shown last and when the lesson was first opened
    (runs before that do not count)."""

    started: str
    done: frozenset[int] = field(default_factory=frozenset)
    current: int = 0

    def with_done(self, step: int) -> Progress:
        return replace(self, done=self.done | {step})

    def to_json(self) -> str:
        return json.dumps({"started": self.started, "done": sorted(self.done),
                           "current": self.current})


def load_progress(lesson_id: str, folder: Path | None = None) -> Progress:
    """The saved progress, or a fresh start from now (also when the file is damaged)."""
    path = (folder or progress_dir()) / f"{lesson_id}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Progress(str(data["started"]), frozenset(int(i) for i in data["done"]),
                        int(data.get("current", 0)))
    except (OSError, ValueError, KeyError, TypeError):
        return Progress(utc_now())


def save_progress(lesson_id: str, progress: Progress, folder: Path | None = None) -> None:
    folder = folder or progress_dir()
    folder.mkdir(parents=True, exist_ok=True)
    write_bytes_atomically(folder / f"{lesson_id}.json", progress.to_json().encode("utf-8"))
