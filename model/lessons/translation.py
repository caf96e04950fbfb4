"""Lessons in the learner's language: a lesson folder may hold one translation per language.

``<lesson>/<code>/`` (``de``, ``pt_BR``…, the window's language codes; a teacher's ``pt`` serves
every Portuguese window) holds ``translation.json`` — ``{"title": …, "summary": …, "steps": [the
step titles]}`` — and the lesson's Markdown files under their own names. What a lesson *does*
(actions, checks, locks) stays in ``lesson.json`` alone, so a translation changes what a learner
reads, never what a step does. A text the translation lacks, or holds broken, is shown as
written: half a translation is still a lesson, and ``digitlab lesson validate`` names what is
missing (:func:`translation_problems`).
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from model.lessons.format import Lesson, Problems, is_text, read_markdown

TRANSLATION_FILE = "translation.json"
_KEYS = ("steps", "summary", "title")


def translation_code(folder: Path, language: str) -> str | None:
    """The subfolder of the lesson ``folder`` that translates it into ``language`` (``pt_BR``,
    else ``pt``), if there is one."""
    for code in dict.fromkeys((language, language.split("_")[0])):
        if (folder / code / TRANSLATION_FILE).is_file():
            return code
    return None


def translated(lesson: Lesson, language: str) -> Lesson:
    """``lesson`` as its translation into ``language`` gives it; every text it lacks as written."""
    code = translation_code(lesson.folder, language)
    if code is None:
        return lesson
    strings = _strings(lesson, code, Problems(code))
    titles = strings.get("steps", [None] * len(lesson.steps))
    steps = tuple(dataclasses.replace(step, title=title or step.title,
                                      text=_markdown_or(step.text, step.text_file, lesson, code))
                  for step, title in zip(lesson.steps, titles, strict=True))
    return dataclasses.replace(
        lesson, title=strings.get("title", lesson.title),
        summary=strings.get("summary", lesson.summary), steps=steps,
        question=_markdown_or(lesson.question, lesson.question_file, lesson, code))


def translation_problems(lesson: Lesson) -> list[str]:
    """Every problem of every translation in the (valid) ``lesson``'s folder, one a line."""
    lines = []
    for folder in sorted(path for path in lesson.folder.iterdir() if path.is_dir()):
        problems = Problems(f"{folder.name} translation")
        if (folder / TRANSLATION_FILE).is_file():
            _strings(lesson, folder.name, problems)
            for number, step in enumerate(lesson.steps, 1):
                read_markdown(step.text_file, f"step {number} text", lesson.folder, problems,
                              folder.name)
            read_markdown(lesson.question_file, "question", lesson.folder, problems, folder.name)
        elif any(folder.glob("*.md")):
            problems.add(f"Markdown files but no {TRANSLATION_FILE}, so nothing of it is shown")
        lines += [f"{problems.where}: {line}" for line in problems.lines]
    return lines


def _strings(lesson: Lesson, code: str, problems: Problems) -> dict[str, Any]:
    """The usable texts of ``<code>/translation.json``: ``title`` and ``summary`` where they are
    texts, ``steps`` (each a title, or None where it is not one) where the list has one entry per
    step of the lesson; its problems go into ``problems``."""
    name = f"{code}/{TRANSLATION_FILE}"
    try:
        data = json.loads((lesson.folder / name).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        problems.add(f"cannot read {name}: {error}")
        return {}
    if not isinstance(data, dict):
        problems.add(f"{name} must hold a JSON object, got {type(data).__name__}")
        return {}
    for key in sorted(set(data) - set(_KEYS)):
        problems.add(f"unknown key {key!r}; expected some of {', '.join(_KEYS)}")
    usable: dict[str, Any] = {}
    for key in ("title", "summary"):
        if is_text(data.get(key)):
            usable[key] = data[key]
        else:
            problems.add(f"{key} must be a non-empty text, got {data.get(key)!r:.80}")
    titles = data.get("steps", [])
    if isinstance(titles, list) and len(titles) == len(lesson.steps):
        usable["steps"] = [title if is_text(title) else None for title in titles]
    if None in usable.get("steps", [None]):
        problems.add(f"steps must list the {len(lesson.steps)} step titles, each a non-empty "
                     f"text, got {titles!r:.80}")
    return usable


def _markdown_or(written: str, name: str, lesson: Lesson, code: str) -> str:
    """The translated Markdown file ``name``, or the text as written when it is missing or
    names a picture the lesson lacks."""
    problems = Problems(code)
    text = read_markdown(name, code, lesson.folder, problems, code)
    return written if problems.lines else text
