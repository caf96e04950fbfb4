"""The .deb and the .rpm, built from a small stand-in bundle with the real scripts: Debian's
standards (lintian: 0 errors), the layout both share, and the .rpm installed into a scratch root."""

from __future__ import annotations

import gzip
import os
import shutil
import subprocess
import sys

import pytest

from model.resources import icon_path
from tests.conftest import REPO
from tests.packaging.conftest import PACKAGING

MAINTAINER = "Ada Lovelace <ada@example.org>"
needs = {tool: pytest.mark.skipif(shutil.which(tool) is None,
                                  reason=f"needs {tool} (packaging/build_tools.sh)")
         for tool in ("dpkg-deb", "lintian", "rpmbuild", "objdump")}


def build(script: str, *arguments) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHON": sys.executable, "DEB_MAINTAINER": MAINTAINER,
           "SOURCE_DATE_EPOCH": "1767225600"}
    done = subprocess.run([str(PACKAGING / script), *map(str, arguments)], capture_output=True,
                          text=True, env=env, timeout=300, cwd=REPO)
    assert done.returncode == 0, done.stdout + done.stderr
    return done


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    """A one-folder bundle in miniature: an ELF launcher and the notices."""
    folder = tmp_path_factory.mktemp("bundle") / "DigitLab"
    (folder / "_internal" / "resources").mkdir(parents=True)
    shutil.copy2(shutil.which("true"), folder / "digitlab")
    apache = "Apache License\n   Version 2.0, January 2004\n...\nEND OF TERMS AND CONDITIONS\n"
    (folder / "_internal" / "resources" / "THIRD-PARTY-NOTICES.txt").write_text(
        f"DigitLab 1.2.3: third-party notices\n\n--- keras: LICENSE\n\n{apache}", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def deb(bundle, tmp_path_factory):
    path = tmp_path_factory.mktemp("deb") / "digitlab_1.2.3_amd64.deb"
    build("build_deb.sh", "1.2.3", bundle, icon_path("digitlab"), path)
    return path


def deb_files(deb) -> dict[str, str]:
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True,
                             check=True).stdout.splitlines()
    return {line.split()[5].removeprefix("."): line for line in listing}


@needs["dpkg-deb"]
@needs["objdump"]
def test_the_deb_has_an_absolute_launcher_link_changelog_copyright_and_mime_types(deb):
    files = deb_files(deb)
    assert files["/usr/bin/digitlab"].endswith("/usr/bin/digitlab -> /opt/digitlab/digitlab")
    for path in ("/opt/digitlab/digitlab", "/usr/share/doc/digitlab/copyright",
                 "/usr/share/doc/digitlab/changelog.gz", "/usr/share/mime/packages/digitlab.xml",
                 "/usr/share/man/man1/digitlab.1.gz", "/usr/share/lintian/overrides/digitlab",
                 "/usr/share/applications/digitlab.desktop"):
        assert path in files, path
    fields = subprocess.run(["dpkg-deb", "-f", str(deb), "Maintainer", "Version"],
                            capture_output=True, text=True, check=True).stdout
    assert fields == f"Maintainer: {MAINTAINER}\nVersion: 1.2.3\n"


@needs["dpkg-deb"]
@needs["objdump"]
def test_the_deb_s_copyright_points_to_common_licences_and_its_changelog_to_the_maintainer(
        deb, tmp_path):
    subprocess.run(["dpkg-deb", "-x", str(deb), str(tmp_path)], check=True)
    doc = tmp_path / "usr" / "share" / "doc" / "digitlab"
    copyright_text = (doc / "copyright").read_text(encoding="utf-8")
    assert "/usr/share/common-licenses/Apache-2.0" in copyright_text
    assert "END OF TERMS" not in copyright_text
    changelog = gzip.decompress((doc / "changelog.gz").read_bytes()).decode()
    assert changelog.startswith("digitlab (1.2.3) unstable; urgency=medium\n")
    assert f"\n -- {MAINTAINER}  Thu, 01 Jan 2026 00:00:00 +0000\n" in changelog


@needs["lintian"]
@needs["objdump"]
def test_lintian_finds_no_error_and_every_override_is_explained(deb):
    done = subprocess.run(["lintian", "--fail-on", "error", "--display-level", ">=warning",
                           str(deb)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    overrides = (PACKAGING / "linux" / "lintian-overrides").read_text(encoding="utf-8")
    lines = overrides.splitlines()
    for index, line in enumerate(lines):
        if line and not line.startswith("#"):
            assert lines[index - 1].startswith("#"), f"no comment explains {line!r}"

def test_the_deb_refuses_a_made_up_maintainer():
    env = {**os.environ, "PYTHON": sys.executable, "DEB_MAINTAINER": "x <x@localhost>"}
    done = subprocess.run([sys.executable, str(PACKAGING / "deb_control.py"), "--maintainer"],
                          env=env, capture_output=True, text=True)
    assert done.returncode == 1 and "expected DEB_MAINTAINER='Full Name <address" in done.stderr


@needs["rpmbuild"]
@needs["objdump"]
def test_the_rpm_carries_the_same_layout_and_installs_into_a_scratch_root(bundle, tmp_path):
    build("build_rpm.sh", "1.2.3", bundle, icon_path("digitlab"), tmp_path)
    rpm = tmp_path / "digitlab-1.2.3-1.x86_64.rpm"
    files = subprocess.run(["rpm", "-qlp", str(rpm)], capture_output=True, text=True,
                           check=True).stdout.split()
    assert {"/opt/digitlab/digitlab", "/usr/bin/digitlab", "/usr/share/doc/digitlab/copyright",
            "/usr/share/mime/packages/digitlab.xml"} <= set(files)
    assert "digests OK" in subprocess.run(["rpm", "-K", str(rpm)], capture_output=True,
                                          text=True, check=True).stdout
    requires = subprocess.run(["rpm", "-qp", "--requires", str(rpm)], capture_output=True,
                              text=True, check=True).stdout.split("\n")
    assert any(line.startswith("libc.so.6(GLIBC_2.") for line in requires)
    assert "fontconfig" in requires  # the bundled libfontconfig reads the system's fonts
    provides = subprocess.run(["rpm", "-qp", "--provides", str(rpm)], capture_output=True,
                              text=True, check=True).stdout
    assert ".so" not in provides  # the bundled libraries are private, never offered to others
    root = tmp_path / "root"
    subprocess.run(["rpm", "--root", str(root), "--initdb"], check=True, capture_output=True)
    installed = subprocess.run(["rpm", "-i", "--nodeps", "--root", str(root), str(rpm)],
                               capture_output=True, text=True)
    assert installed.returncode == 0, installed.stderr
    assert os.readlink(root / "usr" / "bin" / "digitlab") == "/opt/digitlab/digitlab"
    subprocess.run(["rpm", "--root", str(root), "-e", "digitlab"], check=True,
                   capture_output=True)
    assert not (root / "opt" / "digitlab").exists()
