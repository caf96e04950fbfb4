"""What the frozen bundle carries: the app's data files in, dead weight out.

Plain functions of destination paths, so the spec (packaging/digitlab.spec) stays declarative and
the rules are tested on any OS without running PyInstaller (tests/packaging/).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path, PurePosixPath

from gui.common.language import ENGLISH, LANGUAGES, QT_OWN_CATALOGUES
from model.resources import PACKAGE, bundled_files, resource_path

EXCLUDED_MODULES = (
    # The TensorFlow hook asks for the CUDA wheels; tensorflow-cpu has no use for them.
    "nvidia",
    # Optional back-ends that pyqtgraph, PIL or numpy would pick up if present: never used here.
    "tkinter", "PyQt5", "PyQt6", "matplotlib", "IPython", "pytest", "hypothesis",
    # Python's line editing links GNU readline (GPL-3); nothing here reads a terminal line.
    "readline",
    # No longer a dependency (model/data/augment.py filters with numpy); ~90 MB if it crept in.
    "scipy",
    # TensorFlow parts that `import tensorflow`, Keras training, saving and loading never import
    # (checked with sys.modules after a fit/save/load; the frozen --self-test-train guards it):
    "tensorflow.compiler.mlir.stablehlo",  # 25 MB: StableHLO export, for JAX interop
    "grpc",  # 19 MB: distributed TensorFlow's RPC
    "clang",  # 62 MB: libclang, a build-time dependency of TensorFlow's wheel
    "tensorboard",  # `digitlab train --tensorboard`: a pip-installed extra, not the installers
    # Pillow's AVIF codec (5 MB of libavif) and Tk bridge: drawings are PNG/JPEG/BMP/GIF/TIFF/WebP,
    # and Pillow skips a plugin it cannot import.
    "PIL.AvifImagePlugin", "PIL._avif", "PIL.ImageTk", "PIL._imagingtk",
    # Python bindings nothing imports (pulled in by PyInstaller's Qt hooks): QtNetwork brings
    # libQt6Network and Kerberos with it. Qt's own C++ DBus library stays (the portal plugin).
    "PySide6.QtNetwork", "PySide6.QtDBus",
    # onnx's conformance suite (18 MB of test models) and its pure-Python reference runtime:
    # DigitLab only builds graphs with onnx.helper (model/export/onnx_format.py).
    "onnx.backend", "onnx.reference",
)
"""Never excluded although tempting: ``tensorflow.lite`` (``import tensorflow`` needs part of it),
``tensorflow.compiler.tf2xla`` (Keras's TensorFlow back-end imports its ops), the profiler's
``_pywrap_profiler_plugin`` (imported by ``import tensorflow``) and ``PySide6.QtOpenGL``
(pyqtgraph imports it)."""

QT_PLUGINS = {
    "platforms": {"qxcb", "qoffscreen", "qwayland", "qwayland-egl", "qwayland-generic",
                  "qwindows", "qcocoa", "qminimal"},
    "imageformats": {"qsvg", "qjpeg"},  # PNG is built into QtGui
    "iconengines": {"qsvgicon"},
    "xcbglintegrations": None,  # the xcb plugin probes them for every window
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-decoration-client": {"bradient"},
    "wayland-graphics-integration-client": {"qt-plugin-wayland-egl"},
    "platforminputcontexts": {"composeplatforminputcontextplugin",
                              "ibusplatforminputcontextplugin"},  # typing accents in file names
    "platformthemes": {"qxdgdesktopportal"},  # native file dialogs, without GTK's libraries
    "styles": None,  # Windows 11 style
}
"""Qt plugin folders the app uses → the plugins kept (file stem without ``lib``; None = all)."""

DEAD_DIRECTORIES = {"include", "tests"}
"""C headers (TensorFlow's alone are ~290 MB) and test suites: no use at run time."""

DEAD_FILES = {
    # TensorFlow libraries no module loads: neither is named by any Python file of TensorFlow nor
    # linked by any of its libraries, and neither is mapped after import, fit, save and load.
    "tensorflow/compiler/tf2xla/ops/_xla_ops.so",  # 15 MB
    "tensorflow/python/framework/lib_native_proto_caster.so",  # 4 MB
}
"""Files (destination paths) that are dead weight although their folder is not."""

QT_TRANSLATIONS = "translations"
"""PySide6's folder of Qt's own catalogues: 7 MB, of which the window needs a few (below)."""

DEAD_PREFIXES = ("nvidia", "libcuda", "libcudnn", "libnvidia")

STRIPPED_FOLDERS = ("tensorflow",)
"""Binaries shipped with their symbol tables (~250 MB in TensorFlow's Linux libraries, ~196 MB in
``libtensorflow_cc.2.dylib``), and Python's own (below). Not everything: stripping a library
that auditwheel patched (numpy's OpenBLAS…) breaks it ("ELF load command address/offset not
page-aligned"), which is why PyInstaller's all-or-nothing ``strip`` is not used. Windows DLLs
carry no symbol tables (PDBs are separate files), so there is nothing to strip there."""

STRIPPED_PYTHON = ("libpython3", "python3")
"""The interpreter's library and its ``python3.X/lib-dynload`` extensions: a pyenv-built Python
keeps ~25 MB of symbols in them."""

STRIP_COMMANDS = {
    # Keeps the dynamic symbols that linking needs.
    "linux": ("strip", "--strip-unneeded"),
    # Local symbols only (-x): the exported ones stay for dyld. This runs on the copies before
    # PyInstaller collects and signs them, so every stripped binary is signed afterwards.
    "darwin": ("strip", "-x"),
}
"""``sys.platform`` prefix → the strip command for it; other platforms strip nothing."""


def strip_command(platform: str) -> tuple[str, ...] | None:
    """The strip command for ``platform`` (a ``sys.platform`` value), or None."""
    return next((command for prefix, command in STRIP_COMMANDS.items()
                 if platform.startswith(prefix)), None)


def resource_datas() -> list[tuple[str, str]]:
    """PyInstaller ``datas``: every bundled file, each into its folder under ``resources/``."""
    root = resource_path()
    return [(str(root / name), str(PurePosixPath(PACKAGE, name).parent))
            for name in bundled_files()]


def keep(destination: str) -> bool:
    """Whether a file headed for ``destination`` (relative to the bundle) belongs in it."""
    parts = PurePosixPath(destination.replace("\\", "/")).parts
    if any(part.lower().startswith(DEAD_PREFIXES) for part in parts):
        return False
    if DEAD_DIRECTORIES.intersection(parts[:-1]) or "/".join(parts) in DEAD_FILES:
        return False
    if "PySide6" in parts and QT_TRANSLATIONS in parts[:-1]:
        return _keep_qt_translation(parts[-1])
    return _keep_qt_plugin(parts)


def _keep_qt_translation(name: str) -> bool:
    """Qt's own texts (file dialogs, message boxes) in the window's languages: qtbase only
    (~0.2 MB each of the 7 MB folder: Designer's, Assistant's, QML's are never shown)."""
    return name in {f"{catalogue}_{code}.qm" for catalogue in QT_OWN_CATALOGUES
                    for code in LANGUAGES if code != ENGLISH}


def strip_symbols(binaries: list[tuple], workdir: str | Path,
                  command: tuple[str, ...]) -> list[tuple]:
    """PyInstaller ``binaries`` where those under :data:`STRIPPED_FOLDERS` are replaced by
    copies stripped with ``command``, made in ``workdir`` (the venv's originals stay intact)."""
    result = []
    for destination, source, kind in binaries:
        if not _strippable(PurePosixPath(destination).parts[0]):
            result.append((destination, source, kind))
            continue
        target = Path(workdir, "stripped", destination)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
        subprocess.run([*command, str(target)], check=True)
        result.append((destination, str(target), kind))
    return result


def _strippable(top: str) -> bool:
    return top in STRIPPED_FOLDERS or top.startswith(STRIPPED_PYTHON)


def keep_module(name: str) -> bool:
    """Whether the Python module ``name`` belongs in the bundle (test suites do not)."""
    return not DEAD_DIRECTORIES.intersection(name.split("."))


def _keep_qt_plugin(parts: tuple[str, ...]) -> bool:
    """Qt plugins: only those in :data:`QT_PLUGINS`; anything else passes."""
    if "PySide6" not in parts or "plugins" not in parts[:-2]:
        return True
    folder = parts[parts.index("plugins") + 1]
    if folder not in QT_PLUGINS:
        return False
    wanted = QT_PLUGINS[folder]
    return wanted is None or _plugin_stem(parts[-1]) in wanted


def _plugin_stem(filename: str) -> str:
    """``libqxcb.so`` / ``qwindows.dll`` / ``libqcocoa.dylib`` → ``qxcb`` / ``qwindows`` / …"""
    stem = filename.split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") else stem
