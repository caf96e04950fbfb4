"""Shared test setup: Qt runs offscreen, TensorFlow stays quiet, data paths are found once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("KERAS_BACKEND", "tensorflow")

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = (REPO / ".." / "shared" / "data").resolve()


def shared_data(name: str) -> Path:
    """A folder of ../shared/data, or skip the test when this checkout has none beside it."""
    folder = SHARED_DATA / name
    if not folder.is_dir():
        pytest.skip(f"{folder} is not present beside this checkout")
    return folder


@pytest.fixture(autouse=True)
def _isolated_user_data(tmp_path_factory, monkeypatch):
    """Keep tests away from the real user's dataset cache and settings."""
    monkeypatch.setenv("DIGITLAB_DATA_DIR", str(tmp_path_factory.mktemp("user-data")))
