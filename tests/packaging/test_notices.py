"""THIRD-PARTY-NOTICES.txt, written from the build venv's metadata, and its Debian form."""

from __future__ import annotations

import re
import shutil
from importlib import metadata
from pathlib import Path

import pytest

from tests.packaging.conftest import load_script

notices = load_script("notices")
COMMON_LICENSES = Path("/usr/share/common-licenses")


@pytest.fixture(scope="module")
def text() -> str:
    return notices.notices_text("9.9", notices.bundled_distributions(["numpy", "PySide6", "PIL"]))


def test_every_bundled_distribution_is_named_with_its_version_and_licence(text):
    for name in ("numpy", "PySide6_Essentials", "pillow"):
        version = metadata.version(name)
        assert re.search(rf"^{name} {re.escape(version)}\nLicence: \S", text, re.MULTILINE
                         | re.IGNORECASE), name
    assert text.startswith("DigitLab 9.9: third-party notices")
    assert "--- numpy: numpy-" in text  # its wheel's own licence files, vendored ones too


def test_python_and_qt_s_lgpl_obligations_are_there(text):
    assert "Python Software Foundation" in text and "PYTHON SOFTWARE FOUNDATION LICENSE" in text
    assert "GNU Lesser General\nPublic License version 3" in text
    assert "you may replace them with your own build of the same Qt version" in text
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "GNU GENERAL PUBLIC LICENSE" in text


def test_a_text_met_twice_is_printed_once(text):
    first = notices._Texts()
    assert first.show("a: LICENSE", "same words\n").startswith("--- a: LICENSE\n\nsame words")
    assert first.show("b: COPYING", "  same words  ") == (
        "--- b: COPYING: the same text as a: LICENSE\n")


@pytest.mark.skipif(shutil.which("dpkg") is None, reason="needs dpkg")
def test_a_system_library_brings_its_debian_copyright():
    package, copyright_text = notices.debian_copyright_of(shutil.which("ls"))
    assert package == "coreutils" and "Copyright" in copyright_text
    assert notices.debian_copyright_of("/nowhere/libnothing.so.1") is None


@pytest.mark.skipif(not COMMON_LICENSES.is_dir(), reason="needs Debian's common licences")
@pytest.mark.parametrize("name", ["Apache-2.0", "GPL-2", "GPL-3", "LGPL-2.1", "LGPL-3"])
def test_debian_gets_a_pointer_instead_of_each_full_common_licence(name):
    full = (COMMON_LICENSES / name).read_text(encoding="utf-8")
    copyright_text = notices.debian_copyright(f"--- before\n\n{full}\n--- after: MIT\n")
    assert f"/usr/share/common-licenses/{name} on Debian systems" in copyright_text
    assert copyright_text.startswith("--- before") and "--- after: MIT" in copyright_text
    assert len(copyright_text) < len(full) / 2
    assert not [tag for tag, pattern in notices.LINTIAN_FULL_TEXT.items()
                if re.search(pattern, copyright_text, re.DOTALL)]


def test_the_bundled_notices_become_a_copyright_lintian_accepts(text):
    copyright_text = notices.debian_copyright(text)
    assert "/usr/share/common-licenses/LGPL-3" in copyright_text
    assert "/usr/share/common-licenses/GPL-3" in copyright_text


def test_a_full_text_it_cannot_cut_out_stops_the_build():
    mangled = "GNU GENERAL PUBLIC LICENSE\nVersion 3 ... TERMS AND CONDITIONS \n(no end)"
    with pytest.raises(SystemExit, match="copyright-file-contains-full-gpl-license"):
        notices.debian_copyright(mangled)
