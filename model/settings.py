"""What a config field may hold and what it means, written once for the checks, the GUI and the CLI.

A field of the config dataclasses is declared with :func:`setting`, which stores a :class:`Number`,
:class:`Choice` or :class:`Flag` in the field's metadata. ``model.config`` validates values with
it, the Train panel builds its spin boxes, combo boxes and tooltips from it, and ``digitlab train``
builds its options and ``--help`` from it; so a range or an explanation cannot differ among them.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Any

from model.errors import ConfigError

REQUIRED: Any = dataclasses.MISSING
"""The ``default`` of a field the caller must always give."""

_METADATA_KEY = "digitlab.setting"


@dataclass(frozen=True)
class Number:
    """A number in ``[low, high]`` (``(low, high]`` when ``low_open``).

    ``unit`` names what it counts (``"epochs"``); ``decimals`` and ``step`` are the precision and
    arrow step worth offering; ``log_steps`` says the value is explored on a log scale (1, 2, 5,
    10 …); ``off_text`` names ``low`` when it switches the feature off. With ``count_from``, a whole
    number from there up is accepted too, as a count rather than a fraction.
    """

    low: float
    high: float
    help: str
    integer: bool = False
    low_open: bool = False
    unit: str = ""
    decimals: int = 0
    step: float = 1
    log_steps: bool = False
    off_text: str = ""
    count_from: int | None = None

    def check(self, name: str, value: Any) -> None:
        if self.is_count(value):
            return
        if isinstance(value, bool) or not self._has_type(value):
            kind = "an integer" if self.integer else "a number"
            raise ConfigError(f"{self._label(name)} must be {kind}, got {value!r}")
        below = value <= self.low if self.low_open else value < self.low
        if below or value > self.high:
            raise ConfigError(f"{self._label(name)} must be in {self.allowed()}, got {value!r}")

    def allowed(self) -> str:
        """The values accepted, e.g. ``(0.0, 10.0]`` or ``[0.0, 0.5] or a whole number ≥ 1``."""
        interval = f"{'(' if self.low_open else '['}{self.low}, {self.high}]"
        if self.count_from is None:
            return interval
        return f"{interval} or a whole number ≥ {self.count_from}"

    def is_count(self, value: Any) -> bool:
        """Whether ``value`` is a whole number from ``count_from`` up: a count, not a fraction."""
        return (self.count_from is not None and isinstance(value, int)
                and not isinstance(value, bool) and value >= self.count_from)

    def _has_type(self, value: Any) -> bool:
        if self.integer:
            return isinstance(value, int)
        return isinstance(value, (int, float)) and math.isfinite(value)

    def _label(self, name: str) -> str:
        return f"{name} ({self.unit})" if self.unit else name


@dataclass(frozen=True)
class Choice:
    """One of a fixed list of values; ``options`` pairs each value with the label a person reads."""

    options: tuple[tuple[str, str], ...]
    help: str

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(value for value, _ in self.options)

    def check(self, name: str, value: Any) -> None:
        if value not in self.values:
            raise ConfigError(f"{name} must be one of {', '.join(self.values)}; got {value!r}")


@dataclass(frozen=True)
class Flag:
    """On or off."""

    help: str

    def check(self, name: str, value: Any) -> None:
        if not isinstance(value, bool):
            raise ConfigError(f"{name} must be true or false, got {value!r}")


Setting = Number | Choice | Flag


def unlabelled(*values: str) -> tuple[tuple[str, str], ...]:
    """Choice options shown as they are spelled (``relu``, ``he_normal``)."""
    return tuple((value, value) for value in values)


def setting(default: Any, spec: Setting) -> Any:
    """A dataclass field with ``default`` whose range, unit and help are ``spec``."""
    return dataclasses.field(default=default, metadata={_METADATA_KEY: spec})


def settings_of(config_class: type) -> dict[str, Setting]:
    """The fields of ``config_class`` declared with :func:`setting`, in declaration order."""
    return {f.name: f.metadata[_METADATA_KEY] for f in dataclasses.fields(config_class)
            if _METADATA_KEY in f.metadata}
