"""Print the RPM spec for the one-folder bundle:  ``rpm_spec.py VERSION BUNDLE ROOT``.

The .rpm carries exactly the .deb's files (packaging/linux/layout.sh, staged in ROOT) and names
its dependencies the way RPM's own dependency generator does, by soname
(``libxcb-icccm.so.4()(64bit)``, ``libc.so.6(GLIBC_2.34)(64bit)``), so one package installs on
Fedora and openSUSE alike though they name their library packages differently. The automatic
generator itself is off: it would make the package *provide* every library bundled under
/opt/digitlab, and other packages could then be satisfied by DigitLab's private copies.
"""

from __future__ import annotations

import os
import sys
import time
import tomllib
from pathlib import Path

from deb_control import PYPROJECT, installed_size_kib, maintainer, system_libraries

LICENCE = "MIT AND PSF-2.0 AND LGPL-3.0-only AND Apache-2.0 AND BSD-3-Clause"
"""DigitLab's own licence and the main ones of what it bundles (Python, Qt, TensorFlow, numpy);
all of them, per component: /usr/share/doc/digitlab/copyright."""


def changelog_date() -> str:
    """Today (or ``$SOURCE_DATE_EPOCH``'s day, for a reproducible build) as RPM wants it."""
    stamp = float(os.environ.get("SOURCE_DATE_EPOCH", time.time()))
    return time.strftime("%a %b %d %Y", time.gmtime(stamp))


ALWAYS = ("fontconfig",)
"""The bundled libfontconfig reads the system's /etc/fonts and fonts (same name on Fedora and
openSUSE; the .deb's counterpart is deb_control.ALWAYS)."""


def requires(bundle: Path) -> list[str]:
    """RPM soname dependencies: every library linked but not shipped, glibc at its version."""
    sonames, glibc = system_libraries(bundle)
    return [f"libc.so.6(GLIBC_{glibc})(64bit)", *(f"{soname}()(64bit)" for soname in
                                                  sorted(sonames - {"libc.so.6"})), *ALWAYS]


def spec(version: str, bundle: Path, root: Path) -> str:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    lines = [
        "Name: digitlab",
        f"Version: {version}",
        "Release: 1",
        f"Summary: {project['description'].split(';')[0]}",
        f"License: {LICENCE}",
        "URL: https://pypi.org/project/digitlab/",
        "BuildArch: x86_64",
        "AutoReqProv: no",
        *(f"Requires: {requirement}" for requirement in requires(bundle)),
        "# The bundle is built and stripped already; the payload is copied as it is.",
        "%global debug_package %{nil}",
        "%global __os_install_post %{nil}",
        "%global _build_id_links none",
        # zstd (rpm >= 4.14: Fedora 31+, openSUSE Leap 15+): level 12 compresses the ~940 MB
        # in a minute, where xz -9 takes half an hour on two busy cores, for a few % more size.
        "%global _binary_payload w12.zstdio",
        "",
        "%description",
        f"{project['description']}",
        "A self-contained build (Python, Qt and TensorFlow inside) under /opt/digitlab: the",
        f"window, and the digitlab command line. Installed size: {installed_size_kib(bundle)} KiB.",
        "",
        "%install",
        f"cp -a '{root}/.' %{{buildroot}}/",
        "",
        "%files",
        "/opt/digitlab",
        "/usr/bin/digitlab",
        "/usr/share/applications/digitlab.desktop",
        "/usr/share/icons/hicolor/scalable/apps/digitlab.svg",
        "/usr/share/mime/packages/digitlab.xml",
        "/usr/share/man/man1/digitlab.1.gz",
        "%doc /usr/share/doc/digitlab/copyright",
        "",
        "%changelog",
        f"* {changelog_date()} {maintainer()} - {version}-1",
        f"- Release {version}: see the README for what it brings.",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit("usage: rpm_spec.py VERSION BUNDLE_FOLDER STAGED_ROOT")
    sys.stdout.write(spec(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])))
