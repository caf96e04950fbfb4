"""Every setting a lesson or a policy may name, by its one flat name (``epochs``, ``activation``).

The names are the config dataclasses' fields declared with :func:`model.settings.setting`, so a
lesson file, the machine policy and the Train panel's forms cannot disagree on what a setting
is called or which values it takes. A layer's fields (``units``, ``activation``, ``dropout``)
apply to every hidden layer; ``hidden`` is the list of layer sizes.
"""

from __future__ import annotations

from typing import Any

from model.config import LayerConfig, NetworkConfig, TrainingConfig
from model.errors import ConfigError
from model.settings import Number, Setting, settings_of

SETTING_CLASSES = (LayerConfig, NetworkConfig, TrainingConfig)
"""The config classes whose fields are settings, the layer's first (they apply to each layer)."""
HIDDEN = "hidden"
"""The one setting that is not a single field: the hidden layers' sizes, a list of units."""


def known_settings() -> dict[str, tuple[type, Setting]]:
    """Each setting's name with its config class and what it may hold."""
    return {name: (config_class, spec) for config_class in SETTING_CLASSES
            for name, spec in settings_of(config_class).items()}


def check_setting(name: str, value: Any) -> None:
    """Raise ConfigError naming the setting when ``name`` is unknown or ``value`` out of range."""
    settings = known_settings()
    if name == HIDDEN:
        if not isinstance(value, list) or not 1 <= len(value) <= 8:
            raise ConfigError(f"hidden must be a list of 1 to 8 layer sizes, got {value!r}")
        for units in value:
            settings["units"][1].check("hidden units", units)
        return
    check_name(name)
    settings[name][1].check(name, value)


def check_name(name: str) -> None:
    """Raise ConfigError when no setting is called ``name``."""
    settings = known_settings()
    if name != HIDDEN and name not in settings:
        raise ConfigError(f"unknown setting {name!r}; expected one of "
                          f"{', '.join(sorted([*settings, HIDDEN]))}")


def is_number(name: str) -> bool:
    """Whether ``name`` holds a number (a policy may give it a maximum)."""
    return name in known_settings() and isinstance(known_settings()[name][1], Number)


def with_settings(network: NetworkConfig, training: TrainingConfig,
                  values: dict[str, Any]) -> tuple[NetworkConfig, TrainingConfig]:
    """The configs with ``values`` (checked names → values) laid over them."""
    network_dict, training_dict = network.to_dict(), training.to_dict()
    settings = known_settings()
    for name, value in values.items():
        if name == HIDDEN:
            template = network_dict["hidden"][0]
            network_dict["hidden"] = [{**template, "units": units} for units in value]
            continue
        config_class = settings[name][0]
        if config_class is LayerConfig:
            network_dict["hidden"] = [{**layer, name: value} for layer in network_dict["hidden"]]
        elif config_class is NetworkConfig:
            network_dict[name] = value
        else:
            training_dict[name] = value
    return NetworkConfig.from_dict(network_dict), TrainingConfig.from_dict(training_dict)


def value_of(network: NetworkConfig, training: TrainingConfig, name: str) -> Any:
    """The value the configs give ``name`` (a layer's field: the first hidden layer's)."""
    if name == HIDDEN:
        return [layer.units for layer in network.hidden]
    config_class = known_settings()[name][0]
    if config_class is LayerConfig:
        return getattr(network.hidden[0], name)
    return getattr(network if config_class is NetworkConfig else training, name)
