"""Lessons in the learner's language: a translation changes what is read, never what a step
does; what it lacks is shown as written and named by validate; the shipped lessons come in
every language of the window."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from model.lessons.archive import open_lesson_file, validate_lesson_file
from model.lessons.format import PICTURE, Lesson, read_lesson
from model.lessons.library import catalogue
from model.lessons.translation import TRANSLATION_FILE, translated, translation_problems
from tests.model.lessons.lesson_files import write_lesson, zip_folder
from tests.translations import LANGUAGE_CODES

GERMAN = {"title": "Kleine Lektion", "summary": "Für die Tests.",
          "steps": ["Lesen", "Trainieren", "Zeigen"]}


def translate_lesson(folder, code="de", strings=GERMAN, files=None):
    """Give the lesson in ``folder`` a translation into ``code``."""
    target = folder / code
    target.mkdir()
    (target / TRANSLATION_FILE).write_text(
        strings if isinstance(strings, str) else json.dumps(strings), encoding="utf-8")
    defaults = {"read.md": "Etwas **Text**.\n\n![ein Bild](pic.png)\n",
                "train.md": "Trainiere es.", "question.md": "Warum?"}
    for name, text in (defaults if files is None else files).items():
        (target / name).write_text(text, encoding="utf-8")
    return folder


def test_a_translated_lesson_reads_in_its_language_and_does_the_same(tmp_path):
    english = read_lesson(translate_lesson(write_lesson(tmp_path / "tiny")))
    german = translated(english, "de")
    assert (german.title, german.summary) == ("Kleine Lektion", "Für die Tests.")
    assert [step.title for step in german.steps] == ["Lesen", "Trainieren", "Zeigen"]
    assert german.steps[0].text.startswith("Etwas **Text**") and german.question == "Warum?"
    assert [(step.action, step.check) for step in german.steps] == \
        [(step.action, step.check) for step in english.steps]
    assert (german.id, german.locks, german.folder) == (english.id, english.locks, english.folder)
    assert translated(english, "fr") == english
    assert validate_lesson_file(english.folder) == []


def test_a_regional_window_reads_the_languages_translation(tmp_path):
    lesson = read_lesson(translate_lesson(write_lesson(tmp_path / "tiny"), "pt",
                                          {**GERMAN, "title": "Lição pequena"}))
    assert translated(lesson, "pt_BR").title == "Lição pequena"


def test_what_a_translation_lacks_is_shown_as_written_and_named(tmp_path):
    folder = translate_lesson(write_lesson(tmp_path / "tiny"),
                              strings={"title": "Kleine Lektion", "steps": ["Lesen"],
                                       "colour": "rot"},
                              files={"read.md": "![weg](fehlt.png)", "train.md": "Trainiere."})
    lesson = translated(read_lesson(folder), "de")
    assert lesson.title == "Kleine Lektion" and lesson.summary == "For the tests."
    assert [step.title for step in lesson.steps] == ["Read", "Train", "Point"]
    assert "**text**" in lesson.steps[0].text, "a picture the lesson lacks: as written"
    assert lesson.steps[1].text == "Trainiere." and lesson.question == "Why?"
    problems = validate_lesson_file(folder)
    for expected in ("de translation: unknown key 'colour'",
                     "de translation: summary must be a non-empty text, got None",
                     "de translation: steps must list the 3 step titles",
                     "de translation: step 1 text: missing picture fehlt.png",
                     "de translation: question: missing file de/question.md"):
        assert any(line.startswith(expected) for line in problems), (expected, problems)


@pytest.mark.parametrize("strings", ['{"title": "Kleine', '["Lesen"]'])
def test_a_broken_translation_file_leaves_the_lesson_as_written(tmp_path, strings):
    lesson = read_lesson(translate_lesson(write_lesson(tmp_path / "tiny"), strings=strings))
    assert translated(lesson, "de").title == "Tiny lesson"
    assert len(translation_problems(lesson)) == 1


def test_markdown_in_a_folder_without_its_translation_file_is_named(tmp_path):
    folder = write_lesson(tmp_path / "tiny")
    (folder / "fr").mkdir()
    (folder / "fr" / "read.md").write_text("Lire.", encoding="utf-8")
    assert validate_lesson_file(folder) == [
        f"fr translation: Markdown files but no {TRANSLATION_FILE}, so nothing of it is shown"]


def test_every_shipped_lesson_comes_in_every_language_of_the_window():
    codes = sorted(LANGUAGE_CODES)
    english = catalogue().lessons
    for lesson in english:
        assert translation_problems(lesson) == [], lesson.id
        assert sorted(path.parent.name for path in lesson.folder.glob(
            f"*/{TRANSLATION_FILE}")) == codes, lesson.id
    for code in codes:
        for before, after in zip(english, catalogue(code).lessons, strict=True):
            assert after.title != before.title, (code, before.id)
            for text, new in zip(_texts(before), _texts(after), strict=True):
                assert new != text and _pictures(new) == _pictures(text), (code, before.id)


def _texts(lesson: Lesson) -> list[str]:
    """Its Markdown texts (step titles such as "Sigmoid" may rightly stay as they are)."""
    return [step.text for step in lesson.steps] + [lesson.question]


def _pictures(markdown: str) -> list[str]:
    """The pictures' file names (a translation may draw its own, in its folder)."""
    return [Path(name).name for name in PICTURE.findall(markdown)]


def test_a_lesson_file_carries_its_translations_and_validate_reads_them(tmp_path):
    source = write_lesson(tmp_path / "src")
    german = {"de/translation.json": json.dumps(GERMAN).encode(),
              "de/read.md": b"Lesen.", "de/train.md": b"Trainieren."}
    target = zip_folder(source, tmp_path / "tiny.digitlab-lesson", german)
    assert validate_lesson_file(target) == [
        "de translation: question: missing file de/question.md"]
    lesson = translated(open_lesson_file(target), "de")
    assert (lesson.title, lesson.steps[0].text, lesson.question) == ("Kleine Lektion", "Lesen.",
                                                                     "Why?")
