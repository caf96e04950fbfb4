"""Copy the source tree as git sees it (tracked and new files, nothing ignored) to DEST, with the
window's translation catalogues compiled (``.qm`` files are built, never committed).

``pip install .`` and ``pip wheel .`` build inside the checkout, and setuptools copies modules
into ``build/lib`` without ever deleting there: a module moved or removed since the last build
would still ship. Building from this clean copy ships exactly what is in the tree.

    python packaging/source_tree.py DEST
    python packaging/source_tree.py --catalogue TS QM    (one .ts → .qm, as make install does)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def source_files(repo: Path = REPO) -> list[str]:
    """Paths relative to ``repo`` of every file git tracks or would add, that exists."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=repo, capture_output=True, text=True)
    if listed.returncode != 0:
        raise SystemExit(f"expected {repo} to be a git checkout, found: {listed.stderr.strip()}")
    return sorted({name for name in listed.stdout.split("\0") if name and (repo / name).is_file()})


def copy_source_tree(destination: Path, repo: Path = REPO) -> Path:
    """A fresh ``destination`` holding the tree's files; returns it."""
    if destination.exists():
        shutil.rmtree(destination)
    for name in source_files(repo):
        target = destination / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(repo / name, target)
    compile_catalogues(destination)
    return destination


def compile_catalogues(tree: Path) -> None:
    """``resources/translations/*.ts`` → ``.qm`` beside them."""
    for ts in sorted((tree / "resources" / "translations").glob("*.ts")):
        compile_catalogue(ts, ts.with_suffix(".qm"))


def compile_catalogue(ts: Path, qm: Path) -> Path:
    """One translation source compiled, with PySide6's lrelease run by this Python (the build
    environment has PySide6, the script itself may not be on PATH in a CI job): the one way
    every ``.qm`` is made, by builds, ``make install`` and the tests alike."""
    subprocess.run([sys.executable, "-c", LRELEASE, "-silent", str(ts), "-qm", str(qm)],
                   check=True, timeout=120)
    return qm


LRELEASE = ("import sys; from PySide6.scripts.pyside_tool import lrelease; "
            "sys.argv[0] = 'pyside6-lrelease'; sys.exit(lrelease())")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--catalogue":
        compile_catalogue(Path(sys.argv[2]), Path(sys.argv[3]))
    elif len(sys.argv) == 2:
        print(copy_source_tree(Path(sys.argv[1])))
    else:
        raise SystemExit("usage: source_tree.py DEST | source_tree.py --catalogue TS QM")
