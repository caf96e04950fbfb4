"""Print the DEBIAN/control file for the one-folder bundle: ``deb_control.py VERSION BUNDLE``.

Its ``Depends`` is read off the bundle's own ELF files, so it stays true as the bundle changes:
every library they link that the bundle does not ship must come from the system (glibc itself,
GL/EGL, the X libraries Qt's xcb plugin links, which PyInstaller never copies or did not find),
and ``libc6`` must be at least the newest ``GLIBC_x.y`` symbol version any of them asks for
(PyInstaller copies host libraries, built against the build machine's glibc). Needs ``objdump``
and ``dpkg``; names a library's package from the dpkg database, or by Debian's library-package
naming when the build machine lacks it (checked against apt's package lists).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
MAINTAINER_ENV = "DEB_MAINTAINER"
ALWAYS = ("libfontconfig1",)
"""The bundled libfontconfig reads the system's /etc/fonts and fonts, which this brings."""
ELF_MAGIC = b"\x7fELF"


def maintainer() -> str:
    """``Name <address>`` from ``$DEB_MAINTAINER``, else the author of the commit being built
    (a real address either way: Debian refuses a made-up one such as ``@localhost``)."""
    chosen = os.environ.get(MAINTAINER_ENV, "").strip()
    if not chosen:
        author = subprocess.run(["git", "log", "-1", "--format=%an <%ae>"], cwd=PYPROJECT.parent,
                                capture_output=True, text=True)
        chosen = author.stdout.strip() if author.returncode == 0 else ""
    if not re.fullmatch(r"[^<>@]+ <[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+>", chosen) or chosen.endswith(
            "@localhost>"):
        raise SystemExit(f"expected {MAINTAINER_ENV}='Full Name <address@example.org>', found "
                         f"{chosen!r}")
    return chosen


def elf_files(bundle: Path) -> list[Path]:
    """Every ELF file (executables, libraries, Python extensions) in the bundle."""
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as file:
                if file.read(4) == ELF_MAGIC:
                    found.append(path)
    return found


def linked(path: Path) -> tuple[set[str], set[str]]:
    """``(NEEDED sonames, GLIBC_x.y versions required)`` of one ELF file, from ``objdump -p``."""
    dump = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True,
                          check=True).stdout
    needed = set(re.findall(r"^\s+NEEDED\s+(\S+)", dump, re.MULTILINE))
    versions = set(re.findall(r"\bGLIBC_(\d+(?:\.\d+)+)\b", dump))
    return needed, versions


def system_libraries(bundle: Path) -> tuple[set[str], str]:
    """Sonames the bundle links but does not ship, and the newest glibc version it needs."""
    files = elf_files(bundle)
    shipped = {path.name for path in bundle.rglob("*")}
    needed: set[str] = set()
    versions: set[str] = {"2.17"}
    for path in files:
        libraries, required = linked(path)
        needed |= libraries
        versions |= required
    newest = max(versions, key=lambda text: tuple(int(part) for part in text.split(".")))
    return needed - shipped, newest


def package_of(soname: str) -> str:
    """The Debian package that ships ``soname`` (installed here, else by naming policy)."""
    owner = subprocess.run(["dpkg", "-S", f"*/{soname}"], capture_output=True, text=True)
    if owner.returncode == 0:
        return owner.stdout.split(":", 1)[0].split(",")[0].strip()
    guess = policy_name(soname)
    known = subprocess.run(["apt-cache", "show", "--no-all-versions", guess],
                           capture_output=True, text=True)
    if known.returncode != 0 or not known.stdout.strip():
        raise SystemExit(f"expected {soname} installed on the build machine (or a package "
                         f"named {guess}), found neither: apt-get install the package with it")
    return guess


def policy_name(soname: str) -> str:
    """Debian's library package name: ``libxcb-icccm.so.4`` → ``libxcb-icccm4``,
    ``libfoo2.so.1`` → ``libfoo2-1``."""
    match = re.fullmatch(r"(.+?)\.so\.(\d+)(?:\..*)?", soname)
    if match is None:
        raise SystemExit(f"expected a versioned soname such as libfoo.so.1, found {soname}")
    name, major = match.group(1).lower().replace("_", "-"), match.group(2)
    return f"{name}-{major}" if name[-1].isdigit() else f"{name}{major}"


def depends(bundle: Path) -> str:
    """The ``Depends`` value: ``libc6 (>= newest)`` and every other package, sorted."""
    sonames, glibc = system_libraries(bundle)
    packages = {package_of(soname) for soname in sonames} | set(ALWAYS)
    packages.discard("libc6")
    return ", ".join([f"libc6 (>= {glibc})", *sorted(packages)])


def installed_size_kib(bundle: Path) -> int:
    return sum(path.stat().st_size for path in bundle.rglob("*")
               if path.is_file() and not path.is_symlink()) // 1024 + 1


def control(version: str, bundle: Path) -> str:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    synopsis = project["description"].split(";")[0]  # Debian wants it short; all of it follows
    return "".join(f"{key}: {value}\n" for key, value in (
        ("Package", "digitlab"),
        ("Version", version),
        ("Architecture", "amd64"),
        ("Maintainer", maintainer()),
        ("Installed-Size", installed_size_kib(bundle)),
        ("Depends", depends(bundle)),
        ("Section", "science"),
        ("Priority", "optional"),
        ("Description", "\n ".join([synopsis, *textwrap.wrap(
            f"{project['description']} A self-contained build (Python, Qt and TensorFlow "
            "inside) under /opt/digitlab: the window, and the digitlab command line (digitlab "
            "train|evaluate|predict).", 79)])),
    ))


if __name__ == "__main__":
    if sys.argv[1:] == ["--maintainer"]:
        print(maintainer())
    elif len(sys.argv) == 3:
        sys.stdout.write(control(sys.argv[1], Path(sys.argv[2])))
    else:
        raise SystemExit("usage: deb_control.py VERSION BUNDLE_FOLDER | --maintainer")
