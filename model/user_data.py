"""The one folder where DigitLab keeps what it stores for a user: dataset downloads, the user's
own labelled drawings, run history. ``$DIGITLAB_DATA_DIR`` overrides it (tests, portable installs).
"""

from __future__ import annotations

import os
from pathlib import Path

DATA_DIR_ENV = "DIGITLAB_DATA_DIR"


def user_data_dir() -> Path:
    """``$DIGITLAB_DATA_DIR``, else ``$XDG_DATA_HOME/digitlab``, else ~/.local/share/digitlab."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "share"
    return base / "digitlab"


def datasets_cache_dir() -> Path:
    """Where downloaded datasets are kept, one folder each."""
    return user_data_dir() / "datasets"


def run_history_path() -> Path:
    """The SQLite file that records every training run (``model.history``)."""
    return user_data_dir() / "runs.sqlite"
