"""The lesson format: good lessons read, every problem of a bad one named, old ones migrated."""

from __future__ import annotations

import copy
import json

import pytest

from model.lessons.format import FORMAT_VERSION, LessonError, read_lesson
from model.lessons.library import catalogue
from tests.model.lessons.lesson_files import GOOD, write_lesson


def problems_of(tmp_path, data, files=None) -> str:
    with pytest.raises(LessonError) as raised:
        read_lesson(write_lesson(tmp_path / "lesson", data, files))
    return str(raised.value)


def test_a_good_lesson_reads_with_its_steps_locks_and_texts(tmp_path):
    lesson = read_lesson(write_lesson(tmp_path / "lesson"))
    assert (lesson.id, lesson.seed, lesson.limit) == ("tiny", 4, 300)
    assert [step.title for step in lesson.steps] == ["Read", "Train", "Point"]
    assert "**text**" in lesson.steps[0].text and lesson.question == "Why?"
    assert lesson.locks["epochs"].maximum == 3


def test_every_problem_is_named_at_once(tmp_path):
    data = copy.deepcopy(GOOD)
    data["steps"][1]["do"] = {"do": "explode"}
    data["steps"][1]["check"] = {"check": "run", "activation": "relu", "colour": "red"}
    data["steps"][2]["do"] = {"do": "train", "settings": {"epochs": 0, "wings": 2}}
    data["locks"] = {"learning_rate": {"max": 99}}
    data["minutes"] = 500
    text = problems_of(tmp_path, data, {"read.md": b"![gone](missing.png)"})
    for expected in ("unknown action 'explode'", "takes no 'colour'",
                     "epochs must be in [1, 10000], got 0", "unknown setting 'wings'",
                     "learning_rate must be in (0.0, 10.0], got 99", "minutes must be",
                     "missing picture missing.png"):
        assert expected in text


@pytest.mark.parametrize(("change", "expected"), [
    (lambda d: d.update(id="Not An Id"), "id must be lower-case"),
    (lambda d: d.update(steps=[]), "steps must be a non-empty list"),
    (lambda d: d.update(question="../../etc/passwd.md"), "missing file ../../etc/passwd.md"),
    (lambda d: d.update(format_version=99), "format_version must be 1 to"),
    (lambda d: d["steps"][2]["check"].update(event="sneezed"), "event must be one of"),
    (lambda d: d["steps"][1]["do"].update(preset="Nobody's"), "unknown preset"),
    (lambda d: d["steps"][1]["check"].update(min_val_accuracy=95), "must be in [0, 1]"),
    (lambda d: d.update(locks={"epochs": 20}), "needs {\"value\": …} or {\"max\": …}"),
    (lambda d: d.update(locks={"optimizer": {"max": 3}}), "cannot have a max"),
])
def test_each_kind_of_mistake_is_refused_with_its_reason(tmp_path, change, expected):
    data = copy.deepcopy(GOOD)
    change(data)
    assert expected in problems_of(tmp_path, data)


def test_bad_json_says_so(tmp_path):
    assert "is not JSON" in problems_of(tmp_path, '{"id": "x",')


def test_a_version_1_lesson_is_migrated(tmp_path):
    data = copy.deepcopy(GOOD)
    data["format_version"] = 1
    for step in data["steps"]:
        step["body"] = step.pop("text")
    lesson = read_lesson(write_lesson(tmp_path / "old", data))
    assert lesson.steps[1].text == "Train it."
    assert FORMAT_VERSION == 2


def test_the_shipped_lessons_are_valid_and_there_are_at_least_seven():
    found = catalogue()
    assert found.problems == ()
    ids = [lesson.id for lesson in found.lessons]
    assert ids[:7] == ["first-network", "activations", "learning-rate", "overfitting",
                       "fashion-mnist", "look-inside", "handwriting"]
    for lesson in found.lessons:
        assert lesson.minutes <= 15 and lesson.question.startswith("**To think about:**")
        assert all(step.text for step in lesson.steps)


def test_a_broken_installed_lesson_is_left_out_and_named(tmp_path, monkeypatch):
    from model.lessons.archive import installed_lessons_dir

    write_lesson(installed_lessons_dir() / "broken", json.dumps({"id": "broken"}))
    found = catalogue()
    assert "broken" not in [lesson.id for lesson in found.lessons]
    assert any("broken" in problem for problem in found.problems)
