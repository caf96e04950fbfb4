"""Where the bundled files live, in a checkout, an installed wheel and a frozen bundle alike.

``resources/`` is a package: setuptools ships its files as package data and PyInstaller collects
them beside it, so :func:`importlib.resources.files` finds them in all three cases. This is the
only module that knows their layout; everything else asks it by name.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

PACKAGE = "resources"
DEFAULT_MODEL_ENV = "DIGITLAB_DEFAULT_MODEL"
NOTICES_FILE = "THIRD-PARTY-NOTICES.txt"


def resource_path(*parts: str) -> Path:
    """A bundled file or folder as a real path (DigitLab is never installed zipped)."""
    return Path(str(resources.files(PACKAGE).joinpath(*parts)))


def bundled_dataset_dir(spec: str) -> Path:
    """Where the IDX files of the named dataset (``mnist``, ``fashion-mnist``) are bundled,
    checked against their SHA256SUMS on load; the folder may be missing (see
    :data:`CHECKOUT_ONLY`)."""
    return resource_path("data", spec)


def bundled_mnist_dir() -> Path:
    """The MNIST IDX files shipped with the app and its installers."""
    return bundled_dataset_dir("mnist")


def bundled_pendigits_path() -> Path:
    """Pen-drawn digits by 30 writers (UCI pendigits, CC BY 4.0), for training and measuring."""
    return resource_path("data", "pendigits", "pendigits-orig.tra.gz")


def bundled_optdigits_path() -> Path:
    """Real 8×8 scans by 13 people (UCI optdigits' test set, CC BY 4.0): a check, never trained
    on; see :data:`CHECKOUT_ONLY`."""
    return resource_path("data", "optdigits", "optdigits-test.csv.gz")


def bundled_model_path() -> Path:
    """The default model the window opens with."""
    return resource_path("models", "mnist-mlp.keras")


def default_model_path() -> Path:
    """The bundled model, or the file named by ``$DIGITLAB_DEFAULT_MODEL`` (for development)."""
    override = os.environ.get(DEFAULT_MODEL_ENV)
    return Path(override) if override else bundled_model_path()


def notices_path() -> Path:
    """The licences of everything an installer bundles (Python, Qt, TensorFlow…): written into
    the bundle's ``resources/`` when it is built (packaging/notices.py), so a checkout has none."""
    return resource_path(NOTICES_FILE)


def icon_path(name: str) -> Path:
    """``resources/icons/<name>.svg``."""
    return resource_path("icons", f"{name}.svg")


NOT_DATA_SUFFIXES = (".py", ".pyc", ".ts")
CHECKOUT_ONLY = ("data/fashion-mnist/", "data/optdigits/")
"""Bundled in a checkout, so tests, benchmarks and ``make run`` have them offline, but left out
of the wheel and the installers: their size gates (packaging/README.md) have no room for
Fashion-MNIST's 30 MB, so an installed DigitLab loads it from a folder or downloads it once; the
optdigits scans only measure models (``bench/drawn_digits.py``)."""


def bundled_files() -> list[str]:
    """Every data file under ``resources/``, relative to it (what a wheel or bundle must carry):
    code, translation sources (``.ts``, compiled to ``.qm``) and :data:`CHECKOUT_ONLY` left
    out."""
    root = resource_path()
    return sorted(
        name for name in (path.relative_to(root).as_posix() for path in root.rglob("*")
                          if path.is_file() and "__pycache__" not in path.parts
                          and path.suffix not in NOT_DATA_SUFFIXES)
        if not name.startswith(CHECKOUT_ONLY)
    )


def user_guide() -> tuple[str, Path | None] | None:
    """The user guide (the README, Markdown) and the folder its pictures are relative to.

    A checkout has README.md beside the packages; an installed wheel keeps the same text as its
    long description (pictures left out); None where neither is there.
    """
    readme = Path(__file__).resolve().parents[1] / "README.md"
    if readme.is_file():
        return readme.read_text(encoding="utf-8"), readme.parent
    from importlib.metadata import PackageNotFoundError, metadata

    try:
        description = metadata("digitlab").get_payload()
    except PackageNotFoundError:
        return None
    return (description, None) if description else None
