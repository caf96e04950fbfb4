"""Shared test setup: Qt runs offscreen, TensorFlow stays quiet, data paths are found once."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from model.policy import POLICY_ENV

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("KERAS_BACKEND", "tensorflow")

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def no_bundled_datasets(tmp_path, monkeypatch) -> None:
    """No dataset bundled, as an installed DigitLab has no Fashion-MNIST (and a broken one no
    MNIST): loading a named dataset falls to the cache and the download."""
    import model.data.datasets as datasets

    monkeypatch.setattr(datasets, "bundled_dataset_dir",
                        lambda spec: tmp_path / "not-bundled" / spec)


@pytest.fixture(scope="session", autouse=True)
def _session_user_data(tmp_path_factory):
    """Module- and session-wide fixtures (a command-line training run records it in the run
    history) write here too, never into the real user's folder."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DIGITLAB_DATA_DIR", str(tmp_path_factory.mktemp("session-user-data")))
        # No machine policy (/etc/digitlab/policy.json) reaches the tests unless one sets it.
        patch.setenv(POLICY_ENV, str(tmp_path_factory.mktemp("no-policy") / "none.json"))
        yield


@pytest.fixture
def policy(tmp_path, monkeypatch) -> Path:
    """Where this test's machine policy file goes (``$DIGITLAB_POLICY``): write it to set one."""
    path = tmp_path / "policy.json"
    monkeypatch.setenv(POLICY_ENV, str(path))
    return path


@pytest.fixture(autouse=True)
def _isolated_user_data(tmp_path_factory, monkeypatch):
    """Keep tests away from the real user's dataset cache, settings and run history."""
    monkeypatch.setenv("DIGITLAB_DATA_DIR", str(tmp_path_factory.mktemp("user-data")))


@pytest.fixture
def small_disk(tmp_path):
    """A mounted 4 MiB tmpfs, to run out of space or write-protect for real (root only)."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount_point)],
                             capture_output=True, timeout=30)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], capture_output=True, timeout=30)


def fill_disk(folder: Path, leave_bytes: int) -> None:
    """Fill ``folder``'s file system until only about ``leave_bytes`` are free."""
    free = shutil.disk_usage(folder).free
    (folder / "filler").write_bytes(bytes(max(0, free - leave_bytes)))
