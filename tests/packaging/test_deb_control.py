"""The .deb's control file: Depends read off the bundle's ELF files (Debian build machines)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from model import __version__
from tests.packaging.conftest import load_script

deb = load_script("deb_control")
needs_debian_tools = pytest.mark.skipif(
    not (shutil.which("objdump") and shutil.which("dpkg")), reason="needs objdump and dpkg")


@pytest.mark.parametrize(("soname", "package"), [
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libEGL.so.1", "libegl1"),
    ("libfoo2.so.1.2.3", "libfoo2-1"),
])
def test_library_packages_are_named_as_debian_does(soname, package):
    assert deb.policy_name(soname) == package


@needs_debian_tools
def test_depends_names_what_a_bundled_binary_links_but_the_bundle_lacks(tmp_path):
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    shutil.copy2(shutil.which("ls"), bundle / "ls")  # links libc and libselinux
    sonames, glibc = deb.system_libraries(bundle)
    assert "libc.so.6" in sonames and re.fullmatch(r"2\.\d+", glibc)
    control = deb.control(__version__, bundle)
    depends = re.search(r"^Depends: (.*)$", control, re.MULTILINE).group(1).split(", ")
    assert depends[0] == f"libc6 (>= {glibc})"
    assert "libselinux1" in depends and "libfontconfig1" in depends
    assert f"Version: {__version__}\n" in control


@needs_debian_tools
def test_a_library_the_bundle_ships_is_no_dependency(tmp_path):
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    shutil.copy2(shutil.which("ls"), bundle / "ls")
    (bundle / "libselinux.so.1").write_bytes(b"shipped")
    sonames, _ = deb.system_libraries(bundle)
    assert "libselinux.so.1" not in sonames


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="needs desktop-file-validate (apt-get install desktop-file-utils)")
def test_the_desktop_entry_is_valid_and_names_the_launcher_and_icon():
    entry = deb.PYPROJECT.parent / "packaging" / "linux" / "digitlab.desktop"
    done = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout == "", done.stdout + done.stderr
    text = entry.read_text(encoding="utf-8")
    assert "\nExec=digitlab %F\n" in text and "\nIcon=digitlab\n" in text



def test_the_synopsis_is_short_and_the_whole_description_follows(tmp_path):
    lines = deb.control("1.0", tmp_path).splitlines()  # an empty bundle links nothing
    index = next(i for i, line in enumerate(lines) if line.startswith("Description: "))
    synopsis = lines[index].removeprefix("Description: ")
    assert 0 < len(synopsis) < 80
    assert lines[index + 1].startswith(f" {synopsis};")
