"""The machine-wide policy a school sets: settings nobody on this computer can change.

One JSON file, read-only for pupils (Linux ``/etc/digitlab/policy.json``, Windows
``%ProgramData%\\DigitLab\\policy.json``, macOS ``/Library/Application Support/DigitLab/
policy.json``; ``$DIGITLAB_POLICY`` names another, for tests and trials). It outranks the user's
settings, which outrank the defaults (:func:`enforce` for every run, ``data_dir`` in
:func:`model.user_data.user_data_dir`)::

    {"format_version": 1,
     "settings": {"epochs": {"max": 20}, "optimizer": {"value": "sgd"}},
     "no_downloads": true, "data_dir": "/srv/digitlab", "hide": ["train_panel"]}

A file that is there but unreadable or wrong is not ignored (that would unlock everything):
:func:`load_policy` raises :class:`PolicyError` naming the problem, and the CLI and the window
refuse to start training until it is fixed.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from model.config import NetworkConfig, TrainingConfig
from model.errors import ConfigError, DigitLabError
from model.setting_names import check_name, check_setting, is_number, value_of, with_settings

POLICY_ENV = "DIGITLAB_POLICY"
POLICY_FORMAT_VERSION = 1
HIDEABLE = ("train_panel", "lessons")
"""Parts of the window a policy may hide."""
_POLICY_KEYS = {"format_version", "settings", "no_downloads", "data_dir", "hide"}


class PolicyError(DigitLabError):
    """The policy file is there but cannot be used, or a value breaks it."""


@dataclass(frozen=True)
class Lock:
    """What a policy or a lesson fixes about one setting: a value, or a maximum."""

    value: Any = None
    maximum: float | None = None

    def allows(self, value: Any) -> bool:
        if self.value is not None:
            return value == self.value
        return self.maximum is None or value <= self.maximum

    def describe(self) -> str:
        return f"fixed at {self.value}" if self.value is not None else f"at most {self.maximum:g}"


@dataclass(frozen=True)
class Policy:
    """The parsed policy file (an empty policy when there is none)."""

    locks: Mapping[str, Lock] = field(default_factory=dict)
    no_downloads: bool = False
    data_dir: Path | None = None
    hidden: frozenset[str] = frozenset()
    source: Path | None = None

    def violation(self, name: str, value: Any) -> str:
        """"" when ``value`` is allowed for setting ``name``, else one line saying why not."""
        lock = self.locks.get(name)
        if lock is None or lock.allows(value):
            return ""
        return (f"{name} is {lock.describe()} by the policy of this computer ({self.source}); "
                f"got {value}")


def policy_path() -> Path:
    """Where this platform keeps the policy file (``$DIGITLAB_POLICY`` overrides it)."""
    override = os.environ.get(POLICY_ENV)
    if override:
        return Path(override).expanduser()
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "DigitLab" / "policy.json"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/DigitLab/policy.json")
    return Path("/etc/digitlab/policy.json")


def load_policy(path: Path | None = None) -> Policy:
    """The policy in ``path`` (default :func:`policy_path`); an empty one if there is no file."""
    path = path if path is not None else policy_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Policy()
    except (OSError, UnicodeDecodeError) as error:
        raise PolicyError(f"cannot read the policy file {path}: {error}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise PolicyError(f"policy file {path}: expected JSON, {error}") from None
    return _parse(data, path)


def _parse(data: Any, path: Path) -> Policy:
    if not isinstance(data, dict):
        raise PolicyError(f"policy file {path}: expected a JSON object, got {type(data).__name__}")
    unknown = sorted(set(data) - _POLICY_KEYS)
    if unknown:
        raise PolicyError(f"policy file {path}: unknown keys {unknown}; expected some of "
                          f"{sorted(_POLICY_KEYS)}")
    version = data.get("format_version", POLICY_FORMAT_VERSION)
    if version != POLICY_FORMAT_VERSION:
        raise PolicyError(f"policy file {path}: format_version {POLICY_FORMAT_VERSION} expected, "
                          f"got {version!r}")
    hidden = data.get("hide", [])
    if not isinstance(hidden, list) or not set(hidden) <= set(HIDEABLE):
        raise PolicyError(f"policy file {path}: hide must list some of {', '.join(HIDEABLE)}; "
                          f"got {hidden!r}")
    no_downloads = data.get("no_downloads", False)
    if not isinstance(no_downloads, bool):
        raise PolicyError(f"policy file {path}: no_downloads must be true or false")
    data_dir = data.get("data_dir")
    if data_dir is not None and not (isinstance(data_dir, str) and Path(data_dir).is_absolute()):
        raise PolicyError(f"policy file {path}: data_dir must be an absolute folder path, "
                          f"got {data_dir!r}")
    return Policy(locks=parse_locks(data.get("settings", {}), f"policy file {path}"),
                  no_downloads=no_downloads, data_dir=Path(data_dir) if data_dir else None,
                  hidden=frozenset(hidden), source=path)


def parse_locks(data: Any, where: str) -> dict[str, Lock]:
    """``{"epochs": {"max": 20}, "optimizer": {"value": "sgd"}}`` checked against the settings;
    a lesson's ``locks`` use the same form."""
    if not isinstance(data, dict):
        raise PolicyError(f"{where}: settings must be a JSON object of setting names")
    locks = {}
    for name, rule in data.items():
        locks[name] = _lock(name, rule, where)
    return locks


def _lock(name: str, rule: Any, where: str) -> Lock:
    if not isinstance(rule, dict) or len(rule) != 1 or not set(rule) <= {"value", "max"}:
        raise PolicyError(f"{where}: setting {name!r} needs {{\"value\": …}} or {{\"max\": …}}, "
                          f"got {rule!r}")
    try:
        if "max" in rule:
            if not is_number(name):
                check_name(name)
                raise ConfigError(f"{name} is not a number, so it cannot have a max")
            check_setting(name, rule["max"])
            return Lock(maximum=rule["max"])
        check_setting(name, rule["value"])
    except ConfigError as error:
        raise PolicyError(f"{where}: {error}") from None
    return Lock(value=rule["value"])


def check_allowed(policy: Policy, values: Mapping[str, Any]) -> None:
    """Raise PolicyError with the first setting in ``values`` the policy does not allow."""
    for name, value in values.items():
        problem = policy.violation(name, value)
        if problem:
            raise PolicyError(problem)


BY_POLICY = "the policy of this computer"
BY_LESSON = "your lesson"


@dataclass(frozen=True)
class Locked:
    """A lock on one setting and who set it (:data:`BY_POLICY` or :data:`BY_LESSON`)."""

    lock: Lock
    by: str

    def describe(self, name: str) -> str:
        """``epochs: at most 20, set by your lesson`` — what a locked control's tip says."""
        return f"{name}: {self.lock.describe()}, set by {self.by}"


def combined_locks(policy: Policy, lesson: Mapping[str, Lock]) -> dict[str, Locked]:
    """The lesson's locks under the policy's: where both lock a setting, the policy's wins."""
    locks = {name: Locked(lock, BY_LESSON) for name, lock in lesson.items()}
    locks.update({name: Locked(lock, BY_POLICY) for name, lock in policy.locks.items()})
    return locks


def enforce(locks: Mapping[str, Locked], network: NetworkConfig,
            training: TrainingConfig) -> tuple[NetworkConfig, TrainingConfig]:
    """The configs with every fixed value put in; PolicyError when a value is above its
    maximum (a run is refused rather than silently shortened)."""
    fixed = {name: locked.lock.value for name, locked in locks.items()
             if locked.lock.value is not None}
    network, training = with_settings(network, training, fixed)
    for name, locked in locks.items():
        value = value_of(network, training, name)
        if not locked.lock.allows(value):
            raise PolicyError(f"{name} is {locked.lock.describe()}, set by {locked.by}; "
                              f"got {value}")
    return network, training
