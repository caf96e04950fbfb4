"""packaging/digitlab.spec, run with stand-ins for PyInstaller's classes: what it asks for is
checked here, on every OS and in seconds, without building."""

from __future__ import annotations

import sys
from pathlib import PurePosixPath
from types import ModuleType, SimpleNamespace
from typing import ClassVar

import pytest

import main
from model import __version__
from model.resources import PACKAGE, bundled_files
from tests.packaging.conftest import PACKAGING, load_script

SPEC = PACKAGING / "digitlab.spec"


class FakeQtLibraryInfo:
    """PyInstaller's Qt hook helper: offers every plugin of a kind, as the real one does."""

    PLUGINS: ClassVar[dict[str, list[str]]] = {
        "platforms": ["libqxcb.so", "libqoffscreen.so", "libqwayland.so", "libqeglfs.so",
                      "libqvnc.so"],
        "platformthemes": ["libqgtk3.so", "libqxdgdesktopportal.so"],
        "imageformats": ["libqsvg.so", "libqjpeg.so", "libqtiff.so", "libqpdf.so"],
        "egldeviceintegrations": ["libqeglfs-kms-integration.so"],
    }

    def collect_plugins(self, plugin_type):
        return [(f"/qt/plugins/{plugin_type}/{name}", f"PySide6/Qt/plugins/{plugin_type}")
                for name in self.PLUGINS.get(plugin_type, [])]


class Recorder:
    """Stands in for Analysis, PYZ, EXE, COLLECT and BUNDLE: keeps what each was given."""

    def __init__(self, calls: list, kind: str):
        self.calls, self.kind = calls, kind

    def __call__(self, *args, **kwargs):
        call = SimpleNamespace(kind=self.kind, args=args, kwargs=kwargs, scripts=[],
                               pure=[("numpy", "", "PYMODULE"),
                                     ("numpy.tests.test_x", "", "PYMODULE")],
                               binaries=[("tensorflow/libtensorflow_cc.so.2", "", "BINARY"),
                                         ("nvidia/cublas/lib/libcublas.so.12", "", "BINARY")],
                               datas=[("tensorflow/include/tensorflow/core/x.h", "", "DATA"),
                                      *[(f"{dest}/{PurePosixPath(src).name}", src, "DATA")
                                        for src, dest in kwargs.get("datas", [])]])
        self.calls.append(call)
        return call


def run_spec(platform: str, identity: str = "") -> SimpleNamespace:
    """Execute the spec as PyInstaller would on ``platform`` (a ``sys.platform`` value),
    recording every call, every binary stripped (and how) and the notices asked for."""
    calls: list = []
    qt = ModuleType("PyInstaller.utils.hooks.qt")
    qt.QtLibraryInfo = FakeQtLibraryInfo
    modules = {"PyInstaller": ModuleType("PyInstaller"),
               "PyInstaller.utils": ModuleType("PyInstaller.utils"),
               "PyInstaller.utils.hooks": ModuleType("PyInstaller.utils.hooks"),
               "PyInstaller.utils.hooks.qt": qt}
    stripped: list = []
    notices: list = []
    namespace = {"SPECPATH": str(PACKAGING), "workpath": "build/spec-test", "__file__": str(SPEC),
                 **{kind: Recorder(calls, kind)
                    for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}}

    def strip(binaries, workdir, command):
        stripped.append(([entry[0] for entry in binaries], command))
        return binaries

    def write_notices(path, version, top_levels, host_libraries):
        notices.append(SimpleNamespace(path=path, version=version, top_levels=set(top_levels)))
        return path

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "path", list(sys.path))
        patch.setattr(sys, "platform", platform)
        patch.setenv("MACOS_SIGNING_IDENTITY", identity)
        patch.setattr(load_script("bundle_rules"), "strip_symbols", strip)
        patch.setattr(load_script("notices"), "write_notices", write_notices)
        patch.setattr(load_script("icon"), "render_icon", lambda svg, png: str(png))
        for name, module in modules.items():
            patch.setitem(sys.modules, name, module)
        exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return SimpleNamespace(calls=calls, qt=FakeQtLibraryInfo, stripped=stripped, notices=notices)


@pytest.fixture(scope="module")
def spec_run():
    return run_spec("linux")


def only(spec_run, kind: str):
    (call,) = [call for call in spec_run.calls if call.kind == kind]
    return call


def test_the_entry_is_main_py_and_the_data_list_covers_every_bundled_file(spec_run):
    analysis = only(spec_run, "Analysis")
    assert analysis.args[0] == [main.__file__]
    destinations = {str(PurePosixPath(dest, PurePosixPath(src).name))
                    for src, dest in analysis.kwargs["datas"]}
    assert destinations == {f"{PACKAGE}/{name}" for name in bundled_files()}
    assert PACKAGE in analysis.kwargs["hiddenimports"]


def test_nvidia_is_excluded_but_not_what_tensorflow_and_pyqtgraph_import(spec_run):
    excludes = only(spec_run, "Analysis").kwargs["excludes"]
    assert "nvidia" in excludes
    used = {"tensorflow", "tensorflow.lite", "tensorflow.compiler.tf2xla", "PySide6",
            "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtTest", "PySide6.QtSvg"}
    assert not [name for name in excludes
                if name.startswith(("pyqtgraph", "keras")) or name in used]


def test_the_build_is_one_folder(spec_run):
    executables = [call for call in spec_run.calls if call.kind == "EXE"]
    assert executables and all(call.kwargs["exclude_binaries"] for call in executables)
    collect = only(spec_run, "COLLECT")
    assert collect.kwargs["name"] == "DigitLab"


def test_headers_tests_and_cuda_are_dropped_after_analysis(spec_run):
    analysis = only(spec_run, "Analysis")
    assert [entry[0] for entry in analysis.binaries] == ["tensorflow/libtensorflow_cc.so.2"]
    assert [entry[0] for entry in analysis.pure] == ["numpy"]
    assert not [entry for entry in analysis.datas if "include" in entry[0]]


def test_qt_plugins_are_trimmed_as_they_are_collected(spec_run):
    def collected(kind):
        return [source.rsplit("/", 1)[1]
                for source, _ in spec_run.qt().collect_plugins(kind)]

    assert collected("platforms") == ["libqxcb.so", "libqoffscreen.so", "libqwayland.so"]
    assert collected("imageformats") == ["libqsvg.so", "libqjpeg.so"]
    assert collected("platformthemes") == ["libqxdgdesktopportal.so"]
    assert collected("egldeviceintegrations") == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="only Linux builds are stripped")
def test_linux_strips_tensorflow_s_symbol_tables_keeping_dynamic_ones(spec_run):
    ((binaries, command),) = spec_run.stripped
    assert command == ("strip", "--strip-unneeded")
    assert binaries == ["tensorflow/libtensorflow_cc.so.2"]


def test_every_bundle_carries_the_notices_of_what_it_bundles(spec_run):
    ((notices,),) = [spec_run.notices]
    assert notices.version == __version__ and {"numpy", "tensorflow"} <= notices.top_levels
    analysis = only(spec_run, "Analysis")
    assert ("resources/THIRD-PARTY-NOTICES.txt", notices.path, "DATA") in analysis.datas


def test_readline_scipy_and_unused_tensorflow_parts_are_excluded(spec_run):
    excludes = only(spec_run, "Analysis").kwargs["excludes"]
    assert {"readline", "scipy", "tensorflow.compiler.mlir.stablehlo", "grpc"} <= set(excludes)


def test_macos_is_a_windowed_app_stripped_with_x_and_signed_ad_hoc_without_secrets():
    run = run_spec("darwin")
    assert run.stripped[0][1] == ("strip", "-x")
    (exe,) = [call for call in run.calls if call.kind == "EXE"]
    assert exe.kwargs["console"] is False  # a console EXE makes PyInstaller set LSBackgroundOnly
    assert exe.kwargs["codesign_identity"] is None and exe.kwargs["entitlements_file"] is None
    plist = only(run, "BUNDLE").kwargs["info_plist"]
    assert plist["LSMinimumSystemVersion"] == "14.0"
    assert plist["LSBackgroundOnly"] is False and plist["LSUIElement"] is False


def test_macos_signs_with_the_identity_from_the_secrets_and_the_entitlements():
    run = run_spec("darwin", identity="Developer ID Application: Someone (TEAM123456)")
    (exe,) = [call for call in run.calls if call.kind == "EXE"]
    assert exe.kwargs["codesign_identity"] == "Developer ID Application: Someone (TEAM123456)"
    assert exe.kwargs["entitlements_file"] == str(PACKAGING / "macos" / "entitlements.plist")


def test_windows_has_two_launchers_over_one_copy_of_the_python_code():
    run = run_spec("win32")
    assert run.stripped == []  # DLLs keep their symbols in separate PDB files: nothing to strip
    assert only(run, "Analysis").kwargs["noarchive"] is True  # .pyc files, not one PYZ per .exe
    launchers = {call.kwargs["name"]: call.kwargs["console"]
                 for call in run.calls if call.kind == "EXE"}
    assert launchers == {"DigitLab": False, "digitlab-cli": True}
