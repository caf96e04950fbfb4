"""What the bundle keeps and drops, for Linux, Windows and macOS destination paths alike."""

from __future__ import annotations

import shutil

import pytest

from tests.packaging.conftest import load_script
from tests.translations import LANGUAGE_CODES

rules = load_script("bundle_rules")


@pytest.mark.parametrize("destination", [
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6\\plugins\\platforms\\qwindows.dll",
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
    "PySide6\\plugins\\styles\\qmodernwindowsstyle.dll",
    "PySide6/Qt/lib/libQt6Widgets.so.6",
    "tensorflow/libtensorflow_cc.so.2",
    "resources/models/mnist-mlp.keras",
])
def test_what_the_app_uses_is_kept(destination):
    assert rules.keep(destination)


@pytest.mark.parametrize("destination", [
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/imageformats/libqtiff.so",
    "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
    "PySide6\\plugins\\tls\\qopensslbackend.dll",
    "PySide6/Qt/plugins/qmltooling/libqmldbg_debugger.so",
    "tensorflow/include/tensorflow/core/framework/tensor.h",
    "numpy/_core/include/numpy/ndarrayobject.h",
    "scipy/linalg/tests/data/carex_6_data.npz",
    "nvidia/cudnn/lib/libcudnn.so.9",
    "libcuda.so.1",
    "tensorflow/compiler/tf2xla/ops/_xla_ops.so",
    "PySide6/Qt/translations/qtbase_ja.qm",
    "PySide6/Qt/translations/designer_de.qm",
])
def test_dead_weight_is_dropped(destination):
    assert not rules.keep(destination)


def test_test_suites_are_dropped_but_testing_helpers_kept():
    assert not rules.keep_module("scipy.linalg.tests.test_basic")
    assert rules.keep_module("numpy.testing")
    assert rules.keep_module("tensorflow.python.framework.test_util")


@pytest.mark.skipif(shutil.which("strip") is None, reason="needs binutils' strip")
def test_only_tensorflow_and_python_binaries_are_stripped_and_into_copies(tmp_path):
    library = tmp_path / "lib.so"
    shutil.copy2(shutil.which("ls"), library)  # any ELF file: only what happens to it matters
    before = library.read_bytes()
    binaries = [("tensorflow/libtensorflow_cc.so.2", str(library), "BINARY"),
                ("numpy.libs/libscipy_openblas.so", str(library), "BINARY"),
                ("python3.11/lib-dynload/_ssl.cpython-311-x86_64-linux-gnu.so", str(library),
                 "EXTENSION")]
    result = rules.strip_symbols(binaries, tmp_path / "work", rules.strip_command("linux"))
    assert result[1] == binaries[1]  # auditwheel's libraries break when stripped
    assert result[2][1] == str(tmp_path / "work" / "stripped" / binaries[2][0])
    assert result[0][0] == binaries[0][0] and result[0][2] == "BINARY"
    assert result[0][1] == str(
        tmp_path / "work" / "stripped" / "tensorflow" / "libtensorflow_cc.so.2")
    assert library.read_bytes() == before


@pytest.mark.parametrize(("platform", "command"), [
    ("linux", ("strip", "--strip-unneeded")), ("darwin", ("strip", "-x")), ("win32", None),
])
def test_each_platform_strips_its_own_way(platform, command):
    assert rules.strip_command(platform) == command


def test_macos_binaries_are_stripped_with_x_before_pyinstaller_signs_them(tmp_path, monkeypatch):
    """No macOS here: the command run on the copy is what matters (strip -x keeps the exported
    symbols dyld needs; PyInstaller signs the stripped copy it is handed)."""
    ran = []
    monkeypatch.setattr(rules.subprocess, "run", lambda command, check: ran.append(command))
    library = tmp_path / "libtensorflow_cc.2.dylib"
    library.write_bytes(b"mach-o")
    (entry,) = rules.strip_symbols([("tensorflow/libtensorflow_cc.2.dylib", str(library),
                                     "BINARY")], tmp_path / "work", rules.strip_command("darwin"))
    copy = tmp_path / "work" / "stripped" / "tensorflow" / "libtensorflow_cc.2.dylib"
    assert ran == [["strip", "-x", str(copy)]] and entry[1] == str(copy)


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_qts_own_texts_ship_in_each_window_language(code):
    assert rules.keep(f"PySide6/Qt/translations/qtbase_{code}.qm")
