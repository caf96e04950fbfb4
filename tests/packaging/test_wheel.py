"""The wheel is what ``pip install .`` installs: it must carry every bundled file and both
commands, versioned by model/__init__.py."""

from __future__ import annotations

import subprocess
import sys
import zipfile

import pytest

from model import __version__
from model.resources import PACKAGE, bundled_files
from tests.packaging.conftest import load_script


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    """``pip wheel --no-deps`` of the tree with build isolation (setuptools>=77 from the
    registry), from the clean copy ``make dist`` builds from too."""
    source = load_script("source_tree").copy_source_tree(tmp_path_factory.mktemp("src") / "src")
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet",
                           "--disable-pip-version-check", "-w", str(out), str(source)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    (path,) = out.glob("*.whl")
    with zipfile.ZipFile(path) as archive:
        yield archive


def test_the_wheel_carries_every_bundled_file(wheel):
    shipped = {name.removeprefix(f"{PACKAGE}/") for name in wheel.namelist()
               if name.startswith(f"{PACKAGE}/") and not name.endswith(".py")}
    assert shipped == set(bundled_files())


def test_the_wheel_is_versioned_from_model_and_has_both_commands(wheel):
    (dist_info,) = {name.split("/")[0] for name in wheel.namelist()
                    if name.split("/")[0].endswith(".dist-info")}
    assert dist_info == f"digitlab-{__version__}.dist-info"
    entry_points = wheel.read(f"{dist_info}/entry_points.txt").decode()
    assert "digitlab = main:cli_main" in entry_points
    assert "digitlab-gui = main:gui_main" in entry_points
    assert "main.py" in wheel.namelist()


def test_the_wheel_carries_each_languages_catalogue_not_its_source(wheel):
    from gui.common.language import ENGLISH, LANGUAGES, QM_PATTERN, TRANSLATION_FOLDER

    names = set(wheel.namelist())
    folder = f"{PACKAGE}/{TRANSLATION_FOLDER}"
    assert {f"{folder}/{QM_PATTERN.format(code=code)}" for code in LANGUAGES
            if code != ENGLISH} <= names
    assert not [name for name in names if name.endswith(".ts")]
