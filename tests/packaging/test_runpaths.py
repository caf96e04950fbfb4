"""packaging/runpaths.py: the build machine's library folders leave the bundle's search paths,
the bundle's own ($ORIGIN) stay."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.packaging.conftest import load_script

load_script("deb_control")  # runpaths imports it, as it does beside it in packaging/
runpaths = load_script("runpaths")
pytestmark = pytest.mark.skipif(not (shutil.which("patchelf") and shutil.which("objdump")),
                                reason="needs patchelf and objdump (packaging/build_tools.sh)")


def library_with_runpath(folder, name: str, runpath: str):
    path = folder / name
    shutil.copy2(shutil.which("true"), path)
    subprocess.run(["patchelf", "--set-rpath", runpath, str(path)], check=True)
    return path


def test_only_paths_outside_the_bundle_are_dropped(tmp_path):
    pyenv = library_with_runpath(tmp_path, "libpython3.11.so.1.0", "/root/.pyenv/versions/3.11/lib")
    mixed = library_with_runpath(tmp_path, "mixed.so", "$ORIGIN/../lib:/opt/hostedtoolcache/lib")
    own = library_with_runpath(tmp_path, "own.so", "$ORIGIN/Qt/lib")
    assert runpaths.fix(tmp_path) == [pyenv, mixed]
    assert runpaths.search_path(pyenv) is None
    assert runpaths.search_path(mixed) == ["$ORIGIN/../lib"]
    assert runpaths.search_path(own) == ["$ORIGIN/Qt/lib"]
    subprocess.run([str(pyenv)], check=True)  # still a working program
