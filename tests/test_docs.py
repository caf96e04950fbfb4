"""The docs a newcomer reads first stay true to the tree: every package and module is in
docs/architecture.md, every top-level folder in the README's layout table."""

from __future__ import annotations

import re

from tests.conftest import REPO

ARCHITECTURE = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")
README = (REPO / "README.md").read_text(encoding="utf-8")


def source_modules() -> list[str]:
    """``model/data/idx.py``-style paths of every module, ``model/data/`` for packages."""
    found = []
    for package in ("model", "gui"):
        for path in sorted((REPO / package).rglob("*.py")):
            relative = path.relative_to(REPO)
            found.append(f"{relative.parent}/" if path.name == "__init__.py" else str(relative))
    return found


def test_architecture_names_every_package_and_module():
    missing = [name for name in source_modules()
               if name.rsplit("/", 1)[-1] not in ARCHITECTURE and name not in ARCHITECTURE]
    assert missing == [], f"docs/architecture.md does not mention {missing}"


def test_architecture_names_no_module_that_is_gone():
    mentioned = set(re.findall(r"\b([a-z_]+\.py)\b", ARCHITECTURE))
    existing = {path.name for path in REPO.rglob("*.py") if ".venv" not in path.parts}
    assert mentioned - existing == set()


def test_readme_layout_lists_every_top_level_folder():
    folders = [path.name for path in REPO.iterdir()
               if path.is_dir() and not path.name.startswith(".")
               and path.name not in {"build", "dist", "__pycache__"}
               and not path.name.endswith(".egg-info")]
    missing = [name for name in folders if f"`{name}/`" not in README]
    assert missing == []
