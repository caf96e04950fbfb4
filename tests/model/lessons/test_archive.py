"""Hostile lesson files: refused with their reason, nothing written outside the data folder."""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

import pytest

from model.lessons.archive import (
    MAX_MEMBERS,
    MAX_TOTAL_BYTES,
    installed_lessons_dir,
    open_lesson_file,
    validate_lesson_file,
)
from model.lessons.format import LessonError
from model.user_data import user_data_dir
from tests.model.lessons.lesson_files import write_lesson, zip_folder


@pytest.fixture
def good_zip(tmp_path) -> Path:
    return zip_folder(write_lesson(tmp_path / "src"), tmp_path / "tiny.digitlab-lesson")


def every_file_under(folder: Path) -> set[Path]:
    return {path for path in folder.rglob("*")} if folder.exists() else set()


def test_a_good_lesson_file_is_extracted_into_the_data_folder_and_read(good_zip):
    lesson = open_lesson_file(good_zip)
    assert lesson.folder == installed_lessons_dir() / "tiny"
    assert (lesson.folder / "pic.png").read_bytes() == b"PNG"
    assert validate_lesson_file(good_zip) == []


def test_a_folder_zipped_whole_is_a_lesson_too(tmp_path):
    folder = write_lesson(tmp_path / "my-lesson")
    target = tmp_path / "whole.digitlab-lesson"
    with zipfile.ZipFile(target, "w") as archive:
        for path in sorted(folder.iterdir()):
            archive.write(path, f"my-lesson/{path.name}")
    assert validate_lesson_file(target) == []
    lesson = open_lesson_file(target)
    assert lesson.id == "tiny" and lesson.folder == installed_lessons_dir() / "whole"
    assert not list(installed_lessons_dir().glob(".opening-*"))


def test_opening_the_same_file_again_replaces_the_copy(good_zip):
    open_lesson_file(good_zip)
    open_lesson_file(good_zip)
    assert [path.name for path in installed_lessons_dir().iterdir()] == ["tiny"]


@pytest.mark.parametrize("name", ["../evil.md", "../../outside.txt", "/abs/evil.md",
                                  "sub/../../evil.md", "C:/windows/evil.md", "..\\evil.md"])
def test_zip_slip_is_refused_and_nothing_is_extracted(tmp_path, name, good_zip):
    hostile = zip_folder(write_lesson(tmp_path / "src"), tmp_path / "slip.digitlab-lesson",
                         {name: b"gotcha"})
    before = every_file_under(tmp_path)
    with pytest.raises(LessonError, match="path traversal refused"):
        open_lesson_file(hostile)
    assert every_file_under(tmp_path) == before
    assert not (installed_lessons_dir() / "slip").exists()
    assert any("path traversal refused" in line for line in validate_lesson_file(hostile))


def test_a_link_in_the_zip_is_refused(tmp_path):
    target = zip_folder(write_lesson(tmp_path / "src"), tmp_path / "link.digitlab-lesson")
    with zipfile.ZipFile(target, "a") as archive:
        info = zipfile.ZipInfo("passwd.md")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(info, "/etc/passwd")
    with pytest.raises(LessonError, match="link refused"):
        open_lesson_file(target)


def test_a_zip_bomb_is_refused_from_its_directory(tmp_path):
    target = zip_folder(write_lesson(tmp_path / "src"), tmp_path / "bomb.digitlab-lesson",
                        {"zeros.md": b"\0" * (MAX_TOTAL_BYTES + 1)})
    problems = validate_lesson_file(target)
    assert any("zip bomb refused" in line for line in problems)
    with pytest.raises(LessonError, match="zip bomb refused"):
        open_lesson_file(target)
    assert not any(installed_lessons_dir().glob("*/zeros.md"))


def test_a_member_lying_about_its_size_stops_at_the_limit(tmp_path, monkeypatch):
    import model.lessons.archive as archive

    monkeypatch.setattr(archive, "MAX_TOTAL_BYTES", 200_000)
    monkeypatch.setattr(archive, "MAX_RATIO", 10**9)
    target = zip_folder(write_lesson(tmp_path / "src"), tmp_path / "liar.digitlab-lesson",
                        {"big.md": os.urandom(300_000)})
    monkeypatch.setattr(archive, "_member_problems", lambda members: [])
    with pytest.raises(LessonError, match="inflates beyond"):
        open_lesson_file(target)
    assert not list(installed_lessons_dir().glob(".opening-*"))


def test_too_many_members_and_no_lesson_json_are_named(tmp_path):
    target = tmp_path / "many.digitlab-lesson"
    with zipfile.ZipFile(target, "w") as archive:
        for number in range(MAX_MEMBERS + 1):
            archive.writestr(f"{number}.md", "x")
    problems = validate_lesson_file(target)
    assert any(f"at most {MAX_MEMBERS}" in line for line in problems)
    assert any("no lesson.json" in line for line in problems)


@pytest.mark.parametrize("content", [b"", b"not a zip at all", b"PK\x03\x04broken"])
def test_a_file_that_is_not_a_zip_says_so(tmp_path, content):
    target = tmp_path / "junk.digitlab-lesson"
    target.write_bytes(content)
    assert "expected a zip file" in validate_lesson_file(target)[0]


def test_a_missing_file_says_so(tmp_path):
    assert validate_lesson_file(tmp_path / "nowhere.digitlab-lesson") == [
        f"no such file {tmp_path / 'nowhere.digitlab-lesson'}"]


def test_a_bad_lesson_inside_a_good_zip_leaves_nothing_behind(tmp_path):
    target = zip_folder(write_lesson(tmp_path / "src", '{"id": '), tmp_path / "bad.digitlab-lesson")
    with pytest.raises(LessonError, match="is not JSON"):
        open_lesson_file(target)
    assert list(installed_lessons_dir().iterdir()) == []
    assert installed_lessons_dir().is_relative_to(user_data_dir())
