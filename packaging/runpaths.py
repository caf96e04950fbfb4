"""Drop the build machine's library paths from the bundle's RUNPATH/RPATH entries (Linux):
``runpaths.py BUNDLE``.

A Python built by pyenv or setup-python links its own ``lib`` folder by absolute path (RUNPATH
``/root/.pyenv/versions/3.11.7/lib``), and PyInstaller copies its libraries as they are: on a
user's machine that path is at best missing, at worst someone else's folder, and lintian rejects
it (custom-library-search-path). Entries relative to the library (``$ORIGIN…``), which bundled
libraries use to find each other, are kept. Needs ``objdump`` and ``patchelf``.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from deb_control import elf_files


def search_path(library: Path) -> list[str] | None:
    """The RUNPATH (or RPATH) entries of ``library``, or None if it has neither."""
    dump = subprocess.run(["objdump", "-p", str(library)], capture_output=True, text=True,
                          check=True).stdout
    match = re.search(r"^\s+(?:RUNPATH|RPATH)\s+(\S+)", dump, re.MULTILINE)
    return match.group(1).split(":") if match else None


def kept(entries: list[str]) -> list[str]:
    """The entries relative to the library itself."""
    return [entry for entry in entries if entry.startswith(("$ORIGIN", "${ORIGIN}"))]


def fix(bundle: Path) -> list[Path]:
    """Rewrite every ELF file in ``bundle`` whose search path leaves it; returns those files."""
    fixed = []
    for path in elf_files(bundle):
        entries = search_path(path)
        if entries is None or kept(entries) == entries:
            continue
        remaining = kept(entries)
        command = (["--set-rpath", ":".join(remaining)] if remaining else ["--remove-rpath"])
        subprocess.run(["patchelf", *command, str(path)], check=True)
        fixed.append(path)
    return fixed


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: runpaths.py BUNDLE_FOLDER")
    changed = fix(Path(sys.argv[1]))
    print(f"runpaths: build-machine paths dropped from {len(changed)} files")
