"""The scripts under packaging/ are not a package (the name would shadow PyPI's ``packaging``),
so tests load them by path."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from tests.conftest import REPO

PACKAGING = REPO / "packaging"


def load_script(name: str) -> ModuleType:
    """``packaging/<name>.py`` as a module, importable by that name while the tests run (the
    spec imports ``bundle_rules`` so)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
