"""The one folder where DigitLab keeps what it stores for a user: dataset downloads, the user's
own labelled drawings, run history. ``$DIGITLAB_DATA_DIR`` overrides it (tests, portable installs).
"""

from __future__ import annotations

import os
from pathlib import Path

DATA_DIR_ENV = "DIGITLAB_DATA_DIR"
RUN_HISTORY_FILE = "runs.sqlite"
"""The run history; SQLite keeps ``-wal``, ``-shm`` and ``-journal`` files beside it."""
DRAWINGS_FILE = "drawings.jsonl"
"""The user's labelled drawings (and, beside it, copies under names that start the same)."""
DATASETS_FOLDER, ADAPTED_MODELS_FOLDER, UNSAVED_MODELS_FOLDER = (
    "datasets", "adapted-models", "unsaved-models")
APP_FOLDERS = (DATASETS_FOLDER, ADAPTED_MODELS_FOLDER, UNSAVED_MODELS_FOLDER)


def user_data_dir() -> Path:
    """The policy's ``data_dir`` (a school fixes it: :mod:`model.policy`), else
    ``$DIGITLAB_DATA_DIR``, else ``$XDG_DATA_HOME/digitlab``, else ~/.local/share/digitlab."""
    from model.policy import PolicyError, load_policy  # the policy reads the configs

    try:
        fixed = load_policy().data_dir
    except PolicyError:
        fixed = None  # a broken policy refuses training (model.cli_lessons); data stays put
    if fixed is not None:
        return fixed
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "share"
    return base / "digitlab"


def datasets_cache_dir() -> Path:
    """Where downloaded datasets are kept, one folder each."""
    return user_data_dir() / DATASETS_FOLDER


def run_history_path() -> Path:
    """The SQLite file that records every training run (``model.history``)."""
    return user_data_dir() / RUN_HISTORY_FILE


def is_app_data(path: Path) -> bool:
    """Whether ``path`` is (or is inside) a file or folder DigitLab keeps in the user data
    folder: what no export, save or other output may replace. Other names there are the user's.
    """
    try:
        relative = path.resolve().relative_to(user_data_dir().resolve())
    except ValueError:
        return False
    if not relative.parts:
        return True
    first = relative.parts[0]
    return first in APP_FOLDERS or first.startswith((RUN_HISTORY_FILE, DRAWINGS_FILE))
