"""One source per setting: each config field's setting decides what validation accepts and what
``digitlab train`` offers and explains, for every field of every config."""

from __future__ import annotations

import argparse
import dataclasses
import math

import pytest

from model.cli import build_parser, configs_from_args
from model.config import AugmentConfig, LayerConfig, NetworkConfig, TrainingConfig
from model.errors import ConfigError
from model.presets import presets
from model.settings import Choice, Flag, Number, settings_of
from tests.config_fields import NESTED_CONFIGS, every_field, field_id, setting_fields

NO_CLI_OPTION = {
    "num_classes", "augment.max_shift", "augment.max_rotation", "augment.max_scale",
    "augment.max_shear", "augment.elastic_alpha", "augment.elastic_sigma",
}
"""Fields the command line does not set: the dataset decides ``num_classes``, and ``--augment``
switches on distortions of tuned strengths."""
CLI_DEST = {"units": "hidden", "augment.enabled": "augment",
            "augment.writing_styles": "writing_styles", "augment.thickness": "thickness"}
"""Options whose argparse destination is not the field's path."""


def spec_of(key: tuple[type, str]):
    config_class, name = key
    return settings_of(config_class)[name]


def fields_of_kind(kind: type) -> list[tuple[type, str]]:
    return [key for key in setting_fields()
            if isinstance(settings_of(key[0]).get(key[1]), kind)]


def with_value(key: tuple[type, str], value):
    """A default config (of its class) with the field set to ``value``, validated."""
    config_class, name = key
    base = LayerConfig(1) if config_class is LayerConfig else config_class()
    return dataclasses.replace(base, **{name: value})


def value_in(key: tuple[type, str], network: NetworkConfig, training: TrainingConfig):
    """The field's value in these configs (a layer field's in the first hidden layer)."""
    config = {LayerConfig: network.hidden[0], NetworkConfig: network, TrainingConfig: training,
              AugmentConfig: training.augment}[key[0]]
    return getattr(config, key[1])


def default_of(key: tuple[type, str]):
    """The value that applies when neither an option nor a preset sets the field."""
    return value_in(key, NetworkConfig(), TrainingConfig())


def edges(spec: Number) -> tuple[list, list]:
    """The values just inside and just outside the setting's range."""
    if spec.integer:
        low = spec.low + 1 if spec.low_open else spec.low
        return [low, spec.high], [low - 1, spec.high + 1]
    low = math.nextafter(spec.low, math.inf) if spec.low_open else spec.low
    return [low, spec.high], [math.nextafter(low, -math.inf), math.nextafter(spec.high, math.inf)]


def test_every_field_but_a_nested_config_has_a_setting():
    unset = [field_id(key) for key in setting_fields() if key[1] not in settings_of(key[0])]
    assert unset == []
    assert set(every_field()) >= NESTED_CONFIGS


@pytest.mark.parametrize("key", fields_of_kind(Number), ids=field_id)
def test_numbers_accept_their_bounds_and_refuse_just_outside(key):
    spec, path = spec_of(key), field_id(key)
    inside, outside = edges(spec)
    for value in inside:
        assert getattr(with_value(key, value), key[1]) == value
    for value in outside:
        with pytest.raises(ConfigError) as error:
            with_value(key, value)
        message = str(error.value)
        assert message.startswith(path) and "must be in" in message, message
        assert f"{spec.low}, {spec.high}]" in message, message
        assert message.endswith(f"got {value!r}"), message
    wrong_type = spec.low + 0.5 if spec.integer else float("nan")
    with pytest.raises(ConfigError, match="an integer" if spec.integer else "a number"):
        with_value(key, wrong_type)


def test_a_validation_split_may_also_be_a_count():
    key = (TrainingConfig, "validation_split")
    count_from = spec_of(key).count_from
    assert with_value(key, count_from).validation_split == count_from
    with pytest.raises(ConfigError, match=f"whole number ≥ {count_from}"):
        with_value(key, float(count_from))


@pytest.mark.parametrize("key", fields_of_kind(Choice), ids=field_id)
def test_choices_accept_each_value_and_refuse_others(key):
    spec = spec_of(key)
    for value in spec.values:
        assert getattr(with_value(key, value), key[1]) == value
    with pytest.raises(ConfigError, match=f"{field_id(key)} must be one of .*'nonsense'"):
        with_value(key, "nonsense")
    labels = [label for _, label in spec.options]
    assert all(labels) and len(set(labels)) == len(labels)


@pytest.mark.parametrize("key", fields_of_kind(Flag), ids=field_id)
def test_flags_accept_only_true_and_false(key):
    for value in (True, False):
        assert getattr(with_value(key, value), key[1]) is value
    with pytest.raises(ConfigError, match=f"{field_id(key)} must be true or false, got 1"):
        with_value(key, 1)


# The command line -----------------------------------------------------------------------------


def train_options() -> dict[str, argparse.Action]:
    commands = next(action for action in build_parser()._actions
                    if isinstance(action, argparse._SubParsersAction))
    return {action.dest: action for action in commands.choices["train"]._actions}


def cli_fields() -> list[tuple[type, str]]:
    return [key for key in setting_fields() if field_id(key) not in NO_CLI_OPTION]


def option_for(key: tuple[type, str]) -> argparse.Action:
    path = field_id(key)
    return train_options()[CLI_DEST.get(path, path)]


def test_the_fields_without_an_option_are_named_and_really_have_none():
    paths = {field_id(key) for key in every_field()}
    assert paths >= NO_CLI_OPTION
    assert set(train_options()).isdisjoint(NO_CLI_OPTION)


@pytest.mark.parametrize("key", cli_fields(), ids=field_id)
def test_the_option_explains_the_setting_with_its_range_and_default(key):
    spec, action = spec_of(key), option_for(key)
    shown = action.help.replace("%%", "%")
    assert spec.help in shown
    if isinstance(spec, Flag):
        assert action.const is True and default_of(key) is False
        return
    assert f"default: {default_of(key)})" in shown
    if isinstance(spec, Choice):
        assert tuple(action.choices) == spec.values
    else:
        assert f"{spec.low}, {spec.high}]" in shown


@pytest.mark.parametrize("key", cli_fields(), ids=field_id)
def test_the_option_passes_its_largest_value_to_the_config(key):
    spec, action = spec_of(key), option_for(key)
    if isinstance(spec, Flag):
        given, expected = [], True
    else:
        expected = spec.values[-1] if isinstance(spec, Choice) else spec.high
        given = [str(expected)]
    args = build_parser().parse_args(["train", "--out", "m.keras",
                                      action.option_strings[0], *given])
    network, training = configs_from_args(args)
    assert value_in(key, network, training) == expected



def test_an_option_over_a_preset_changes_that_field_alone():
    """``--writing-styles`` sets one distortion of the preset's and keeps the others (a trial of
    the default recipe with one thing changed)."""
    args = build_parser().parse_args(["train", "--out", "m.keras", "--preset", "DigitLab best",
                                      "--writing-styles", "0.25", "--dropout", "0.1"])
    network, training = configs_from_args(args)
    preset = presets()["DigitLab best"]
    assert training.augment == dataclasses.replace(preset.training.augment, writing_styles=0.25)
    assert dataclasses.replace(training, augment=preset.training.augment) == preset.training
    assert [layer.dropout for layer in network.hidden] == [0.1] * len(preset.network.hidden)
