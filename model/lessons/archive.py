"""Opening a ``.digitlab-lesson`` zip without trusting it.

Everything is checked before a byte is written: member names (no absolute paths, drive letters,
``..`` or links — zip slip), how many members, how large they claim to be and how much they
inflate (a zip bomb is refused from its directory, and the extraction stops at the limit should
a member lie about its size). A lesson that passes is extracted into a fresh temporary folder
*inside* the user data folder's ``lessons`` folder and renamed into place, so nothing is ever
written outside it and a half-extracted lesson is never seen.
"""

from __future__ import annotations

import shutil
import stat
import tempfile
import zipfile
from pathlib import Path, PurePosixPath

from model.lessons.format import LESSON_FILE, Lesson, LessonError, read_lesson
from model.lessons.translation import translation_problems
from model.user_data import user_data_dir

MAX_MEMBERS = 200
MAX_TOTAL_BYTES = 50 * 1024 * 1024
"""All members together, inflated: pictures and a small model fit, a zip bomb does not."""
MAX_RATIO = 200
"""How much one member may inflate (text compresses ~5×, a bomb 1000× and more)."""
_CHUNK = 1 << 16


def installed_lessons_dir() -> Path:
    """Where opened lesson files are extracted, one folder per lesson file."""
    return user_data_dir() / "lessons" / "installed"


def check_archive(path: Path) -> list[str]:
    """Every problem of the zip itself (empty when it is safe to extract)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return _member_problems(archive.infolist())
    except FileNotFoundError:
        return [f"no such file {path}"]
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        return [f"expected a zip file ({path.suffix or 'no suffix'}), {error}"]


def _member_problems(members: list[zipfile.ZipInfo]) -> list[str]:
    problems = []
    if len(members) > MAX_MEMBERS:
        problems.append(f"{len(members)} files in the zip, at most {MAX_MEMBERS} expected")
    total = sum(member.file_size for member in members)
    if total > MAX_TOTAL_BYTES:
        problems.append(f"zip bomb refused: it would inflate to {total:,} bytes, at most "
                        f"{MAX_TOTAL_BYTES:,} expected")
    for member in members:
        problem = _unsafe_name(member) or _bomb(member)
        if problem:
            problems.append(problem)
    if _top_folder(members) is None:
        problems.append(f"no {LESSON_FILE} at the top of the zip (or in its one folder)")
    return problems


def _top_folder(members: list[zipfile.ZipInfo]) -> str | None:
    """Where ``lesson.json`` is: ``""`` at the top, ``"NAME/"`` when the zip holds one folder
    (a folder zipped whole, as file managers do); None when neither."""
    names = [member.filename for member in members]
    if LESSON_FILE in names:
        return ""
    tops = {name.split("/", 1)[0] for name in names}
    if len(tops) == 1 and f"{next(iter(tops))}/{LESSON_FILE}" in names:
        return f"{next(iter(tops))}/"
    return None


def _lesson_root(folder: Path) -> Path:
    """The extracted lesson's folder: ``folder`` itself, or the one folder inside it."""
    if (folder / LESSON_FILE).is_file():
        return folder
    return next(child for child in folder.iterdir() if child.is_dir())


def _unsafe_name(member: zipfile.ZipInfo) -> str:
    name = member.filename
    parts = PurePosixPath(name.replace("\\", "/")).parts
    if name.startswith(("/", "\\")) or ".." in parts or (parts and ":" in parts[0]):
        return f"path traversal refused: {name!r} would be written outside the lesson folder"
    if stat.S_ISLNK(member.external_attr >> 16):
        return f"link refused: {name!r}"
    return ""


def _bomb(member: zipfile.ZipInfo) -> str:
    if member.file_size > MAX_RATIO * max(member.compress_size, 1) and member.file_size > _CHUNK:
        return (f"zip bomb refused: {member.filename!r} inflates {member.file_size:,} bytes from "
                f"{member.compress_size:,}")
    return ""


def open_lesson_file(path: str | Path) -> Lesson:
    """Check, extract (replacing an earlier copy of the same file) and read a lesson file."""
    path = Path(path)
    problems = check_archive(path)
    if problems:
        raise LessonError(f"{path}: " + "; ".join(problems))
    target = installed_lessons_dir() / _folder_name(path)
    staging = _extract(path)
    try:
        read_lesson(_lesson_root(staging), str(path))
    except LessonError:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(target, ignore_errors=True)
    _lesson_root(staging).rename(target)
    shutil.rmtree(staging, ignore_errors=True)
    return read_lesson(target, str(path))


def validate_lesson_file(path: str | Path) -> list[str]:
    """Every problem of a lesson file or folder, as lines (empty: it is a good lesson).
    A zip is extracted into a temporary folder in the data folder, then removed."""
    path = Path(path)
    if path.is_dir():
        return _problems_of(path, str(path))
    problems = check_archive(path)
    if problems:
        return problems
    staging = _extract(path)
    try:
        return _problems_of(_lesson_root(staging), str(path))
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _problems_of(folder: Path, where: str) -> list[str]:
    try:
        lesson = read_lesson(folder, where)
    except LessonError as error:
        return str(error).removeprefix(f"{where}: ").split("; ")
    return translation_problems(lesson)


def _folder_name(path: Path) -> str:
    stem = path.name.removesuffix(path.suffix) or "lesson"
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in stem)[:64]


def _extract(path: Path) -> Path:
    """The members of a checked zip in a new folder inside :func:`installed_lessons_dir`,
    stopping at :data:`MAX_TOTAL_BYTES` whatever the directory claimed."""
    parent = installed_lessons_dir()
    parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".opening-", dir=parent))
    budget = MAX_TOTAL_BYTES
    try:
        with zipfile.ZipFile(path) as archive:
            for member in archive.infolist():
                budget = _extract_member(archive, member, staging, budget)
    except (LessonError, OSError, zipfile.BadZipFile, ValueError) as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise LessonError(f"{path}: {error}") from None
    return staging


def _extract_member(archive: zipfile.ZipFile, member: zipfile.ZipInfo, staging: Path,
                    budget: int) -> int:
    target = staging.joinpath(*PurePosixPath(member.filename.replace("\\", "/")).parts)
    if not target.resolve().is_relative_to(staging.resolve()):
        raise LessonError(f"path traversal refused: {member.filename!r}")
    if member.is_dir():
        target.mkdir(parents=True, exist_ok=True)
        return budget
    target.parent.mkdir(parents=True, exist_ok=True)
    with archive.open(member) as source, open(target, "xb") as sink:
        while chunk := source.read(_CHUNK):
            budget -= len(chunk)
            if budget < 0:
                raise LessonError("zip bomb refused: it inflates beyond "
                                  f"{MAX_TOTAL_BYTES:,} bytes")
            sink.write(chunk)
    return budget
