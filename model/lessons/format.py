"""The lesson format: ``lesson.json`` read into :class:`Lesson`, with every problem named.

A lesson is a folder (shipped ones live in ``resources/lessons/``) or a ``.digitlab-lesson``
zip of that folder (:mod:`model.lessons.archive`). :func:`parse_lesson` does not stop at the
first mistake: it collects every problem (unknown action, unknown setting, value out of range,
missing picture…) so ``digitlab lesson validate`` can list them all at once, as a teacher fixing
a file wants. Older ``format_version`` files are migrated first (:data:`MIGRATIONS`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from model.errors import ConfigError, DigitLabError
from model.policy import Lock, PolicyError, parse_locks
from model.presets import presets
from model.setting_names import check_setting

FORMAT_VERSION = 2
LESSON_FILE = "lesson.json"
LESSON_SUFFIX = ".digitlab-lesson"
TRAIN_PAGES = ("setup", "training", "results", "runs")
TABS = ("answer", "inside", "weights")
EVENTS = ("unit_pointed", "inside_tab", "weights_tab", "runs_tab")
"""What the window tells lessons that no stored history keeps."""
ACTIONS: dict[str, dict[str, tuple[type, ...]]] = {
    "preset": {"preset": (str,), "settings": (dict,), "dataset": (str,)},
    "settings": {"settings": (dict,), "dataset": (str,)},
    "train_page": {"page": (str,)},
    "train": {"preset": (str,), "settings": (dict,), "dataset": (str,)},
    "tab": {"tab": (str,)},
    "clear_canvas": {},
    "adapt": {},
}
"""Each *Do it* action with the keys it takes (besides ``do``) and their JSON types."""
RUN_CONDITIONS: dict[str, tuple[type, ...]] = {
    "activation": (str,), "optimizer": (str,), "dataset": (str,), "reason": (str,),
    "min_val_accuracy": (int, float), "min_test_accuracy": (int, float),
    "min_learning_rate": (int, float), "max_learning_rate": (int, float),
    "min_dropout": (int, float), "min_epochs": (int,),
}
"""What a run in the history may be asked to have (``{"check": "run", "activation": "relu"}``)."""
CHECKS: dict[str, dict[str, tuple[type, ...]]] = {
    "run": RUN_CONDITIONS,
    "runs": {"each": (list,)},
    "drawings": {"count": (int,)},
    "adapted": {},
    "event": {"event": (str,)},
}
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
PICTURE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)")
"""A Markdown picture; its group is the file it names."""


class LessonError(DigitLabError):
    """A lesson file cannot be used; the message lists every problem found."""


@dataclass(frozen=True)
class Step:
    title: str
    text: str
    """Markdown, read from the step's file; pictures are named relative to the lesson folder."""
    action: dict[str, Any] | None = None
    check: dict[str, Any] | None = None
    text_file: str = ""
    """The Markdown file's name, which its translations share (:mod:`model.lessons.translation`)."""


@dataclass(frozen=True)
class Lesson:
    id: str
    title: str
    summary: str
    minutes: int
    steps: tuple[Step, ...]
    question: str
    folder: Path
    """Where its Markdown and pictures are (QTextBrowser's search path)."""
    seed: int = 1
    limit: int | None = None
    """Train on a stratified subset of this many images, so a step fits a laptop."""
    locks: dict[str, Lock] = field(default_factory=dict)
    order: int = 100
    question_file: str = ""


@dataclass
class Problems:
    """Every problem found in one lesson, each one line."""

    where: str
    lines: list[str] = field(default_factory=list)

    def add(self, text: str) -> None:
        self.lines.append(text)

    def raise_if_any(self) -> None:
        if self.lines:
            raise LessonError(f"{self.where}: " + "; ".join(self.lines))


def _migrate_1(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 named a step's Markdown file ``body``; version 2 calls it ``text``."""
    steps = [{("text" if key == "body" else key): value for key, value in step.items()}
             if isinstance(step, dict) else step for step in data.get("steps", [])]
    return {**data, "steps": steps, "format_version": 2}


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _migrate_1}
"""``version → function`` turning a lesson of that version into the next one."""


def migrate(data: dict[str, Any], problems: Problems) -> dict[str, Any]:
    version = data.get("format_version")
    while version in MIGRATIONS:
        data = MIGRATIONS[version](data)
        version = data["format_version"]
    if version != FORMAT_VERSION:
        problems.add(f"format_version must be 1 to {FORMAT_VERSION}, got {version!r}")
    return data


def read_lesson(folder: Path, where: str | None = None) -> Lesson:
    """The lesson in ``folder`` (its ``lesson.json``); LessonError lists every problem."""
    problems = Problems(where or str(folder))
    try:
        data = json.loads((folder / LESSON_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LessonError(f"{problems.where}: no {LESSON_FILE} in it") from None
    except (OSError, UnicodeDecodeError) as error:
        raise LessonError(f"{problems.where}: cannot read {LESSON_FILE}: {error}") from None
    except json.JSONDecodeError as error:
        raise LessonError(f"{problems.where}: {LESSON_FILE} is not JSON: {error}") from None
    lesson = parse_lesson(data, folder, problems)
    problems.raise_if_any()
    return lesson


def parse_lesson(data: Any, folder: Path, problems: Problems) -> Lesson:
    """The lesson ``data`` describes; each problem goes into ``problems`` (the result is only
    meaningful when there are none)."""
    if not isinstance(data, dict):
        problems.add(f"{LESSON_FILE} must hold a JSON object, got {type(data).__name__}")
        data = {}
    data = migrate(data, problems)
    _known_keys(data, {"format_version", "id", "title", "summary", "minutes", "steps",
                       "question", "seed", "limit", "locks", "order"}, "lesson", problems)
    lesson_id = _text(data, "id", "lesson", problems)
    if lesson_id and not _ID.match(lesson_id):
        problems.add(f"id must be lower-case letters, digits and dashes, got {lesson_id!r}")
    steps = data.get("steps")
    if not isinstance(steps, list) or not steps:
        problems.add("steps must be a non-empty list")
        steps = []
    return Lesson(
        id=lesson_id, title=_text(data, "title", "lesson", problems),
        summary=_text(data, "summary", "lesson", problems),
        minutes=_whole(data, "minutes", 1, 60, problems, 15),
        steps=tuple(_step(step, number, folder, problems)
                    for number, step in enumerate(steps, 1)),
        question=read_markdown(data.get("question"), "question", folder, problems),
        folder=folder, seed=_whole(data, "seed", 0, 2**31 - 1, problems, 1),
        limit=_whole(data, "limit", 10, 60000, problems, None),
        locks=_locks(data.get("locks", {}), problems),
        order=_whole(data, "order", 0, 1000, problems, 100),
        question_file=str(data.get("question", "")))


def _step(data: Any, number: int, folder: Path, problems: Problems) -> Step:
    where = f"step {number}"
    if not isinstance(data, dict):
        problems.add(f"{where} must be a JSON object")
        return Step("", "")
    _known_keys(data, {"title", "text", "do", "check"}, where, problems)
    action = data.get("do")
    check = data.get("check")
    if action is not None:
        _action(action, where, problems)
    if check is not None:
        _check(check, where, problems)
    return Step(_text(data, "title", where, problems),
                read_markdown(data.get("text"), f"{where} text", folder, problems), action, check,
                text_file=str(data.get("text", "")))


def _action(action: Any, where: str, problems: Problems) -> None:
    kind = _kind(action, "action", ACTIONS, where, problems)
    if kind is None:
        return
    settings = action.get("settings", {})
    for name, value in settings.items() if isinstance(settings, dict) else ():
        try:
            check_setting(name, value)
        except ConfigError as error:
            problems.add(f"{where}: {error}")
    if (kind == "preset" or "preset" in action) and action.get("preset") not in presets():
        problems.add(f"{where}: unknown preset {action.get('preset')!r}; expected one of "
                     f"{', '.join(presets())}")
    for key, allowed in (("page", TRAIN_PAGES), ("tab", TABS)):
        if key in action and action[key] not in allowed:
            problems.add(f"{where}: {key} must be one of {', '.join(allowed)}, got "
                         f"{action[key]!r}")


def _check(check: Any, where: str, problems: Problems) -> None:
    kind = _kind(check, "check", CHECKS, where, problems)
    if kind == "runs":
        for conditions in check.get("each", []):
            _check({**conditions, "check": "run"} if isinstance(conditions, dict) else conditions,
                   where, problems)
    if kind == "event" and check.get("event") not in EVENTS:
        problems.add(f"{where}: event must be one of {', '.join(EVENTS)}, got "
                     f"{check.get('event')!r}")
    for key in ("min_val_accuracy", "min_test_accuracy", "min_dropout"):
        value = check.get(key)
        if isinstance(value, (int, float)) and not 0 <= value <= 1:
            problems.add(f"{where}: {key} must be in [0, 1], got {value!r}")


def _kind(data: Any, what: str, table: dict[str, dict[str, tuple[type, ...]]], where: str,
          problems: Problems) -> str | None:
    """The ``do``/``check`` name of ``data`` when it and its keys are known (else problems)."""
    key = "do" if what == "action" else "check"
    if not isinstance(data, dict) or data.get(key) not in table:
        found = data.get(key) if isinstance(data, dict) else data
        problems.add(f"{where}: unknown {what} {found!r}; expected one of {', '.join(table)}")
        return None
    kind = data[key]
    for name, value in data.items():
        if name == key:
            continue
        if name not in table[kind]:
            problems.add(f"{where}: {what} {kind!r} takes no {name!r}; expected some of "
                         f"{', '.join(table[kind]) or 'nothing'}")
        elif not isinstance(value, table[kind][name]) or isinstance(value, bool):
            problems.add(f"{where}: {name} must be {table[kind][name][0].__name__}, got "
                         f"{value!r}")
    return kind


def read_markdown(name: Any, where: str, folder: Path, problems: Problems,
                  subfolder: str = "") -> str:
    """The Markdown file ``name`` in the lesson folder (or its ``subfolder``, a translation's);
    its pictures must be in the lesson folder too."""
    if not isinstance(name, str) or not name.endswith(".md"):
        problems.add(f"{where} must name a .md file in the lesson, got {name!r}")
        return ""
    path = folder / subfolder / name
    if not _inside(path, folder) or not path.is_file():
        problems.add(f"{where}: missing file {Path(subfolder, name).as_posix()}")
        return ""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        problems.add(f"{where}: cannot read {name}: {error}")
        return ""
    for picture in PICTURE.findall(text):
        if "://" in picture or not _inside(folder / picture, folder) \
                or not (folder / picture).is_file():
            problems.add(f"{where}: missing picture {picture} (pictures must be files in the "
                         "lesson)")
    return text


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def _locks(data: Any, problems: Problems) -> dict[str, Lock]:
    try:
        return parse_locks(data, "locks")
    except PolicyError as error:
        problems.add(str(error))
        return {}


def _known_keys(data: dict[str, Any], known: set[str], where: str, problems: Problems) -> None:
    for key in sorted(set(data) - known):
        problems.add(f"{where}: unknown key {key!r}; expected some of {', '.join(sorted(known))}")


def _text(data: dict[str, Any], key: str, where: str, problems: Problems) -> str:
    value = data.get(key)
    if not is_text(value):
        problems.add(f"{where}: {key} must be a non-empty text, got {value!r}")
        return ""
    return value


def is_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _whole(data: dict[str, Any], key: str, low: int, high: int, problems: Problems,
           default: int | None) -> Any:
    value = data.get(key, default)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        problems.add(f"{key} must be a whole number in [{low}, {high}], got {value!r}")
        return default
    return value
