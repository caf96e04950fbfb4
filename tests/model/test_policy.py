"""The machine policy: where it lives, what it may say, and that it outranks the user."""

from __future__ import annotations

import json
import sys

import pytest

from model.config import NetworkConfig, TrainingConfig
from model.policy import (
    BY_LESSON,
    BY_POLICY,
    POLICY_ENV,
    Lock,
    Policy,
    PolicyError,
    combined_locks,
    enforce,
    load_policy,
    policy_path,
)
from model.user_data import DATA_DIR_ENV, user_data_dir


@pytest.fixture
def policy_file(policy):
    """Write the test's policy file: JSON from data, or a text as it is."""
    def write(data) -> None:
        policy.write_text(data if isinstance(data, str) else json.dumps(data))
    return write


def test_the_platform_path_and_the_override(monkeypatch):
    monkeypatch.delenv(POLICY_ENV)
    expected = {"linux": "/etc/digitlab/policy.json",
                "darwin": "/Library/Application Support/DigitLab/policy.json"}
    if sys.platform in expected:
        assert str(policy_path()) == expected[sys.platform]
    monkeypatch.setenv(POLICY_ENV, "/somewhere/p.json")
    assert str(policy_path()) == "/somewhere/p.json"


def test_no_file_is_an_empty_policy():
    assert load_policy() == Policy()


def test_a_full_policy_is_read(policy_file, tmp_path):
    policy_file({"format_version": 1, "settings": {"epochs": {"max": 20},
                                                   "optimizer": {"value": "sgd"}},
                 "no_downloads": True, "data_dir": str(tmp_path / "school"),
                 "hide": ["train_panel"]})
    policy = load_policy()
    assert policy.locks == {"epochs": Lock(maximum=20), "optimizer": Lock(value="sgd")}
    assert policy.no_downloads and policy.hidden == {"train_panel"}
    assert policy.violation("epochs", 500).startswith("epochs is at most 20 by the policy")
    assert policy.violation("epochs", 20) == ""


@pytest.mark.parametrize(("data", "expected"), [
    ("{not json", "expected JSON"),
    ("[1, 2]", "expected a JSON object"),
    ({"settings": {"wings": {"max": 2}}}, "unknown setting 'wings'"),
    ({"settings": {"epochs": {"max": 0}}}, "epochs must be in [1, 10000], got 0"),
    ({"settings": {"epochs": 20}}, "needs"),
    ({"hide": ["everything"]}, "hide must list some of"),
    ({"data_dir": "relative/folder"}, "absolute folder path"),
    ({"no_downloads": "yes"}, "true or false"),
    ({"format_version": 7}, "format_version 1 expected"),
    ({"lock_everything": True}, "unknown keys"),
])
def test_a_broken_policy_is_an_error_not_an_open_door(policy_file, data, expected):
    policy_file(data)
    with pytest.raises(PolicyError) as raised:
        load_policy()
    assert expected in str(raised.value)


def test_a_lesson_cannot_loosen_the_policy_and_enforce_applies_both():
    policy = Policy(locks={"epochs": Lock(maximum=5)}, source=None)
    locks = combined_locks(policy, {"epochs": Lock(maximum=50), "optimizer": Lock(value="sgd")})
    assert locks["epochs"].by == BY_POLICY and locks["optimizer"].by == BY_LESSON
    _, training = enforce(locks, NetworkConfig(), TrainingConfig(epochs=5))
    assert training.optimizer == "sgd"
    with pytest.raises(PolicyError, match="epochs is at most 5, set by the policy"):
        enforce(locks, NetworkConfig(), TrainingConfig(epochs=6))


def test_the_policy_fixes_the_data_folder_whatever_the_user_sets(policy_file, tmp_path,
                                                                  monkeypatch):
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "mine"))
    policy_file({"data_dir": str(tmp_path / "school")})
    assert user_data_dir() == tmp_path / "school"


@pytest.mark.usefixtures("no_bundled_datasets")
def test_no_downloads_holds_wherever_a_dataset_loads(policy_file, monkeypatch):
    """The window's dataset chooser always allows downloading; the policy refuses it there
    too (before Keras is asked for anything)."""
    import model.data.datasets as datasets
    from model.errors import DatasetError

    policy_file({"no_downloads": True})
    monkeypatch.setattr(datasets, "_download_arrays", lambda name: pytest.fail("downloaded"))
    with pytest.raises(DatasetError, match="downloads are switched off by the policy"):
        datasets.load_dataset("fashion-mnist", download=True)
