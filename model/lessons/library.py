"""Which lessons there are: the shipped ones (``resources/lessons/``) and those a teacher's
file installed into the user data folder, in the order a newcomer should take them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from model.lessons.archive import installed_lessons_dir
from model.lessons.format import LESSON_FILE, Lesson, LessonError, read_lesson
from model.lessons.translation import translated
from model.resources import resource_path


def shipped_lessons_dir() -> Path:
    return resource_path("lessons")


@dataclass(frozen=True)
class Catalogue:
    lessons: tuple[Lesson, ...]
    shipped: frozenset[str]
    """The ids of the lessons that come with DigitLab."""
    problems: tuple[str, ...]
    """One line per installed lesson that could not be read (it is left out)."""


def catalogue(language: str | None = None) -> Catalogue:
    """Every lesson, shipped first by order, then installed ones by title; in ``language``
    where a lesson has a translation into it."""
    shipped, problems = _read_all(shipped_lessons_dir(), language)
    installed, installed_problems = _read_all(installed_lessons_dir(), language)
    ids = {lesson.id for lesson in shipped}
    installed = [lesson for lesson in installed if lesson.id not in ids]
    return Catalogue(tuple(sorted(shipped, key=lambda lesson: (lesson.order, lesson.title))
                           + sorted(installed, key=lambda lesson: lesson.title)),
                     frozenset(ids), tuple(problems + installed_problems))


def _read_all(folder: Path, language: str | None) -> tuple[list[Lesson], list[str]]:
    lessons, problems = [], []
    for lesson_file in sorted(folder.glob(f"*/{LESSON_FILE}")):
        try:
            lesson = read_lesson(lesson_file.parent)
            lessons.append(translated(lesson, language) if language else lesson)
        except LessonError as error:
            problems.append(str(error))
    return lessons, problems
