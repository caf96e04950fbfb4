"""Every field of the config dataclasses, for the tests proving that each one is checked, shown in
the Train panel and documented by the CLI from the same setting.

The fields are read from the dataclasses themselves, so a field added later is walked too and must
either have a GUI widget and a CLI option or be listed by name in those tests as having none.
"""

from __future__ import annotations

import dataclasses

from model.config import AugmentConfig, LayerConfig, NetworkConfig, TrainingConfig

CONFIG_CLASSES = (LayerConfig, NetworkConfig, AugmentConfig, TrainingConfig)
NESTED_CONFIGS = {(NetworkConfig, "hidden"), (TrainingConfig, "augment")}
"""Fields that hold other configs: their fields are walked instead, through CONFIG_CLASSES."""


def every_field() -> list[tuple[type, str]]:
    """``(config class, field name)`` for each field of every config."""
    return [(config_class, field.name) for config_class in CONFIG_CLASSES
            for field in dataclasses.fields(config_class)]


def setting_fields() -> list[tuple[type, str]]:
    """Every field except those holding a nested config: the ones a setting must describe."""
    return [key for key in every_field() if key not in NESTED_CONFIGS]


def field_id(key: tuple[type, str]) -> str:
    """A readable pytest id: the field's path from the top config (``augment.enabled``)."""
    config_class, name = key
    return config_class.path(name)
