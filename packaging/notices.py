"""THIRD-PARTY-NOTICES.txt: the licences of everything a frozen bundle carries, written when it is
built, from the build venv's own metadata, so it names exactly what was bundled at the versions
bundled.

- every distribution one of whose top-level modules or folders is in the bundle: its name,
  version, declared licence, home page and every licence file its wheel installed (including
  those of the libraries it vendors: numpy's libgfortran, TensorFlow's third parties…); identical
  texts are printed once and referred to afterwards;
- Python itself (its ``LICENSE.txt``);
- Qt, through PySide6, under the LGPL-3.0, with what that licence asks of us (the Qt libraries
  are separate files in the bundle that a user may replace; where their source is); the wheels
  ship no licence text, so ``packaging/licences/`` has the LGPL and GPL texts;
- the host libraries PyInstaller copied in (Linux), with their Debian copyright files.

The spec (packaging/digitlab.spec) calls :func:`write_notices`. The .deb's
``/usr/share/doc/digitlab/copyright`` is the same text with each full copy of a licence Debian
ships in ``/usr/share/common-licenses`` replaced by a pointer to it, as Debian policy asks
(``notices.py --debian NOTICES COPYRIGHT``, run by build_deb.sh).
"""

from __future__ import annotations

import hashlib
import importlib.metadata as metadata
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

HERE = Path(__file__).resolve().parent
LICENCE_TEXTS = HERE / "licences"
LICENCE_FILE = re.compile(r"^(licen[cs]e|copying|notice)", re.IGNORECASE)
QT_DISTRIBUTIONS = {"pyside6-essentials", "pyside6", "shiboken6"}
RULE = "=" * 78

QT_NOTICE = """\
Qt {version} and PySide6 {version} (The Qt Company Ltd.) are used under the GNU Lesser General
Public License version 3 (LGPL-3.0-only); its text, and that of the GNU GPL version 3 it builds
on, follow. DigitLab links the Qt libraries dynamically: they are the separate files under
PySide6/ (PySide6/Qt/lib, PySide6/Qt/plugins; Qt*.dll on Windows, Contents/Frameworks on macOS)
in this installation, and you may replace them with your own build of the same Qt version.
Their source code is published at https://download.qt.io/official_releases/qt/ and
https://code.qt.io/cgit/pyside/pyside-setup.git/ (tag v{version}); DigitLab did not modify it.
"""

_TERMS_END = r"(?:END OF TERMS AND CONDITIONS|POSSIBILITY OF SUCH DAMAGES\.)"
DEBIAN_LICENCES = (
    # (name in /usr/share/common-licenses, where a full copy starts, where its terms end; some
    # copies lack the END OF TERMS line, so the last clause's words end them too)
    ("Apache-2.0", r"Apache License\s+Version 2\.0, January 2004",
     r"(?:END OF TERMS AND CONDITIONS|accepting any such warranty or additional liability\.)"),
    ("LGPL-3", r"GNU LESSER GENERAL PUBLIC LICENSE\s+Version 3",
     r"permanent authorization for you to choose that version for the\s+Library\."),
    ("LGPL-2.1", r"GNU LESSER GENERAL PUBLIC LICENSE\s+Version 2\.1", _TERMS_END),
    ("GPL-3", r"GNU GENERAL PUBLIC LICENSE\s+Version 3", r"END OF TERMS AND CONDITIONS"),
    ("GPL-2", r"GNU GENERAL PUBLIC LICENSE\s+Version 2", _TERMS_END),
)
"""Licences whose full text Debian wants referred to, not copied."""

LINTIAN_FULL_TEXT = {
    # lintian's own tests (Lintian::Check::Debian::Copyright), each an error when it matches
    "copyright-file-contains-full-gpl-license":
        r"GNU GENERAL PUBLIC LICENSE\s*TERMS AND CONDITIONS FOR COPYING,\s*DISTRIBUTION AND "
        r"MODIFICATION|GNU GENERAL PUBLIC LICENSE\s*Version 3(?=.*TERMS AND CONDITIONS\s)",
    "copyright-file-contains-full-apache-2-license":
        r"Apache License\s+Version 2\.0,(?=.*TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND "
        r"DISTRIBUTION)",
}


def bundled_distributions(top_level_names: Iterable[str]) -> list[metadata.Distribution]:
    """The installed distributions that provide any of ``top_level_names`` (modules, or folders
    of the bundle), sorted by name."""
    providers = metadata.packages_distributions()
    names = {dist for name in top_level_names for dist in providers.get(name, ())}
    found = {metadata.distribution(name) for name in names}
    return sorted(found, key=lambda dist: dist.metadata["Name"].lower())


def declared_licence(dist: metadata.Distribution) -> str:
    """The SPDX expression, else a short ``License`` field, else the licence classifiers."""
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    field = (meta.get("License") or "").strip()
    if field and "\n" not in field and len(field) < 100:
        return field
    classifiers = [value.split(" :: ")[-1] for value in meta.get_all("Classifier") or ()
                   if value.startswith("License ::")]
    return "; ".join(classifiers) or "not stated in its metadata (see the texts below)"


def licence_files(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """``(path in the wheel, text)`` of every licence, copying or notice file it installed."""
    found = []
    for file in dist.files or ():
        path = PurePosixPath(str(file))
        if LICENCE_FILE.match(path.name) and "tests" not in path.parts and path.suffix != ".py":
            found.append((str(path), Path(dist.locate_file(file)).read_text(encoding="utf-8",
                                                                              errors="replace")))
    return sorted(found)


def python_licence() -> tuple[str, str]:
    """``(where, text)`` of the running Python's LICENSE.txt (the interpreter is bundled)."""
    base = Path(sys.base_prefix)
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    for candidate in (base / "lib" / version / "LICENSE.txt", base / "LICENSE.txt",
                      base / "share" / "doc" / version / "copyright"):
        if candidate.is_file():
            return str(candidate), candidate.read_text(encoding="utf-8", errors="replace")
    raise SystemExit(f"expected Python's LICENSE.txt under {base}, found none")


def debian_copyright_of(library: str) -> tuple[str, str] | None:
    """``(package, copyright text)`` of the Debian package owning ``library``, if any."""
    if shutil.which("dpkg") is None:  # macOS, Windows, Fedora…
        return None
    for candidate in _dpkg_names(library):
        owner = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if owner.returncode == 0:
            package = owner.stdout.split(":", 1)[0].split(",")[0].strip()
            copyright_file = Path("/usr/share/doc", package, "copyright")
            if copyright_file.is_file():
                return package, copyright_file.read_text(encoding="utf-8", errors="replace")
    return None


def _dpkg_names(library: str) -> list[str]:
    """The names dpkg may know a file by: as given or resolved, with or without ``/usr`` (a
    merged-/usr system has /lib → /usr/lib, and dpkg records whichever the package shipped)."""
    names = []
    for path in (library, str(Path(library).resolve())):
        names += [path, path.removeprefix("/usr") if path.startswith("/usr/") else f"/usr{path}"]
    return list(dict.fromkeys(names))


class _Texts:
    """Licence texts printed so far, so a text met again is referred to, not repeated."""

    def __init__(self) -> None:
        self._first: dict[str, str] = {}

    def show(self, where: str, text: str) -> str:
        digest = hashlib.sha256(text.strip().encode()).hexdigest()
        if digest in self._first:
            return f"--- {where}: the same text as {self._first[digest]}\n"
        self._first[digest] = where
        return f"--- {where}\n\n{text.strip()}\n\n"


def notices_text(app_version: str, distributions: list[metadata.Distribution],
                 system_libraries: Iterable[str] = ()) -> str:
    """The whole notices file."""
    texts = _Texts()
    parts = [f"DigitLab {app_version}: third-party notices\n{RULE}\n\n"
             "DigitLab itself is released under the MIT licence. This installation also carries\n"
             "the software below, each under its own licence, as listed.\n\n"]
    where, text = python_licence()
    parts.append(f"{RULE}\nPython {sys.version.split()[0]} (Python Software Foundation)\n"
                 f"Licence: PSF-2.0\n\n{texts.show(where, text)}")
    for dist in distributions:
        parts.append(_distribution_section(dist, texts))
    libraries = sorted(set(system_libraries))
    if libraries:
        parts.append(_system_section(libraries, texts))
    return "".join(parts)


def _distribution_section(dist: metadata.Distribution, texts: _Texts) -> str:
    name, version = dist.metadata["Name"], dist.version
    home = dist.metadata.get("Home-page") or next(
        (url.split(",", 1)[1].strip() for url in dist.metadata.get_all("Project-URL") or ()), "")
    lines = [f"{RULE}\n{name} {version}\nLicence: {declared_licence(dist)}\n"]
    if home:
        lines.append(f"Home: {home}\n")
    lines.append("\n")
    files = licence_files(dist)
    if re.sub(r"[-_.]+", "-", name).lower() in QT_DISTRIBUTIONS:
        lines.append(QT_NOTICE.format(version=version) + "\n")
        files += [(f"packaging/licences/{text.name}", text.read_text(encoding="utf-8"))
                  for text in sorted(LICENCE_TEXTS.glob("*.txt"))]
    if not files:
        lines.append("(its wheel installed no licence file; the licence above applies)\n\n")
    lines += [texts.show(f"{name}: {where}", text) for where, text in files]
    return "".join(lines)


def _system_section(libraries: list[str], texts: _Texts) -> str:
    lines = [f"{RULE}\nLibraries of the build machine's system, copied in by PyInstaller\n\n"]
    for library in libraries:
        owner = debian_copyright_of(library)
        if owner is None:
            lines.append(f"--- {Path(library).name}: from {library} (no package record)\n")
            continue
        package, text = owner
        lines.append(texts.show(f"{Path(library).name}: Debian package {package}", text))
    return "".join(lines)


def write_notices(path: str | Path, app_version: str, top_level_names: Iterable[str],
                  system_libraries: Iterable[str] = ()) -> Path:
    """Write the notices for a bundle holding ``top_level_names``; returns ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = notices_text(app_version, bundled_distributions(top_level_names), system_libraries)
    path.write_text(text, encoding="utf-8")
    return path


def debian_copyright(notices: str) -> str:
    """``notices`` with every full copy of a licence in ``/usr/share/common-licenses`` replaced
    by a pointer to that file; raises SystemExit if lintian would still find a full copy."""
    for name, start, end in DEBIAN_LICENCES:
        pattern = re.compile(rf"[ \t]*{start}.*?{end}", re.DOTALL)
        pointer = (f"[The full text of this licence is in /usr/share/common-licenses/{name} "
                   "on Debian systems.]")
        notices = pattern.sub(pointer, notices)
    flagged = [tag for tag, pattern in LINTIAN_FULL_TEXT.items()
               if re.search(pattern, notices, re.DOTALL)]
    if flagged:
        raise SystemExit(f"expected no full licence text left for Debian, found {flagged}: "
                         "add its start and end to DEBIAN_LICENCES")
    return notices


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] != "--debian":
        raise SystemExit("usage: notices.py --debian THIRD-PARTY-NOTICES.txt COPYRIGHT")
    source, target = Path(sys.argv[2]), Path(sys.argv[3])
    target.write_text(debian_copyright(source.read_text(encoding="utf-8")), encoding="utf-8")
