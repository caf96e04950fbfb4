"""Print what a frozen build's venv needs, one requirement per line, for ``pip install -r``.

Read from pyproject.toml, so each is written once: the app's runtime dependencies, where
``tensorflow`` becomes ``tensorflow-cpu`` wherever that is published (Linux, Windows: the same
Python API without the CUDA kernels, ~470 MB of dead weight in a CPU-only bundle; macOS has only
``tensorflow``, CPU-only there anyway), and the build tools of the ``dist`` extra (PyInstaller).
The app itself is then installed with ``pip install --no-deps``.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
SUBSTITUTES = {
    "tensorflow": ("tensorflow-cpu", "sys_platform != 'darwin'", "sys_platform == 'darwin'"),
}
"""name → (CPU-only substitute, PEP 508 markers of where it exists and where it does not)."""


def requirement_name(requirement: str) -> str:
    """``"tensorflow>=2.16"`` → ``"tensorflow"`` (PEP 508 name, lower case)."""
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    if match is None:
        raise ValueError(f"expected a PEP 508 requirement, found {requirement!r}")
    return match.group(1).lower()


def substituted(requirement: str) -> list[str]:
    """``requirement``, or its substitute where that exists and itself elsewhere."""
    name = requirement_name(requirement)
    if name not in SUBSTITUTES:
        return [requirement]
    substitute, where, elsewhere = SUBSTITUTES[name]
    spec, _, marker = requirement.strip().partition(";")
    versions = spec.strip()[len(name):]

    def only(condition: str) -> str:
        return f"{condition} and ({marker.strip()})" if marker else condition

    return [f"{substitute}{versions}; {only(where)}", f"{spec.strip()}; {only(elsewhere)}"]


def dist_requirements(pyproject: Path = PYPROJECT) -> list[str]:
    """The ``[project] dependencies`` with CPU-only substitutes swapped in, then the ``dist``
    extra."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    result = [line for requirement in project["dependencies"] for line in substituted(requirement)]
    return result + project["optional-dependencies"]["dist"]


if __name__ == "__main__":
    sys.stdout.write("".join(line + "\n" for line in dist_requirements()))
