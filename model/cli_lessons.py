"""``digitlab lessons`` and ``digitlab lesson validate``, and the policy's say over
``digitlab train`` (registered by :mod:`model.cli`).

``lesson validate`` prints every problem of a lesson file, one a line, and exits 1 when there
is any, so a teacher (or a CI job of a school's lesson repository) fixes them all in one go.
"""

from __future__ import annotations

import argparse
import json
import sys

from model.config import NetworkConfig, TrainingConfig
from model.lessons.archive import validate_lesson_file
from model.lessons.library import catalogue
from model.policy import check_allowed, load_policy
from model.setting_names import value_of
from model.translatable import ENGLISH, LANGUAGES


def add_lessons_parsers(commands: argparse._SubParsersAction) -> None:
    lessons = commands.add_parser("lessons", help="list the shipped and installed lessons")
    lessons.add_argument("--json", action="store_true", help="print JSON")
    lessons.add_argument("--language", metavar="CODE", choices=LANGUAGES, default=ENGLISH,
                         help="titles and summaries in this language where a lesson is "
                              "translated: " + ", ".join(LANGUAGES) + f" (default: {ENGLISH})")
    lesson = commands.add_parser("lesson", help="check a lesson file")
    actions = lesson.add_subparsers(dest="lesson_command", required=True,
                                    parser_class=type(lesson))
    validate = actions.add_parser("validate", help="name every problem of a .digitlab-lesson "
                                                   "file (or a lesson folder)")
    validate.add_argument("file", metavar="FILE")
    validate.add_argument("--json", action="store_true", help="print JSON")


def lessons_command(args: argparse.Namespace) -> int:
    found = catalogue(args.language)
    rows = [{"id": lesson.id, "title": lesson.title, "minutes": lesson.minutes,
             "steps": len(lesson.steps), "shipped": lesson.id in found.shipped,
             "summary": lesson.summary, "folder": str(lesson.folder)}
            for lesson in found.lessons]
    for problem in found.problems:
        print(f"digitlab: skipped a lesson: {problem}", file=sys.stderr)
    if args.json:
        print(json.dumps(rows))
        return 0
    for row in rows:
        where = "shipped" if row["shipped"] else "installed"
        print(f"{row['id']:<16} {row['minutes']:>3} min  {where:<9} {row['title']}")
    return 0


def lesson_command(args: argparse.Namespace) -> int:
    problems = validate_lesson_file(args.file)
    if args.json:
        print(json.dumps({"file": args.file, "valid": not problems, "problems": problems}))
    elif problems:
        for problem in problems:
            print(f"{args.file}: {problem}", file=sys.stderr)
    else:
        print(f"{args.file}: a valid lesson")
    return 1 if problems else 0


def check_training_policy(network: NetworkConfig, training: TrainingConfig) -> None:
    """Raise PolicyError (one line) when the machine's policy forbids these settings (before
    any data is loaded; downloads are refused where datasets load)."""
    policy = load_policy()
    check_allowed(policy, {name: value_of(network, training, name) for name in policy.locks})

